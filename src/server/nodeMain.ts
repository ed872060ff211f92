import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeConfigFileSource } from './nodeConfigSource';
import { startServer } from './server';

/**
 * Node entry: `node dist/server.js --stdio` for any LSP editor, `--node-ipc` when the VS Code client spawns it.
 * createConnection reads the transport from the command line.
 */
const connection = createConnection(ProposedFeatures.all);

startServer(connection, {
  configFiles: nodeConfigFileSource((message) => connection.console.warn(`[transcript-lens] config: ${message}`)),
  readDocument(uri) {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return readFileSync(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  },
});
