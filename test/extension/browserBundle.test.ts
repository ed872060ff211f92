import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The web extension (vscode.dev) must stay a thin client: it bundles for the browser (a Node builtin would fail
 * the build), and of the core it carries only the figure CSV writer the exports share with the CLI and the
 * config-file text edits "Ignore here" shares with the server.
 */
describe('the browser extension bundle', () => {
  it('builds for the browser, pulls no analysis code from the core, and stays small', async () => {
    const result = await esbuild.build({
      entryPoints: ['src/extension/browserMain.ts'],
      bundle: true,
      minify: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => f.startsWith('src/core/')).sort()).toEqual(['src/core/configFile.ts', 'src/core/figures/export.ts']);
    expect(inputs.filter((f) => f.startsWith('src/server/'))).toEqual(['src/server/protocol.ts']);
    const bytes = result.outputFiles[0].contents.length;
    expect(bytes).toBeLessThan(600 * 1024);
  });
});
