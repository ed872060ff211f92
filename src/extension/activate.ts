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
  await session.start();
}

export async function deactivateLens(): Promise<void> {
  await session?.stop();
  session = undefined;
}
