/**
 * Everything the extension does, minus creating the language client (Node: IPC to dist/server.js;
 * browser: a Worker on dist/web/server.js). Thin: the server does all analysis; only types come from core.
 */
import * as vscode from 'vscode';
import { registerClean } from './clean';
import { registerFigures } from './figuresView';
import { registerFindingCommands } from './findingCommands';
import { registerLanguageSwitch } from './languageSwitch';
import { LensSession, type ClientFactory } from './session';
import { LensStatusBar } from './statusBar';

let session: LensSession | undefined;

export async function activateLens(context: vscode.ExtensionContext, factory: ClientFactory): Promise<void> {
  const output = vscode.window.createOutputChannel('Transcript Lens', { log: true });
  session = new LensSession(factory, output);
  const statusBar = new LensStatusBar(session);
  context.subscriptions.push(
    output,
    session,
    statusBar,
    session.onStatus((s) => statusBar.update(s)),
    session.onDidStop(() => statusBar.clear()),
  );
  registerLanguageSwitch(context);
  registerClean(context, session);
  registerFigures(context, session);
  registerFindingCommands(context, session);
  // Opening any plain-text file activates the extension (to offer the language switch); the language server
  // starts only once a document it checks is open, so plain-text users never pay for a server process.
  const live = session;
  const wanted = () => vscode.workspace.textDocuments.some((d) => live.handles(d));
  if (wanted()) {
    await live.start();
    return;
  }
  const waiting = vscode.workspace.onDidOpenTextDocument((d) => {
    if (!live.handles(d) || live.client) return;
    waiting.dispose();
    void live.start();
  });
  context.subscriptions.push(waiting);
}

export async function deactivateLens(): Promise<void> {
  await session?.stop();
  session = undefined;
}
