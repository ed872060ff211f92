import { describe, expect, it } from 'vitest';
import { isVariantOf } from '../../../src/core/checks/repeats/nameSimilarity';
import { nameVariant } from '../../../src/core/checks/repeats/nameVariant';
import { applied, fixture, marked, run, SEEDS, seedModel } from './support';

describe('name similarity', () => {
  it('matches recogniser garbles that split, join or misspell a name', () => {
    expect(isVariantOf('Kings of Cloud', 'Kingsoft Cloud')).toBe(true);
    expect(isVariantOf('Kings of Clouds', 'Kingsoft Cloud')).toBe(true);
    expect(isVariantOf('Nichol Shan', 'Nicole Shan')).toBe(true);
  });

  it('keeps other companies, shortened names and short names apart', () => {
    for (const [a, b] of [
      ['Tencent Cloud', 'Kingsoft Cloud'],
      ['Kingsoft Corporation', 'Kingsoft Cloud'],
      ['Kingsoft Office', 'Kingsoft Cloud'],
      ['Kingston Cloud', 'Kingsoft Cloud'],
      ['Bank of China', 'Bank of America'],
      ['Liu Tao', 'Zhou Tao'],
      ['Wang Yi', 'Wang Yu'],
      ['Thompson', 'Thompson Wu'],
      ['Hongrui He', 'Haijian He'],
    ]) {
      expect(isVariantOf(a, b), `${a} / ${b}`).toBe(false);
    }
  });
});

describe('name-variant', () => {
  it('reports nothing on a clean call naming many companies and people', () => {
    expect(run(nameVariant, fixture('clean-names.txt')).findings).toEqual([]);
  });

  it('reports garbled company and speaker names with the clean spelling found in the call', () => {
    const text = fixture('garbled-names.txt');
    const { model, findings } = run(nameVariant, text);
    expect(findings.map((f) => [marked(model, f), f.message.match(/garbled "([^"]+)"/)?.[1], f.fixes[0].safe])).toEqual([
      ['Kings of Cloud', 'Kingsoft Cloud', true],
      ['TeamSubCloud', 'Kingsoft Cloud', false],
      ['Kings of Clouds', 'Kingsoft Cloud', true],
      ['Nichol Shan', 'Nicole Shan', true],
    ]);
    const first = findings[0];
    expect(marked(model, { ...first, span: first.related[0].span })).toBe('Kingsoft Cloud');
    expect(applied(text, first)).toContain('welcome to the Kingsoft Cloud fourth quarter');
  });

  it('reports a garble too short to be compared by letters where it stands in the company slot', () => {
    // "Nova Bio" has 7 letters, fewer than any name is compared with: only the slot names it.
    const text = [
      'Operator: Good morning, and welcome to the Novarex Bio fourth quarter 2024 earnings call.',
      'Dana Whitfield (CEO): Thank you. Novarex Bio had a strong year, and Novarex Bio grew.',
      'Operator: Again, welcome to the Nova Bio fourth quarter 2024 earnings call.',
    ].join('\n');
    const { model, findings } = run(nameVariant, text);
    expect(findings.map((f) => [marked(model, f), f.message])).toEqual([['Nova Bio', '"Nova Bio" looks like a garbled "Novarex Bio" (written correctly at line 1).']]);
  });

  it('reports a name split into more words with the same letters, only where the call also writes it whole', () => {
    const text = [
      'Operator: Good morning, and welcome to the Woodgrove Bank first quarter 2025 earnings call.',
      'Maya Brooks (CFO): Wood Grove Bank had a strong quarter, and Woodgrove Bank grew deposits.',
      'Maya Brooks (CFO): WOODGROVE BANK thanks you.',
    ].join('\n');
    const { model, findings } = run(nameVariant, text);
    expect(findings.map((f) => [marked(model, f), f.message, f.fixes[0].safe])).toEqual([
      ['Wood Grove Bank', '"Wood Grove Bank" looks like a garbled "Woodgrove Bank" (written correctly at line 1).', true],
    ]);
    expect(applied(text, findings[0])).toContain('CFO): Woodgrove Bank had a strong quarter');
    // Without the whole spelling anywhere, a split is just how the call writes it.
    expect(run(nameVariant, text.replace(/Woodgrove Bank/g, 'Contoso Group')).findings).toEqual([]);
  });

  it('takes known names as right, even against the call', () => {
    const { model, findings } = run(nameVariant, fixture('garbled-names.txt'), ['Kings of Cloud']);
    const flagged = findings.map((f) => marked(model, f));
    expect(flagged).not.toContain('Kings of Cloud');
    expect(flagged).toContain('Kingsoft Cloud');
    expect(findings.find((f) => marked(model, f) === 'Kingsoft Cloud')?.message).toContain('"Kings of Cloud"');
  });

  it('finds the garbled company and IR names of the headerless ASR call', () => {
    const model = seedModel(SEEDS.asr);
    const findings = nameVariant.run(model, { knownNames: [] });
    const flagged = findings.map((f) => [model.index.lineAt(f.span.start), marked(model, f)]);
    expect(flagged).toEqual([
      [2, 'Kings of Clouds'],
      [2, 'Kings of Cloud'],
      [3, 'Kings of Cloud'],
      [5, 'TeamSubCloud'],
      [37, 'PinkSoft Cloud'],
      [39, 'Nichol Shan'],
      [41, 'Kings of Clouds'],
      [41, 'Kings of Cloud'],
      [42, 'Kings of Cloud'],
      [44, "King's Hub Cloud"],
    ]);
    for (const f of findings) expect(f.message).toMatch(/garbled "(Kingsoft Cloud|Nicole Shan)"/);
    // The "whole document" fix replaces every same spelling and is left to the reviewer.
    const all = findings.find((f) => marked(model, f) === 'Kings of Cloud')!;
    expect(all.fixes[1].safe).toBe(false);
    expect(all.fixes[1].edits.length).toBeGreaterThan(2);
  });

  it('reports nothing on the bilingual and the scraped calls', () => {
    expect(nameVariant.run(seedModel(SEEDS.bilingual), { knownNames: [] })).toEqual([]);
    expect(nameVariant.run(seedModel(SEEDS.scraped), { knownNames: [] })).toEqual([]);
  });
});

describe('name-variant: two clean spellings used nearly as often', () => {
  const call = (garbles: number, rights: number) =>
    [
      'Operator: Good morning and welcome to the Alpine Ski House third quarter 2025 earnings call.',
      ...Array.from({ length: rights - 1 }, () => 'Nora Quist: Alpine Ski House had a good season.'),
      ...Array.from({ length: garbles }, (_, i) => `Lars Engel: Alpine Sky House opened ${i + 2} new lifts this summer.`),
    ].join('\n');

  it('reports the rarer one but leaves the choice to a reviewer: no fix in fix-all', () => {
    const { model, findings } = run(nameVariant, call(2, 1));
    expect(findings.map((f) => marked(model, f))).toEqual(['Alpine Ski House']);
    expect(findings[0].fixes.every((x) => !x.safe)).toBe(true);
  });

  it('fixes in fix-all when one spelling is used more than twice as often', () => {
    const { model, findings } = run(nameVariant, call(1, 3));
    expect(findings.map((f) => marked(model, f))).toEqual(['Alpine Sky House']);
    expect(findings[0].fixes[0].safe).toBe(true);
  });
});
