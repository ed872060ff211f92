/**
 * Offers to switch a plain-text file that looks like a call to the `transcript` language: once per file,
 * "Don't ask again" remembered for good. The heuristic lives in ./detect (pure, tested).
 */
import * as vscode from 'vscode';
import { DETECTION_WINDOW, looksLikeTranscript } from './detect';
import { CHECKED_SCHEMES, LANGUAGE_ID } from './session';

/** workspaceState: URIs already asked about (answered or dismissed). */
const ASKED_KEY = 'transcriptLens.languageSuggestion.asked';
/** globalState: the user said "Don't ask again". */
const NEVER_KEY = 'transcriptLens.languageSuggestion.never';
/** Cap on remembered URIs so workspaceState stays small. */
const MAX_REMEMBERED = 500;

/** Only files a user could be reading as a transcript; not output panes, git views or settings. */
const SCHEMES: ReadonlySet<string> = new Set(CHECKED_SCHEMES);

export function registerLanguageSwitch(context: vscode.ExtensionContext): void {
  const pending = new Set<string>();

  const consider = async (doc: vscode.TextDocument): Promise<void> => {
    if (doc.languageId !== 'plaintext' || !SCHEMES.has(doc.uri.scheme)) return;
    if (context.globalState.get<boolean>(NEVER_KEY)) return;
    if (!vscode.workspace.getConfiguration('transcriptLens').get<boolean>('suggestLanguage', true)) return;
    const key = doc.uri.toString();
    const asked = context.workspaceState.get<string[]>(ASKED_KEY, []);
    if (asked.includes(key) || pending.has(key)) return;
    const head = doc.getText(new vscode.Range(0, 0, doc.positionAt(DETECTION_WINDOW).line + 1, 0));
    if (!looksLikeTranscript(head)) return;

    pending.add(key);
    // Remember before asking: a dismissed toast counts as an answer ("once per file").
    await context.workspaceState.update(ASKED_KEY, [...asked, key].slice(-MAX_REMEMBERED));
    const name = doc.uri.path.split('/').pop() ?? doc.uri.path;
    const yes = vscode.l10n.t('Switch to Transcript');
    const never = vscode.l10n.t("Don't Ask Again");
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('{0} looks like an earnings-call transcript. Open it as a Transcript to see its structure, figures and checks?', name),
      yes,
      never,
    );
    pending.delete(key);
    if (choice === yes) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    else if (choice === never) await context.globalState.update(NEVER_KEY, true);
  };

  // Only documents shown in an editor: extensions open plain-text documents in the background too.
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((e) => e && void consider(e.document)),
    vscode.commands.registerCommand('transcriptLens.switchLanguage', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a file first.'));
        return;
      }
      if (editor.document.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
    }),
  );
  // The extension may activate because a plain-text file was opened: look at what is already open.
  for (const editor of vscode.window.visibleTextEditors) void consider(editor.document);
}
