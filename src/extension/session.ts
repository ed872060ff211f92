/**
 * Owns the language client: creates it from the platform's factory (Node or browser), restarts it when the
 * languages to check change, and hands it to the commands. Everything here works in both extension hosts.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { normaliseSettings } from './settings';
import { CONFIG_FILE_NAMES } from '../core/configFile';
import { StatusNotification, type StatusParams } from './protocol';

export const CLIENT_ID = 'transcriptLens';
export const CONFIG_SECTION = 'transcriptLens';
export const LANGUAGE_ID = 'transcript';

/**
 * URI schemes of documents a user edits: local, untitled, remote (SSH, WSL, containers), vscode.dev's virtual
 * folders. Leaves out the read-only copies this extension opens itself (the "before" side of Clean's diff), git
 * views and output panes, which share the language but must not be checked.
 */
export const CHECKED_SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web'] as const;

export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

/** Editor language ids the checks run on: always `transcript`, plus any the user adds (e.g. plaintext). */
export function checkedLanguages(): string[] {
  const extra = vscode.workspace.getConfiguration(CONFIG_SECTION).get<unknown>('languages');
  const ids = Array.isArray(extra) ? extra.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
  return [...new Set([LANGUAGE_ID, ...ids])];
}

export class LensSession implements vscode.Disposable {
  private current: BaseLanguageClient | undefined;
  private readonly statusEmitter = new vscode.EventEmitter<StatusParams>();
  /**
   * The server's `transcriptLens/status` notifications. Re-emitted here because a client keeps ONE handler
   * per notification method: the status bar and the figures view both listen.
   */
  readonly onStatus = this.statusEmitter.event;
  private readonly stoppedEmitter = new vscode.EventEmitter<void>();
  readonly onDidStop = this.stoppedEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.statusEmitter, this.stoppedEmitter];
  private languages: string[] = checkedLanguages();
  private watcher: vscode.FileSystemWatcher | undefined;

  constructor(
    private readonly factory: ClientFactory,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${CONFIG_SECTION}.languages`)) void this.restartIfLanguagesChanged();
      }),
    );
  }

  get client(): BaseLanguageClient | undefined {
    return this.current;
  }

  /** True when the checks run on documents of this language. */
  handles(document: vscode.TextDocument): boolean {
    return this.languages.includes(document.languageId) && (CHECKED_SCHEMES as readonly string[]).includes(document.uri.scheme);
  }

  async start(): Promise<void> {
    this.languages = checkedLanguages();
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
    this.watcher = watcher;
    const options: LanguageClientOptions = {
      documentSelector: this.languages.flatMap((language) => CHECKED_SCHEMES.map((scheme) => ({ language, scheme }))),
      outputChannel: this.output,
      synchronize: {
        // Push: tells the server to pull again. File events: the config file changed (ignore here, hand edits).
        configurationSection: CONFIG_SECTION,
        fileEvents: watcher,
      },
      middleware: {
        workspace: {
          // The server pulls `transcriptLens`; hand it flat per-check severities without the "default" placeholders.
          configuration: async (params, token, next) => {
            const result = await next(params, token);
            if (!Array.isArray(result)) return result;
            return result.map((value, i) => (params.items[i]?.section === CONFIG_SECTION ? normaliseSettings(value) : value));
          },
        },
      },
    };
    const client = this.factory(CLIENT_ID, 'Transcript Lens', options);
    this.current = client;
    client.onNotification(StatusNotification, (params: StatusParams) => this.statusEmitter.fire(params));
    try {
      await client.start();
    } catch (err) {
      this.output.error(`Transcript Lens server failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Transcript Lens: the language server could not start. See the "Transcript Lens" output for details.'));
      return;
    }
  }

  private async restartIfLanguagesChanged(): Promise<void> {
    const next = checkedLanguages();
    if (next.join('\n') === this.languages.join('\n')) return;
    this.languages = next;
    if (!this.current) return; // not started yet: it starts with the new list when a document needs it
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.current;
    this.current = undefined;
    this.watcher?.dispose();
    this.watcher = undefined;
    if (client?.isRunning()) await client.stop();
    this.stoppedEmitter.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    void this.stop();
  }
}

/** The client, or a message saying why there is none. */
export function requireClient(session: LensSession): BaseLanguageClient | undefined {
  const client = session.client;
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Transcript Lens: the language server is not running.'));
    return undefined;
  }
  return client;
}

/** The active editor when it shows a document the checks run on; otherwise tells the user what to open. */
export function requireTranscriptEditor(session: LensSession): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !session.handles(editor.document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript (language "Transcript") first.'));
    return undefined;
  }
  return editor;
}
