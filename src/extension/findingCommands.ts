/**
 * Commands the server's code actions carry, plus "Check Anyway":
 * - transcriptLens.ignoreFinding {check, hash}: append to `ignoredFindings` in the workspace's
 *   transcript-lens.config.json (created if missing). Runs only because the user picked the quick fix.
 * - transcriptLens.disableCheck {id}: set `transcriptLens.checks.<id>.severity` to off in workspace settings.
 * - transcriptLens.checkAnyway: check the active document although it is over maxFileSize (until it is closed).
 */
import * as vscode from 'vscode';
import { addIgnoredFindingText, CONFIG_FILE_NAMES } from '../core/configFile';
import { CheckAnywayRequest, DISABLE_CHECK_COMMAND, IGNORE_FINDING_COMMAND, type DisableCheckArgs, type IgnoreFindingArgs, type UriParams } from './protocol';
import { requireClient, requireTranscriptEditor, type LensSession } from './session';

/** Commands may get their arguments as one object or spread (`{check, hash}` or `check, hash`). */
function ignoreArgs(args: unknown[]): IgnoreFindingArgs | undefined {
  const [a, b] = args;
  if (typeof a === 'object' && a !== null && typeof (a as IgnoreFindingArgs).check === 'string' && typeof (a as IgnoreFindingArgs).hash === 'string') {
    return a as IgnoreFindingArgs;
  }
  if (typeof a === 'string' && typeof b === 'string') return { check: a, hash: b };
  return undefined;
}

function disableArgs(args: unknown[]): DisableCheckArgs | undefined {
  const [a] = args;
  if (typeof a === 'string') return { id: a };
  if (typeof a === 'object' && a !== null && typeof (a as DisableCheckArgs).id === 'string') return a as DisableCheckArgs;
  return undefined;
}

/** The document the action came from: its URI if given, else the active editor's. */
function sourceUri(uri: string | undefined): vscode.Uri | undefined {
  return uri ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
}

async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * The config file for a document: an existing config file in its workspace folder (either name), else a new
 * transcript-lens.config.json there; with no folder, next to the document.
 */
async function configFileFor(doc: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const folder = (doc && vscode.workspace.getWorkspaceFolder(doc)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri
    ?? (doc && doc.scheme !== 'untitled' ? vscode.Uri.joinPath(doc, '..') : undefined);
  if (!folder) return undefined;
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = vscode.Uri.joinPath(folder, name);
    if ((await readIfExists(candidate)) !== undefined) return candidate;
  }
  return vscode.Uri.joinPath(folder, CONFIG_FILE_NAMES[0]);
}

export function registerFindingCommands(context: vscode.ExtensionContext, session: LensSession): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(IGNORE_FINDING_COMMAND, async (...args: unknown[]) => {
      const entry = ignoreArgs(args);
      if (!entry) return;
      const file = await configFileFor(sourceUri(entry.uri));
      if (!file) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to keep ignored findings in transcript-lens.config.json.'));
        return;
      }
      const before = await readIfExists(file);
      const result = addIgnoredFindingText(before, entry);
      const name = file.path.split('/').pop() ?? '';
      if (!result.ok) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be read ({1}); the finding was not ignored.', name, result.error));
        return;
      }
      if (result.changed) {
        await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.text));
        vscode.window.setStatusBarMessage(vscode.l10n.t('Transcript Lens: finding ignored in {0}', name), 4000);
      }
    }),
    vscode.commands.registerCommand(DISABLE_CHECK_COMMAND, async (...args: unknown[]) => {
      const parsed = disableArgs(args);
      if (!parsed) return;
      const uri = sourceUri(parsed.uri);
      const inWorkspace = !!vscode.workspace.workspaceFolders?.length;
      const config = vscode.workspace.getConfiguration('transcriptLens', uri);
      await config.update(
        `checks.${parsed.id}.severity`,
        'off',
        inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global,
      );
      const undo = vscode.l10n.t('Undo');
      // Not awaited: the command is done once the setting is written.
      void vscode.window
        .showInformationMessage(
          inWorkspace
            ? vscode.l10n.t('Check {0} turned off in this workspace\'s settings.', parsed.id)
            : vscode.l10n.t('Check {0} turned off in your user settings.', parsed.id),
          undo,
        )
        .then((choice) =>
          choice === undo
            ? config.update(`checks.${parsed.id}.severity`, undefined, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global)
            : undefined,
        );
    }),
    vscode.commands.registerCommand('transcriptLens.checkAnyway', async () => {
      const editor = requireTranscriptEditor(session);
      const client = editor && requireClient(session);
      if (!editor || !client) return;
      const params: UriParams = { uri: client.code2ProtocolConverter.asUri(editor.document.uri) };
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Checking transcript…') },
        () => client.sendRequest(CheckAnywayRequest, params),
      );
    }),
  );
}
