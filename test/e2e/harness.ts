/**
 * Real-editor test support: finds the vscode-harness (code-server + Chromium, see ../shared/vscode-harness),
 * builds the extension when the bundles are stale, prepares a throwaway workspace, and starts one workbench.
 * When the harness is absent or not installed the suites SKIP, saying why (they never pass vacuously).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from 'vitest';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_ID = 'transcript-lens.transcript-lens';
export const HARNESS_DIR = path.resolve(process.env.VSCODE_HARNESS ?? path.join(REPO, '..', 'shared', 'vscode-harness'));
const HARNESS_HOME = path.resolve(process.env.VSCODE_HARNESS_HOME ?? path.join(os.homedir(), '.cache', 'vscode-harness'));

/** Why the real-editor suites cannot run here, or undefined when they can. */
function unavailableReason(): string | undefined {
  if (!fs.existsSync(path.join(HARNESS_DIR, 'harness.mjs'))) {
    return `vscode-harness not found at ${HARNESS_DIR} (set VSCODE_HARNESS to its folder)`;
  }
  if (!fs.existsSync(path.join(HARNESS_HOME, 'node_modules', 'code-server', 'out', 'node', 'entry.js'))) {
    return `vscode-harness is not installed in ${HARNESS_HOME}: run bash ${path.relative(REPO, HARNESS_DIR)}/install.sh`;
  }
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) return `Chromium not found at ${chromium}`;
  return undefined;
}

export const SKIP_REASON = unavailableReason();
if (SKIP_REASON) console.warn(`[e2e] SKIPPED real-editor tests: ${SKIP_REASON}`);

/** The harness module (JS, untyped): imported only when it exists. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Harness = any;
export async function loadHarness(): Promise<Harness> {
  return import(pathToFileURL(path.join(HARNESS_DIR, 'harness.mjs')).href);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Rebuild dist/ when a source is newer than a bundle the extension loads. Test files run in parallel:
 * a lock directory (mkdir is atomic) makes one of them build while the others wait.
 */
export function ensureBuilt(): void {
  const bundles = ['dist/extension.js', 'dist/server.js'].map((p) => path.join(REPO, p));
  const stale = () => {
    const built = Math.min(...bundles.map((b) => (fs.existsSync(b) ? fs.statSync(b).mtimeMs : 0)));
    return built === 0 || newestMtime(path.join(REPO, 'src')) > built;
  };
  if (!stale()) return;
  const lock = path.join(os.tmpdir(), `transcript-lens-e2e-build-${Buffer.from(REPO).toString('hex').slice(-16)}`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) fs.rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300); // synchronous sleep
    }
  }
  try {
    if (stale()) execFileSync(process.execPath, ['esbuild.config.mjs'], { cwd: REPO, stdio: 'inherit' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export const SEEDS = {
  bilingual: '000_57a37ca2e05f9c53.txt',
  asr: '002_c10d7f1c76de8547.txt',
  scraped: '004_9af29ef9ab041140.txt',
} as const;

export function seedText(name: string): string {
  return fs.readFileSync(path.join(REPO, 'seeds', name), 'utf8');
}

/** A throwaway workspace: files copied in under new names (seeds are never touched). */
export function makeWorkspace(files: Record<string, string>, settings?: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-lens-e2e-ws-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  if (settings) {
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2));
  }
  return dir;
}

/** Where screenshots go: $SCREENSHOT_DIR, else a temp folder (printed, so they can be looked at). */
export function screenshotDir(suite: string): string {
  const dir = path.resolve(process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'transcript-lens-e2e-shots'), suite);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Settings for every run: no sticky tree rows (they would be read as extra Outline rows), a roomy hover delay. */
export const WORKBENCH_SETTINGS = {
  'workbench.tree.enableStickyScroll': false,
  'editor.stickyScroll.enabled': false,
  'workbench.editor.enablePreview': false,
  'editor.wordWrap': 'off',
  'diffEditor.maxComputationTime': 20_000,
};

export interface Workbench {
  h: Harness;
  server: { pid: number; logFile: string; workspaceUrl: string };
  browser: { close(): Promise<void> };
  // playwright Page (untyped here)
  page: Harness;
  workspace: string;
  shots: string;
  failed: boolean;
}

/**
 * The harness's openFile goes through Quick Open and Enter, which after the Outline view has had the mouse does
 * not always switch editors. A file already open in a tab is switched to by clicking its tab, as a user would;
 * other files go through Quick Open.
 */
function withTabSwitching(harness: Harness): Harness {
  return {
    ...harness,
    async openFile(page: Harness, relPath: string): Promise<void> {
      const name = path.basename(relPath);
      const tab = page.locator(`.tabs-container .tab[aria-label^="${name}"]`).first();
      if ((await tab.count()) > 0) {
        await page.keyboard.press('Escape');
        await tab.click();
        await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor();
        await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
        return;
      }
      await harness.openFile(page, relPath);
    },
  };
}

/** Start code-server on the workspace with this repo as the extension, open the workbench. */
export async function openWorkbench(workspace: string, suite: string): Promise<Workbench> {
  const h = withTabSwitching(await loadHarness());
  ensureBuilt();
  const server = await h.startCodeServer({ workspace, extension: REPO, settings: WORKBENCH_SETTINGS });
  const browser = await h.launchBrowser();
  const page = await h.openWorkbench(browser, server.workspaceUrl);
  return { h, server, browser, page, workspace, shots: screenshotDir(suite), failed: false };
}

/**
 * Wraps a test body: on failure, a screenshot of that moment (named after the test) and the code-server log
 * are kept for the post-mortem.
 */
export function step(get: () => Workbench, fn: () => Promise<void>): () => Promise<void> {
  return async () => {
    try {
      await fn();
    } catch (err) {
      const wb = get();
      wb.failed = true;
      const name = expect.getState().currentTestName ?? 'test';
      const file = `failure-${name.replace(/[^a-z0-9]+/gi, '-').slice(-60)}.png`;
      await wb.h.screenshot(wb.page, path.join(wb.shots, file)).catch(() => {});
      throw err;
    }
  };
}

export async function closeWorkbench(wb: Workbench | undefined): Promise<void> {
  if (!wb) return;
  if (wb.failed) console.warn(`[e2e] code-server log kept: ${wb.server.logFile}; failure screenshots in ${wb.shots}`);
  await wb.browser.close().catch(() => {});
  await wb.h.stopCodeServer({ ...wb.server, keep: wb.failed });
  fs.rmSync(wb.workspace, { recursive: true, force: true });
}

/** The Transcript Lens status bar item's text ('' when hidden). */
export async function lensStatusText(page: Harness): Promise<string> {
  const item = page.locator('[id$="transcriptLens.status"]');
  if (!(await item.count())) return '';
  return ((await item.first().innerText()) as string).replace(/\s+/g, ' ').trim();
}

/**
 * Number of lines of the active editor's document: Ctrl+End in the editor, then the "Ln N" the status bar
 * settles on (it updates a moment after the cursor moves; read until three reads agree).
 */
export async function documentLineCount(page: Harness): Promise<number> {
  await page.keyboard.press('Escape');
  await page.locator('.editor-group-container.active .editor-instance .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+End');
  const read = async () => {
    const text: string = await page.locator('[id="status.editor.selection"]').innerText();
    const m = /Ln (\d+)/.exec(text);
    if (!m) throw new Error(`no line number in status bar: ${text}`);
    return Number(m[1]);
  };
  let last = await read();
  let same = 0;
  for (let i = 0; i < 20 && same < 3; i++) {
    await page.waitForTimeout(150);
    const now = await read();
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}
