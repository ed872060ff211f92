import type { Check, CheckContext, Finding, Fix } from '../types';
import type { TranscriptModel } from '../../model/types';
import type { Span } from '../../text/span';
import { comparableLengths, isVariantByLetters, isVariantOf, letterSet, lettersComparable, mayBeSpelledAlike, MIN_NAME_LETTERS, nameLetters, spellingSimilarity } from './nameSimilarity';
import { isGlued, phraseAt, type PhraseTable, type Written, writtenPhrases } from './capitalisedPhrases';
import { pushTo } from '../numbers/units';

/** A name compared with every phrase: its letters, word count and head word, and the verdicts so far by phrase text. */
interface NameInfo {
  readonly name: string;
  readonly letters: string;
  /** letterSet(letters). */
  readonly letterSet: number;
  readonly words: number;
  readonly head: string;
  readonly variants: Map<string, boolean>;
}

/** Spellings of one entity: the company (as the parser and the opening phrases name it) or one speaker. */
interface Cluster {
  readonly names: readonly string[];
  readonly isCompany: boolean;
}

/**
 * Phrases with the same text, token count and flags (run start, sentence start): alike for every name test
 * but the company slot's, which reads the context. One sample and the indices of all, in document order.
 */
interface Shape {
  readonly sample: Written;
  readonly tokens: number;
  readonly flags: number;
  readonly at: number[];
}

/** The shapes of the phrases whose text is marked in `comparable` (see comparableTexts). */
function shapesOf(phrases: PhraseTable, comparable: Uint8Array): Shape[] {
  // One number per (text, token count, flags), the flags taking two bits: a single map, no list per text.
  let most = 0;
  for (let i = 0; i < phrases.count; i++) most = Math.max(most, phrases.tokens[i]);
  const byKey = new Map<number, Shape>();
  const out: Shape[] = [];
  for (let i = 0; i < phrases.count; i++) {
    if (comparable[phrases.textIds[i]] === 0) continue;
    const tokens = phrases.tokens[i];
    const flags = phrases.flags[i];
    const key = (phrases.textIds[i] * (most + 1) + tokens) * 4 + flags;
    let shape = byKey.get(key);
    if (!shape) {
      byKey.set(key, (shape = { sample: phraseAt(phrases, i), tokens, flags, at: [] }));
      out.push(shape);
    }
    shape.at.push(i);
  }
  return out;
}

/**
 * The phrase texts (1, by the call's text number) that a name can match or stand for: letters long enough to be
 * compared at all (MIN_NAME_LETTERS), the letters of one of the names, or letters ending with a company name's
 * head word, which the company slot test asks for (no shorter than the head and three letters). Every use of a
 * phrase reads one of these, so the rest (most of a call's capitalised words: "We", "Thank", "Today") are
 * never grouped into shapes nor compared.
 */
function comparableTexts(phrases: PhraseTable, nameKeys: ReadonlySet<string>, companyHeads: readonly string[]): Uint8Array {
  const out = new Uint8Array(phrases.texts.length);
  for (let t = 0; t < phrases.texts.length; t++) {
    const { key } = phrases.texts[t];
    if (key.length >= MIN_NAME_LETTERS || nameKeys.has(key) || endsWithHead(key, companyHeads)) out[t] = 1;
  }
  return out;
}

/** Whether a key may fill the company slot of a company with one of these head words (see mayFillCompanySlot). */
function endsWithHead(key: string, heads: readonly string[]): boolean {
  for (const head of heads) if (key.length >= head.length + 3 && (key.endsWith(head) || key.endsWith(`${head}s`))) return true;
  return false;
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
function inCompanySlot(model: TranscriptModel, w: Written, company: NameInfo): boolean {
  // Only a whole capitalised phrase fills the slot: "Ridge Energy" inside "Pine Ridge Energy" does not.
  return w.runStart && mayFillCompanySlot(w, company) && standsInCompanySlot(model, w.start, w.end);
}

/** The part of inCompanySlot that reads only the phrase's text, so it is asked once per text. */
function mayFillCompanySlot(w: Written, company: NameInfo): boolean {
  if (company.words < 2 && !isGlued(company.name)) return false;
  const { head } = company;
  if (!w.key.endsWith(head) && !w.key.endsWith(`${head}s`)) return false;
  if (headWord(w.text) !== head || w.key === company.letters) return false;
  return w.key.length >= head.length + 3;
}

/** The part of inCompanySlot that reads the phrase's context: the opening phrases around it. */
function standsInCompanySlot(model: TranscriptModel, start: number, end: number): boolean {
  const before = model.text.slice(Math.max(0, start - 30), start);
  const after = model.text.slice(end, end + 30);
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
    if (isGlued(w)) score += 2;
  }
  return score;
}

/** Phrases standing in both halves of a company slot: "welcome to the <X> fourth quarter", "joining <X>'s fourth quarter". */
function slotNames(model: TranscriptModel, phrases: PhraseTable): string[] {
  const out: string[] = [];
  for (let i = 0; i < phrases.count; i++) {
    const { text, key, glued } = phrases.texts[phrases.textIds[i]];
    // Only a name long enough to compare is kept (clustersOf): the rest need not be looked for.
    if ((phrases.tokens[i] === 1 && !glued) || key.length < MIN_NAME_LETTERS) continue;
    const before = model.text.slice(Math.max(0, phrases.starts[i] - 30), phrases.starts[i]);
    if (!BEFORE_SLOT.test(before)) continue;
    const after = model.text.slice(phrases.ends[i], phrases.ends[i] + 30);
    if (AFTER_SLOT.test(after)) out.push(text);
  }
  return out;
}

/** `lettersOf` is nameLetters, remembered by the caller for each name. */
function clustersOf(model: TranscriptModel, context: CheckContext, phrases: PhraseTable, lettersOf: (name: string) => string): Cluster[] {
  // Names too short to compare ("Cloud", "Henry") would only pull unrelated phrases into a cluster.
  const comparable = (n: string | undefined): n is string => !!n && lettersOf(n).length >= MIN_NAME_LETTERS;
  // One entry per spelling: a long call states its name in the slot many times.
  const byLetters = new Map<string, string>();
  for (const n of [model.facts.company?.name, ...slotNames(model, phrases)]) if (comparable(n) && !byLetters.has(lettersOf(n))) byLetters.set(lettersOf(n), n);
  const company = [...byLetters.values()];
  const clusters: Cluster[] = [];
  const known: string[] = [];
  for (const n of context.knownNames) {
    // A known name like the company's joins the company cluster, where it wins.
    if (company.some((c) => lettersOf(c) === lettersOf(n) || isVariantOf(n, c))) company.push(n);
    else known.push(n);
  }
  if (company.length > 0) clusters.push({ names: company, isCompany: true });
  for (const n of known) if (comparable(n)) clusters.push({ names: [n], isCompany: false });
  for (const s of model.speakers) {
    if (s.category === 'operator') continue;
    const names = [s.name, ...s.spellings].filter(comparable);
    if (names.length > 0) clusters.push({ names, isCompany: false });
  }
  return clusters;
}

/** A spelling with none of the marks of a garble (see garbleScore). */
const isClean = (name: string) => garbleScore(name) === wordCount(name);

export const nameVariant: Check = {
  id: 'name-variant',
  category: 'repeats',
  summary: "A garbled spelling of one of the call's names (company, speakers, known names), with the right spelling as fix.",
  defaultSeverity: 'warning',
  run(model: TranscriptModel, context: CheckContext): Finding[] {
    const longestName = Math.max(4, ...context.knownNames.map(wordCount), ...model.speakers.map((s) => wordCount(s.name)), wordCount(model.facts.company?.name ?? ''));
    const phrases = writtenPhrases(model, longestName + 2);
    // Each name's letters, read once: the steps below ask for them again and again.
    const lettersByName = new Map<string, string>();
    const lettersOf = (name: string) => {
      let letters = lettersByName.get(name);
      if (letters === undefined) lettersByName.set(name, (letters = nameLetters(name)));
      return letters;
    };
    const clusters = clustersOf(model, context, phrases, lettersOf);
    const known = new Set(context.knownNames.map((n) => lettersOf(n)));
    // What a name's comparisons need, read once per name: every phrase of the call is compared with it.
    const infos = new Map<string, NameInfo>();
    const infoOf = (name: string) => {
      let info = infos.get(name);
      if (!info) {
        const letters = lettersOf(name);
        infos.set(name, (info = { name, letters, letterSet: letterSet(letters), words: wordCount(name), head: headWord(name), variants: new Map() }));
      }
      return info;
    };
    const nameKeys = new Set(known);
    for (const cluster of clusters) for (const n of cluster.names) nameKeys.add(lettersOf(n));
    const companyHeads = clusters.filter((c) => c.isCompany).flatMap((c) => c.names.map((n) => infoOf(n).head));
    // Phrases written alike (same text, token count and position flags) match a name alike, so a cluster
    // tests each shape once instead of every phrase of the call; only the company's slot test reads each
    // phrase's own context.
    const shapes = shapesOf(phrases, comparableTexts(phrases, nameKeys, companyHeads));
    const shapesByKey = new Map<string, Shape[]>();
    for (const shape of shapes) pushTo(shapesByKey, shape.sample.key, shape);
    const count = (key: string) => (shapesByKey.get(key) ?? []).reduce((n, shape) => n + shape.at.length, 0);
    /** Indices of the phrases of a letter key, in document order. */
    const phrasesOfKey = (key: string) => (shapesByKey.get(key) ?? []).flatMap((shape) => shape.at).sort((a, b) => a - b);
    const headerCount = new Map<string, number>();
    const headers = writtenPhrases(model, longestName + 2, 'header');
    for (let i = 0; i < headers.count; i++) {
      const { key } = headers.texts[headers.textIds[i]];
      headerCount.set(key, (headerCount.get(key) ?? 0) + 1);
    }
    const fits = (p: Written, name: NameInfo) => {
      const n = name.words;
      // One capitalised word at a sentence start is any word ("Kingston", "Nicely"), unless glued from several ("TeamSubCloud").
      return (p.tokens >= n - 1 || p.glued) && p.tokens <= n + 2 && !(p.tokens === 1 && p.sentenceInitial && !p.glued);
    };
    const isVariant = (p: Written, name: NameInfo) => {
      // Lengths alone rule most phrases out, letters held by one string only most of the rest; what is left is
      // compared once per distinct text.
      if (!lettersComparable(p.key, name.letters) || !mayBeSpelledAlike(p.key, p.keySet, name.letters, name.letterSet)) return false;
      let v = name.variants.get(p.text);
      if (v === undefined) name.variants.set(p.text, (v = isVariantByLetters(p.text, p.key, name.name, name.letters)));
      return v;
    };
    const matches = (p: Written, name: NameInfo, isCompany: boolean) => {
      if (!fits(p, name)) return false;
      if (isVariant(p, name)) return true;
      if (!isCompany) return false;
      return inCompanySlot(model, p, name);
    };

    // Shapes by the length of their letter key: a name is compared only with keys of a comparable length,
    // not with every shape of the call once per cluster.
    const shapesByLength = new Map<number, Shape[]>();
    for (const shape of shapes) pushTo(shapesByLength, shape.sample.key.length, shape);

    /** Letter keys written like one of the names, with the first and last phrase (by index) so written. */
    const matchedForms = (cluster: Cluster, names: readonly NameInfo[], own: ReadonlySet<string>) => {
      const found = new Map<string, { first: number; last: number }>();
      const note = (key: string, at: readonly number[]) => {
        const f = found.get(key);
        if (!f) found.set(key, { first: at[0], last: at[at.length - 1] });
        else {
          f.first = Math.min(f.first, at[0]);
          f.last = Math.max(f.last, at[at.length - 1]);
        }
      };
      // Shapes written like a name (its own letters, or a variant of them): all their phrases count.
      const alike = new Set<Shape>();
      for (const key of own) for (const shape of shapesByKey.get(key) ?? []) alike.add(shape);
      for (const n of names) {
        if (n.letters.length < MIN_NAME_LETTERS) continue;
        const [lo, hi] = comparableLengths(n.letters.length);
        for (let length = lo; length <= hi; length++) {
          // The integer tests first: most shapes fail them, before the set is asked.
          for (const shape of shapesByLength.get(length) ?? []) if (fits(shape.sample, n) && isVariant(shape.sample, n) && !alike.has(shape)) alike.add(shape);
        }
      }
      for (const shape of alike) note(shape.sample.key, shape.at);
      if (!cluster.isCompany) return found;
      for (const shape of shapes) {
        const p = shape.sample;
        if (alike.has(shape)) continue;
        // Cheap test before the context is read: the phrase must end with the company's head word.
        // A shape's phrases share their run-start flag; only the context differs between them.
        if (!p.runStart || !names.some((n) => fits(p, n) && mayFillCompanySlot(p, n))) continue;
        const at = shape.at.filter((i) => standsInCompanySlot(model, phrases.starts[i], phrases.ends[i]));
        if (at.length > 0) note(p.key, at);
      }
      return found;
    };

    const findings: Finding[] = [];
    const taken: Span[] = [];
    for (const cluster of clusters) {
      const names = cluster.names.map(infoOf);
      const own = new Set(names.map((n) => n.letters));
      // Every written form like one of the cluster's names; the cleanest, most used one is the canonical name.
      const forms = new Map<string, string>(cluster.names.map((n) => [lettersOf(n), n]));
      // As if each matching phrase were set in document order: a new form enters at its first phrase and
      // keeps the text of its last.
      const found = [...matchedForms(cluster, names, own)].sort((a, b) => a[1].first - b[1].first);
      for (const [key, { last }] of found) forms.set(key, phrases.texts[phrases.textIds[last]].text);
      if (forms.size < 2) continue;
      const knownForm = [...forms.keys()].find((k) => known.has(k));
      let canonical: string | undefined = knownForm && forms.get(knownForm);
      // Two clean spellings used nearly as often (no more than twice: "Alpine Sky House" twice, "Alpine Ski House" once)
      // and neither written in a speaker header: the more used is reported as right, but a reviewer decides, not fix-all.
      let contested = false;
      if (!canonical) {
        // Uses in speech and in speaker headers (written by a person, not a recogniser).
        const support = (name: string) => count(lettersOf(name)) + (headerCount.get(lettersOf(name)) ?? 0);
        const ranked = [...forms.values()].filter(isClean).sort((a, b) => support(b) - support(a));
        // No clean spelling, or two equally used ones ("Norwind" once, "Northwind" once): nothing to tell the reader with confidence.
        if (ranked.length === 0 || (ranked.length > 1 && support(ranked[0]) === support(ranked[1]))) continue;
        canonical = ranked[0];
        contested = ranked.length > 1 && support(ranked[0]) <= 2 * support(ranked[1]) && !headerCount.has(lettersOf(ranked[0]));
      }
      const canonicalInfo = infoOf(canonical);
      const canonicalKey = canonicalInfo.letters;
      const canonicalFirst = phrasesOfKey(canonicalKey)[0];
      const canonicalAt = canonicalFirst === undefined ? undefined : phraseAt(phrases, canonicalFirst);
      const trusted = known.has(canonicalKey) || canonicalAt !== undefined;
      // The phrases of the other forms, in document order.
      const variantAt: number[] = [];
      // The same phrases in the same order for every finding of a form: "Replace all" lists them once per form.
      const everywhereOf = new Map<string, Written[]>();
      for (const key of forms.keys()) {
        if (key === canonicalKey || known.has(key)) continue;
        const at = phrasesOfKey(key);
        for (const q of at) variantAt.push(q);
        everywhereOf.set(key, at.map((q) => phraseAt(phrases, q)).filter((q) => fits(q, canonicalInfo)));
      }
      for (const i of variantAt.sort((a, b) => a - b)) {
        const p = phraseAt(phrases, i);
        const key = p.key;
        if (!matches(p, canonicalInfo, cluster.isCompany)) continue;
        if (taken.some((t) => t.start < p.end && p.start < t.end)) continue;
        // Another entity's own name is never a variant of this one.
        if (clusters.some((c) => c !== cluster && c.names.some((n) => lettersOf(n) === key))) continue;
        taken.push(p);
        const strong = spellingSimilarity(p.text, canonical) >= 0.8;
        const everywhere = everywhereOf.get(key)!;
        const fixes: Fix[] = [
          { title: `Replace with "${canonical}"`, edits: [{ start: p.start, end: p.end, newText: canonical }], safe: trusted && strong && !contested },
        ];
        if (everywhere.length > 1) {
          // Fix-all already applies each safe "here" fix; this one is for a reviewer who checked one and trusts the rest.
          fixes.push({ title: `Replace all ${everywhere.length} "${p.text}" with "${canonical}"`, edits: everywhere.map((q) => ({ start: q.start, end: q.end, newText: canonical })), safe: false });
        }
        const where = canonicalAt ? ` (written correctly at line ${model.index.lineAt(canonicalAt.start) + 1})` : known.has(canonicalKey) ? ' (a known name)' : '';
        findings.push({
          checkId: 'name-variant',
          span: { start: p.start, end: p.end },
          message: `"${p.text}" looks like a garbled "${canonical}"${where}.`,
          related: canonicalAt ? [{ span: { start: canonicalAt.start, end: canonicalAt.end }, message: `"${canonical}" as written here` }] : [],
          fixes,
        });
      }
    }
    // A name split into more words with the very same letters ("Wood Grove Bank" for "Woodgrove Bank"): one
    // letter key, so the comparison above never sees it. Only where the call also writes the name whole.
    for (const cluster of clusters) {
      for (const name of new Set(cluster.names)) {
        if (!isClean(name)) continue;
        const info = infoOf(name);
        const at = phrasesOfKey(info.letters).map((q) => phraseAt(phrases, q));
        const right = at.find((p) => p.text === name);
        if (!right) continue;
        for (const p of at) {
          if (p.tokens <= info.words || taken.some((t) => t.start < p.end && p.start < t.end)) continue;
          taken.push(p);
          findings.push({
            checkId: 'name-variant',
            span: { start: p.start, end: p.end },
            message: `"${p.text}" looks like a garbled "${name}" (written correctly at line ${model.index.lineAt(right.start) + 1}).`,
            related: [{ span: { start: right.start, end: right.end }, message: `"${name}" as written here` }],
            fixes: [{ title: `Replace with "${name}"`, edits: [{ start: p.start, end: p.end, newText: name }], safe: true }],
          });
        }
      }
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
