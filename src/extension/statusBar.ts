/**
 * The status bar item on transcript editors: finding counts by severity from the server's
 * `transcriptLens/status`, or "live checking off" when the server skipped the file.
 */
import * as vscode from 'vscode';
import type { StatusParams } from './protocol';
import type { LensSession } from './session';

export class LensStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('transcriptLens.status', vscode.StatusBarAlignment.Left, 50);
  /** Latest status per document URI string, as the server sent it. */
  private readonly byUri = new Map<string, StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly session: LensSession) {
    this.item.name = vscode.l10n.t('Transcript Lens');
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.render();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('transcriptLens.enable')) this.render();
      }),
    );
    this.render();
  }

  update(status: StatusParams): void {
    // The server sends URIs in its own encoding; compare parsed and re-serialised forms.
    this.byUri.set(vscode.Uri.parse(status.uri).toString(), status);
    this.render();
  }

  clear(): void {
    this.byUri.clear();
    this.render();
  }

  render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.session.handles(doc)) {
      this.item.hide();
      return;
    }
    const enabled = vscode.workspace.getConfiguration('transcriptLens', doc.uri).get<boolean>('enable', true);
    const status = this.byUri.get(doc.uri.toString());
    const item = this.item;
    item.backgroundColor = undefined;
    if (!enabled) {
      item.text = `$(circle-slash) ${vscode.l10n.t('Transcript Lens: off')}`;
      item.tooltip = vscode.l10n.t('Checks are disabled (setting transcriptLens.enable).');
      item.command = { title: vscode.l10n.t('Open Settings'), command: 'workbench.action.openSettings', arguments: ['transcriptLens.enable'] };
    } else if (!status) {
      item.text = `$(loading~spin) ${vscode.l10n.t('Transcript Lens')}`;
      item.tooltip = vscode.l10n.t('Checking…');
      item.command = undefined;
    } else if (status.skipped) {
      item.text = `$(debug-pause) ${vscode.l10n.t('Live checking off: file too large')}`;
      item.tooltip = status.reason
        ? vscode.l10n.t('{0} Click to check it anyway (until you close it).', status.reason)
        : vscode.l10n.t('This file is larger than transcriptLens.maxFileSize. Click to check it anyway (until you close it).');
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      item.command = { title: vscode.l10n.t('Check Anyway'), command: 'transcriptLens.checkAnyway' };
    } else {
      const { error, warning, info, hint } = status.counts;
      // The telescope tells this item apart from the Problems counter next to it (which counts every file).
      const parts = [`$(telescope) $(error) ${error}`, `$(warning) ${warning}`, `$(info) ${info + hint}`];
      item.text = parts.join('  ');
      item.tooltip = new vscode.MarkdownString(
        [
          `**${vscode.l10n.t('Transcript Lens')}**`,
          '',
          vscode.l10n.t('{0} errors, {1} warnings, {2} infos, {3} hints', error, warning, info, hint),
          ...(status.format ? ['', vscode.l10n.t('Layout: {0} · {1} turns · {2} figures', status.format, status.turns ?? 0, status.figures ?? 0)] : []),
          ...(status.reason ? ['', status.reason] : []),
          '',
          vscode.l10n.t('Click to open the Problems panel.'),
        ].join('\n'),
      );
      item.command = { title: vscode.l10n.t('Show Problems'), command: 'workbench.actions.view.problems' };
    }
    item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
