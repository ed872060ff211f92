import { fork } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { buildServer, Inbox, ROOT, SERVER_JS, seedText, seedUri } from './lsp/stdioClient';

/**
 * The transport the VS Code client uses: `--node-ipc` on a forked process. A seed above the off-thread
 * threshold (the headerless ASR call) goes through the worker thread, which must start from the same bundle.
 */

beforeAll(() => buildServer());

describe('language server over node IPC', () => {
  it('initializes and publishes diagnostics for a document analysed on the worker thread', async () => {
    const child = fork(SERVER_JS, ['--node-ipc'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const diagnostics = new Inbox<PublishDiagnosticsParams>();
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => diagnostics.push(p));
    connection.onNotification('transcriptLens/status', () => undefined);
    const logs: string[] = [];
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      logs.push(p.message);
    });
    connection.listen();
    try {
      const init = (await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        clientInfo: { name: 'Visual Studio Code' },
        capabilities: {},
      })) as { capabilities: Record<string, unknown> };
      expect(init.capabilities.hoverProvider).toBe(true);
      await connection.sendNotification('initialized', {});
      const seed = '002_c10d7f1c76de8547.txt';
      const text = seedText(seed);
      expect(text.length).toBeGreaterThan(8 * 1024);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: seedUri(seed), languageId: 'transcript', version: 1, text } });
      const published = await diagnostics.next((p) => p.uri === seedUri(seed), 60_000);
      expect(published.diagnostics.length).toBeGreaterThan(0);
      expect(published.diagnostics.every((d) => d.source === 'Transcript Lens')).toBe(true);
      // Had the worker failed, the server would have said so and analysed inline.
      expect(logs.filter((m) => /worker/i.test(m))).toEqual([]);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
