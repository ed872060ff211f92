/**
 * "Transcript Lens: Clean Transcript": asks the server for every safe fix as one list of edits, applies them
 * as ONE WorkspaceEdit (a single undo), then reports what was cleaned with a "Show Diff" against the original.
 */
import * as vscode from 'vscode';
import { CleanEditsRequest, summaryText, type CleanEditsResult, type UriParams } from './protocol';
import { requireClient, requireTranscriptEditor, type LensSession } from './session';

/** Read-only documents holding the text as it was before a clean, for the diff view. */
export const ORIGINAL_SCHEME = 'transcript-lens-original';

class OriginalTexts implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private counter = 0;

  /** Keeps the last few originals only: each is a whole transcript. */
  remember(doc: vscode.TextDocument, text: string): vscode.Uri {
    const name = doc.uri.path.split('/').pop() || 'transcript';
    const uri = vscode.Uri.from({ scheme: ORIGINAL_SCHEME, path: `/${name}`, query: String(++this.counter) });
    this.texts.set(uri.toString(), text);
    if (this.texts.size > 5) this.texts.delete(this.texts.keys().next().value!);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

export function registerClean(context: vscode.ExtensionContext, session: LensSession): void {
  const originals = new OriginalTexts();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(ORIGINAL_SCHEME, originals),
    vscode.commands.registerCommand('transcriptLens.clean', async () => {
      const editor = requireTranscriptEditor(session);
      const client = editor && requireClient(session);
      if (!editor || !client) return;
      const doc = editor.document;
      const version = doc.version;
      const original = doc.getText();
      const params: UriParams = { uri: client.code2ProtocolConverter.asUri(doc.uri) };
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Cleaning transcript…') },
        () => client.sendRequest<CleanEditsResult | null>(CleanEditsRequest, params),
      );
      const name = doc.uri.path.split('/').pop() ?? '';
      if (!result || result.edits.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('{0}: nothing to clean.', name));
        return;
      }
      if (doc.version !== version) {
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} changed while the fixes were computed; run Clean Transcript again.', name));
        return;
      }
      const edit = new vscode.WorkspaceEdit();
      edit.set(doc.uri, await client.protocol2CodeConverter.asTextEdits([...result.edits]));
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0}: the edits could not be applied.', name));
        return;
      }
      const originalUri = originals.remember(doc, original);
      const { byCheck, total } = result;
      const showDiff = vscode.l10n.t('Show Diff');
      // Not awaited: the command finishes when the edit is applied, not when the toast is dismissed.
      void vscode.window
        .showInformationMessage(
          vscode.l10n.t('Cleaned {0}: {1} fixes ({2}). Undo reverts them all.', name, total, summaryText(byCheck)),
          showDiff,
        )
        .then((choice) =>
          choice === showDiff
            ? vscode.commands.executeCommand('vscode.diff', originalUri, doc.uri, vscode.l10n.t('{0} (before ↔ after cleaning)', name))
            : undefined,
        );
    }),
  );
}
