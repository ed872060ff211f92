import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import type { StatusParams } from '../../src/server/protocol';

/**
 * A plain LSP client over stdio for the server tests: spawns `node dist/server.js --stdio`, answers
 * workspace/configuration from a mutable settings object, and records what the server pushes.
 */

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER_JS = path.join(ROOT, 'dist/server.js');

/**
 * Bundles one server entry from the current sources, as esbuild.config.mjs does, so no test runs a stale
 * bundle. Written to a temporary name and renamed: test files run in parallel, and a server another test is
 * starting must never read a half-written bundle. Keeps an existing bundle if the shared tree does not build
 * at this moment (another part mid-edit).
 */
export async function buildBundle(entry: string, outfile: string, platform: 'node' | 'browser'): Promise<void> {
  const esbuild = await import('esbuild');
  let result: Awaited<ReturnType<typeof esbuild.build>>;
  try {
    result = await esbuild.build({
      entryPoints: [path.join(ROOT, entry)],
      outfile,
      bundle: true,
      platform,
      format: platform === 'node' ? 'cjs' : 'iife',
      target: 'es2022',
      sourcemap: true,
      logLevel: 'silent',
      write: false,
    });
  } catch (err) {
    if (!existsSync(outfile)) throw err;
    return;
  }
  mkdirSync(path.dirname(outfile), { recursive: true });
  for (const file of result.outputFiles ?? []) {
    const tmp = `${file.path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
}

export const buildServer = (): Promise<void> => buildBundle('src/server/nodeMain.ts', SERVER_JS, 'node');

/** How long a test waits for a server message: generous, as the whole suite may share the CPU. */
export const WAIT_MS = 45_000;

export interface Waiter<T> {
  readonly predicate: (value: T) => boolean;
  readonly resolve: (value: T) => void;
}

/** Keeps every message of one kind and lets a test wait for the first (past or future) that matches. */
export class Inbox<T> {
  readonly all: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(value: T): void {
    this.all.push(value);
    this.waiters = this.waiters.filter((w) => {
      if (!w.predicate(value)) return true;
      w.resolve(value);
      return false;
    });
  }

  /** The first message matching, waiting for it if needed; rejects after `ms`. */
  next(predicate: (value: T) => boolean, ms = WAIT_MS, after = 0): Promise<T> {
    const found = this.all.slice(after).find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for a server message')), ms);
      this.waiters.push({
        predicate,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
      });
    });
  }
}

export interface StdioSession {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  readonly diagnostics: Inbox<PublishDiagnosticsParams>;
  readonly status: Inbox<StatusParams>;
  /** What workspace/configuration answers for section transcriptLens; tests change it then notify. */
  settings: Record<string, unknown>;
  readonly stderr: string[];
  /** scopeUri of each workspace/configuration item the server asked for. */
  readonly configRequests: Inbox<string>;
  /** window/showMessage texts. */
  readonly messages: string[];
  close(): Promise<void>;
}

export function startStdioSession(): StdioSession {
  const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  const session: StdioSession = {
    connection,
    child,
    diagnostics: new Inbox<PublishDiagnosticsParams>(),
    status: new Inbox<StatusParams>(),
    settings: {},
    stderr,
    messages: [],
    configRequests: new Inbox<string>(),
    async close() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // Already gone.
      }
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => session.diagnostics.push(p));
  connection.onNotification('transcriptLens/status', (p: StatusParams) => session.status.push(p));
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('window/showMessage', (p: { message: string }) => {
    session.messages.push(p.message);
  });
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) => {
    for (const item of p.items) session.configRequests.push(item.scopeUri ?? '');
    return p.items.map((item) => (item.section === 'transcriptLens' ? session.settings : null));
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  return session;
}

export function seedUri(name: string): string {
  return pathToFileURL(path.join(ROOT, 'seeds', name)).toString();
}

export function seedText(name: string): string {
  return readFileSync(path.join(ROOT, 'seeds', name), 'utf8');
}
