/**
 * "Show Figures": a webview table of every figure the server recognised (value, interval, kind, currency,
 * metric, period, change); a click reveals the figure in the editor. "Export Figures as CSV / JSON" write a file
 * only where the user picks it in a save dialog.
 */
import * as vscode from 'vscode';
import { figuresHtml, figuresToCsv, figuresToJson, type TableLabels } from './figureTable';
import { figureRecords, FiguresRequest, type FigureRecord, type FiguresResult, type UriParams } from './protocol';
import { requireClient, requireTranscriptEditor, type LensSession } from './session';

async function fetchFigures(session: LensSession, doc: vscode.TextDocument): Promise<readonly FigureRecord[] | undefined> {
  const client = requireClient(session);
  if (!client) return undefined;
  const params: UriParams = { uri: client.code2ProtocolConverter.asUri(doc.uri) };
  return figureRecords(await client.sendRequest<FiguresResult | null>(FiguresRequest, params));
}

function baseName(uri: vscode.Uri): string {
  return (uri.path.split('/').pop() ?? 'transcript').replace(/\.[^.]*$/, '') || 'transcript';
}

/** Save dialog next to the transcript; writes only when the user picked a file. */
async function exportFigures(doc: vscode.TextDocument, figures: readonly FigureRecord[], format: 'csv' | 'json'): Promise<void> {
  const folder = doc.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
  const fileName = `${baseName(doc.uri)}.figures.${format}`;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined,
    filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
    saveLabel: vscode.l10n.t('Export'),
    title: vscode.l10n.t('Export {0} figures', figures.length),
  });
  if (!target) return;
  const text = format === 'csv' ? figuresToCsv(figures) : figuresToJson(figures);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  const open = vscode.l10n.t('Open');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Exported {0} figures to {1}.', figures.length, target.path.split('/').pop() ?? ''), open)
    .then((choice) => (choice === open ? vscode.commands.executeCommand('vscode.open', target) : undefined));
}

function labels(): TableLabels {
  const t = vscode.l10n.t;
  return {
    title: t('Figures'),
    empty: t('No figures recognised in this document.'),
    exportCsv: t('Export CSV…'),
    exportJson: t('Export JSON…'),
    refresh: t('Refresh'),
    filter: t('Filter'),
    columns: {
      line: t('Line'), text: t('As written'), value: t('Value'), interval: t('Interval'), kind: t('Kind'),
      currency: t('Currency'), metric: t('Metric'), period: t('Period'), change: t('Change'),
    },
  };
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One panel per document; shown again (and refreshed) when the command runs twice. */
class FiguresPanel {
  private figures: readonly FigureRecord[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly doc: vscode.TextDocument,
    private readonly session: LensSession,
    onDispose: () => void,
  ) {
    panel.webview.options = { enableScripts: true, localResourceRoots: [] };
    this.disposables.push(
      panel.onDidDispose(() => {
        onDispose();
        for (const d of this.disposables) d.dispose();
      }),
      panel.webview.onDidReceiveMessage((msg: { type?: string; index?: number }) => void this.onMessage(msg)),
    );
  }

  async refresh(): Promise<void> {
    const figures = await fetchFigures(this.session, this.doc);
    if (!figures) return;
    this.figures = figures;
    this.panel.webview.html = figuresHtml(figures, labels(), nonce(), this.panel.webview.cspSource);
  }

  private async onMessage(msg: { type?: string; index?: number }): Promise<void> {
    if (msg.type === 'reveal' && typeof msg.index === 'number') {
      const f = this.figures[msg.index];
      if (!f) return;
      const range = new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
      const shown = vscode.window.visibleTextEditors.find((e) => e.document === this.doc);
      const editor = await vscode.window.showTextDocument(this.doc, {
        viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
        selection: range,
        preserveFocus: false,
      });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else if (msg.type === 'exportCsv' || msg.type === 'exportJson') {
      await exportFigures(this.doc, this.figures, msg.type === 'exportCsv' ? 'csv' : 'json');
    } else if (msg.type === 'refresh') {
      await this.refresh();
    }
  }
}

export function registerFigures(context: vscode.ExtensionContext, session: LensSession): void {
  const panels = new Map<string, FiguresPanel>();
  const refreshTimers = new Map<string, ReturnType<typeof setTimeout>>();

  const exportCommand = (format: 'csv' | 'json') => async () => {
    const editor = requireTranscriptEditor(session);
    if (!editor) return;
    const figures = await fetchFigures(session, editor.document);
    if (figures) await exportFigures(editor.document, figures, format);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('transcriptLens.showFigures', async () => {
      const editor = requireTranscriptEditor(session);
      if (!editor) return;
      const key = editor.document.uri.toString();
      let view = panels.get(key);
      if (view) {
        view.panel.reveal(vscode.ViewColumn.Beside);
      } else {
        const name = editor.document.uri.path.split('/').pop() ?? '';
        const panel = vscode.window.createWebviewPanel('transcriptLens.figures', vscode.l10n.t('Figures: {0}', name), {
          viewColumn: vscode.ViewColumn.Beside,
          preserveFocus: true,
        }, { enableScripts: true, retainContextWhenHidden: false });
        view = new FiguresPanel(panel, editor.document, session, () => panels.delete(key));
        panels.set(key, view);
      }
      await view.refresh();
    }),
    vscode.commands.registerCommand('transcriptLens.exportFiguresCsv', exportCommand('csv')),
    vscode.commands.registerCommand('transcriptLens.exportFiguresJson', exportCommand('json')),
    // The server re-analysed a document: refresh its open table, debounced (it reports after every edit).
    session.onStatus((p) => {
      const key = vscode.Uri.parse(p.uri).toString();
      const view = panels.get(key);
      if (!view) return;
      clearTimeout(refreshTimers.get(key));
      refreshTimers.set(key, setTimeout(() => void view.refresh(), 500));
    }),
  );
}
