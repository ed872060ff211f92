import { isSpaceCode } from '../../text/chars';

/**
 * Sentence edges found from the text alone, so the repeat checks can snap a span to whole sentences
 * whatever the parser's sentence list holds. A sentence ends at . ? ! (or their CJK forms) followed by
 * white space or the end of the line; a line break always ends one.
 * The tests read code units (isEndMark, isCjkEndMark, isSpaceCode), not one-character regexes: a duplicated
 * passage's edges are looked for up to 80 characters each way, and a long call has thousands of passages.
 */

/** Offset where the sentence containing `offset` starts, looking back at most `limit` characters within [lineStart, offset]. */
export function sentenceStart(text: string, lineStart: number, offset: number, limit = 200): number {
  for (let i = offset - 1; i >= Math.max(lineStart, offset - limit); i--) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) && i > lineStart && isEndMark(text.charCodeAt(i - 1))) return i + 1;
    if (isCjkEndMark(c)) return i + 1;
  }
  return offset - limit <= lineStart ? lineStart : offset;
}

/** Offset just after the end mark of the sentence containing `offset - 1`, looking ahead at most `limit` characters within [offset, lineEnd]. */
export function sentenceEnd(text: string, lineEnd: number, offset: number, limit = 200): number {
  for (let i = offset; i < Math.min(lineEnd, offset + limit); i++) {
    const c = text.charCodeAt(i);
    if (isEndMark(c) && (i + 1 >= lineEnd || isSpaceCode(text.charCodeAt(i + 1)) || isCjkEndMark(c))) return i + 1;
  }
  return offset + limit >= lineEnd ? lineEnd : offset;
}

/** True when `offset` is at a sentence start: line start, or after an end mark and spaces. */
export function isSentenceStart(text: string, lineStart: number, offset: number): boolean {
  // Code units, not the regexes above: asked for every capitalised word of the call.
  let i = offset - 1;
  while (i >= lineStart && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < lineStart || isEndMark(text.charCodeAt(i));
}

/** . ? ! or their CJK forms 。？！ */
function isEndMark(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || isCjkEndMark(c);
}

/** 。？！ (a sentence ends there with or without white space after). */
function isCjkEndMark(c: number): boolean {
  return c === 0x3002 || c === 0xff1f || c === 0xff01;
}
