import type { TranscriptModel } from '../../model/types';
import type { Span } from '../../text/span';
import { grown, grownBytes } from './growable';
import { letterSet, nameLetters } from './nameSimilarity';
import { isSentenceStart } from './sentenceBounds';
import { linesOfKinds } from './spokenLines';
import { StringTable } from './stringTable';
import { modelTokens, type Vocabulary } from './tokens';

/** A capitalised phrase in the text: a possible writing of a name. */
export interface Written extends Span {
  readonly text: string;
  /** nameLetters(text), computed once. */
  readonly key: string;
  /** letterSet(key). */
  readonly keySet: number;
  /** Glued from several capitalised pieces: "TeamSubCloud". */
  readonly glued: boolean;
  /** Starts its run of capitalised words ("Pine Ridge Energy", not "Ridge Energy" inside it). */
  readonly runStart: boolean;
  readonly tokens: number;
  readonly sentenceInitial: boolean;
}

/** What is read from a phrase's text, once per distinct text. */
export interface PhraseText {
  readonly text: string;
  readonly key: string;
  readonly keySet: number;
  readonly glued: boolean;
}

const RUN_START = 1;
const SENTENCE_INITIAL = 2;

/**
 * The capitalised phrases of a call as parallel arrays, their texts numbered: a long call has hundreds of
 * thousands of phrases but a few thousand distinct texts, and a string and an object for each phrase made
 * name-variant allocation-bound. `phraseAt` gives one as a Written.
 */
export interface PhraseTable {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Number of each phrase's text in `texts`. */
  readonly textIds: Int32Array;
  readonly tokens: Int32Array;
  readonly flags: Uint8Array;
  readonly texts: readonly PhraseText[];
}

export function phraseAt(table: PhraseTable, i: number): Written {
  const { text, key, keySet, glued } = table.texts[table.textIds[i]];
  const flags = table.flags[i];
  return {
    start: table.starts[i],
    end: table.ends[i],
    text,
    key,
    keySet,
    glued,
    runStart: (flags & RUN_START) !== 0,
    tokens: table.tokens[i],
    sentenceInitial: (flags & SENTENCE_INITIAL) !== 0,
  };
}

/** Titles before a name are not part of it: "Mr. Weidong Luo" is "Weidong Luo". */
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|madam)$/;

/** Glued from several capitalised pieces: a lower-case letter followed by an upper-case one ("TeamSubCloud"). */
export const isGlued = (phrase: string) => /\p{Ll}\p{Lu}/u.test(phrase);

/**
 * Runs of capitalised tokens ("IR Manager of Kings of Cloud's") joined by "of", split into every
 * sub-phrase that starts and ends with a capitalised token, up to `maxTokens` long. A final possessive
 * is left outside the phrase so a fix keeps it.
 */
export function writtenPhrases(model: TranscriptModel, maxTokens: number, kind: 'speech' | 'header' = 'speech'): PhraseTable {
  const text = model.text;
  const tokens = modelTokens(model);
  const { starts, ends, ids, capitals, vocab, lineFirst } = tokens;
  const of = vocab.idOf('of');
  const honorific = honorificsOf(vocab);
  const out = new PhraseBuilder(vocab);
  // The helpers are module functions, not closures made per call: the loop runs once per token of the call,
  // and fresh closures on each call made the optimiser throw its code away ("wrong call target").
  for (const line of linesOfKinds(model, [kind])) {
    const lineEnd = lineFirst[line.index + 1];
    let i = lineFirst[line.index];
    while (i < lineEnd) {
      // Most tokens are not capitalised (a CJK character never is): ruled out by one byte read in order.
      if (capitals[i] === 0 || isHonorific(vocab, honorific, ids[i])) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < lineEnd && (capitals[j] === 1 || (ids[j] === of && j + 1 < lineEnd && capitals[j + 1] === 1))) {
        // A name's words are separated by spaces only: "Shan, IR" and "Yulin. And" are two phrases.
        if (!spacesOnly(text, ends[j - 1], starts[j])) break;
        j++;
      }
      for (let a = i; a < j; a++) {
        if (capitals[a] === 0) continue;
        const flags = (a === i ? RUN_START : 0) | (isSentenceStart(text, line.start, starts[a]) ? SENTENCE_INITIAL : 0);
        for (let b = a; b < j && b - a < maxTokens; b++) {
          if (capitals[b] === 0) continue;
          let end = ends[b];
          if (endsWithPossessive(text, starts[b], end)) end -= 2;
          out.push(text, starts[a], end, b - a + 1, flags, a === b ? ids[a] : -1);
        }
      }
      i = j;
    }
  }
  return out.finish();
}

/**
 * Whether each word of a vocabulary is a title, decided once per word (0 = not yet, 1 = yes, 2 = no) and kept
 * with the vocabulary, which the models of a process share: a word is a title or not whatever call it is in.
 */
const honorifics = new WeakMap<Vocabulary, Uint8Array>();

function honorificsOf(vocab: Vocabulary): Uint8Array {
  let known = honorifics.get(vocab) ?? new Uint8Array(0);
  if (known.length < vocab.size) {
    // The vocabulary grows with each call read: room for its words now and some to come.
    const more = new Uint8Array(Math.max(1024, vocab.size * 2));
    more.set(known);
    honorifics.set(vocab, (known = more));
  }
  return known;
}

function isHonorific(vocab: Vocabulary, known: Uint8Array, id: number): boolean {
  if (known[id] === 0) known[id] = HONORIFIC.test(vocab.norms[id]) ? 1 : 2;
  return known[id] === 1;
}

/** Distinct phrase texts in the shared table past which the next call starts a fresh one (as the vocabulary does). */
export const SHARED_PHRASES = 1 << 16;

/** Phrase texts numbered, with what is read from each. */
class PhraseTexts {
  readonly table = new StringTable();
  readonly read: PhraseText[] = [];
  /**
   * Per shared number: the builder (by its stamp) that last met the text, and the number it gave it. A builder
   * numbers the texts of its call afresh; these arrays do it without a map lookup per phrase of the call.
   */
  stampOf = new Int32Array(1024);
  localOf = new Int32Array(1024);
  private stamps = 0;

  nextStamp(): number {
    return ++this.stamps;
  }

  /** Per word of `wordsOf` (the vocabulary last asked about): number + 1 of the last one-word phrase of that word. */
  private byWord = new Int32Array(0);
  private wordsOf: Vocabulary | undefined;

  /**
   * The number of text[start, end), a phrase of the one word numbered `word` in `vocab`. Five phrases in six are
   * one word, mostly written the same way each time ("Thank", "Kingsoft"): the text the word last had is
   * compared first, without hashing the phrase and probing the table.
   */
  numberOfWord(text: string, start: number, end: number, vocab: Vocabulary, word: number): number {
    if (vocab !== this.wordsOf) {
      this.wordsOf = vocab;
      this.byWord = new Int32Array(Math.max(1024, vocab.size * 2));
    }
    if (word >= this.byWord.length) this.byWord = grown(this.byWord);
    const last = this.byWord[word] - 1;
    if (last >= 0 && sameText(this.table.strings[last], text, start, end)) return last;
    const n = this.table.idOfRange(text, start, end);
    this.byWord[word] = n + 1;
    return n;
  }
}

/** Whether s is text[start, end). */
function sameText(s: string, text: string, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

let shared: PhraseTexts | undefined;

/**
 * The phrase texts met so far, shared by the calls of a process like the vocabulary (see tokens.ts): a
 * phrase's letters (Unicode normalisation and three regexes) cost far more than finding the phrase, and calls
 * keep writing the same capitalised phrases (sentence-initial words, "Operator", their company's and people's
 * names). What is read from a text depends on the text alone, so findings do not depend on earlier calls.
 */
function sharedPhraseTexts(): PhraseTexts {
  if (!shared || shared.table.size > SHARED_PHRASES) shared = new PhraseTexts();
  return shared;
}

class PhraseBuilder {
  count = 0;
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  textIds = new Int32Array(1024);
  tokens = new Int32Array(1024);
  flags = new Uint8Array(1024);
  private readonly shared = sharedPhraseTexts();
  private readonly stamp = this.shared.nextStamp();
  /** The call's texts, in order of first appearance in the call. */
  private readonly texts: PhraseText[] = [];

  /** `vocab`: the vocabulary of the call's tokens. */
  constructor(private readonly vocab: Vocabulary) {}

  /** `word`: the vocabulary number of a one-word phrase's word (-1 for a longer phrase). */
  push(text: string, start: number, end: number, tokens: number, flags: number, word: number): void {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.textIds = grown(this.textIds);
      this.tokens = grown(this.tokens);
      this.flags = grownBytes(this.flags);
    }
    // A call writes the same phrases again and again: each distinct text is sliced and read once.
    const texts = this.shared;
    const shared = word >= 0 ? texts.numberOfWord(text, start, end, this.vocab, word) : texts.table.idOfRange(text, start, end);
    if (shared === texts.read.length) {
      const phrase = texts.table.strings[shared];
      const key = nameLetters(phrase);
      texts.read.push({ text: phrase, key, keySet: letterSet(key), glued: isGlued(phrase) });
    }
    if (shared >= texts.stampOf.length) {
      texts.stampOf = grown(texts.stampOf);
      texts.localOf = grown(texts.localOf);
    }
    if (texts.stampOf[shared] !== this.stamp) {
      texts.stampOf[shared] = this.stamp;
      texts.localOf[shared] = this.texts.length;
      this.texts.push(texts.read[shared]);
    }
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.textIds[k] = texts.localOf[shared];
    this.tokens[k] = tokens;
    this.flags[k] = flags;
  }

  finish(): PhraseTable {
    return { count: this.count, starts: this.starts, ends: this.ends, textIds: this.textIds, tokens: this.tokens, flags: this.flags, texts: this.texts };
  }
}

/** text[from, to) is one or two spaces or tabs (asked between every two capitalised words). */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9) return false;
  return true;
}

/** text[from, to) ends with 's or ’s (either case of s). */
function endsWithPossessive(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const s = text.charCodeAt(to - 1);
  const mark = text.charCodeAt(to - 2);
  return (s === 115 || s === 83) && (mark === 39 || mark === 0x2019);
}
