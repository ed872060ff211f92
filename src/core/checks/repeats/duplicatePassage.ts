import type { Check, Finding } from '../types';
import type { Line, TranscriptModel } from '../../model/types';
import type { Span } from '../../text/span';
import { withCopiedLeadIn } from './leadIn';
import { MAX_PERIOD } from './repeatedPhrase';
import { linesOfKinds } from './spokenLines';
import { sameShingle, SHINGLE, shingleTable } from './shingles';
import { sentenceEnd, sentenceStart } from './sentenceBounds';
import { lineTokens, type Token } from './tokens';

/** Tokens without a matching shingle before a chain of matches is closed: bridges re-transcribed words. */
const GAP = 40;
/** How far the offset between copy and source may move from one matching shingle to the next (insertions, deletions). */
const DRIFT = 20;
/** Earlier occurrences of a shingle tried as sources; more only adds copies of the same boilerplate. */
const SOURCES_PER_SHINGLE = 6;
/** A shingle seen this often is a stock phrase ("thank you for your question"), not evidence of a copy. */
const COMMON = 48;
/** Chains closer than this (in tokens, in both copy and source) are one duplicated passage. */
const MERGE_GAP = 150;
/**
 * A duplicated passage must have at least this many words: calls legitimately repeat sentences
 * ("Thank you.", "Please go ahead.", the operator's queue instructions at the start and again at Q&A, ~30 words).
 */
export const MIN_WORDS = 40;
/** Share of the passage's tokens inside shingles that also occur earlier: long re-transcriptions differ in many words. */
export const MIN_COVERAGE = 0.5;
/**
 * Passages shorter than SHORT_WORDS must be near-exact copies: an operator repeating the queue
 * instructions in other words, or an interpreter rephrasing a speaker, shares many 5-word runs (~60-70%)
 * without being a copy.
 */
export const SHORT_WORDS = 150;
export const SHORT_MIN_COVERAGE = 0.8;
/** Below this size a copy may be said on purpose (queue instructions read again, ~35-45 words): never deleted by fix-all. */
export const SAFE_MIN_WORDS = 50;
/** At or above this coverage deleting the copy loses (almost) nothing: the fix is safe for fix-all. */
export const SAFE_COVERAGE = 0.9;
/** A re-transcription of this many words is a restart of the call; it is removable by fix-all at a lower coverage. */
export const RESTART_WORDS = 400;
export const RESTART_SAFE_COVERAGE = 0.6;

interface Chain {
  i0: number;
  j0: number;
  iLast: number;
  jLast: number;
}

export interface Duplicate {
  /** Token range of the later copy [i0, i1) and of its source [j0, j1). */
  readonly i0: number;
  readonly i1: number;
  readonly j0: number;
  readonly j1: number;
  readonly coverage: number;
}

/**
 * Later passages that repeat earlier ones, allowing small word differences, in near-linear time:
 * each shingle is looked up in a hash table of earlier shingles, and matches are chained along a slowly
 * drifting diagonal (copy position − source position), tolerating gaps of up to GAP tokens.
 */
export function findDuplicates(tokens: readonly Token[]): Duplicate[] {
  const table = shingleTable(tokens);
  const n = tokens.length;
  const seen = new Map<number, number[]>();
  const matched = new Uint8Array(n);
  let active: Chain[] = [];
  const closed: Chain[] = [];
  for (let i = 0; i < table.count; i++) {
    const h = table.hashes[i];
    const earlier = seen.get(h);
    if (earlier && earlier.length < COMMON) {
      let started = false;
      for (let c = earlier.length - 1, tried = 0; c >= 0 && tried < SOURCES_PER_SHINGLE; c--) {
        const j = earlier[c];
        // Overlapping or adjacent copies are loops: repeated-phrase reports those.
        if (i - j < 2 * SHINGLE || !sameShingle(table, i, j)) continue;
        tried++;
        for (let t = i; t < i + SHINGLE; t++) matched[t] = 1;
        let extended = false;
        for (const ch of active) {
          if (ch.iLast === i) continue;
          if (Math.abs(i - j - (ch.iLast - ch.jLast)) <= DRIFT && j > ch.jLast - DRIFT) {
            ch.iLast = i;
            ch.jLast = j;
            extended = true;
          }
        }
        if (!extended && !started) {
          active.push({ i0: i, j0: j, iLast: i, jLast: j });
          started = true;
        }
      }
    }
    if (earlier) {
      if (earlier.length < COMMON) earlier.push(i);
    } else seen.set(h, [i]);
    if (active.length > 0 && (i & 7) === 0) active = closeStale(active, closed, i);
  }
  closeStale(active, closed, Number.POSITIVE_INFINITY);
  return mergeChains(closed, matched);
}

function closeStale(active: Chain[], closed: Chain[], i: number): Chain[] {
  const keep: Chain[] = [];
  for (const ch of active) (i - ch.iLast > GAP ? closed : keep).push(ch);
  return keep;
}

function mergeChains(chains: Chain[], matched: Uint8Array): Duplicate[] {
  const blocks = chains
    .map((c) => ({ i0: c.i0, i1: c.iLast + SHINGLE, j0: c.j0, j1: c.jLast + SHINGLE }))
    .sort((a, b) => a.i0 - b.i0 || b.i1 - a.i1);
  const merged: Array<{ i0: number; i1: number; j0: number; j1: number }> = [];
  for (const b of blocks) {
    // Join b to a recent block whose copy and source both continue within MERGE_GAP: a re-transcription
    // breaks its chains where a sentence was heard differently, but copy and source keep advancing together.
    // Stray matches of stock phrases in between are separate blocks, so look back past a few of them.
    let target: (typeof merged)[number] | undefined;
    let inside = false;
    for (let m = merged.length - 1, looked = 0; m >= 0 && looked < 16; m--, looked++) {
      const a = merged[m];
      if (b.i0 > a.i1 + MERGE_GAP) continue;
      if (b.j0 >= a.j0 - MERGE_GAP && b.j0 <= a.j1 + MERGE_GAP && Math.abs(b.i0 - b.j0 - (a.i1 - a.j1)) <= MERGE_GAP) {
        target = a;
        break;
      }
      if (b.i1 <= a.i1) inside = true;
    }
    if (target) {
      target.i1 = Math.max(target.i1, b.i1);
      target.j0 = Math.min(target.j0, b.j0);
      target.j1 = Math.max(target.j1, b.j1);
    } else if (!inside) merged.push({ ...b });
  }
  const out: Duplicate[] = [];
  for (const m of merged) {
    // A copy that overlaps its own source is a loop of period i0 - j0: up to a sentence long it is
    // repeated-phrase's; a longer one (a paragraph said three times) is reported here, with the first
    // period as source, so the fix keeps exactly one copy.
    if (m.j1 > m.i0) {
      if (m.i0 - m.j0 <= MAX_PERIOD) continue;
      m.j1 = m.i0;
    }
    let hit = 0;
    for (let t = m.i0; t < m.i1; t++) hit += matched[t];
    out.push({ ...m, coverage: hit / (m.i1 - m.i0) });
  }
  return out;
}

/** Word count with CJK characters counted as half a word (two characters make a typical Chinese word). */
function weight(tokens: readonly Token[], from: number, to: number): number {
  let w = 0;
  for (let t = from; t < to; t++) w += tokens[t].cjk ? 0.5 : 1;
  return w;
}

interface Located {
  readonly tokens: Token[];
  /** Line of each token. */
  readonly lineOf: Line[];
}

function collect(model: TranscriptModel): Located {
  const tokens: Token[] = [];
  const lineOf: Line[] = [];
  // Only speech: translation lines repeat their speech line by design, and headers, boilerplate and
  // annotations repeat by format.
  for (const line of linesOfKinds(model, ['speech'])) {
    for (const t of lineTokens(model, line)) {
      tokens.push(t);
      lineOf.push(line);
    }
  }
  return { tokens, lineOf };
}

function snap(model: TranscriptModel, at: Located, from: number, to: number): Span {
  const first = at.lineOf[from];
  const last = at.lineOf[to - 1];
  return {
    start: sentenceStart(model.text, first.start, at.tokens[from].start, 80),
    end: sentenceEnd(model.text, last.end, at.tokens[to - 1].end, 80),
  };
}

/** The deletion for a duplicate: whole lines with their line breaks, or the span with the space before it. */
function deletion(model: TranscriptModel, span: Span): { start: number; end: number } {
  const text = model.text;
  const startLine = model.index.lineAt(span.start);
  const endLine = model.index.lineAt(span.end);
  const atLineStart = span.start === model.index.lineStarts[startLine];
  const atLineEnd = span.end === model.index.lineEnds[endLine];
  if (atLineStart && atLineEnd) {
    if (endLine + 1 < model.index.lineCount) return { start: span.start, end: model.index.lineStarts[endLine + 1] };
    if (startLine > 0) return { start: model.index.lineEnds[startLine - 1], end: span.end };
    return span;
  }
  let start = span.start;
  while (start > model.index.lineStarts[startLine] && /[ \t]/.test(text[start - 1])) start--;
  if (!atLineEnd && start === span.start) {
    // Mid-line passage with no space before it: take the space after it instead.
    let end = span.end;
    while (end < model.index.lineEnds[endLine] && /[ \t]/.test(text[end])) end++;
    return { start, end };
  }
  return { start: atLineStart ? span.start : start, end: span.end };
}

function byOperator(model: TranscriptModel, span: Span): boolean {
  return model.turns.some((t) => t.speaker.category === 'operator' && t.span.start <= span.start && span.end <= t.span.end);
}

function linesLabel(model: TranscriptModel, span: Span): string {
  const a = model.index.lineAt(span.start) + 1;
  const b = model.index.lineAt(span.end) + 1;
  return a === b ? `line ${a}` : `lines ${a}–${b}`;
}

export const duplicatePassage: Check = {
  id: 'duplicate-passage',
  category: 'repeats',
  summary: 'A passage of several sentences that repeats an earlier one (a duplicated paragraph or a restarted transcription).',
  defaultSeverity: 'warning',
  run(model: TranscriptModel): Finding[] {
    const at = collect(model);
    const findings: Finding[] = [];
    for (const d of findDuplicates(at.tokens)) {
      const words = weight(at.tokens, d.i0, d.i1);
      if (words < MIN_WORDS || d.coverage < (words < SHORT_WORDS ? SHORT_MIN_COVERAGE : MIN_COVERAGE)) continue;
      if (findings.length > 0 && findings[findings.length - 1].span.end > at.tokens[d.i0].start) continue;
      const { copy: span, source } = withCopiedLeadIn(model, snap(model, at, d.i0, d.i1), snap(model, at, d.j0, d.j1));
      // Operators read the same script more than once (queue instructions at the start and again at Q&A).
      if (words < SHORT_WORDS && byOperator(model, span)) continue;
      const pct = Math.round(d.coverage * 100);
      const exact = d.coverage >= SAFE_COVERAGE;
      const safe = (exact && words >= SAFE_MIN_WORDS) || (words >= RESTART_WORDS && d.coverage >= RESTART_SAFE_COVERAGE);
      const kind = words >= RESTART_WORDS ? 'the transcription restarts' : exact ? 'a duplicated passage' : 'a near-duplicate passage';
      findings.push({
        checkId: 'duplicate-passage',
        span,
        message: `This passage (${linesLabel(model, span)}, ${Math.round(words)} words) repeats ${linesLabel(model, source)}: ${pct}% of its words sit in 5-word runs found there — ${kind}.`,
        related: [{ span: source, message: 'First copy, kept by the fix' }],
        fixes: [{ title: `Delete the repeated passage (${linesLabel(model, span)})`, edits: [{ ...deletion(model, span), newText: '' }], safe }],
        tags: ['unnecessary'],
      });
    }
    return findings;
  },
};
