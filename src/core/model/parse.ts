import { recognizeFigures } from '../figures/recognize';
import { isLetterChar, isLetterOrNumberChar } from '../text/chars';
import { LineIndex } from '../text/lineIndex';
import type { Span } from '../text/span';
import { findAnnotations } from './annotations';
import { isCuedFragments, nextFragment, runsOn, withoutTimingLines } from './fragments';
import { CALL_OPENER, OPERATOR_CUE } from './cues';
import { readFacts } from './facts';
import { headingKind, isCueTimingLine, isFurniture } from './furniture';
import { parseAffiliation, parseHeaderLine, TIMESTAMP, type HeaderMatch } from './headers';
import { handoffIn, inferTurns, type Handoff, type InferredTurn } from './inference';
import { lineLangReader } from './lang';
import { GENERIC_SPEAKER, isHanName, isNameLike, nameKey, nameKeyCache, stripHonorific, titleCase } from './names';
import { readParticipants, selfIntroduction, type SelfIntroduction } from './participants';
import { buildSections } from './sections';
import { splitSentences } from './sentences';
import { SpeakerRoster } from './speakers';
import type { Annotation, Lang, Line, LineKind, ParseProblem, Sentence, TranscriptFormat, TranscriptModel, Turn } from './types';

/** Longest line read as a possible speaker header; longer lines are always text. */
const MAX_HEADER_LINE = 200;

interface RawLine {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly trimmed: string;
  readonly lang: Lang;
  furniture: boolean;
  header?: HeaderMatch;
}

/**
 * Parses a transcript into the model every view reads. Never throws: odd input gives a thinner model and
 * problems. Each line is read a bounded number of times, so the cost is linear in the text.
 */
export function parseTranscript(text: string): TranscriptModel {
  const index = new LineIndex(text);
  const problems: ParseProblem[] = [];
  const raw = readLines(text, index);
  const captions = readRollingCaptions(raw);
  readAffiliationLines(raw);
  acceptHeaders(raw, text);

  const { participantLines, firstTurnHeader } = sortHeaders(raw);
  const lines = classifyLines(raw, participantLines, firstTurnHeader?.index);
  const { sentences, annotations } = readSentences(text, raw, lines, captions);

  const roster = new SpeakerRoster();
  for (const l of participantLines) {
    const h = raw[l].header;
    if (h) roster.add(h.name, h.role, h.firm);
  }
  const facts = readFacts(sentences.filter((s) => s.lang !== 'zh').slice(0, 400), text, titleLines(lines));
  for (const p of readParticipants(sentences.slice(0, 200))) roster.add(p.name, p.role, p.firm);

  const turns = buildTurns(raw, lines, sentences, roster, firstTurnHeader?.index);
  applyHandoffs(turns, sentences, roster);
  const format = detectFormat(raw, lines, turns);
  if (format === 'headerless' && turns.length > 0) {
    problems.push({ span: turns[0].span, message: 'No speaker headers found: turns are inferred from hand-off phrases.' });
  }
  const qaHeadings = raw.filter((l) => l.furniture && headingKind(l.trimmed) === 'qa').map((l) => l.index);
  const sections = buildSections(turns, text, turns.map((t) => bodyStart(t, raw, lines)), qaHeadings);

  return {
    text,
    index,
    format,
    lines,
    annotations,
    sentences,
    speakers: roster.all(),
    turns,
    sections,
    facts,
    figures: recognizeFigures({ text, lines, sentences, facts }),
    problems,
  };
}

/** Header lines that open turns, and those that only list participants; with the line of the first turn. */
function sortHeaders(raw: readonly RawLine[]): { participantLines: Set<number>; firstTurnHeader: RawLine | undefined } {
  const headerLines = raw.filter((l) => l.header && l.header.contentStart === undefined);
  const turnHeaders = new Set(headerLines.filter((l) => isTurnHeader(raw, l)));
  const participantLines = new Set(headerLines.filter((l) => !turnHeaders.has(l)).map((l) => l.index));
  const firstTurnHeader = raw.find((l) => l.header && (l.header.contentStart !== undefined || turnHeaders.has(l)));
  return { participantLines, firstTurnHeader };
}

/**
 * The sentences and bracketed annotations of the speech, translation and annotation lines. Its own function, not
 * part of parseTranscript: this loop is the parse's hottest code of its own, and a small function is compiled to
 * optimised code long before the whole parse is (on the bench machine the parse took 0.3-0.5 s to compile, in the
 * background, and deoptimised once; every call until then ran this loop unoptimised).
 */
function readSentences(text: string, raw: readonly RawLine[], lines: readonly Line[], captions: boolean): { sentences: Sentence[]; annotations: Annotation[] } {
  const sentences: Sentence[] = [];
  const annotations: Annotation[] = [];
  // A sentence wrapped over several lines is read whole from where its first line starts. In unpunctuated ASR
  // (no speech line ends a sentence) each line is one utterance, and joining them would make the call one sentence;
  // subtitle cues break lines for display, punctuated or not, and caption fragments run on across timing lines.
  const punctuated = captions || lines.some((l) => l.kind === 'speech' && endsSentence(raw[l.index].trimmed));
  const fragments = isCuedFragments(lines, (i) => raw[i].trimmed);
  let wrapped: { from: number; line: number; gaps: Span[] } | undefined;
  for (const line of lines) {
    if (line.kind !== 'speech' && line.kind !== 'translation' && line.kind !== 'annotation') {
      // The timing lines a sentence runs across, to be blanked out of its text.
      if (wrapped && line.kind === 'boilerplate') wrapped.gaps.push(line);
      continue;
    }
    const from = line.start + (raw[line.index].header?.contentStart ?? 0);
    annotations.push(...findAnnotations(text, from, line.end));
    if (line.kind === 'annotation') continue;
    // A cue that goes on with the same speaker's label ("John Smith: billion dollars, up 10%"): the label is blanked too.
    if (wrapped && from > line.start) wrapped.gaps.push({ start: line.start, end: from });
    const run = wrapped ?? { from, line: line.index, gaps: [] };
    if (wrapsOnto(raw, lines, line, punctuated, fragments)) {
      wrapped = run;
      continue;
    }
    wrapped = undefined;
    let at = run.line;
    for (const s of splitSentences(text, run.from, line.end, run.line, line.lang)) {
      // Sentences come in order, so the line cursor only moves forward: linear in the run.
      while (at < line.index && lines[at + 1].start <= s.span.start) at++;
      const read = run.gaps.length > 0 ? withoutTimingLines(s, run.gaps) : s;
      sentences.push(at === read.line ? read : { ...read, line: at });
    }
  }
  return { sentences, annotations };
}

function readLines(text: string, index: LineIndex): RawLine[] {
  const out: RawLine[] = [];
  const langOf = lineLangReader(text);
  // A call repeats its header lines on every turn ("Operator", "Li Wei - CFO"): each distinct line is read once.
  // The reader is pure and its answers are never changed in place, so lines with the same text share one.
  const headers = new Map<string, HeaderMatch | undefined>();
  for (let i = 0; i < index.lineCount; i++) {
    const start = index.lineStarts[i];
    const end = index.lineEnds[i];
    // Classification reads at most the first 400 characters of a line.
    const line = text.slice(start, end);
    const trimmed = trimLine(line.length > 400 ? line.slice(0, 400) : line);
    const furnitureText = isFurniture(trimmed);
    out.push({
      index: i,
      start,
      end,
      text: line,
      trimmed,
      lang: langOf(start, end),
      furniture: line.length <= 400 && furnitureText,
      // A blank line is no header (a third of the lines of a scraped page): not worth the header reader's tests.
      header: !furnitureText && trimmed.length > 0 ? headerOf(trimmed, line.length, headers) : undefined,
    });
  }
  // parseHeaderLine read the trimmed text: move an inline content offset back into the untrimmed line.
  for (const l of out) {
    if (l.header?.contentStart !== undefined) {
      const lead = leadingSpace(l.text);
      l.header = { ...l.header, contentStart: l.header.contentStart + lead };
    }
  }
  return out;
}

/** Sentence ends and what closes them (all one UTF-16 unit); a line that ends so is not wrapped. */
const SENTENCE_END_MARK = /^[.?!。！？…:;"”')\]）]$/;
/** A wrapped sentence goes on in lower case, or with a number or an amount. */
const GOES_ON = /^[\p{Ll}\d$€£¥(]/u;

/**
 * Whether the next line carries on the sentence this speech line leaves open (ASR and captions wrap mid-sentence);
 * in a cued layout the next line is the next fragment, past the timing lines.
 */
function wrapsOnto(raw: readonly RawLine[], lines: readonly Line[], line: Line, punctuated: boolean, fragments: boolean): boolean {
  if (!punctuated && !fragments) return false;
  const next = fragments ? nextFragment(lines, line, (i) => raw[i].trimmed) : lines[line.index + 1];
  if (!next || next.kind !== 'speech' || line.kind !== 'speech' || next.lang !== line.lang) return false;
  // Cues that each repeat their speaker's label (Zoom, Teams) go on only with the same speaker.
  const label = raw[next.index].header;
  if (label && !(fragments && sameSpeakerLabel(raw[line.index].header, label))) return false;
  const here = raw[line.index].trimmed;
  const there = label ? raw[next.index].text.slice(label.contentStart).trimStart() : raw[next.index].trimmed;
  return punctuated ? GOES_ON.test(there) && !endsSentence(here) : runsOn(here, there);
}

/** Two "Name: text" labels of one speaker. */
function sameSpeakerLabel(a: HeaderMatch | undefined, b: HeaderMatch): boolean {
  return a?.contentStart !== undefined && b.contentStart !== undefined && nameKey(a.name) === nameKey(b.name);
}

/** Only the line's last character is read: a pattern anchored at the end would be tried all along the line. */
function endsSentence(trimmed: string): boolean {
  return SENTENCE_END_MARK.test(trimmed.charAt(trimmed.length - 1));
}

/**
 * Subtitles: whether the text is cued, and rolling captions (YouTube's auto-captions), where each cue repeats the
 * previous cue's last line above its new one. The repeat is display, not speech: read, it would double every
 * sentence and figure. Only a habit counts (3 cues or more and a third of them), never one repeated line.
 */
function readRollingCaptions(raw: RawLine[]): boolean {
  const repeats: RawLine[] = [];
  let cues = 0;
  let previousLast: RawLine | undefined;
  for (let i = 0; i < raw.length; i++) {
    if (!isCueTimingLine(raw[i].trimmed)) continue;
    cues++;
    let end = i + 1;
    while (end < raw.length && raw[end].trimmed.length > 0) end++;
    const first = raw[i + 1];
    if (end > i + 1 && previousLast && first.trimmed === previousLast.trimmed) repeats.push(first);
    previousLast = end > i + 1 ? raw[end - 1] : undefined;
    i = end - 1;
  }
  if (repeats.length >= 3 && repeats.length * 3 >= cues) for (const l of repeats) l.furniture = true;
  return cues > 0;
}

/** The page title and furniture above the call's first words, read as sentences for the call's facts. */
function titleLines(lines: readonly Line[]): Sentence[] {
  const out: Sentence[] = [];
  for (const l of lines) {
    if (l.kind === 'speech' || l.kind === 'header' || out.length === 10) break;
    if (l.kind === 'boilerplate' && l.lang !== 'zh') out.push({ span: { start: l.start, end: l.end }, line: l.index, text: l.text, lang: l.lang });
  }
  return out;
}

/** Trims white space, a BOM and NULs: none of them is content. */
function trimLine(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isBlankChar(s.charCodeAt(a))) a++;
  while (b > a && isBlankChar(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function isBlankChar(c: number): boolean {
  return c <= 32 || c === 0xfeff || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

/** A long line can still open with "Name:"; only short lines can be a header on their own. */
function headerOf(trimmed: string, length: number, known: Map<string, HeaderMatch | undefined>): HeaderMatch | undefined {
  if (length > MAX_HEADER_LINE && !trimmed.slice(0, 100).includes(':')) return undefined;
  let h = known.get(trimmed);
  if (h === undefined && !known.has(trimmed)) known.set(trimmed, (h = parseHeaderLine(trimmed)));
  if (!h || h.contentStart !== undefined || length <= MAX_HEADER_LINE) return h;
  return undefined;
}

/** A bulleted name in a participants list: " * Maria Lopez". */
const LISTED_NAME = /^[*•·]\s+(\S.*)$/;

/**
 * A name over its affiliation line is one label, and the affiliation line is not a speaker of its own (it
 * would read as "Northwind Inc - CEO"): bulleted participant lists (" * Maria Lopez" / "   Northwind Inc -
 * Chief Executive Officer") and headers with the title below ("Hannah Berg" / "Vice President-Investor
 * Relations, Litware Inc.").
 */
function readAffiliationLines(raw: RawLine[]): void {
  for (let i = 0; i + 1 < raw.length; i++) {
    const h = raw[i].header;
    const listed = LISTED_NAME.exec(raw[i].trimmed);
    const name = listed && isNameLike(listed[1], 2) ? stripHonorific(listed[1]) : h && h.contentStart === undefined && h.role === undefined ? h.name : undefined;
    if (name === undefined) continue;
    const below = parseAffiliation(raw[i + 1].trimmed);
    if (!below) continue;
    raw[i].header = { name, ...below, bare: false };
    raw[i + 1].header = undefined;
    raw[i + 1].furniture = true;
    i++;
  }
}

/**
 * A label is a header only with evidence: a role or separator says so; a bare name or an inline
 * "Name:" must recur, or be a name the text mentions elsewhere. "Thank You" alone on a line is speech.
 */
function acceptHeaders(raw: RawLine[], text: string): void {
  const keyOf = nameKeyCache();
  const inlineCounts = new Map<string, number>();
  const headerCounts = new Map<string, number>();
  for (const l of raw) {
    if (!l.header) continue;
    const key = keyOf(l.header.name);
    const counts = l.header.contentStart !== undefined ? inlineCounts : headerCounts;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const commaTitled = raw.some((l) => l.header?.role !== undefined && l.header.contentStart === undefined && l.trimmed.includes(`${l.header.name}, `));
  const doubtful: RawLine[] = [];
  const mentions = new Mentions(text);
  let confirmedInline = 0;
  for (const l of raw) {
    const h = l.header;
    if (!h) continue;
    const key = keyOf(h.name);
    if (h.contentStart !== undefined) {
      const strong = h.role !== undefined || h.firm !== undefined || GENERIC_SPEAKER.test(h.name);
      if (strong || (inlineCounts.get(key) ?? 0) >= 2 || mentions.elsewhere(h.name, l)) confirmedInline++;
      else doubtful.push(l);
    } else if (h.bare) {
      // The speech may sit under a timestamp line ("John Smith" / "0:40" / text).
      let next = nextContent(raw, l.index);
      if (next !== undefined && TIMESTAMP.test(raw[next].trimmed)) next = nextContent(raw, next);
      const nextIsText = next !== undefined && !raw[next].header && !raw[next].furniture;
      // "Name, Firm" counts as a header in a call whose other headers are "Name, Title" lines. Confirmation is
      // asked only of a label with text under it: it may search the whole document.
      if (!nextIsText || !((headerCounts.get(key) ?? 0) >= 2 || (h.firm !== undefined && commaTitled) || mentions.elsewhere(h.name, l))) l.header = undefined;
    }
  }
  // In a document labelled throughout ("Name: text" on most lines), a full name that speaks once is a
  // speaker too; elsewhere a lone "Key Point: ..." stays speech.
  const labelled = confirmedInline >= 2 && confirmedInline > doubtful.length;
  for (const l of doubtful) if (!(labelled && (isNameLike(l.header!.name, 2) || isHanName(l.header!.name)))) l.header = undefined;
}

/**
 * Whether the last word of a name occurs in the text outside a line, judged by its first 64 occurrences. The
 * occurrences of a word are searched once per parse: every line labelled with one name asks about the same word.
 */
class Mentions {
  /** Per word: its first 64 occurrences (overlapping), and whether each stands as a word of its own. */
  private readonly found = new Map<string, { at: number[]; whole: boolean[] }>();

  constructor(private readonly text: string) {}

  elsewhere(name: string, line: RawLine): boolean {
    const words = (stripHonorific(name) || name).trim().split(/\s+/);
    // The surname, or the first name of a full name ("Thank you, Pieter."), said outside the label's line.
    const said = words.length > 1 && words[0].length >= 3 ? [words[words.length - 1], words[0]] : [words[words.length - 1]];
    return said.some((w) => this.saidOutside(w, line));
  }

  private saidOutside(word: string, line: RawLine): boolean {
    if (word.length < 2) return false;
    if (this.mentionedOutside(word, line)) return true;
    // A label in capitals ("CARTWRIGHT:") is named in the speech in its own case ("Ms. Cartwright").
    return /^\p{Lu}[\p{Lu}'’-]+$/u.test(word) && this.mentionedOutside(titleCase(word.toLowerCase()), line);
  }

  private mentionedOutside(word: string, line: RawLine): boolean {
    const { at, whole } = this.occurrences(word);
    for (let k = 0; k < at.length; k++) if ((at[k] < line.start || at[k] >= line.end) && whole[k]) return true;
    return false;
  }

  private occurrences(word: string): { at: number[]; whole: boolean[] } {
    let f = this.found.get(word);
    if (f) return f;
    const text = this.text;
    f = { at: [], whole: [] };
    for (let i = text.indexOf(word); i >= 0 && f.at.length < 64; i = text.indexOf(word, i + 1)) {
      const before = i > 0 ? text[i - 1] : ' ';
      const after = text[i + word.length] ?? ' ';
      f.at.push(i);
      f.whole.push(!isLetterOrNumberChar(before) && !isLetterChar(after));
    }
    this.found.set(word, f);
    return f;
  }
}

function nextContent(raw: readonly RawLine[], from: number): number | undefined {
  for (let i = from + 1; i < raw.length; i++) if (raw[i].trimmed.length > 0) return i;
  return undefined;
}

function previousContent(raw: readonly RawLine[], from: number): number | undefined {
  for (let i = from - 1; i >= 0; i--) if (raw[i].trimmed.length > 0) return i;
  return undefined;
}

/**
 * A header written twice: the same line again (bilingual exports), or its translation on the next line
 * ("Li Wei - Chief Financial Officer" / "李伟 - 首席财务官"): one header of one turn.
 */
function isTwinHeader(first: RawLine, second: RawLine): boolean {
  if (first.trimmed === second.trimmed) return true;
  const [a, b] = [first.header, second.header];
  return a !== undefined && b !== undefined && a.contentStart === undefined && b.contentStart === undefined && first.lang !== second.lang && first.lang !== 'other' && second.lang !== 'other';
}

/**
 * A header starts a turn when text follows it. One followed (past its doubled twin and any headings) by
 * another header is an entry in a participants list.
 */
function isTurnHeader(raw: readonly RawLine[], line: RawLine): boolean {
  let i = nextContent(raw, line.index);
  if (i !== undefined && isTwinHeader(line, raw[i])) i = nextContent(raw, i);
  while (i !== undefined && raw[i].furniture) {
    // A turn is not empty up to a section heading: the header above "MANAGEMENT DISCUSSION SECTION" closes a list.
    if (headingKind(raw[i].trimmed) !== undefined) return false;
    i = nextContent(raw, i);
  }
  if (i === undefined) return false;
  const next = raw[i].header;
  return !(next && next.contentStart === undefined);
}

function classifyLines(raw: readonly RawLine[], participants: ReadonlySet<number>, firstHeader: number | undefined): Line[] {
  const lines: Line[] = [];
  let lastSpeech: Line | undefined;
  for (const l of raw) {
    let kind: LineKind;
    let translationOf: number | undefined;
    if (l.trimmed.length === 0) kind = 'blank';
    else if (l.furniture || participants.has(l.index)) kind = 'boilerplate';
    else if (l.header && l.header.contentStart === undefined) kind = 'header';
    else if (isAnnotationOnly(l.trimmed)) kind = 'annotation';
    else if (firstHeader !== undefined && l.index < firstHeader && isTitleLine(l)) kind = 'boilerplate';
    else if (lastSpeech && l.lang !== 'other' && lastSpeech.lang !== 'other' && l.lang !== lastSpeech.lang && lastSpeech.index === previousIndex(raw, l.index)) {
      kind = 'translation';
      translationOf = lastSpeech.index;
    } else kind = 'speech';
    // Two literals rather than a spread of an optional part: one object per line, not two.
    const line: Line =
      translationOf === undefined
        ? { index: l.index, start: l.start, end: l.end, text: l.text, kind, lang: l.lang }
        : { index: l.index, start: l.start, end: l.end, text: l.text, kind, lang: l.lang, translationOf };
    lines.push(line);
    if (kind === 'speech') lastSpeech = line;
    else if (kind === 'header' || kind === 'translation') lastSpeech = undefined;
  }
  return lines;
}

function previousIndex(raw: readonly RawLine[], from: number): number | undefined {
  return previousContent(raw, from);
}

function isAnnotationOnly(trimmed: string): boolean {
  return trimmed.length <= 64 && /^[[(（][^\])）]*[\])）]\.?$/.test(trimmed);
}

/** A short line without sentence punctuation before the first header: a page or document title. */
function isTitleLine(l: RawLine): boolean {
  return l.trimmed.length <= 120 && !/[.?!。]$/.test(l.trimmed);
}

/** A turn read from a header, before speakers are resolved. */
interface HeaderTurn {
  readonly header: HeaderMatch;
  readonly headerLines: number[];
  readonly startLine: number;
}

function buildTurns(
  raw: readonly RawLine[],
  lines: readonly Line[],
  sentences: readonly Sentence[],
  roster: SpeakerRoster,
  firstHeader: number | undefined,
): Turn[] {
  const turns: Turn[] = [];
  // A turn ends at its last spoken line: trailing furniture and participant lists are not part of it.
  const contentEnd = (from: number, to: number): number => {
    for (let i = to; i >= from; i--) if (lines[i].kind !== 'blank' && lines[i].kind !== 'boilerplate') return i;
    return from;
  };
  const spanOf = (startOffset: number, endLine: number): Span => ({ start: startOffset, end: Math.max(startOffset, lines[endLine].end) });

  // Text before the first header (or all of it, without headers): turns inferred from hand-offs.
  const inferredUntil = firstHeader ?? lines.length;
  const inferredSentences = sentences.filter((s) => s.line < inferredUntil);
  for (const t of inferTurns(inferredSentences, lines)) turns.push(resolveInferred(t, roster, lines, contentEnd));
  if (firstHeader === undefined) return turns;

  const headerTurns: HeaderTurn[] = [];
  let lastHeading = -1;
  for (let i = firstHeader; i < raw.length; i++) {
    if (raw[i].furniture && headingKind(raw[i].trimmed)) lastHeading = i;
    const h = raw[i].header;
    if (!h || (lines[i].kind !== 'header' && h.contentStart === undefined)) continue;
    const previous = headerTurns[headerTurns.length - 1];
    const previousLine = previous?.headerLines[previous.headerLines.length - 1];
    const twin =
      previous !== undefined && h.contentStart === undefined && previousLine !== undefined &&
      isTwinHeader(raw[previousLine], raw[i]) && previousContent(raw, i) === previousLine;
    // Subtitles and timestamped logs label every cue: the same speaker's next cue continues the turn,
    // unless a section heading came between or the cue opens a call again (a call transcribed twice: the
    // operator's "This concludes today's call" and "Good morning, and welcome" are two calls' turns).
    const continued =
      previous !== undefined && h.contentStart !== undefined && previous.header.contentStart !== undefined &&
      nameKey(previous.header.name) === nameKey(h.name) && lastHeading < previous.startLine &&
      !CALL_OPENER.test(raw[i].text.slice(h.contentStart, h.contentStart + 300).trimStart());
    if (twin) previous.headerLines.push(i);
    else if (!continued) headerTurns.push({ header: h, headerLines: [i], startLine: i });
  }
  for (let t = 0; t < headerTurns.length; t++) {
    const ht = headerTurns[t];
    const nextStart = t + 1 < headerTurns.length ? headerTurns[t + 1].startLine - 1 : lines.length - 1;
    const endLine = contentEnd(ht.startLine, nextStart);
    const speaker = roster.add(ht.header.name, ht.header.role, ht.header.firm);
    turns.push({
      speaker,
      ...(ht.header.role ? { role: ht.header.role } : {}),
      headerLines: ht.header.contentStart === undefined ? ht.headerLines : [],
      startLine: ht.startLine,
      endLine,
      span: spanOf(lines[ht.startLine].start + leadingSpace(raw[ht.startLine].text), endLine),
      inferred: false,
    });
  }
  return turns;
}

/** Where a turn's speech starts: past its header lines, or past the "Name:" label of its first line. */
function bodyStart(t: Turn, raw: readonly RawLine[], lines: readonly Line[]): number {
  if (t.inferred) return t.span.start;
  if (t.headerLines.length > 0) {
    const after = t.headerLines[t.headerLines.length - 1] + 1;
    return after < lines.length ? lines[after].start : t.span.end;
  }
  return lines[t.startLine].start + (raw[t.startLine].header?.contentStart ?? 0);
}

function leadingSpace(s: string): number {
  let a = 0;
  while (a < s.length && isBlankChar(s.charCodeAt(a))) a++;
  return a;
}

function resolveInferred(
  t: InferredTurn,
  roster: SpeakerRoster,
  lines: readonly Line[],
  contentEnd: (from: number, to: number) => number,
): Turn {
  const speaker = roster.add(t.name, t.role, t.firm, t.category, t.placeholder);
  const endLine = contentEnd(t.startLine, t.endLine);
  return {
    speaker,
    ...(t.role ? { role: t.role } : {}),
    headerLines: [],
    startLine: t.startLine,
    endLine,
    span: { start: t.start, end: Math.max(t.start, Math.min(t.end, lines[endLine].end)) },
    inferred: true,
  };
}

/**
 * What hand-offs say of speakers who have headers: whoever the operator introduces with a question is an
 * analyst of the firm it names; "over to Sam Ortiz, Head of Investor Relations" gives a role.
 */
function applyHandoffs(turns: readonly Turn[], sentences: readonly Sentence[], roster: SpeakerRoster): void {
  let s = 0;
  let handedTo: Handoff | undefined;
  // Numbered labels whose speaker says who they are, by speaker id: applied once every turn has been read.
  const introduced = new Map<string, SelfIntroduction>();
  for (const t of turns) {
    while (s < sentences.length && sentences[s].span.end <= t.span.start) s++;
    let e = s;
    while (e < sentences.length && sentences[e].span.start < t.span.end) e++;
    // The turn's own sentences are sentences[s, e) but its Chinese translations.
    const own = (i: number) => sentences[i].lang !== 'zh';
    // A numbered label ("SPEAKER_01", "Speaker 2", "Participant 1") names nobody: what the speaker says and whom the
    // previous speaker handed over to tell operator, analyst and management apart.
    if (NUMBERED_SPEAKER.test(t.speaker.name) && t.speaker.category === 'unknown') {
      let cue = false;
      for (let i = s; i < e && !cue; i++) cue = own(i) && OPERATOR_CUE.test(sentences[i].text);
      if (cue) roster.classify(t.speaker.name, 'operator');
      else if (handedTo) roster.classify(t.speaker.name, handedTo.category === 'analyst' ? 'analyst' : 'management', handedTo.firm);
    }
    // "I'm Priya Raman, head of investor relations": a numbered speaker names themself in their first sentences.
    if (NUMBERED_SPEAKER.test(t.speaker.name) && !introduced.has(t.speaker.id)) {
      for (let i = s, n = 0; i < e && n < 2; i++) {
        if (!own(i)) continue;
        n++;
        const intro = selfIntroduction(sentences[i].text);
        if (intro) {
          introduced.set(t.speaker.id, intro);
          break;
        }
      }
    }
    // The floor is handed over in the turn's last three sentences.
    const last: string[] = [];
    for (let i = e - 1; i >= s && last.length < 3; i--) if (own(i)) last.unshift(sentences[i].text);
    const handoff = handoffIn(last.join(' '));
    // Whoever introduces a question (the operator, or an IR head moderating a webcast) names an analyst.
    if (handoff?.category === 'analyst') roster.classify(handoff.name, 'analyst', handoff.firm);
    else if (handoff) roster.enrich(handoff.name, handoff.role);
    handedTo = handoff;
  }
  for (const [id, intro] of introduced) roster.identify(id, intro.name, intro.role);
}

const NUMBERED_SPEAKER = /^(?:speaker|participant)[ _-]?#?\d{1,3}$/i;


/** How many items hold: counted without the array a filter would make (the format is read from every line). */
function count<T>(items: readonly T[], holds: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (holds(item)) n++;
  return n;
}

function detectFormat(raw: readonly RawLine[], lines: readonly Line[], turns: readonly Turn[]): TranscriptFormat {
  const blanks = count(lines, (l) => l.kind === 'blank');
  if (blanks === lines.length) return 'empty';
  const headed = count(turns, (t) => !t.inferred);
  if (headed === 0) return 'headerless';
  const doubled = count(turns, (t) => !t.inferred && t.headerLines.length === 2);
  const translations = count(lines, (l) => l.kind === 'translation');
  if (doubled * 2 >= headed && translations > 0) return 'bilingual-doubled-headers';
  const inline = count(turns, (t) => !t.inferred && t.headerLines.length === 0);
  if (inline * 2 > headed) return 'inline-speaker';
  const furniture = count(raw, (l) => l.furniture);
  const content = lines.length - blanks;
  if (furniture >= 3 && blanks * 2 >= content) return 'scraped-page';
  return 'header-per-turn';
}
