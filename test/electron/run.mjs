// Runs test/electron/suite.cjs inside a real desktop VS Code (Electron) through @vscode/test-electron.
// Usage: npm run test:electron   (env VSCODE_EXECUTABLE=/path/to/code uses a local VS Code, no download)
// Where VS Code cannot be downloaded (no internet), it prints why and exits 0: the code-server suites in
// test/e2e cover the same ground offline. On Linux without a display, run it under xvfb-run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
// The oldest VS Code the manifest accepts (engines.vscode), so the test proves the floor works.
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).engines.vscode.replace(/^[\^~]/, '');

let executable = process.env.VSCODE_EXECUTABLE;
if (!executable) {
  try {
    executable = await downloadAndUnzipVSCode({ version, timeout: 20_000, cachePath: path.join(root, '.vscode-test') });
  } catch (err) {
    console.log(`skipped: VS Code cannot be downloaded here (${err instanceof Error ? err.message : String(err)})`);
    process.exit(0);
  }
}

execFileSync(process.execPath, ['esbuild.config.mjs'], { cwd: root, stdio: 'inherit' });
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-lens-electron-'));
for (const [from, to] of [['002_c10d7f1c76de8547.txt', 'asr.transcript'], ['000_57a37ca2e05f9c53.txt', 'bilingual.transcript']]) {
  fs.copyFileSync(path.join(root, 'seeds', from), path.join(workspace, to));
}
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(here, 'suite.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  console.log('electron suite: passed');
} catch (err) {
  console.error(`electron suite: FAILED (${err instanceof Error ? err.message : String(err)})`);
  process.exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
