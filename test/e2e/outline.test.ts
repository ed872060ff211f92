/**
 * Real editor (code-server + Chromium): each seed opened as a Transcript shows an Outline that matches the
 * parser's model (sections at the top, each turn's speaker under its section); a hover shows a figure normalised;
 * a plain .txt call gets the offer to switch language. Skips when the vscode-harness is not installed.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/core/model/parse';
import type { SectionKind, TranscriptModel } from '../../src/core/model/types';
import { closeWorkbench, EXTENSION_ID, makeWorkspace, openWorkbench, SEEDS, seedText, SKIP_REASON, type Workbench } from './harness';

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

describe.skipIf(!!SKIP_REASON)('Transcript Lens in a real editor: outline, hover, language switch', () => {
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

  it.each(seeds)('%s: the Outline shows the model\'s sections and every turn\'s speaker', async (file, seed) => {
    const { h, page } = wb;
    try {
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
    } catch (err) {
      wb.failed = true;
      throw err;
    }
  }, 120_000);

  it('hovering a figure shows its normalised value', async () => {
    const { h, page } = wb;
    try {
      const text = seedText(SEEDS.bilingual);
      const model = parseTranscript(text);
      // A money figure on an English line with a scale word: the hover must spell out the full value.
      const figure = model.figures.find((f) => f.kind === 'money' && f.lang === 'en' && f.scale === 'million');
      expect(figure, 'the parser recognises a money figure in millions').toBeDefined();
      await h.openFile(page, 'bilingual.transcript');
      const word = figure!.text.replace(/^[^\d]*/, '').split(/\s/)[0]; // the digits, e.g. "48.8"
      const hover: string = await h.hoverText(page, figure!.line + 1, word);
      console.log(`[e2e] hover on "${figure!.text}" (line ${figure!.line + 1}): ${JSON.stringify(hover)}`);
      const grouped = BigInt(figure!.value).toLocaleString('en-US');
      expect(hover.includes(figure!.value) || hover.includes(grouped)).toBe(true);
      if (figure!.currency) expect(hover).toContain(figure!.currency);
      await h.screenshot(page, path.join(wb.shots, 'hover.png'));
    } catch (err) {
      wb.failed = true;
      throw err;
    }
  }, 120_000);

  it('a plain .txt that looks like a call gets one offer to switch, and switching gives it an Outline', async () => {
    const { h, page } = wb;
    try {
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
    } catch (err) {
      wb.failed = true;
      throw err;
    }
  }, 120_000);
});
