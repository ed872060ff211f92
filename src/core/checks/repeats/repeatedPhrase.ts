import type { Check, Finding } from '../types';
import type { Line, LineKind, TranscriptModel } from '../../model/types';
import { SPOKEN_KINDS } from './spokenLines';
import { isNumeric, modelTokens, type ModelTokens, type Vocabulary } from './tokens';

/**
 * Longest repeated unit looked for, in tokens: a sentence. Recognisers loop on a word ("this, this, this"), a
 * phrase, or a whole sentence (one-sentence-per-line transcripts repeat the line); longer loops and doubled
 * passages are duplicate-passage's job.
 */
export const MAX_PERIOD = 40;

/**
 * Copies needed before a back-to-back repeat counts as a loop rather than speech.
 * Speakers double words ("very, very"), triple them ("no, no, no"), double short phrases
 * ("Thank you. Thank you.", "That's the goal. That's the goal") and even say a two-word phrase three
 * times ("Thank you. Thank you. Thank you for joining"), so: a unit of one or two words needs 4 copies,
 * a phrase of 3..8 tokens needs 3. A single Chinese character needs 6, because Chinese doubles
 * characters in ordinary words (謝謝 "thanks", 天天 "every day") and "謝謝謝謝" is two words.
 */
export function copiesNeeded(period: number, cjkUnit: boolean): number {
  if (period === 1) return cjkUnit ? 6 : 4;
  if (period === 2) return 4;
  return 3;
}

export interface Loop {
  /** Index of the first token of the first copy. */
  readonly first: number;
  readonly period: number;
  readonly copies: number;
}

/**
 * Tandem repeats in tokens [from, to) of a sequence of vocabulary numbers, in O(n · MAX_PERIOD): for each
 * period p one scan counts runs of tokens equal to the token p places later; a run of r matches is
 * floor((r + p) / p) copies of a p-token unit. Overlapping candidates are resolved by coverage, then by the
 * shorter period ("this this this this" is four copies of "this", not two of "this this").
 * `first` of each loop indexes `ids`.
 */
export function findLoops(tokens: { readonly ids: Int32Array; readonly vocab: Vocabulary }, from = 0, to = tokens.ids.length): Loop[] {
  const candidates: Loop[] = [];
  const { ids, vocab } = tokens;
  for (let p = 1; p <= MAX_PERIOD; p++) {
    // A loop of period p is a run of at least minRun matches (ids[i] = ids[i + p]): (copies - 1) * p of them for
    // the fewest copies any unit of p tokens needs. Such a run covers minRun consecutive positions, so probing
    // every minRun-th position finds each; it is then grown both ways to its full length. n/minRun probes per
    // period (n/2p for most), not n; shorter runs, which make no loop, are mostly never visited.
    const minRun = (Math.min(copiesNeeded(p, false), copiesNeeded(p, true)) - 1) * p;
    for (let probe = from + minRun - 1; probe + p < to; probe += minRun) {
      if (ids[probe] !== ids[probe + p]) continue;
      let first = probe;
      while (first > from && ids[first - 1] === ids[first - 1 + p]) first--;
      let last = probe;
      while (last + 1 + p < to && ids[last + 1] === ids[last + 1 + p]) last++;
      const loop = loopAt(ids, vocab, first, p, last - first + 1);
      if (loop) candidates.push(loop);
      // Runs are maximal, so the next one starts after this one's end.
      probe = last;
    }
  }
  candidates.sort((a, b) => b.period * b.copies - a.period * a.copies || a.period - b.period || a.first - b.first);
  const taken: Loop[] = [];
  for (const c of candidates) {
    const end = c.first + c.period * c.copies;
    if (taken.some((t) => c.first < t.first + t.period * t.copies && t.first < end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.first - b.first);
}

const LAUGHTER = new Set(['ha', 'haha', 'hah', 'heh', 'hehe', 'ho']);

/** The loop a run of `run` matches at period p makes, if it is one: enough copies of a primitive, non-tabular unit. */
function loopAt(ids: Int32Array, vocab: Vocabulary, first: number, p: number, run: number): Loop | undefined {
  if (run < p) return undefined;
  const copies = Math.floor((run + p) / p);
  let cjkUnit = true;
  let tabular = true;
  for (let t = first; t < first + p; t++) {
    const cjk = vocab.isCjk(ids[t]);
    const norm = vocab.norms[ids[t]];
    cjkUnit &&= cjk;
    // Tables repeat numbers and placeholders ("0 0 0 0", "N/A N/A N/A"): units of numbers or lone letters are not
    // loops; nor is laughter written out ("Ha ha ha ha").
    tabular &&= isNumeric(norm) || (!cjk && norm.length === 1) || LAUGHTER.has(norm);
  }
  const primitive = !hasSmallerPeriod(ids, first, p);
  return primitive && copies >= copiesNeeded(p, cjkUnit) && !tabular ? { first, period: p, copies } : undefined;
}

/** "this this" as a unit is "this" twice: only primitive units are reported. */
function hasSmallerPeriod(ids: Int32Array, first: number, n: number): boolean {
  for (let q = 1; q < n; q++) {
    if (n % q !== 0) continue;
    let ok = true;
    for (let i = q; i < n && ok; i++) ok = ids[first + i] === ids[first + i - q];
    if (ok) return true;
  }
  return false;
}

function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export const repeatedPhrase: Check = {
  id: 'repeated-phrase',
  category: 'repeats',
  summary: 'A word or phrase repeated back to back more often than speech does (an ASR or translation loop).',
  defaultSeverity: 'warning',
  run(model: TranscriptModel): Finding[] {
    const findings: Finding[] = [];
    const stream = modelTokens(model);
    for (const segment of segments(model)) {
      const view = segmentTokens(stream, segment);
      for (const loop of findLoops(view, view.from, view.to)) {
        const { first, period, copies } = loop;
        const startOf = (t: number) => stream.starts[view.streamIndex(t)];
        const endOf = (t: number) => stream.ends[view.streamIndex(t)];
        const firstCopy = { start: startOf(first), end: endOf(first + period - 1) };
        const extra = { start: startOf(first + period), end: endOf(first + period * copies - 1) };
        const unitText = quote(model.text.slice(firstCopy.start, firstCopy.end));
        const at = model.index.positionAt(firstCopy.start);
        findings.push({
          checkId: 'repeated-phrase',
          span: extra,
          message: `"${unitText}" is repeated ${copies} times back to back (a loop); the first copy is at line ${at.line + 1}, column ${at.character + 1}.`,
          related: [{ span: firstCopy, message: 'First copy, kept by the fix' }],
          // Delete from the end of the first copy to the end of the last one: the separators between
          // copies go with them, and whatever followed the last copy (a full stop, a space) stays.
          fixes: [{ title: `Keep one "${unitText}"`, edits: [{ start: firstCopy.end, end: extra.end, newText: '' }], safe: true }],
          tags: ['unnecessary'],
        });
      }
    }
    return findings;
  },
};

/**
 * Runs of adjacent lines of one spoken kind (blank lines between them allowed): a loop may cross a line
 * break (a sentence per line said again and again), but never a header, a disclaimer or the other language
 * of a bilingual pair, which a deletion would take with it.
 */
function segments(model: TranscriptModel): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  let kind: LineKind | undefined;
  for (const line of model.lines) {
    if (line.kind === 'blank') continue;
    if (!SPOKEN_KINDS.includes(line.kind) || line.kind !== kind) {
      if (current.length > 0) out.push(current);
      current = [];
      kind = SPOKEN_KINDS.includes(line.kind) ? line.kind : undefined;
      if (!kind) continue;
    }
    current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A segment's tokens as a range [from, to) of `ids`, and where each stands in the model's token stream. */
interface SegmentTokens {
  readonly ids: Int32Array;
  readonly vocab: Vocabulary;
  readonly from: number;
  readonly to: number;
  streamIndex(t: number): number;
}

/**
 * The tokens of a segment's lines. They are one range of the stream when the lines between (blank ones) hold no
 * tokens, as nearly always: then the stream is used as it is. Otherwise they are gathered into arrays of their own.
 */
function segmentTokens(stream: ModelTokens, segment: readonly Line[]): SegmentTokens {
  const { lineFirst } = stream;
  const from = lineFirst[segment[0].index];
  const to = lineFirst[segment[segment.length - 1].index + 1];
  let total = 0;
  for (const line of segment) total += lineFirst[line.index + 1] - lineFirst[line.index];
  if (total === to - from) return { ids: stream.ids, vocab: stream.vocab, from, to, streamIndex: (t) => t };
  const order = new Int32Array(total);
  const ids = new Int32Array(total);
  let at = 0;
  for (const line of segment) {
    for (let t = lineFirst[line.index]; t < lineFirst[line.index + 1]; t++) {
      order[at] = t;
      ids[at++] = stream.ids[t];
    }
  }
  return { ids, vocab: stream.vocab, from: 0, to: total, streamIndex: (t) => order[t] };
}
