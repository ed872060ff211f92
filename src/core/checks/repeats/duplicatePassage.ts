import type { Check, Finding } from '../types';
import type { Line, TranscriptModel, Turn } from '../../model/types';
import type { Span } from '../../text/span';
import { withCopiedLeadIn } from './leadIn';
import { MAX_PERIOD } from './repeatedPhrase';
import { linesOfKinds, speechStarts } from './spokenLines';
import { grown } from './growable';
import { SHINGLE, shingleIds } from './shingles';
import { sentenceEnd, sentenceStart } from './sentenceBounds';
import { modelTokens, type ModelTokens, type Vocabulary } from './tokens';
import { repeatedParagraphs } from './repeatedParagraph';
import { repeatedSentences } from './repeatedSentence';

/** Tokens without a matching shingle before a chain of matches is closed: bridges re-transcribed words. */
export const GAP = 40;
/** How far the offset between copy and source may move from one matching shingle to the next (insertions, deletions). */
export const DRIFT = 20;
/** Earlier occurrences of a shingle tried as sources; more only adds copies of the same boilerplate. */
export const SOURCES_PER_SHINGLE = 6;
/** A shingle seen this often is a stock phrase ("thank you for your question"), not evidence of a copy. */
export const COMMON = 48;
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

export interface Chain {
  i0: number;
  j0: number;
  iLast: number;
  jLast: number;
}

/**
 * The open chains, as parallel arrays: every match is tried against each open chain (tens of millions of
 * visits on a long call that repeats itself), so they are kept flat rather than as objects.
 */
class OpenChains {
  length = 0;
  i0 = new Int32Array(64);
  j0 = new Int32Array(64);
  iLast = new Int32Array(64);
  jLast = new Int32Array(64);

  open(i: number, j: number): void {
    if (this.length === this.i0.length) {
      this.i0 = grown(this.i0);
      this.j0 = grown(this.j0);
      this.iLast = grown(this.iLast);
      this.jLast = grown(this.jLast);
    }
    const c = this.length++;
    this.i0[c] = this.iLast[c] = i;
    this.j0[c] = this.jLast[c] = j;
  }

  /** Moves the chains not extended within GAP tokens of i to `closed`, keeping both in order. */
  closeStale(closed: Chain[], i: number): void {
    let keep = 0;
    for (let c = 0; c < this.length; c++) {
      if (i - this.iLast[c] > GAP) closed.push({ i0: this.i0[c], j0: this.j0[c], iLast: this.iLast[c], jLast: this.jLast[c] });
      else {
        this.i0[keep] = this.i0[c];
        this.j0[keep] = this.j0[c];
        this.iLast[keep] = this.iLast[c];
        this.jLast[keep] = this.jLast[c];
        keep++;
      }
    }
    this.length = keep;
  }
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
 * each shingle is looked up among its earlier occurrences, and matches are chained along a slowly
 * drifting diagonal (copy position − source position), tolerating gaps of up to GAP tokens.
 * `ids` are the tokens' vocabulary numbers; the result's ranges index it.
 */
export function findDuplicates(ids: Int32Array): Duplicate[] {
  const { chains, matched } = chainMatches(ids);
  return mergeChains(chains, matched);
}

/**
 * The chains of matching shingles (in the order they were closed) and which tokens lie in a shingle found
 * earlier. Exported for the test that pins it to the plain source-by-source rule.
 */
export function chainMatches(ids: Int32Array): { chains: Chain[]; matched: Uint8Array } {
  const { shingles, count, distinct } = shingleIds(ids);
  const n = ids.length;
  // Occurrences of each shingle, kept for its first COMMON positions only: lastAt[s] is the latest kept one
  // and prevAt[i] the kept one before position i (-1: none), so the earlier copies are walked newest first.
  const kept = new Uint8Array(distinct);
  const lastAt = new Int32Array(distinct);
  const prevAt = new Int32Array(count);
  const matched = new Uint8Array(n);
  const active = new OpenChains();
  const sources = new Int32Array(SOURCES_PER_SHINGLE);
  const closed: Chain[] = [];
  let matchedTo = 0;
  for (let i = 0; i < count; i++) {
    const s = shingles[i];
    const seen = kept[s];
    if (seen > 0 && seen < COMMON) {
      // The earlier copies tried as sources, newest first.
      let tried = 0;
      for (let j = lastAt[s]; j >= 0 && tried < SOURCES_PER_SHINGLE; j = prevAt[j]) {
        // Overlapping or adjacent copies are loops: repeated-phrase reports those.
        if (i - j >= 2 * SHINGLE) sources[tried++] = j;
      }
      if (tried > 0) {
        // Consecutive matches overlap: mark only the tokens not marked yet.
        for (let t = Math.max(i, matchedTo); t < i + SHINGLE; t++) matched[t] = 1;
        matchedTo = i + SHINGLE;
        // Each open chain takes the first source (newest first) that continues its diagonal; a source no chain
        // took, the first such, opens a new chain. (Chain by chain rather than source by source: the same
        // pairs, as a chain extended at i takes no other source.)
        let taken = 0;
        const iLast = active.iLast;
        const jLast = active.jLast;
        for (let c = 0, open = active.length; c < open; c++) {
          // Sources continuing the chain's diagonal within DRIFT lie in [hi - 2 DRIFT, hi]; they are in descending
          // order, and the chain takes the first. (Each also lies past the chain's last source less DRIFT, as the
          // rule asks: the chain's last match is before i, so hi - 2 DRIFT > jLast - DRIFT.)
          const hi = i - iLast[c] + jLast[c] + DRIFT;
          let k = 0;
          while (k < tried && sources[k] > hi) k++;
          if (k < tried && sources[k] >= hi - 2 * DRIFT) {
            iLast[c] = i;
            jLast[c] = sources[k];
            taken |= 1 << k;
          }
        }
        for (let k = 0; k < tried; k++) {
          if ((taken & (1 << k)) === 0) {
            active.open(i, sources[k]);
            break;
          }
        }
      }
    }
    if (seen < COMMON) {
      prevAt[i] = seen > 0 ? lastAt[s] : -1;
      lastAt[s] = i;
      kept[s] = seen + 1;
    }
    if (active.length > 0 && (i & 7) === 0) active.closeStale(closed, i);
  }
  active.closeStale(closed, Number.POSITIVE_INFINITY);
  return { chains: closed, matched };
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
function weight(at: Located, from: number, to: number): number {
  let w = 0;
  for (let t = from; t < to; t++) w += at.vocab.isCjk(at.ids[t]) ? 0.5 : 1;
  return w;
}

/** The speech tokens in document order: the vocabulary number of each, and where each stands in the stream. */
interface Located {
  readonly ids: Int32Array;
  readonly stream: ModelTokens;
  readonly vocab: Vocabulary;
  /** The speech lines, and per line, where its speech starts (after a "[time] Name:" label). */
  readonly speech: readonly Line[];
  readonly speechFrom: Int32Array;
  /** Per run of tokens taken whole from one line: its first index in `ids` and in the stream, ascending. */
  readonly runAt: Int32Array;
  readonly runStream: Int32Array;
}

function collect(model: TranscriptModel): Located {
  const stream = modelTokens(model);
  // Only speech: translation lines repeat their speech line by design, and headers, boilerplate and
  // annotations repeat by format.
  const speech = linesOfKinds(model, ['speech']);
  // A "[00:02:05] Jane Doe:" label is not speech: its tokens would let a copy's match run on into the next
  // turn's label ("a record. [00:0…" in both copies) and the passage, and its deletion, into that turn's words.
  const speechFrom = speechStarts(model);
  let total = 0;
  for (const line of speech) total += stream.lineFirst[line.index + 1] - stream.lineFirst[line.index];
  const ids = new Int32Array(total);
  // A line's speech tokens are one range of the stream: copied whole, with where they came from kept per line
  // rather than per token (only the few passages found are mapped back).
  const runAt = new Int32Array(speech.length);
  const runStream = new Int32Array(speech.length);
  let at = 0;
  for (let k = 0; k < speech.length; k++) {
    const line = speech[k];
    let t = stream.lineFirst[line.index];
    const end = stream.lineFirst[line.index + 1];
    while (t < end && stream.starts[t] < speechFrom[line.index]) t++;
    runAt[k] = at;
    runStream[k] = t;
    ids.set(stream.ids.subarray(t, end), at);
    at += end - t;
  }
  return { ids: ids.subarray(0, at), stream, vocab: stream.vocab, speech, speechFrom, runAt, runStream };
}

/** Where the speech token `t` (an index of `at.ids`) stands in the stream. */
function streamIndex(at: Located, t: number): number {
  // The last run starting at or before t (runs of lines without speech tokens start where the next one does).
  let lo = 0;
  let hi = at.runAt.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at.runAt[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return at.runStream[lo] + (t - at.runAt[lo]);
}

function snap(model: TranscriptModel, at: Located, from: number, to: number): Span {
  const start = at.stream.starts[streamIndex(at, from)];
  const end = at.stream.ends[streamIndex(at, to - 1)];
  // The lines of the first and last token, looked up for the few passages found rather than kept per token.
  const first = model.index.lineAt(start);
  const last = model.index.lineAt(end - 1);
  return {
    start: sentenceStart(model.text, model.index.lineStarts[first], start, 80),
    end: sentenceEnd(model.text, model.index.lineEnds[last], end, 80),
  };
}

/** A space or a tab. */
const isBlankCode = (c: number) => c === 32 || c === 9;

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
  while (start > model.index.lineStarts[startLine] && isBlankCode(text.charCodeAt(start - 1))) start--;
  if (!atLineEnd && start === span.start) {
    // Mid-line passage with no space before it: take the space after it instead.
    let end = span.end;
    while (end < model.index.lineEnds[endLine] && isBlankCode(text.charCodeAt(end))) end++;
    return { start, end };
  }
  return { start: atLineStart ? span.start : start, end: span.end };
}

/** Whether an operator's turn holds the span; `operatorTurns` are the model's turns by the operator. */
function byOperator(operatorTurns: readonly Turn[], span: Span): boolean {
  return operatorTurns.some((t) => t.span.start <= span.start && span.end <= t.span.end);
}

function linesLabel(model: TranscriptModel, span: Span): string {
  const a = model.index.lineAt(span.start) + 1;
  // The end is exclusive: a passage taken with its line break ends on its own line, not on the next.
  const b = model.index.lineAt(Math.max(span.start, span.end - 1)) + 1;
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
    let operatorTurns: Turn[] | undefined;
    for (const d of findDuplicates(at.ids)) {
      const words = weight(at, d.i0, d.i1);
      if (words < MIN_WORDS || d.coverage < (words < SHORT_WORDS ? SHORT_MIN_COVERAGE : MIN_COVERAGE)) continue;
      if (findings.length > 0 && findings[findings.length - 1].span.end > at.stream.starts[streamIndex(at, d.i0)]) continue;
      const { copy: span, source } = withCopiedLeadIn(model, snap(model, at, d.i0, d.i1), snap(model, at, d.j0, d.j1));
      // Operators read the same script more than once (queue instructions at the start and again at Q&A).
      if (words < SHORT_WORDS && byOperator((operatorTurns ??= model.turns.filter((t) => t.speaker.category === 'operator')), span)) continue;
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
    // Short paragraphs said again word for word, where no longer passage already covers them.
    // Copies come in document order, as do the passages (disjoint) and the operator's turns: two moving cursors.
    const passages = findings.slice();
    const operator = (operatorTurns ??= model.turns.filter((t) => t.speaker.category === 'operator'));
    let pi = 0;
    let ti = 0;
    const skip = (copy: Span): boolean => {
      while (pi < passages.length && passages[pi].span.end <= copy.start) pi++;
      if (pi < passages.length && passages[pi].span.start < copy.end) return true;
      while (ti + 1 < operator.length && operator[ti + 1].span.start <= copy.start) ti++;
      return ti < operator.length && operator[ti].span.start <= copy.start && copy.end <= operator[ti].span.end;
    };
    for (const p of repeatedParagraphs(model, at.stream, at.speech, at.speechFrom, skip)) {
      findings.push({
        checkId: 'duplicate-passage',
        span: p.copy,
        message: `${p.paragraphs > 1 ? `These ${p.paragraphs} paragraphs` : 'This paragraph'} (${linesLabel(model, p.copy)}, ${p.words} words) repeat${p.paragraphs > 1 ? '' : 's'} ${linesLabel(model, p.source)} word for word — a duplicated passage.`,
        related: [{ span: p.source, message: 'First copy, kept by the fix' }],
        // Offered one by one, never by fix-all: short copies may be said on purpose (see SAFE_MIN_WORDS), and
        // the lines between copied paragraphs were not compared, so only the copied lines are deleted.
        fixes: [{ title: `Delete the repeated paragraph${p.paragraphs > 1 ? 's' : ''} (${linesLabel(model, p.copy)})`, edits: p.lines.map((l) => ({ ...deletion(model, l), newText: '' })), safe: false }],
        tags: ['unnecessary'],
      });
    }
    // A sentence said again right after itself, where no passage or paragraph found above covers it.
    const found = findings.slice();
    let fi = 0;
    const covered = (copy: Span): boolean => {
      while (fi < found.length && found[fi].span.end <= copy.start) fi++;
      return fi < found.length && found[fi].span.start < copy.end;
    };
    for (const r of repeatedSentences(model, at.stream, covered)) {
      const times = r.copies > 2 ? `${r.copies} times` : 'twice';
      findings.push({
        checkId: 'duplicate-passage',
        span: r.copy,
        message: `This sentence (${r.words} words) is said ${times} in a row, word for word — a duplicated sentence.`,
        related: [{ span: r.source, message: 'First copy, kept by the fix' }],
        // Offered one by one: a speaker may repeat a sentence on purpose.
        fixes: [{ title: 'Delete the repeated sentence', edits: [{ ...r.copy, newText: '' }], safe: false }],
        tags: ['unnecessary'],
      });
    }
    findings.sort((a, b) => a.span.start - b.span.start);
    return findings;
  },
};
