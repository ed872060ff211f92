/** Web entry (vscode.dev, github.dev): the language server runs in a Web Worker (dist/web/server.js). */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateLens, deactivateLens } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  return activateLens(context, (id, name, clientOptions) => {
    const worker = new Worker(serverMain.toString(true));
    return new LanguageClient(id, name, worker, clientOptions);
  });
}

export function deactivate(): Promise<void> {
  return deactivateLens();
}
