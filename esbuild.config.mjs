// Bundles the extension (desktop and web), the language server (Node and browser) and the CLI.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
};

const builds = [
  // Desktop extension host: a thin language client.
  { ...common, entryPoints: ['src/extension/nodeMain.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // Web extension host (vscode.dev, code-server's web worker).
  { ...common, entryPoints: ['src/extension/browserMain.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  // Language server, spawned by the client over IPC or by any LSP editor over stdio.
  { ...common, entryPoints: ['src/server/nodeMain.ts'], outfile: 'dist/server.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/server/browserMain.ts'], outfile: 'dist/web/server.js', platform: 'browser', format: 'iife' },
  // Command line; also the worker-thread entry for parallel runs.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
