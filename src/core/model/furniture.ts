import { TIMESTAMP } from './headers';

/** Lines that are page furniture, disclaimers or section headings: not speech, never a turn. */

/** Page furniture, each pattern anchored at the line's start. */
const FURNITURE: readonly RegExp[] = [
  /^(?:image|photo|logo|advertisement|share|print|email|menu|home|search)$/i,
  /^(?:earnings call transcript|all transcripts|transcript|call transcript)\b.{0,40}$/i,
  /^page \d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i, // a PDF page footer // "Northwind Robotics (NWR) Q3 2024 Earnings Call Transcript"
  /^(?:market cap|p\/e|eps|volume|dividend yield|52[- ]week (?:high|low|range)|price|open|close|beta)$/i,
  /^(?:\d{4}(?:\s+Q-?\d)+)$/, // "2023 Q-4 Q-3 Q-2 Q-1"
  /^(?:this (?:conference call )?transcript (?:was|is|has been)|the information contained in this transcript|copyright|©|all rights reserved|disclaimer|source:|使用警語|免責聲明|免责声明)/i,
  /^(?:image source|photo credit|duration|call participants|source)\s*:/i,
  /^(?:read more|see also|related|follow|subscribe|sign in|log in|click here)\b.{0,40}$/i,
  // FactSet/CallStreet mark each turn of the Q&A with "Q" or "A" alone under the speaker's header.
  /^[QA]$/,
];

/** Date-only lines: "3/20/2024", "2024-03-20", "March 20, 2024", "20 March 2024". */
const DATE_LINE =
  /^(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4})(?:\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$/i;

/** Rules drawn with characters between the parts of a page ("=====", "-----", "* * *"). */
const RULE_LINE = /^(?:[=\-_~#*•·]\s?){3,}$/;

/** A subtitle cue's number or timing line: "12", "00:00:01,000 --> 00:00:05,200". */
const CUE_LINE = /^(?:\d{1,6}|(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:\s.*)?)$/;

export function isCueLine(text: string): boolean {
  return CUE_LINE.test(text.trim());
}

/** A cue's timing line ("00:00:01,000 --> 00:00:05,200"): what makes a cue, where a number alone may be anything. */
export function isCueTimingLine(text: string): boolean {
  return text.includes('-->') && isCueLine(text);
}

/**
 * Timing furniture: the WebVTT file tag, cue lines, and a timestamp alone on its line ("0:40", "[00:01:23]") as
 * meeting tools write under the speaker's name.
 */
const TIMING_LINES: readonly RegExp[] = [CUE_LINE, TIMESTAMP, /^WEBVTT\b/];

export function isTimingLine(t: string): boolean {
  return TIMING_LINES.some((re) => re.test(t));
}

/** A page title: "Northwind Robotics (NWR) Q3 2024 Earnings Call Transcript" (lines over 400 characters are never furniture). */
const TRANSCRIPT_TITLE = /\b(?:earnings|conference|results|analyst) call transcript$/i;

/** Lines with no words: tickers and prices ("$ 5.05", "8.6 %", "-4.86", "$ 1.28 B"). */
const NO_WORDS = /^[\s$€£¥%+\-–.,()\d]*(?:[KMBT]|bn|mn)?[\s%]*$/;

/** Headings that name a part of the call; they also mark where sections begin. */
/** Also written as markdown: "## Questions and Answers", "**Prepared Remarks**". */
export const SECTION_HEADING =
  /^(?:#{1,6}\s+)?(?:\*\*|__)?(?:presentation|prepared remarks|management (?:discussion|remarks)|opening remarks|closing remarks|question[- ]and[- ]answer(?:s)?(?: session)?|questions? (?:and|&) answers?(?: session)?|q ?& ?a(?: session)?|corporate participants|company participants|conference call participants|call participants|other participants|participants|executives|analysts)(?:\s+(?:section|portion))?:?(?:\*\*|__)?:?$/i;

/**
 * A running page header of a PDF export, in title case with no sentence end: "Adventure Works Cycles (AWC)
 * Q2 2024 Earnings Call". An ASR line saying "welcome to our earnings call" is in lower case and stays speech.
 */
const PAGE_HEADER = /^(?:(?:\p{Lu}[\p{L}&'’.-]*|\(\p{Lu}{1,6}\)|Q[1-4]|\d{4}|FY\d{2,4}|of|and|the|&|-|–)\s+){1,14}(?:Earnings|Conference|Results|Analyst) Call$/u;

/** The furniture patterns anchored at the line's start, each read whole-line or as a line's opening. */
export const LINE_START_FURNITURE: readonly RegExp[] = [NO_WORDS, RULE_LINE, ...TIMING_LINES, DATE_LINE, SECTION_HEADING, ...FURNITURE];

/**
 * LINE_START_FURNITURE joined into one pattern per set of flags. isFurniture asks only whether any of them
 * matches, and a line of speech fails each at its first characters: the dozen calls cost more than the
 * matching did. Only patterns anchored at the start are joined; one that is not (TRANSCRIPT_TITLE) would have
 * every alternative tried at every position of the line.
 */
export function joinedByFlags(patterns: readonly RegExp[]): RegExp[] {
  const sources = new Map<string, string[]>();
  for (const p of patterns) sources.set(p.flags, [...(sources.get(p.flags) ?? []), `(?:${p.source})`]);
  return [...sources].map(([flags, alternatives]) => new RegExp(alternatives.join('|'), flags));
}
const LINE_START_JOINED = joinedByFlags(LINE_START_FURNITURE);

/** Tags a line inside the turn text that stands for itself: "[Foreign Language]", "(Operator Instructions)". */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 400) return false;
  for (const re of LINE_START_JOINED) if (re.test(t)) return true;
  // PAGE_HEADER ends in " Call": the cheap test first.
  if (TRANSCRIPT_TITLE.test(t) || (t.endsWith(' Call') && PAGE_HEADER.test(t))) return true;
  // Shouted headings ("EARNINGS CALL TRANSCRIPT 2020 - Q1"): several words and no lowercase letter. The
  // tests are pure, so the cheap ones go first: SHOUTED backtracks over the whole line from every capital.
  // A label in capitals ("EMMA-LOUISE CARTWRIGHT:") ends in its colon; a heading does not.
  return t.length <= 80 && !SENTENCE_END.test(t) && !t.endsWith(':') && !LOWERCASE.test(t) && SHOUTED.test(t);
}

const SHOUTED = /\p{Lu}{2,}.*\s.*\p{Lu}{2,}/u;
const LOWERCASE = /\p{Ll}/u;
const SENTENCE_END = /[.?!]$/;

/** Keeps the part of a heading line that names a section kind, for the section builder. */
export function headingKind(text: string): 'qa' | 'prepared' | 'participants' | undefined {
  const t = text.trim();
  if (!SECTION_HEADING.test(t)) return undefined;
  if (/question|q ?& ?a/i.test(t)) return 'qa';
  if (/presentation|remarks|discussion/i.test(t)) return 'prepared';
  return 'participants';
}
