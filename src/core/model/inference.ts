import { singleSpaced } from './fragments';
import { CALL_CLOSER, CALL_OPENER, CALLER_INTRO, HAND_OVER_TO, HEAR_FROM, INTRODUCE, OPERATOR_CUE, QA_CUE, QUESTION_FROM } from './cues';
import { spacedPieces } from '../text/chars';
import { isNameLike, looksLikeRole, stripHonorific, titleCase } from './names';
import type { Line, Sentence, SpeakerCategory } from './types';

/** A turn found without a header: who, as far as the hand-offs tell, and where. */
export interface InferredTurn {
  readonly name: string;
  readonly role?: string;
  readonly firm?: string;
  /** Undefined when only the role can tell. */
  readonly category?: SpeakerCategory;
  /** No name was said: "Management", "Analyst" or "Speaker" stands in. */
  readonly placeholder?: true;
  readonly startLine: number;
  readonly endLine: number;
  readonly start: number;
  readonly end: number;
}

/** The speaker the previous turn handed over to. */
export interface Handoff {
  readonly name: string;
  readonly role?: string;
  readonly firm?: string;
  readonly category?: SpeakerCategory;
  readonly placeholder?: true;
}

const OPERATOR_TAIL = /^(?:(?:sir|ma'am|madam),? )?(?:please (?:go ahead|proceed|begin)|go ahead|thank you|your line is (?:now )?(?:open|live)|thank you (?:all )?for (?:joining|participating|attending|your participation)(?: us)?(?: today)?)[.!]?$/i;

/** A paragraph, or the part of one that starts a new call after the previous call ended. */
interface Unit {
  readonly sentences: Sentence[];
}

function units(sentences: readonly Sentence[], lines: readonly Line[]): Unit[] {
  const out: Unit[] = [];
  let current: Sentence[] = [];
  // Whether a sentence of the current unit ends a call. Asked only when a later sentence of its paragraph
  // opens one (rare), and each sentence is read at most once: the closer pattern need not read every sentence.
  let closed = false;
  let checked = 0;
  const currentClosed = (): boolean => {
    for (; !closed && checked < current.length; checked++) closed = CALL_CLOSER.test(current[checked].text);
    return closed;
  };
  let line = -1;
  for (const s of sentences) {
    if (lines[s.line].kind === 'translation') continue; // a translation belongs to the turn of its original
    const newParagraph = s.line !== line;
    // A whole call restarting in the middle of a paragraph (ASR runs two recordings together).
    const restart = !newParagraph && CALL_OPENER.test(s.text) && currentClosed();
    if ((newParagraph || restart) && current.length > 0) {
      out.push({ sentences: current });
      current = [];
      closed = false;
      checked = 0;
    }
    line = s.line;
    current.push(s);
  }
  if (current.length > 0) out.push({ sentences: current });
  return out;
}

function cleanName(name: string): string | undefined {
  const n = stripHonorific(name.trim());
  return isNameLike(n) ? n : undefined;
}

/**
 * Hand-offs in lower-case ASR, where no capital marks a name: the name is the last two words after a title
 * ("hand the call over to our chief executive officer mark davis"), or before "with <firm>" in the operator's
 * introduction of a question.
 */
const LOWER_NAME = String.raw`([a-z][a-z'’-]+ [a-z][a-z'’-]+)`;
const LOWER_TITLE = String.raw`(chief (?:executive|financial|operating|technology) officer|ceo|cfo|coo|cto|president|chairman|head of investor relations|(?:vice president|director) of investor relations)`;
const LOWER_HAND_TO = new RegExp(String.raw`\b(?:turn|hand|pass)(?:ing)? (?:the (?:call|conference|floor) |it )?(?:back )?(?:over )?to (?:our |my )?${LOWER_TITLE},? ${LOWER_NAME}(?:,? (?:please )?(?:go ahead|begin|proceed))?$`);
/** The name first: "hand the call over to james porter chief financial officer". */
const LOWER_HAND_TO_NAMED = new RegExp(String.raw`\b(?:turn|hand|pass)(?:ing)? (?:the (?:call|conference|floor) |it )?(?:back )?(?:over )?to ${LOWER_NAME},? (?:our |the company's |the company’s )?${LOWER_TITLE}(?:,? (?:please )?(?:go ahead|begin|proceed))?$`);
const LOWER_QUESTION_FROM = new RegExp(String.raw`\bquestion (?:comes|is coming|will come|is) from (?:the line of )?${LOWER_NAME} (?:with|from|of|at) ([a-z][a-z&'’. -]{1,40})$`);
const NOT_LOWER_NAME = /\b(?:the|our|and|with|from|please|today|now|you|us|everyone)\b/;

function lowerCaseHandoff(text: string): Handoff | undefined {
  const t = text.trim().replace(/[.!]$/, '');
  const q = LOWER_QUESTION_FROM.exec(t);
  if (q && !NOT_LOWER_NAME.test(q[1])) return { name: titleCase(q[1]), firm: q[2].trim(), category: 'analyst' };
  const h = LOWER_HAND_TO.exec(t);
  if (h && !NOT_LOWER_NAME.test(h[2])) return { name: titleCase(h[2]), role: h[1], category: 'management' };
  const named = LOWER_HAND_TO_NAMED.exec(t);
  if (named && !NOT_LOWER_NAME.test(named[1])) return { name: titleCase(named[1]), role: named[2], category: 'management' };
  return undefined;
}

/** Who a turn hands the floor to, if it says. */
export function handoffIn(said: string): Handoff | undefined {
  const text = singleSpaced(said);
  if (!/\p{Lu}/u.test(text)) {
    const lower = lowerCaseHandoff(text);
    if (lower) return lower;
  }
  const q = QUESTION_FROM.exec(text);
  if (q) {
    const name = cleanName(q[1]);
    return { ...(name ? { name } : { name: 'Analyst', placeholder: true as const }), ...(q[2] ? { firm: q[2].trim() } : {}), category: 'analyst' };
  }
  // The caller's name and firm are split by a comma: without one there is no need to trim and try.
  const caller = text.includes(',') ? CALLER_INTRO.exec(text.trim()) : null;
  if (caller) {
    const name = cleanName(caller[1]);
    if (name) return { name, firm: caller[2].trim(), category: 'analyst' };
  }
  // The word "question" first: the cheapest of these pure tests, and most hand-offs lack it.
  if (/\bquestion\b/i.test(text) && QA_CUE.test(text) && !/\b(?:no (?:further|more) questions)\b/i.test(text)) {
    return { name: 'Analyst', category: 'analyst', placeholder: true };
  }
  const intro = INTRODUCE.exec(text);
  if (intro) {
    const name = cleanName(intro[2]);
    if (name) return { name, role: intro[1].trim(), category: 'management' };
  }
  const hear = HEAR_FROM.exec(text);
  if (hear) {
    const name = cleanName(hear[2]);
    const role = hear[1] ?? hear[3];
    if (name) return { name, ...(role && looksLikeRole(role) ? { role: role.trim() } : {}), category: 'management' };
  }
  const over = HAND_OVER_TO.exec(text);
  if (over) {
    // "our CFO, Henry" puts the role first.
    const [first, second] = looksLikeRole(over[1]) && over[2] && cleanName(over[2]) ? [over[2], over[1]] : [over[1], over[2]];
    const name = cleanName(first);
    if (name && !/^(?:operator|you|everyone)$/i.test(name)) {
      // "over to Amir Khan, our Chief Executive Officer": the role without its "our".
      const role = second?.trim().replace(/^(?:our|my|the)\s+/i, '');
      return { name, ...(role && !/^please\b/i.test(role) ? { role } : {}) };
    }
  }
  return undefined;
}

/**
 * Infers turns in text without speaker headers, from what operators and hosts say when they hand over:
 * an operator's cue marks the operator; "turn the call over to X" names the next speaker; a question
 * announced by the operator comes from an analyst, and what follows it answers. A paragraph that says
 * nothing of who speaks continues the current turn. Every inferred turn is marked as such.
 */
export function inferTurns(sentences: readonly Sentence[], lines: readonly Line[]): InferredTurn[] {
  // Built here and extended in place while paragraphs continue a turn (a copy per paragraph cost more than the
  // rest of the loop); nothing else sees them before they are returned.
  const turns: { -readonly [K in keyof InferredTurn]: InferredTurn[K] }[] = [];
  let pending: Handoff | undefined;
  let last: { name: string; category?: SpeakerCategory } | undefined;
  // An analyst's question can run over several paragraphs (one sentence per line): what they said so far.
  let asked = { question: false, words: 0 };
  for (const unit of units(sentences, lines)) {
    const text = singleSpaced(joined(unit.sentences));
    const first = unit.sentences[0];
    const lastSentence = unit.sentences[unit.sentences.length - 1];
    const endLine = lineOfEnd(lastSentence, lines);
    const startsByThankingOperator = /^(?:thank you|thanks),? (?:the )?operator\b/i.test(first.text);
    const isOperator = !startsByThankingOperator && OPERATOR_CUE.test(text);
    // "Please go ahead." on a line of its own still belongs to the operator who handed over.
    const operatorTail = last?.category === 'operator' && OPERATOR_TAIL.test(text.trim());
    let who: Handoff | undefined;
    if (isOperator || operatorTail) who = { name: 'Operator', category: 'operator' };
    else if (pending) who = pending;
    else if (last?.category === 'analyst' && stillAsking(asked, first.text, last.name)) who = undefined;
    else if (last?.category === 'analyst' || last?.category === 'operator') who = { name: 'Management', category: 'management', placeholder: true };
    else if (!last) who = { name: 'Speaker', category: 'unknown', placeholder: true };

    const continues = who === undefined || (last !== undefined && who.name === last.name && !isOperatorRestart(first, last));
    if (continues && turns.length > 0) {
      const prev = turns[turns.length - 1];
      prev.endLine = endLine;
      prev.end = lastSentence.span.end;
    } else if (who) {
      turns.push({
        name: who.name,
        ...(who.role ? { role: who.role } : {}),
        ...(who.firm ? { firm: who.firm } : {}),
        ...(who.placeholder ? { placeholder: true as const } : {}),
        category: who.category,
        startLine: first.line,
        endLine,
        start: first.span.start,
        end: lastSentence.span.end,
      });
      last = { name: who.name, category: who.category };
      asked = { question: false, words: 0 };
    }
    if (last?.category === 'analyst') {
      asked = { question: asked.question || text.includes('?') || asksWithoutMarks(text), words: asked.words + spacedPieces(text) };
    }
    // The floor is handed over at the end of a turn.
    if (!operatorTail) pending = handoffIn(unit.sentences.length <= 3 ? text : joined(unit.sentences.slice(-3)));
  }
  return turns;
}

/** The line a sentence ends on: a sentence read across wrapped lines or caption cues starts lines above. */
function lineOfEnd(s: Sentence, lines: readonly Line[]): number {
  let line = s.line;
  while (line + 1 < lines.length && lines[line + 1].start < s.span.end) line++;
  return line;
}

/** The sentences' texts joined by a space; most paragraphs are one sentence, which needs no copy. */
function joined(sentences: readonly Sentence[]): string {
  return sentences.length === 1 ? sentences[0].text : sentences.map((s) => s.text).join(' ');
}

/** Words that open an answer: "Sure, Peter.", "Yes.", "Thank you for the question." */
const ANSWER_OPENER = /^(?:sure|yes|yeah|yep|absolutely|of course|certainly|great question|good question|thanks? (?:you )?for (?:the|your|that) question|let me (?:take|answer|start)|i (?:can|will|'ll) (?:take|answer))\b/i;

/** Words that add a question to the one asked: "And on costs, ...", "My follow-up is ...". */
const FOLLOW_UP = /^(?:and (?:also|then|on|as a follow|just)|also|my (?:second|follow[- ]?up|other)|a (?:quick )?follow[- ]?up|one more|secondly|and (?:my )?second(?:ly)?)\b/i;

/**
 * An unpunctuated paragraph (lower-case ASR writes no "?") asks when it holds a question's opening words.
 * Only read where the text has no sentence mark at all, so a statement with "what" in it is not taken for one.
 */
const UNMARKED_QUESTION = /\b(?:what (?:is|are|was|were|drove|do|does|did|will|would|should|kind|sort|type)|how (?:do|does|did|should|much|many|are|is|was|were|will|would|can|come|about)|why (?:is|are|was|did|do|does)|can you|could you|would you|do you|did you|are you|is there|are there|any (?:color|colour|update|thoughts))\b/i;

function asksWithoutMarks(text: string): boolean {
  return !/[.?!。？！]/.test(text) && UNMARKED_QUESTION.test(text);
}

/**
 * Whether a paragraph after an analyst's still belongs to the analyst: until they have asked something ("?"),
 * said 80 words, or the paragraph answers (an answer opener, or the analyst's first name addressed at its start).
 */
function stillAsking(asked: { question: boolean; words: number }, firstSentence: string, analyst: string): boolean {
  if (asked.words < 80 && FOLLOW_UP.test(firstSentence)) return true;
  if (asked.question || asked.words >= 80) return false;
  if (ANSWER_OPENER.test(firstSentence)) return false;
  const firstName = analyst.split(/\s+/)[0];
  return !(firstName.length > 1 && new RegExp(`^(?:(?:thanks?|thank you|hi|hey|well|ok|okay|so),?\\s+)?${escapeRegExp(firstName)}\\b`, 'i').test(firstSentence));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A new call's welcome is a new operator turn even right after the old call's goodbye. */
function isOperatorRestart(first: Sentence, last: { category?: SpeakerCategory }): boolean {
  return last.category === 'operator' && CALL_OPENER.test(first.text);
}
