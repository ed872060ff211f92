import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { updateConfigFile } from '../node/configWriter';
import { AnalysisWorkerPool, runAnalysisWorker, WORKER_ROLE } from './analysisWorker';
import { nodeConfigFileSource } from './nodeConfigSource';
import { startServer } from './server';

/**
 * Node entry: `node dist/server.js --stdio` for any LSP editor, `--node-ipc` when the VS Code client spawns it
 * (createConnection reads the transport from the command line). The same bundle is the analysis worker.
 */

/** Below this many characters the analysis runs inline: a worker round trip would cost more than it saves. */
const OFF_THREAD_MIN_CHARS = 8 * 1024;

function startNodeServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  const pool = new AnalysisWorkerPool(__filename);

  // A stray rejected promise must not end the process (Node's default): the editor would lose every feature.
  process.on('unhandledRejection', (reason) => {
    connection.console.error(`[transcript-lens] unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
  });

  startServer(connection, {
    analyzeOffThread: (uri, text, config, structureOnly) =>
      text.length >= OFF_THREAD_MIN_CHARS ? pool.run(uri, text, config, structureOnly) : undefined,
    configFiles: nodeConfigFileSource((message) => connection.console.warn(`[transcript-lens] config: ${message}`)),
    writeConfig(uri, roots, edit) {
      if (!uri.startsWith('file:')) return { ok: false, path: uri, changed: false, error: 'only files on disk have a config file' };
      const rootPaths = roots.filter((r) => r.startsWith('file:')).map((r) => fileURLToPath(r));
      return updateConfigFile(fileURLToPath(uri), rootPaths, edit);
    },
    readDocument(uri) {
      if (!uri.startsWith('file:')) return undefined;
      try {
        return readFileSync(fileURLToPath(uri), 'utf8');
      } catch {
        return undefined;
      }
    },
  });
  connection.onExit(() => pool.dispose());
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) runAnalysisWorker();
else startNodeServer();
