import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

/**
 * Hostile inputs for the property suite and scripts/fuzz.ts: transcript-like text built from fragments that
 * reach the parser's and the figure grammar's paths, and mutations of the three seeds (shuffled, duplicated,
 * cut mid-character, CRLF/CR, BOM, NULs, long lines, deep brackets, digits, punctuation, emoji, lone surrogates,
 * huge numbers). Everything here is deterministic given fast-check's seed.
 */

export const ROOT = path.resolve(__dirname, '../..');
export const SEED_NAMES = ['000_57a37ca2e05f9c53.txt', '002_c10d7f1c76de8547.txt', '004_9af29ef9ab041140.txt'] as const;
export type SeedName = (typeof SEED_NAMES)[number];

const seedCache = new Map<string, string>();
export function seedText(name: string): string {
  let t = seedCache.get(name);
  if (t === undefined) {
    t = readFileSync(path.join(ROOT, 'seeds', name), 'utf8');
    seedCache.set(name, t);
  }
  return t;
}

/** Lines with their own break kept off; splitting on every LSP line break. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** fast-check parameters: a fixed seed in CI; `FC_SEED`, `FC_RUNS` (a multiplier of each property's own count) to scale up; `FC_NO_SHRINK=1` to stop at the first failure. */
export function fcParams(runs: number): { seed: number; numRuns: number; endOnFailure: boolean } {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20260322;
  const scale = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 1;
  return { seed, numRuns: Math.max(1, Math.round(runs * (Number.isFinite(scale) && scale > 0 ? scale : 1))), endOnFailure: process.env.FC_NO_SHRINK === '1' };
}

/** Pieces of earnings-call text: headers of several layouts, figures in many notations, hedges, Q&A cues. */
const FRAGMENTS = [
  'Operator', 'Operator:', 'OPERATOR', 'Jane Doe - Chief Financial Officer', 'John Smith -- Analyst', 'Ann Lee - Citi - Analyst',
  'Nicole Shan Investor Relations Officer', 'Yulin Wang', 'Mike Chen:', '[00:12:31]', '(Operator Instructions)', '[Foreign Language]',
  '[indiscernible]', '[Music]', 'you', 'music music', 'Um.', 'Question-and-Answer Session', 'Thank you.', 'Our next question comes from',
  'revenue', 'gross profit', 'net loss', 'adjusted EBITDA margin', 'increased', 'decreased', 'by', 'to', 'from', 'year-over-year',
  'quarter-over-quarter', 'sequentially', 'compared with', 'was', 'were', 'approximately', 'about', 'over', 'nearly', 'at least',
  'between', 'and', 'or', 'of which', 'accounted for', 'percentage points', 'basis points', 'bps', 'pp', 'times', 'x', 'CAGR',
  'RMB', 'RMB1.2', 'US$', '$', 'HK$', 'USD', 'million', 'billion', 'thousand', 'trillion', '%', 'percent', 'per cent',
  '1', '0', '12', '3.5', '48.8', '1,234.5', '-3.4%', '(2.1)', '23%', '37.2%', '50 bps', '1.5x', '1e400', '1e-400', 'NaN', 'Infinity',
  'one point two billion', 'twenty-three percent', 'a hundred', 'half', 'a third', 'dozen',
  'Q1', 'Q4 2023', 'FY2023', 'fiscal year 2024', 'first quarter', 'this quarter', 'last year', 'H1', '2023', '2020',
  '人民幣', '億元', '萬元', '3,780萬元', '1.08億', '同比增長', '百分之二十三', '本季度', '收入', '毛利', '增長了12%', '大家好，',
  'Kingsoft Cloud', 'Kings of Cloud', "King's Hub Cloud", 'TeamSubCloud', 'Xinshanyun', 'Aurora Mobile', 'Aurora Mobil',
  '.', ',', ';', ':', '?', '!', '...', '-', '--', '—', '(', ')', '[', ']', '"', "'", '/', '\t', ' ', ' ', ' ', ' ',
  '\n', '\n', '\n', '\n\n', '\r\n', '\r',
  '😀', '👨‍👩‍👧', '𝟙𝟚𝟛', '١٢٣', 'Ωμέγα', 'Привет', 'שלום', '\u200B', '\u00A0', '\uFEFF', '\u0000', '\uD800', '\uDC00', '\uDBFF\uDFFF',
];

const fragment = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^-?[0-9]{1,40}(\.[0-9]{1,20})?$/) },
);

/** Transcript-like text from fragments, joined by a space most of the time. */
export const fragmentText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fragment, fc.constantFrom(' ', ' ', ' ', '', '\n')), { maxLength: 400 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(''));

/** A few lines of the shape of a real call, with fragments inside: reaches header and turn logic more often. */
export const structuredText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('Operator', 'Jane Doe - CFO', 'John Smith -- Analyst', 'Mike Chen: ', 'Question-and-Answer Session', ''),
      fragmentText.map((t) => t.replace(/[\r\n]+/g, ' ')),
    ),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'));

export interface Mutation {
  readonly name: string;
  apply(text: string): string;
}

const insertAt = (text: string, at: number, piece: string) => text.slice(0, at) + piece + text.slice(at);

/** One hostile change; `size` scales the long pieces so the fuzz script can ask for bigger ones. */
export function mutationArb(size = 1): fc.Arbitrary<Mutation> {
  const pos = fc.double({ min: 0, max: 1, noNaN: true });
  const lineOp = (name: string, f: (lines: string[], r: number) => string[]) =>
    pos.map<Mutation>((r) => ({ name, apply: (t) => f(splitLines(t), r).join('\n') }));
  return fc.oneof(
    fc.integer().map<Mutation>((s) => ({
      name: 'shuffle lines',
      apply: (t) => {
        const lines = splitLines(t);
        let x = s | 0 || 1;
        for (let i = lines.length - 1; i > 0; i--) {
          x ^= x << 13;
          x ^= x >>> 17;
          x ^= x << 5;
          const j = Math.abs(x) % (i + 1);
          [lines[i], lines[j]] = [lines[j], lines[i]];
        }
        return lines.join('\n');
      },
    })),
    lineOp('duplicate a line', (lines, r) => {
      const i = Math.floor(r * lines.length);
      return [...lines.slice(0, i + 1), lines[i] ?? '', ...lines.slice(i + 1)];
    }),
    fc.tuple(pos, pos).map<Mutation>(([a, b]) => ({
      name: 'duplicate a block',
      apply: (t) => {
        const lines = splitLines(t);
        const i = Math.floor(a * lines.length);
        const j = Math.min(lines.length, i + 1 + Math.floor(b * 12));
        return [...lines.slice(0, j), ...lines.slice(i, j), ...lines.slice(j)].join('\n');
      },
    })),
    pos.map<Mutation>((r) => ({ name: 'cut at a code unit (mid-character, mid-surrogate)', apply: (t) => t.slice(0, Math.floor(r * t.length)) })),
    pos.map<Mutation>((r) => ({ name: 'cut the head off at a code unit', apply: (t) => t.slice(Math.floor(r * t.length)) })),
    fc.constant<Mutation>({ name: 'CRLF', apply: (t) => t.replace(/\r\n|\r|\n/g, '\r\n') }),
    fc.constant<Mutation>({ name: 'CR only', apply: (t) => t.replace(/\r\n|\r|\n/g, '\r') }),
    fc.constant<Mutation>({ name: 'mixed line breaks', apply: (t) => { let k = 0; return t.replace(/\r\n|\r|\n/g, () => ['\n', '\r\n', '\r'][k++ % 3]); } }),
    fc.constant<Mutation>({ name: 'BOM', apply: (t) => '\uFEFF' + t }),
    fc.array(pos, { minLength: 1, maxLength: 8 }).map<Mutation>((ps) => ({
      name: 'NUL bytes',
      apply: (t) => ps.reduce((acc, r) => insertAt(acc, Math.floor(r * acc.length), '\u0000'), t),
    })),
    fc.tuple(pos, fc.integer({ min: 1, max: 2_000 * size })).map<Mutation>(([r, n]) => ({
      name: `a long line (${n} words)`,
      apply: (t) => insertAt(t, Math.floor(r * t.length), '\n' + 'revenue grew 12% to RMB 3.4 million and '.repeat(Math.ceil(n / 8)) + '\n'),
    })),
    fc.tuple(pos, fc.integer({ min: 1, max: 2_000 * size }), fc.boolean()).map<Mutation>(([r, n, closed]) => ({
      name: `deep brackets (${n}${closed ? ', closed' : ''})`,
      apply: (t) => insertAt(t, Math.floor(r * t.length), '('.repeat(n) + 'RMB 1 million' + (closed ? ')'.repeat(n) : '') + '[[[[' + '{'.repeat(n >> 2)),
    })),
    fc.tuple(pos, fc.integer({ min: 1, max: 5_000 * size })).map<Mutation>(([r, n]) => ({
      name: `only digits (${n})`,
      apply: (t) => insertAt(t, Math.floor(r * t.length), '\n' + '1234567890'.repeat(Math.ceil(n / 10)).slice(0, n) + '\n'),
    })),
    fc.tuple(pos, fc.integer({ min: 1, max: 2_000 * size })).map<Mutation>(([r, n]) => ({
      name: `only punctuation (${n})`,
      apply: (t) => insertAt(t, Math.floor(r * t.length), '\n' + '.,;:!?-()[]%$"\'/…—'.repeat(Math.ceil(n / 18)).slice(0, n) + '\n'),
    })),
    fc.tuple(pos, fc.integer({ min: 1, max: 60 * size })).map<Mutation>(([r, n]) => ({
      name: 'mixed scripts and emoji',
      apply: (t) => insertAt(t, Math.floor(r * t.length), '收入增長😀 RMB 1.2億 👨‍👩‍👧 Ωμέγα 12% Привет ١٢٣ שלום 𝟙𝟚𝟛% '.repeat(n)),
    })),
    fc.array(fc.tuple(pos, fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800')), { minLength: 1, maxLength: 8 }).map<Mutation>((ps) => ({
      name: 'lone surrogate halves',
      apply: (t) => ps.reduce((acc, [r, s]) => insertAt(acc, Math.floor(r * acc.length), s), t),
    })),
    fc.tuple(pos, fc.integer({ min: 20, max: 400 * size })).map<Mutation>(([r, n]) => ({
      name: `a ${n}-digit number`,
      apply: (t) =>
        insertAt(t, Math.floor(r * t.length), ` revenue was RMB ${'9'.repeat(n)}.${'5'.repeat(n >> 1)} million, up ${'1'.repeat(n)}% and 0.${'0'.repeat(n)}1% year-over-year `),
    })),
    fc.tuple(pos, fc.constantFrom('1e400', '-1e400', '1e-400', '1E+400 million', 'RMB 1e400 billion', '1e400%', '10^400', '0x1F', '١٢٣٫٤%', '1.2.3.4%', '..5%', '5%%', '$-.5', '1,,000', '1,000,000,000,000,000,000,000 trillion trillion')).map<Mutation>(([r, s]) => ({
      name: `odd number "${s}"`,
      apply: (t) => insertAt(t, Math.floor(r * t.length), ` revenue increased ${s} to ${s} `),
    })),
  );
}

export interface SeedSample {
  readonly seed: SeedName;
  readonly mutations: readonly string[];
  readonly text: string;
}

/** A window of a seed (up to `maxLines` whole lines, then capped at `maxChars`) with up to four mutations applied in order. */
export function seedSampleArb(maxChars = 6_000, size = 1, maxLines = 60): fc.Arbitrary<SeedSample> {
  return fc
    .tuple(
      fc.constantFrom(...SEED_NAMES),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: maxLines }),
      fc.array(mutationArb(size), { maxLength: 4 }),
    )
    .map(([seed, at, count, mutations]) => {
      const lines = splitLines(seedText(seed));
      const from = Math.floor(at * lines.length);
      let text = lines.slice(from, from + count).join('\n').slice(0, maxChars);
      for (const m of mutations) text = m.apply(text);
      return { seed, mutations: mutations.map((m) => m.name), text };
    });
}

/** Either kind of input, tagged for reports. */
export const anyInput: fc.Arbitrary<{ label: string; text: string }> = fc.oneof(
  fragmentText.map((text) => ({ label: 'fragments', text })),
  structuredText.map((text) => ({ label: 'structured', text })),
  seedSampleArb().map((s) => ({ label: `${s.seed} [${s.mutations.join(', ')}]`, text: s.text })),
);

/** A short printable description of an input for summaries: its label, length and head. */
export function describeInput(label: string, text: string): string {
  const head = JSON.stringify(text.slice(0, 60));
  return `${label} (${text.length} chars, starts ${head})`;
}

/**
 * Text with things the checks fix: back-to-back loops, recogniser noise ("you", "music music", "[Music]"),
 * garbled company names next to the right one, and restarted passages, amid fragments and seed windows.
 */
export const fixableText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.tuple(fc.array(fc.constantFrom('we', 'will', 'continue', 'to', 'invest', 'in', 'cloud', 'the', 'revenue', '收入', '增長'), { minLength: 1, maxLength: 4 }), fc.integer({ min: 2, max: 9 }), fc.constantFrom(' ', ', ', '. ', ''))
        .map(([unit, copies, sep]) => `And ${Array.from({ length: copies }, () => unit.join(' ')).join(sep)} this year.`),
      fc.constantFrom('you', 'You.', 'music music', '[Music]', 'Um.', 'you you you', 'Thank you.', 'Kingsoft Cloud revenue grew.', 'Kings of Cloud revenue grew.', "King's Hub Cloud is growing.", 'Kingsoft Cloud and Kingsoft Cloud again.'),
      fragmentText.map((t) => t.slice(0, 300)),
      seedSampleArb(3_000).map((s) => s.text),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .chain((parts) => fc.constantFrom('\n', ' ', '\n\n', '\r\n').map((sep) => parts.join(sep)))
  .map((text) => {
    // Say the same passage twice now and then, as a restarted ASR transcript does.
    const cut = text.slice(0, Math.min(text.length, 1_500));
    return text.length % 3 === 0 ? `${text}\n${cut}` : text;
  });
