import { CALL_CLOSER, CALL_OPENER, CLOSING_CUE, OPENING_HOST_CUE, QA_CUE, QUESTION_FROM } from './cues';
import type { Exchange, Section, SectionKind, Turn } from './types';

/** How much of a turn is read for cues: the start says who and what; cues sit near the start or end. */
const CUE_WINDOW = 1500;

/** What the speaker says: from `bodyStart` (past the header or label) to the turn's end. */
function turnText(text: string, t: Turn, bodyStart: number): string {
  let start = Math.min(Math.max(bodyStart, t.span.start), t.span.end);
  const end = t.span.end;
  while (start < end && /\s/.test(text[start])) start++;
  if (end - start <= CUE_WINDOW * 2) return text.slice(start, end);
  return `${text.slice(start, start + CUE_WINDOW)} ${text.slice(end - CUE_WINDOW, end)}`;
}

/**
 * Splits the turns into calls (a transcript can hold a call twice), and each call into opening, prepared
 * remarks, Q&A and closing; Q&A into exchanges of a question and its answers.
 */
export function buildSections(turns: readonly Turn[], text: string, bodyStarts: readonly number[], qaHeadings: readonly number[] = []): Section[] {
  const texts = turns.map((t, i) => turnText(text, t, bodyStarts[i]));
  const sections: Section[] = [];
  let callStart = 0;
  // Whether a turn of the current call, before turn `i`, ends it. Asked only when an operator's turn opens a
  // call, and each turn is read at most once: the closer pattern need not read every turn.
  let closed = false;
  let checked = 0;
  const closedBefore = (i: number): boolean => {
    for (; !closed && checked < i; checked++) closed = CALL_CLOSER.test(texts[checked]);
    return closed;
  };
  for (let i = 0; i < turns.length; i++) {
    const opensCall = turns[i].speaker.category === 'operator' && CALL_OPENER.test(texts[i].slice(0, 300)) && closedBefore(i);
    if (opensCall) {
      sections.push(...callSections(turns, texts, callStart, i, qaHeadings));
      callStart = i;
      closed = false;
      checked = i;
    }
  }
  if (turns.length > 0) sections.push(...callSections(turns, texts, callStart, turns.length, qaHeadings));
  return sections;
}

/**
 * The first turn after a "Questions and Answers" heading that sits inside the call (not before its first turn).
 * Headings and turns are both in line order: the first heading at or after the call's first turn decides, if a
 * turn of the call follows it. Binary searches, so many headings and turns stay cheap.
 */
function turnAfterHeading(turns: readonly Turn[], from: number, to: number, qaHeadings: readonly number[]): number | undefined {
  const line = qaHeadings[firstIndex(qaHeadings.length, (k) => qaHeadings[k] >= turns[from].startLine)];
  if (line === undefined || turns[to - 1].startLine <= line) return undefined;
  return from + 1 + firstIndex(to - from - 1, (k) => turns[from + 1 + k].startLine > line);
}

/** An amount or a percentage: what the introduction and safe harbour do not state, and remarks do. */
const STATES_RESULTS = /[$€£¥]\s?\d|\d\s?%|\b(?:percent|per cent|million|billion)\b/i;

/** The first index in [0, n) where a monotone predicate holds (n when it never does). */
function firstIndex(n: number, holds: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function callSections(turns: readonly Turn[], texts: readonly string[], from: number, to: number, qaHeadings: readonly number[]): Section[] {
  const isOperator = (i: number) => turns[i].speaker.category === 'operator';
  const isAnalyst = (i: number) => turns[i].speaker.category === 'analyst';
  // Whoever introduces the next questioner by name moderates there: the operator, or an IR head on a webcast
  // ("Our next question comes from Victor Hu with Nomura"); an answer ending "next question, please" does not.
  const moderates = (i: number) => isOperator(i) || (i + 1 < to && isAnalyst(i + 1) && QUESTION_FROM.test(texts[i]));

  // Opening: the operator's welcome and the host's introduction and safe harbour.
  let prepared = from;
  while (prepared < to && isOperator(prepared)) prepared++;
  // A host who goes on to report results ("Joining me today is our CFO. Net sales were $512 million") opens the remarks.
  if (prepared < to && !isAnalyst(prepared) && OPENING_HOST_CUE.test(texts[prepared]) && !STATES_RESULTS.test(texts[prepared]) && prepared + 1 < to) {
    prepared++;
    while (prepared < to && isOperator(prepared) && !QA_CUE.test(texts[prepared])) prepared++;
  }
  if (prepared === to) prepared = from; // nothing but the opening: read it all as remarks

  // Q&A: from the operator's announcement of the first question, or the first analyst.
  let qa = to;
  for (let i = prepared; i < to; i++) {
    if (isAnalyst(i)) {
      qa = i > prepared && moderates(i - 1) ? i - 1 : i;
      break;
    }
    if (isOperator(i) && i > prepared && QA_CUE.test(texts[i]) && i + 1 < to) {
      qa = i;
      break;
    }
  }

  // A heading that says where Q&A starts outranks the cues.
  const headed = turnAfterHeading(turns, from, to, qaHeadings);
  if (headed !== undefined) {
    qa = headed;
    prepared = Math.min(prepared, qa);
  }

  // Closing: after the last question, from the turn that says the call is ending.
  let closing = to;
  for (let i = to - 1; i > Math.max(prepared, qa === to ? prepared : qa); i--) {
    if (isAnalyst(i)) break;
    if (CLOSING_CUE.test(texts[i]) || CALL_CLOSER.test(texts[i])) closing = i;
  }
  if (qa > closing) qa = closing;

  const out: Section[] = [];
  const push = (kind: SectionKind, a: number, b: number) => {
    if (a >= b) return;
    const slice = turns.slice(a, b);
    out.push({
      kind,
      startLine: slice[0].startLine,
      endLine: slice[slice.length - 1].endLine,
      span: { start: slice[0].span.start, end: slice[slice.length - 1].span.end },
      turns: slice,
      exchanges: kind === 'qa' ? exchanges(slice, (t) => moderates(a + t)) : [],
    });
  };
  push('opening', from, prepared);
  push('prepared', prepared, qa);
  push('qa', qa, closing);
  push('closing', closing, to);
  return out;
}

/** Each question with the answers that follow it, until the next question or the moderator. */
function exchanges(turns: readonly Turn[], moderates: (index: number) => boolean): Exchange[] {
  const out: Exchange[] = [];
  let question: Turn | undefined;
  let answers: Turn[] = [];
  const flush = () => {
    if (!question) return;
    const end = answers.length > 0 ? answers[answers.length - 1].span.end : question.span.end;
    out.push({ question, answers, span: { start: question.span.start, end } });
    question = undefined;
    answers = [];
  };
  turns.forEach((t, i) => {
    if (t.speaker.category === 'analyst') {
      flush();
      question = t;
    } else if (moderates(i)) flush();
    else if (question) answers.push(t);
  });
  flush();
  return out;
}
