import type { Check, CheckContext, Finding, Fix } from '../types';
import type { TranscriptModel } from '../../model/types';
import type { Span } from '../../text/span';
import { isVariantOf, nameLetters, spellingSimilarity } from './nameSimilarity';
import { isSentenceStart } from './sentenceBounds';
import { linesOfKinds } from './spokenLines';
import { tokenize, type Token } from './tokens';

/** A capitalised phrase in the text: a possible writing of a name. */
interface Written extends Span {
  readonly text: string;
  readonly tokens: number;
  readonly sentenceInitial: boolean;
}

interface Anchor {
  readonly name: string;
  readonly isCompany: boolean;
  readonly known: boolean;
}

/** Titles before a name are not part of it: "Mr. Weidong Luo" is "Weidong Luo". */
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|madam)$/;

const isCapitalised = (model: TranscriptModel, t: Token) => /\p{Lu}/u.test(model.text[t.start]);

/**
 * Runs of capitalised tokens ("IR Manager of Kings of Cloud's") joined by "of", split into every
 * sub-phrase that starts and ends with a capitalised token, up to `maxTokens` long. A final possessive
 * is left outside the phrase so a fix keeps it.
 */
function writtenPhrases(model: TranscriptModel, maxTokens: number): Written[] {
  const out: Written[] = [];
  for (const line of linesOfKinds(model, ['speech'])) {
    const tokens = tokenize(model.text.slice(line.start, line.end), line.start);
    let i = 0;
    while (i < tokens.length) {
      if (!isCapitalised(model, tokens[i]) || tokens[i].cjk || HONORIFIC.test(tokens[i].norm)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length && !tokens[j].cjk && (isCapitalised(model, tokens[j]) || (tokens[j].norm === 'of' && j + 1 < tokens.length && isCapitalised(model, tokens[j + 1])))) {
        // A name's words are separated by spaces only: "Shan, IR" and "Yulin. And" are two phrases.
        if (!/^[ \t]{1,2}$/.test(model.text.slice(tokens[j - 1].end, tokens[j].start))) break;
        j++;
      }
      for (let a = i; a < j; a++) {
        if (!isCapitalised(model, tokens[a])) continue;
        for (let b = a; b < j && b - a < maxTokens; b++) {
          if (!isCapitalised(model, tokens[b])) continue;
          let end = tokens[b].end;
          if (/['’]s$/i.test(model.text.slice(tokens[b].start, end))) end -= 2;
          out.push({
            start: tokens[a].start,
            end,
            text: model.text.slice(tokens[a].start, end),
            tokens: b - a + 1,
            sentenceInitial: isSentenceStart(model.text, line.start, tokens[a].start),
          });
        }
      }
      i = j;
    }
  }
  return out;
}

const wordCount = (name: string) => name.trim().split(/\s+/).length;

/** The last word of a name, camel case split and plural/possessive dropped: "TeamSubCloud" → "cloud". */
function headWord(name: string): string {
  const parts = name.replace(/['’]s$/i, '').split(/\s+|(?<=\p{Ll})(?=\p{Lu})/u);
  return (parts[parts.length - 1] ?? '').toLowerCase().replace(/s$/, '');
}

/** Where a call names its company: "welcome to the X fourth quarter", "joining X's first quarter". */
const BEFORE_SLOT = /\b(?:welcome to|joining)(?: the)?\s+$/i;
const AFTER_SLOT = /^(?:['’]s)?\s+(?:first|second|third|fourth|1st|2nd|3rd|4th|full[- ]year|fiscal|annual|Q[1-4]|(?:19|20)\d\d)\b/i;

/**
 * A garble too far from the company name to be matched by letters ("TeamSubCloud", "King's Hub Cloud" for
 * "Kingsoft Cloud") is still caught where the call states its own name: in the company slot of the opening
 * phrases, ending with the company's head word.
 */
function inCompanySlot(model: TranscriptModel, w: Written, company: string): boolean {
  if (wordCount(company) < 2 && !/\p{Ll}\p{Lu}/u.test(company)) return false;
  if (headWord(w.text) !== headWord(company) || nameLetters(w.text) === nameLetters(company)) return false;
  if (nameLetters(w.text).length < headWord(company).length + 3) return false;
  const before = model.text.slice(Math.max(0, w.start - 30), w.start);
  const after = model.text.slice(w.end, w.end + 30);
  return BEFORE_SLOT.test(before) || AFTER_SLOT.test(after);
}

/**
 * How garbled a spelling looks, lower is cleaner: recognisers break an unknown name into common words
 * ("Kings of"), possessives ("King's Hub") and glued pieces ("TeamSubCloud"), so the clean spelling is the
 * one with fewest words, no inner "of"/"the", no inner possessive and no inner capitals.
 */
function garbleScore(name: string): number {
  const words = name.trim().split(/\s+/);
  let score = words.length;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (/^(?:of|the|and)$/i.test(w)) score += 2;
    if (k < words.length - 1 && /['’]s$/i.test(w)) score += 2;
    if (/\p{Ll}\p{Lu}/u.test(w)) score += 2;
  }
  return score;
}

function anchorsOf(model: TranscriptModel, context: CheckContext): Anchor[] {
  const out: Anchor[] = [];
  const seen = new Set<string>();
  const add = (name: string | undefined, isCompany: boolean, known: boolean) => {
    if (!name) return;
    const key = nameLetters(name);
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ name: name.trim(), isCompany, known });
  };
  for (const n of context.knownNames) add(n, false, true);
  add(model.facts.company?.name, true, false);
  for (const s of model.speakers) {
    if (s.category === 'operator') continue;
    add(s.name, false, false);
    for (const sp of s.spellings) add(sp, false, false);
  }
  return out;
}

export const nameVariant: Check = {
  id: 'name-variant',
  category: 'repeats',
  summary: "A garbled spelling of one of the call's names (company, speakers, known names), with the right spelling as fix.",
  defaultSeverity: 'warning',
  run(model: TranscriptModel, context: CheckContext): Finding[] {
    const anchors = anchorsOf(model, context);
    if (anchors.length === 0) return [];
    const maxTokens = Math.max(...anchors.map((a) => wordCount(a.name))) + 2;
    const phrases = writtenPhrases(model, maxTokens);
    const known = new Set(context.knownNames.map(nameLetters));
    const anchorKeys = new Set(anchors.map((a) => nameLetters(a.name)));
    const count = new Map<string, number>();
    for (const p of phrases) count.set(nameLetters(p.text), (count.get(nameLetters(p.text)) ?? 0) + 1);

    const findings = new Map<number, Finding>();
    for (const anchor of anchors) {
      const n = wordCount(anchor.name);
      const fits = (p: Written) => p.tokens >= Math.max(1, n - 1) && p.tokens <= n + 2 && !(p.tokens === 1 && p.sentenceInitial);
      const matches = (p: Written, name: string, isCompany: boolean) =>
        isVariantOf(p.text, name) || (isCompany && inCompanySlot(model, p, name));
      // The cluster: the anchor and every written form like it; its cleanest member is the canonical name.
      const forms = new Map<string, string>([[nameLetters(anchor.name), anchor.name]]);
      for (const p of phrases) if (fits(p) && (nameLetters(p.text) === nameLetters(anchor.name) || matches(p, anchor.name, anchor.isCompany))) forms.set(nameLetters(p.text), p.text);
      if (forms.size < 2) continue;
      const knownForm = [...forms.keys()].find((k) => known.has(k));
      const canonical = knownForm
        ? forms.get(knownForm)!
        : [...forms.values()].sort((a, b) => garbleScore(a) - garbleScore(b) || (count.get(nameLetters(b)) ?? 0) - (count.get(nameLetters(a)) ?? 0))[0];
      const canonicalKey = nameLetters(canonical);
      const canonicalAt = phrases.find((p) => nameLetters(p.text) === canonicalKey);
      const trusted = known.has(canonicalKey) || canonicalAt !== undefined;
      for (const p of phrases) {
        const key = nameLetters(p.text);
        if (!fits(p) || key === canonicalKey || known.has(key) || findings.has(p.start)) continue;
        // Another person's or company's own name is never a variant of this one.
        if (anchorKeys.has(key) && !forms.has(key)) continue;
        if (!forms.has(key) || !matches(p, canonical, anchor.isCompany)) continue;
        const overlapping = [...findings.values()].some((f) => f.span.start < p.end && p.start < f.span.end);
        if (overlapping) continue;
        const strong = spellingSimilarity(p.text, canonical) >= 0.8;
        const everywhere = phrases.filter((q) => nameLetters(q.text) === key && fits(q));
        const fixes: Fix[] = [
          { title: `Replace with "${canonical}"`, edits: [{ start: p.start, end: p.end, newText: canonical }], safe: trusted && strong },
        ];
        if (everywhere.length > 1) {
          // Fix-all already applies each safe "here" fix; this one is for a reviewer who checked one and trusts the rest.
          fixes.push({ title: `Replace all ${everywhere.length} "${p.text}" with "${canonical}"`, edits: everywhere.map((q) => ({ start: q.start, end: q.end, newText: canonical })), safe: false });
        }
        const where = canonicalAt ? ` (written correctly at line ${model.index.lineAt(canonicalAt.start) + 1})` : known.has(canonicalKey) ? ' (a known name)' : '';
        findings.set(p.start, {
          checkId: 'name-variant',
          span: { start: p.start, end: p.end },
          message: `"${p.text}" looks like a garbled "${canonical}"${where}.`,
          related: canonicalAt ? [{ span: { start: canonicalAt.start, end: canonicalAt.end }, message: `"${canonical}" as written here` }] : [],
          fixes,
        });
      }
    }
    return [...findings.values()].sort((a, b) => a.span.start - b.span.start);
  },
};
