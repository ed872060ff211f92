import type { Check, Finding } from '../types';
import type { Speaker, TranscriptModel } from '../../model/types';
import type { Span } from '../../text/span';
import { isVariantByLetters, nameLetters } from './nameSimilarity';

/** Titles one company gives to one person at a time. */
const UNIQUE_TITLES: ReadonlyArray<[string, RegExp]> = [
  ['CEO', /\bCEO\b|\bchief executive(?: officer)?\b/i],
  ['CFO', /\bCFO\b|\bchief financial officer\b/i],
  ['COO', /\bCOO\b|\bchief operating officer\b/i],
];
/** "Vice CEO", "former CFO", "co-CEO", "deputy CFO" and "CEO of <a subsidiary>" may sit beside the real one. */
const QUALIFIED = /\b(?:deputy|vice|former|acting|interim|incoming|outgoing|ex|co|associate|assistant|divisional|regional)[\s-]*(?:CEO|CFO|COO|chief)\b/i;
const OF_SOMETHING = /\b(?:CEO|CFO|COO|officer)\s+(?:of|at|for)\s+(\S.*)$/i;
/** Labels that are not a person's name. */
const GENERIC = /^(?:operator|management|analyst|moderator|host|interpreter|translator|unknown|unidentified\b.*|speaker\s*\d*|company representative|participant)$/i;

function titleOf(role: string | undefined, company: string | undefined): string | undefined {
  if (!role || QUALIFIED.test(role)) return undefined;
  const of = OF_SOMETHING.exec(role);
  if (of && !(company && nameLetters(of[1]).startsWith(nameLetters(company)))) return undefined;
  for (const [title, re] of UNIQUE_TITLES) if (re.test(role)) return title;
  return undefined;
}

/** A full personal name: two words or more, not a label. A first name alone ("Henry") may be anyone's English name. */
const isFullName = (s: Speaker) => s.category !== 'operator' && !GENERIC.test(s.name.trim()) && s.name.trim().split(/\s+/).length >= 2;

/** Alike names that the call itself keeps apart: an analyst and an executive, or analysts of two firms. */
function clearlyTwoPeople(a: Speaker, b: Speaker): boolean {
  if (a.id === b.id) return false;
  if (a.category !== b.category && a.category !== 'unknown' && b.category !== 'unknown') return true;
  return !!a.firm && !!b.firm && nameLetters(a.firm) !== nameLetters(b.firm);
}

/** Where a spelling is written: its header line if it has one, else its first mention. */
function whereWritten(model: TranscriptModel, spelling: string): Span | undefined {
  for (const line of model.lines) {
    if (line.kind !== 'header') continue;
    const at = line.text.indexOf(spelling);
    if (at >= 0) return { start: line.start + at, end: line.start + at + spelling.length };
  }
  const at = model.text.indexOf(spelling);
  return at >= 0 ? { start: at, end: at + spelling.length } : undefined;
}

const lineNo = (model: TranscriptModel, span: Span) => model.index.lineAt(span.start) + 1;

export const speakerRoster: Check = {
  id: 'speaker-roster',
  category: 'structure',
  summary: 'The speaker list contradicts itself: two people with one unique title (two CFOs), or one person under two spellings.',
  defaultSeverity: 'warning',
  run(model: TranscriptModel): Finding[] {
    const findings: Finding[] = [];
    const people = model.speakers.filter(isFullName);
    const company = model.facts.company?.name;

    // One person under two spellings: within a speaker's spellings, or two speakers whose names are variants.
    // Each spelling's letters, read once: every two spellings are compared.
    const spellings: Array<{ speaker: Speaker; spelling: string; letters: string }> = [];
    for (const s of people) for (const sp of new Set([s.name, ...s.spellings])) spellings.push({ speaker: s, spelling: sp, letters: nameLetters(sp) });
    const reported = new Set<string>();
    for (let b = 0; b < spellings.length; b++) {
      for (let a = 0; a < b; a++) {
        const x = spellings[a];
        const y = spellings[b];
        if (!isVariantByLetters(y.spelling, y.letters, x.spelling, x.letters) || clearlyTwoPeople(x.speaker, y.speaker)) continue;
        const pair = [x.letters, y.letters].sort().join('|');
        if (reported.has(pair)) continue;
        const first = whereWritten(model, x.spelling);
        const second = whereWritten(model, y.spelling);
        if (!first || !second) continue;
        reported.add(pair);
        const [early, late] = first.start <= second.start ? [first, second] : [second, first];
        const [earlyName, lateName] = first.start <= second.start ? [x.spelling, y.spelling] : [y.spelling, x.spelling];
        findings.push({
          checkId: 'speaker-roster',
          span: late,
          message: `"${lateName}" and "${earlyName}" (line ${lineNo(model, early)}) look like one person spelled two ways; check which spelling is right.`,
          related: [{ span: early, message: `"${earlyName}" as written here` }],
          fixes: [],
        });
      }
    }

    // Two different people with one unique title.
    const holders = new Map<string, Speaker>();
    for (const s of people) {
      const title = titleOf(s.role, company);
      if (!title) continue;
      const before = holders.get(title);
      if (!before) {
        holders.set(title, s);
        continue;
      }
      if (before.id === s.id || reported.has([nameLetters(before.name), nameLetters(s.name)].sort().join('|'))) continue;
      const first = whereWritten(model, before.name);
      const second = whereWritten(model, s.name);
      if (!first || !second) continue;
      findings.push({
        checkId: 'speaker-roster',
        span: second,
        message: `Two people are given the title ${title}: "${s.name}" (${s.role}) and "${before.name}" (${before.role}, line ${lineNo(model, first)}); one of the names or titles is likely wrong.`,
        related: [{ span: first, message: `"${before.name}", ${before.role}` }],
        fixes: [],
      });
    }
    return findings.sort((p, q) => p.span.start - q.span.start);
  },
};
