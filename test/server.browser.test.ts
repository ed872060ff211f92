import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { buildBundle, ROOT, seedText } from './lsp/stdioClient';

/**
 * The browser build (dist/web/server.js) in a sandbox that offers only what a web worker has: `self` with
 * postMessage/onmessage, timers, no `require`, no `process`. Proves it starts without Node and answers.
 */

const WEB_SERVER = path.join(ROOT, 'dist/web/server.js');

interface FakeWorker {
  send(message: unknown): void;
  next(predicate: (m: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
}

function startWorker(code: string): FakeWorker {
  const received: Record<string, unknown>[] = [];
  const waiters: Array<{ p: (m: Record<string, unknown>) => boolean; r: (m: Record<string, unknown>) => void }> = [];
  const self: Record<string, unknown> = {
    postMessage(message: Record<string, unknown>) {
      received.push(message);
      for (const w of [...waiters]) if (w.p(message)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.r(message);
      }
    },
    addEventListener() {},
    onmessage: undefined,
  };
  const context = vm.createContext({ self, console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder });
  vm.runInContext(code, context);
  return {
    send(message) {
      (self.onmessage as (e: { data: unknown }) => void)({ data: message });
    },
    next(p) {
      const found = received.find(p);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        waiters.push({ p, r: resolve });
        setTimeout(() => reject(new Error('no answer from the web server')), 15_000);
      });
    },
  };
}

beforeAll(() => buildBundle('src/server/browserMain.ts', WEB_SERVER, 'browser'));

describe('browser language server', () => {
  it('runs in a worker-like sandbox without Node and outlines a seed', async () => {
    const worker = startWorker(readFileSync(WEB_SERVER, 'utf8'));
    worker.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const init = await worker.next((m) => m.id === 1);
    expect((init.result as { capabilities: Record<string, unknown> }).capabilities.documentSymbolProvider).toBeTruthy();
    // No file system in the browser: no config writer, so no server-side commands.
    expect((init.result as { capabilities: Record<string, unknown> }).capabilities.executeCommandProvider).toBeUndefined();
    worker.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const uri = 'vscode-vfs://github/x/aurora.transcript';
    worker.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'transcript', version: 1, text: seedText('000_57a37ca2e05f9c53.txt') } } });
    const status = await worker.next((m) => m.method === 'transcriptLens/status');
    expect((status.params as { uri: string }).uri).toBe(uri);
    worker.send({ jsonrpc: '2.0', id: 2, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } });
    const symbols = (await worker.next((m) => m.id === 2)).result as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toContain('Q&A');
  });
});
