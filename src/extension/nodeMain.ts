/** Desktop entry: the language server runs as a Node child process over IPC (dist/server.js). */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateLens, deactivateLens } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return activateLens(context, (id, name, clientOptions) => new LanguageClient(id, name, serverOptions, clientOptions));
}

export function deactivate(): Promise<void> {
  return deactivateLens();
}
