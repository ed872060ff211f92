/**
 * Real editor (code-server + Chromium): each seed opened as a Transcript shows an Outline that matches the
 * parser's model (sections at the top, each turn's speaker under its section); a hover shows a figure normalised;
 * the Figures view lists every figure, reveals one on click and exports the CLI's CSV;
 * a translation that garbles a figure is reported and its quick fix restores the English figure; a plain .txt
 * call gets the offer to switch language. Skips when the vscode-harness is not installed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { figuresToCsv } from '../../src/core/figures/export';
import { parseTranscript } from '../../src/core/model/parse';
import type { SectionKind, TranscriptModel } from '../../src/core/model/types';
import { closeWorkbench, step, EXTENSION_ID, makeWorkspace, openWorkbench, SEEDS, seedText, SKIP_REASON, type Workbench } from './harness';

/** How the Outline names each section kind (presentation; the structure itself comes from the model). */
const SECTION_TITLES: Record<SectionKind, string> = { opening: 'Opening', prepared: 'Prepared remarks', qa: 'Q&A', closing: 'Closing' };

interface OutlineItem { label: string; description: string; depth: number; children: OutlineItem[] }

/** Every label under an outline item, at any depth. */
function labelsUnder(item: OutlineItem): string[] {
  return item.children.flatMap((c) => [c.label, ...labelsUnder(c)]);
}

/** Speaker names of a section's turns, in order, with consecutive repeats merged (as a reader lists them). */
function speakersOf(model: TranscriptModel, sectionIndex: number): string[] {
  return model.sections[sectionIndex].turns.map((t) => t.speaker.name.trim() || 'Unknown speaker');
}

/**
 * The Outline of the active editor once it has `sections` top-level rows: right after switching editors the
 * view may still show the previous file or be loading, so read it again until it settles (or time out).
 * Only rows on screen exist in the DOM, so wait for one row and let getOutline scroll through the rest.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function readOutline(h: any, page: any, sections: number, timeoutMs = 40_000): Promise<OutlineItem[]> {
  const deadline = Date.now() + timeoutMs;
  let outline: OutlineItem[] = [];
  do {
    outline = await h.getOutline(page, { minItems: 1 });
    if (outline.length === sections) return outline;
    await page.waitForTimeout(1000);
  } while (Date.now() < deadline);
  return outline;
}

describe.skipIf(!!SKIP_REASON)('Transcript Lens in a real editor: outline, hover, figures view, translation fix, language switch', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await openWorkbench(
      makeWorkspace({
        'bilingual.transcript': seedText(SEEDS.bilingual),
        'headerless-asr.transcript': seedText(SEEDS.asr),
        'scraped-page.transcript': seedText(SEEDS.scraped),
        'call-notes.txt': seedText(SEEDS.scraped),
      }),
      'outline',
    );
  }, 180_000);

  afterAll(async () => {
    await closeWorkbench(wb);
  }, 60_000);

  const seeds: [string, string][] = [
    ['bilingual.transcript', SEEDS.bilingual],
    ['scraped-page.transcript', SEEDS.scraped],
    ['headerless-asr.transcript', SEEDS.asr],
  ];

  // Read-only steps get one retry: a retry only re-reads the UI.
  it.each(seeds)('%s: the Outline shows the model\'s sections and every turn\'s speaker', { timeout: 120_000, retry: 1 }, (file, seed) => step(() => wb, async () => {
    const { h, page } = wb;
    await h.openFile(page, file);
    await h.waitForExtensionActivated(page, EXTENSION_ID);
    expect(await h.getLanguageMode(page)).toBe('Transcript');
    const model = parseTranscript(seedText(seed));
    expect(model.sections.length).toBeGreaterThan(0);
    const outline = await readOutline(h, page, model.sections.length);
    console.log(`[e2e] ${file} outline:\n  ${h.outlineToLines(outline).join('\n  ')}`);

    expect(outline.map((o) => o.label)).toEqual(model.sections.map((s) => SECTION_TITLES[s.kind]));
    model.sections.forEach((section, i) => {
      const shown = labelsUnder(outline[i]);
      // Each turn appears as "Name" or "Name - Role" (or "Q: Name" for a question) under its own section.
      const missing = speakersOf(model, i).filter((name) => !shown.some((l) => l.replace(/^Q: /, '').startsWith(name)));
      expect(missing, `speakers of section ${i} (${section.kind}) missing from the Outline`).toEqual([]);
      expect(shown.length).toBeGreaterThanOrEqual(section.turns.length - section.exchanges.length);
    });
    await h.screenshot(page, path.join(wb.shots, `outline-${path.basename(file, '.transcript')}.png`));
  })());

  it('hovering a figure shows its normalised value', { timeout: 120_000, retry: 1 }, step(() => wb, async () => {
    const { h, page } = wb;
    const text = seedText(SEEDS.bilingual);
    const model = parseTranscript(text);
    // A money figure on an English line with a scale word: the hover must spell out the full value.
    const figure = model.figures.find((f) => f.kind === 'money' && f.lang === 'en' && f.scale === 'million');
    expect(figure, 'the parser recognises a money figure in millions').toBeDefined();
    await h.openFile(page, 'bilingual.transcript');
    const word = figure!.text.replace(/^[^\d]*/, '').split(/\s/)[0]; // the digits, e.g. "48.8"
    const hover: string = await h.hoverText(page, figure!.line + 1, word);
    console.log(`[e2e] hover on "${figure!.text}" (line ${figure!.line + 1}): ${JSON.stringify(hover)}`);
    const grouped = (v: string) => BigInt(v).toLocaleString('en-US');
    expect(hover.includes(figure!.value) || hover.includes(grouped(figure!.value))).toBe(true);
    // The stated-precision interval ("48.8 million" means 48,750,000 to 48,850,000).
    if (/^\d+$/.test(figure!.low) && /^\d+$/.test(figure!.high)) {
      expect(hover).toContain(grouped(figure!.low));
      expect(hover).toContain(grouped(figure!.high));
    }
    if (figure!.currency) expect(hover).toContain(figure!.currency);
    await h.screenshot(page, path.join(wb.shots, 'hover.png'));
  }));

  it('Show Figures lists every figure; a click reveals it; Export CSV writes the CLI\'s CSV where the user says', step(() => wb, async () => {
    const { h, page } = wb;
    const text = seedText(SEEDS.bilingual);
    const model = parseTranscript(text);
    await h.openFile(page, 'bilingual.transcript');
    await h.runCommand(page, 'Transcript Lens: Show Figures');
    // The webview is two iframes deep: VS Code's host frame, then the content frame.
    const frame = page.frameLocator('iframe.webview').frameLocator('#active-frame');
    await frame.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    expect(await frame.locator('tbody tr').count()).toBe(model.figures.length);
    await h.screenshot(page, path.join(wb.shots, 'figures.png'));

    const target = model.figures.find((f) => f.kind === 'money' && f.lang === 'en')!;
    const index = model.figures.indexOf(target);
    await frame.locator(`tbody tr[data-index="${index}"]`).click();
    await page.waitForFunction(
      (line: number) => (document.querySelector('[id="status.editor.selection"]')?.textContent ?? '').startsWith(`Ln ${line},`),
      target.line + 1,
    );

    const out = path.join(wb.workspace, 'exported-figures.csv');
    await frame.locator('#exportCsv').click();
    const input = page.locator('.quick-input-widget .quick-input-box input');
    // The save dialog fills in its default name a moment after it opens: type over it only then.
    await page.waitForFunction(() => /figures\.csv$/.test((document.querySelector('.quick-input-widget .quick-input-box input') as HTMLInputElement | null)?.value ?? ''));
    await input.fill(out);
    await page.waitForFunction((want: string) => (document.querySelector('.quick-input-widget .quick-input-box input') as HTMLInputElement | null)?.value === want, out);
    await page.keyboard.press('Enter');
    const done: string = await h.waitForNotification(page, 'Exported', { timeoutMs: 15_000 });
    console.log(`[e2e] export: ${done}; workspace holds ${fs.readdirSync(wb.workspace).join(', ')}`);
    expect(done).toContain('exported-figures.csv');
    expect(fs.readFileSync(out, 'utf8')).toBe(figuresToCsv(model));
    // Close the view (its editor group goes with it) so later steps open files in the first group again.
    await page.locator('.tabs-container .tab', { hasText: 'Figures: bilingual.transcript' }).locator('.tab-actions .action-label').first().click();
  }), 120_000);

  it('a translated line that garbles a figure is reported, and its quick fix puts the English figure back', step(() => wb, async () => {
    const { h, page } = wb;
    const text = seedText(SEEDS.bilingual);
    const finding = analyze(text).diagnostics.find((d) => d.checkId === 'translation-mismatch' && d.fixes.length > 0);
    expect(finding, 'the core finds a translation mismatch with a fix in the bilingual seed').toBeDefined();
    const pos = parseTranscript(text).index.positionAt(finding!.span.start);
    const fix = finding!.fixes[0];
    const wrong = text.slice(fix.edits[0].start, fix.edits[0].end);
    await h.openFile(page, 'bilingual.transcript');
    const problems: { code: string; line: number; message: string }[] = await h.getProblems(page);
    const shown = problems.find((p) => p.code === 'translation-mismatch' && p.line === pos.line + 1);
    expect(shown, `translation-mismatch at line ${pos.line + 1} in the Problems panel`).toBeDefined();
    console.log(`[e2e] translation: ${shown!.message}`);
    await h.goToLine(page, pos.line + 1, pos.character + 1);
    await h.screenshot(page, path.join(wb.shots, 'translation-problem.png'));
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.locator('.monaco-list-row', { hasText: fix.title }).first().waitFor();
    for (let i = 0; i < 30; i++) {
      const focused: string = (await menu.locator('.monaco-list-row.focused').getAttribute('aria-label')) ?? '';
      if (focused.includes(fix.title)) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      ([good, bad]: string[]) => {
        const lines = Array.from(document.querySelectorAll('.editor-instance .view-lines .view-line'), (l) => l.textContent ?? '');
        return lines.some((l) => l.includes(good)) && !lines.some((l) => l.includes(bad));
      },
      [fix.edits[0].newText, wrong],
    );
    // Diagnostics follow the edit after the server re-analyses: read until the finding is gone.
    const stillThere = async () => ((await h.getProblems(page, { minItems: 0 })) as { code: string; line: number }[])
      .some((p) => p.code === 'translation-mismatch' && p.line === pos.line + 1);
    const deadline = Date.now() + 20_000;
    while ((await stillThere()) && Date.now() < deadline) await page.waitForTimeout(500);
    expect(await stillThere()).toBe(false);
    await page.keyboard.press('Control+Z'); // leave the file as the seed for the next steps
  }), 120_000);

  it('a plain .txt that looks like a call gets one offer to switch, and switching gives it an Outline', step(() => wb, async () => {
    const { h, page } = wb;
    await h.openFile(page, 'call-notes.txt');
    const offer: string = await h.waitForNotification(page, 'looks like an earnings-call transcript', { timeoutMs: 20_000 });
    expect(offer).toContain('call-notes.txt');
    await h.screenshot(page, path.join(wb.shots, 'switch-offer.png'));
    await page.locator('.notifications-toasts .notification-list-item', { hasText: 'call-notes.txt' })
      .locator('.monaco-button', { hasText: 'Switch to Transcript' }).click();
    await page.waitForFunction(() => document.querySelector('[id="status.editor.mode"]')?.textContent?.includes('Transcript'));
    expect(await h.getLanguageMode(page)).toBe('Transcript');
    const model = parseTranscript(seedText(SEEDS.scraped));
    const outline = await readOutline(h, page, model.sections.length);
    expect(outline.map((o) => o.label)).toEqual(model.sections.map((s) => SECTION_TITLES[s.kind]));
    await h.screenshot(page, path.join(wb.shots, 'switched.png'));
  }), 120_000);
});
