import { singleSpaced } from '../model/fragments';
import { Dec, type StatedNumber } from '../numbers/decimal';
import { canonicalProduct } from '../numbers/scaled';
import { splitSentences } from '../model/sentences';
import type { CallFacts, Lang, Line, Sentence } from '../model/types';
import { approximationBefore, bareBasisAfter, bindMetric, bindPeriod, detectChange, findMetrics, findPeriods, isChangeAt, type Mention } from './context';
import { foldText } from './fold';
import { parseFigureAt, PLAIN_QUANTITY_NOTE, type RawMatch } from './grammar';
import { figureInterval, fractionInterval } from './interval';
import { mayHoldFigure } from './prefilter';
import { tokenize, type Tok } from './tokens';
import type { Figure, FigureChange } from './types';

export interface FigureSource {
  text: string;
  lines: readonly Line[];
  sentences: readonly Sentence[];
  facts: CallFacts;
}

export interface RecognizeContext {
  readonly facts?: CallFacts;
  /** Document offset of the text's first character (spans are document offsets). */
  readonly offset?: number;
  readonly line?: number;
}

/**
 * The numerals read so far (see grammar.ts statedNumeral), kept from document to document: every call says "10",
 * "2023", "1.5" again, and a numeral's value depends on its text alone. Bounded there.
 */
const NUMERALS = new Map<string, StatedNumber>();

/**
 * Every figure in the document, in document order, read sentence by sentence.
 * `rangeWith` indices point into the returned array. Never throws: a sentence that fails is skipped.
 */
export function recognizeFigures(doc: FigureSource): Figure[] {
  const out: Figure[] = [];
  // A document often says a sentence again word for word (a recording that restarts, a repeated summary,
  // boilerplate). Its figures depend only on its text, its language and the call's facts, so each distinct
  // sentence is read once and its figures are placed again at every repeat.
  const read = new Map<Lang, Map<string, { figs: Figure[]; base: number }>>();
  const text = doc.text;
  for (const s of doc.sentences) {
    // A sentence's text is the document's at its span (its figures' spans are document offsets), so the
    // pre-filter reads it there.
    if (!mayHoldFigure(text, s.span.start, s.span.end)) continue;
    let byText = read.get(s.lang);
    if (!byText) read.set(s.lang, (byText = new Map()));
    const first = byText.get(s.text);
    let figs: Figure[];
    if (first === undefined) {
      try {
        figs = readSentence(s.text, s.span.start, s.line, s.lang, doc.facts, NUMERALS);
      } catch {
        continue;
      }
      byText.set(s.text, { figs, base: s.span.start });
    } else figs = first.figs.map((f) => placed(f, s.span.start - first.base, s.line));
    const multiline = s.span.end > (doc.lines[s.line]?.end ?? s.span.end);
    appendShifted(out, multiline ? onTheirLines(figs, doc.lines, s.line).map((f) => asSaid(f, text)) : figs);
  }
  return out;
}

/**
 * The figures of a sentence wrapped over several lines, each with the line it starts on (a figure's line is
 * where the editor shows it). Figures come in order, so the line only moves forward.
 */
/**
 * A figure read across caption cues has the cue's timing line blanked inside it ("twelve" / "0:21" / "million
 * dollars"): its text is the words as said, one space apart, not the document's slice.
 */
function asSaid(f: Figure, text: string): Figure {
  if (!f.text.includes('\n') || text.slice(f.span.start, f.span.end) === f.text) return f;
  return { ...f, text: singleSpaced(f.text) };
}

function onTheirLines(figs: readonly Figure[], lines: readonly Line[], firstLine: number): Figure[] {
  let line = firstLine;
  return figs.map((f) => {
    while (line + 1 < lines.length && lines[line + 1].start <= f.span.start) line++;
    return line === f.line ? f : { ...f, line };
  });
}

/** A figure of an earlier sentence placed `shift` characters on, at another line; its nested records are its own copies. */
function placed(f: Figure, shift: number, line: number): Figure {
  // A spread keeps the figure's own key order (a range end's shared hedge comes last), which the output shows.
  const o: MutableFigure = { ...f, span: { start: f.span.start + shift, end: f.span.end + shift }, line, notes: [...f.notes] };
  if (f.change) o.change = { ...f.change };
  if (f.period) o.period = { ...f.period };
  return o;
}

/** Figures in one string (split into sentences first). Offsets are `context.offset` + position in `text`. */
export function recognizeInText(text: string, lang: Lang, context: RecognizeContext = {}): Figure[] {
  const out: Figure[] = [];
  const facts = context.facts ?? {};
  const base = context.offset ?? 0;
  for (const s of splitSentences(text, 0, text.length, context.line ?? 0, lang)) {
    try {
      appendShifted(out, recognizeSentence(s.text, base + s.span.start, context.line ?? 0, lang, facts));
    } catch {
      // A sentence we cannot read has no figures; the rest of the text still does.
    }
  }
  return out;
}

function appendShifted(out: Figure[], figs: readonly Figure[]): void {
  const shift = out.length;
  for (const f of figs) out.push(f.rangeWith === undefined ? f : { ...f, rangeWith: f.rangeWith + shift });
}


interface Working {
  item: RawMatch;
  rangeWith?: number;
  notes: string[];
}

const NO_METRICS: readonly Mention<string>[] = [];

const DURATION_UNIT = /(?:days?|weeks?|months?|quarters?|years?|hours?|天|个月|周)$/i;

const CONNECTORS = new Set(['to', 'and', 'through', '-', '~', '—', '至', '到']);

/** The figures of one sentence; `rangeWith` indices are local to the returned array. */
export function recognizeSentence(raw: string, base: number, line: number, lang: Lang, facts: CallFacts): Figure[] {
  // Most sentences have no number at all: one cheap scan spares folding, tokenising and parsing them.
  return mayHoldFigure(raw) ? readSentence(raw, base, line, lang, facts) : [];
}

/**
 * recognizeSentence without the pre-filter (exported for the test that the filter never drops a figure).
 * `numerals`: a memo of numerals read so far, if the caller keeps one.
 */
export function readSentence(raw: string, base: number, line: number, lang: Lang, facts: CallFacts, numerals?: Map<string, StatedNumber>): Figure[] {
  const folded = foldText(raw);
  const toks = tokenize(folded);
  const ctx = { raw, reportingCurrency: facts.currency?.code, numerals };
  const items: RawMatch[] = [];
  for (let i = 0; i < toks.length; ) {
    // Nine tokens in ten cannot begin a figure by themselves (the tokenizer marked them): no parse there.
    if (!toks[i].lead) {
      i++;
      continue;
    }
    const r = parseFigureAt(toks, i, ctx);
    if (r === undefined || r === 'skip') {
      i++;
      continue;
    }
    items.push(r);
    i = Math.max(r.endTok, i + 1);
  }
  if (!items.some((it) => it.kind !== 'bare')) return [];

  linkRanges(items, toks, folded);
  const work: Working[] = [];
  const indexOf = new Map<RawMatch, number>();
  for (const it of items) {
    if (it.kind === 'bare') continue;
    indexOf.set(it, work.length);
    // The match's own notes become the figure's: each match has its own array, read nowhere else.
    work.push({ item: it, notes: it.notes });
  }
  for (const w of work) {
    const other = w.item.range;
    if (other && indexOf.has(other)) w.rangeWith = indexOf.get(other);
  }

  const periods = findPeriods(folded, facts);
  // Counts never take a metric (below): a sentence of counts alone is not searched for one.
  const metrics = work.some((w) => w.item.kind !== 'count') ? findMetrics(folded, raw) : NO_METRICS;
  const figures: Figure[] = [];
  for (let n = 0; n < work.length; n++) {
    const { item } = work[n];
    const notes = work[n].notes;
    const prevEnd = n > 0 ? work[n - 1].item.end : 0;
    const nextStart = n + 1 < work.length ? work[n + 1].item.start : raw.length;
    const approx = item.approxAfter ?? approximationBefore(folded, item.start);
    let negative = item.negative;
    if (item.kind === 'money' && !negative && /(?:^|[^a-z])(?:a|net|operating)\s+loss\s+of\s+(?:about\s+|approximately\s+|around\s+)?$|亏损了?\s*(?:约|约为)?\s*$/.test(folded.slice(Math.max(0, item.start - 40), item.start))) {
      negative = true;
      notes.push('sign: a loss');
    }
    const value = canonicalProduct(item.digits, item.multiplier, negative);
    const interval = item.fraction
      ? approx
        ? figureInterval(new Dec(item.fraction.percent), 10, new Dec(1), false, approx)
        : fractionInterval(item.fraction.numerator, item.fraction.denominator)
      : figureInterval(item.digits, item.decimals, item.multiplier, negative, approx);
    let change: FigureChange | undefined = detectChange(folded, item.start, item.end, prevEnd, nextStart);
    // "increased by 11.1% from 203.1 million last quarter": the basis follows the base it is measured from.
    if (change && change.basis === 'unspecified' && n + 1 < work.length && /^\s*,?\s*(?:from|compared (?:with|to)|versus|vs\.?)\s*$/.test(folded.slice(item.end, nextStart))) {
      const basis = bareBasisAfter(folded, nextStart, work[n + 1].item.end, n + 2 < work.length ? work[n + 2].item.start : raw.length, true);
      if (basis) change = { direction: change.direction, basis };
    }
    // "a steady increase of 6 consecutive quarters": a duration after "of" is how long, not how much.
    if (change && item.kind === 'count' && item.unit && DURATION_UNIT.test(item.unit) && /(?:^|[^a-z])of\s*$/.test(folded.slice(Math.max(0, item.start - 8), item.start))) change = undefined;
    // "decreased 40% year-over-year and 10% quarter-over-quarter": the second takes the verb of the first.
    const prevChange = n > 0 ? figures[n - 1]?.change : undefined;
    if ((!change || change.direction === 'unspecified') && prevChange && prevChange.direction !== 'unspecified') {
      const between = folded.slice(prevEnd, item.start);
      if (/^\s*(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|quarter[- ]over[- ]quarter|quarter[- ]on[- ]quarter|yoy|qoq|sequentially)\s*)?(?:,\s*)?(?:and|or|but|while)?\s*$|^\s*[,，、]\s*$/.test(between)) {
        change = { direction: prevChange.direction, basis: change?.basis ?? bareBasisAfter(folded, item.start, item.end, nextStart) ?? 'unspecified' };
      }
    }
    if (!change && (item.kind === 'percent' || item.kind === 'percentage-points' || item.kind === 'basis-points')) {
      const basis = bareBasisAfter(folded, item.start, item.end, nextStart);
      if (basis) change = { direction: 'unspecified', basis };
    }
    if (approx) notes.push(`approximation: ${approx}`);
    // Built in place, field by field in the one fixed order, leaving out those that are undefined: this runs for
    // every figure of the document, and a full record to copy from would be made and dropped each time.
    const fig = {
      span: { start: base + item.start, end: base + item.end },
      line,
      text: raw.slice(item.start, item.end),
      lang,
      kind: item.kind as Figure['kind'],
      value,
      low: interval.low,
      high: interval.high,
    } as MutableFigure;
    if (item.scaleLabel !== undefined) fig.scale = item.scaleLabel;
    if (item.kind === 'money' && item.currency !== undefined) fig.currency = item.currency;
    if (item.kind === 'money' && item.currencyImplied) fig.currencyImplied = true;
    if (item.unit !== undefined) fig.unit = item.unit;
    if (negative) fig.sign = 'negative';
    if (approx !== undefined) fig.approximation = approx;
    if (change !== undefined) fig.change = change;
    const period = bindPeriod(periods, folded, item.start, item.end, nextStart, change !== undefined);
    if (period !== undefined) fig.period = period;
    // A count is about its unit ("38 days", "53,000 ADS"); a nearby metric would be a guess.
    const metric = item.kind === 'count' ? undefined : bindMetric(metrics, folded, raw, item.start, item.end, prevEnd, item.kind === 'money');
    if (metric !== undefined) fig.metric = metric;
    if (work[n].rangeWith !== undefined) fig.rangeWith = work[n].rangeWith;
    fig.notes = notes;
    figures.push(fig);
  }
  // The second end of a range shares the hedge and the change of the first: "about 60% to 65%",
  // "an increase of 60% to 65%"; the first shares the period said after the second.
  for (let n = 0; n < figures.length; n++) {
    const partner = figures[n].rangeWith;
    if (partner === undefined || partner > n) continue;
    const a = figures[partner];
    const b = figures[n];
    if ((a.change && !b.change) || (a.approximation && !b.approximation)) {
      const approximation = b.approximation ?? a.approximation;
      const interval = approximation !== b.approximation ? figureInterval(work[n].item.digits, work[n].item.decimals, work[n].item.multiplier, b.sign === 'negative', approximation) : { low: b.low, high: b.high };
      figures[n] = withoutUndefined({ ...b, change: b.change ?? a.change, approximation, low: interval.low, high: interval.high });
    }
    // The period said after the range is both ends': "between 61% and 62% for the full year". Not after "from":
    // "from 465.8 million to 502.9 million this quarter" is a change, its first end the prior's value.
    if (!a.period && figures[n].period && !FROM_BEFORE.test(folded.slice(Math.max(0, work[partner].item.start - 12), work[partner].item.start))) {
      figures[partner] = withoutUndefined({ ...a, period: figures[n].period });
    }
  }
  return figures;
}

const FROM_BEFORE = /\bfrom\s+(?:the\s+|a\s+)?$/;

type MutableFigure = { -readonly [K in keyof Figure]: Figure[K] };

/** A copy without the fields that are undefined, keys in the order given. */
function withoutUndefined(f: Figure): Figure {
  const o: Record<string, unknown> = {};
  const src = f as unknown as Record<string, unknown>;
  for (const k in src) if (src[k] !== undefined) o[k] = src[k];
  return o as unknown as Figure;
}

function tokText(t: Tok | undefined): string | undefined {
  return t?.text;
}

/**
 * "between RMB 410 million and RMB 425 million", "12.5% to 16.3%", "1.5 to 1.54 billion", "10-15%",
 * "4,000至4,200万元": link both ends; a bare first end takes the kind, currency, scale and unit of the
 * second, and a first end without currency or scale takes them from the second.
 */
function linkRanges(items: RawMatch[], toks: readonly Tok[], folded: string): void {
  for (let n = 0; n + 1 < items.length; n++) {
    const a = items[n];
    const b = items[n + 1];
    if (b.kind === 'bare' || b.startTok - a.endTok !== 1) continue;
    const conn = tokText(toks[a.endTok]);
    if (!conn || !CONNECTORS.has(conn)) continue;
    const before = tokText(toks[a.startTok - 1]);
    const before2 = tokText(toks[a.startTok - 2]);
    if (conn === 'and' && before !== 'between') continue;
    if (conn === 'to' && (before === 'by' || before2 === 'by')) continue;
    if (conn === '-' && (toks[a.endTok].sp || toks[b.startTok].sp)) continue;
    // "grew 70% to 170%": a change and then a level, not a range.
    // ("an increase of 60% to 65%" is a range of changes: the noun + "of" introduces both ends.)
    if ((conn === 'to' || conn === '至' || conn === '到') && a.kind !== 'bare' && isChangeAt(folded, a.start, n > 0 ? items[n - 1].end : 0)) {
      if (!/(?:^|[^a-z])of\s+(?:about\s+|approximately\s+|around\s+|roughly\s+)?$/.test(folded.slice(Math.max(0, a.start - 30), a.start))) continue;
    }
    if (a.kind === 'bare') {
      if (a.yearLike || a.negative !== b.negative && a.negative) continue;
      a.kind = b.kind;
      a.currency = b.currency;
      a.currencyImplied = b.currencyImplied;
      a.unit = b.unit;
      if (b.scaleLabel) {
        a.multiplier = b.multiplier;
        a.scaleLabel = b.scaleLabel;
      }
      a.notes.push('range: kind, currency and scale carried from the other end');
    } else {
      const moneyish = (x: RawMatch) => x.kind === 'money' || (x.kind === 'count' && !x.unit);
      if (a.kind !== b.kind && !(moneyish(a) && moneyish(b))) continue;
      if (b.kind === 'money' && (a.kind !== 'money' || a.currencyImplied) && !b.currencyImplied) {
        a.kind = 'money';
        a.currency = b.currency;
        a.currencyImplied = undefined;
        a.notes.push('range: currency carried from the other end');
      } else if (a.kind === 'money' && !a.currencyImplied && b.kind === 'count' && !b.unit) {
        // "$90-95 million": the currency is written once, on the first end.
        b.kind = 'money';
        b.currency = a.currency;
        b.notes = b.notes.filter((n) => n !== PLAIN_QUANTITY_NOTE);
        b.notes.push('range: currency carried from the other end');
      }
      if (!a.scaleLabel && b.scaleLabel) {
        a.multiplier = b.multiplier;
        a.scaleLabel = b.scaleLabel;
        a.notes.push('range: scale carried from the other end');
      }
    }
    a.range = b;
    b.range = a;
  }
}
