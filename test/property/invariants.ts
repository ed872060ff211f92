import Big from 'big.js';
import type { Analysis } from '../../src/core/analyze';
import type { Edit, Finding } from '../../src/core/checks/types';
import type { Span } from '../../src/core/text/span';
import { singleSpaced } from '../../src/core/model/fragments';
import { isTimingLine } from '../../src/core/model/furniture';

/**
 * The properties every analysis must have whatever the input, as functions returning the list of violations
 * (empty when the analysis is sound), so the tests and scripts/fuzz.ts report the same things the same way.
 */

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `at` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

/**
 * A figure's text is its span's text, or, read across caption cues, the words of its lines without the timing lines
 * and without the speaker label ("Name: ", "<v Name>") that opens a later cue.
 */
function isSaidIn(span: string, said: string): boolean {
  if (span === said) return true;
  const lines = span.split('\n').map((l) => (isTimingLine(l.trim()) ? '' : l));
  const spoken = (dropLabels: boolean) => singleSpaced(lines.map((l, i) => (dropLabels && i > 0 ? l.replace(/^(?:<v[^>\n]*>|[^:\n]{1,100}?:\s)/, '') : l)).join('\n')).trim();
  return spoken(false) === said || spoken(true) === said;
}

/** Why a span is not a sound range of `text`, or undefined. */
export function spanProblem(text: string, span: Span | undefined): string | undefined {
  if (!span) return 'missing span';
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `non-integer offsets ${start}..${end}`;
  if (start < 0 || start > end || end > text.length) return `outside the document (length ${text.length}): ${start}..${end}`;
  if (splitsSurrogatePair(text, start)) return `start ${start} splits a surrogate pair`;
  if (splitsSurrogatePair(text, end)) return `end ${end} splits a surrogate pair`;
  return undefined;
}

/** Every range the model and the diagnostics carry, labelled by where it comes from. */
export function allSpans(analysis: Analysis): Array<{ where: string; span: Span }> {
  const { model, diagnostics } = analysis;
  const out: Array<{ where: string; span: Span }> = [];
  model.lines.forEach((l, i) => out.push({ where: `lines[${i}]`, span: { start: l.start, end: l.end } }));
  model.annotations.forEach((a, i) => out.push({ where: `annotations[${i}]`, span: a.span }));
  model.sentences.forEach((s, i) => out.push({ where: `sentences[${i}]`, span: s.span }));
  model.turns.forEach((t, i) => out.push({ where: `turns[${i}]`, span: t.span }));
  model.sections.forEach((s, i) => {
    out.push({ where: `sections[${i}]`, span: s.span });
    s.exchanges.forEach((x, j) => out.push({ where: `sections[${i}].exchanges[${j}]`, span: x.span }));
  });
  if (model.facts.company) out.push({ where: 'facts.company', span: model.facts.company.span });
  if (model.facts.period) out.push({ where: 'facts.period', span: model.facts.period.span });
  if (model.facts.currency) out.push({ where: 'facts.currency', span: model.facts.currency.span });
  model.figures.forEach((f, i) => out.push({ where: `figures[${i}] ${JSON.stringify(f.text)}`, span: f.span }));
  model.problems.forEach((p, i) => out.push({ where: `problems[${i}]`, span: p.span }));
  diagnostics.forEach((d, i) => {
    out.push({ where: `${d.checkId}#${i}.span`, span: d.span });
    d.related.forEach((r, j) => out.push({ where: `${d.checkId}#${i}.related[${j}]`, span: r.span }));
    d.fixes.forEach((f, j) => f.edits.forEach((e, k) => out.push({ where: `${d.checkId}#${i}.fixes[${j}].edits[${k}]`, span: e })));
  });
  return out;
}

const DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$|^-?0\.[0-9]*[1-9]$/;

/** Structural soundness: ranges, line numbers, figure values, no check that failed inside analyze(). */
export function analysisViolations(text: string, analysis: Analysis): string[] {
  const v: string[] = [];
  const { model } = analysis;
  if (model.text !== text) v.push('model.text is not the input');
  for (const { where, span } of allSpans(analysis)) {
    const p = spanProblem(text, span);
    if (p) v.push(`${where}: ${p}`);
  }
  const lineCount = model.index.lineCount;
  const lineOk = (n: number) => Number.isInteger(n) && n >= 0 && n < lineCount;
  model.turns.forEach((t, i) => {
    if (!lineOk(t.startLine) || !lineOk(t.endLine) || t.startLine > t.endLine) v.push(`turns[${i}]: lines ${t.startLine}..${t.endLine} of ${lineCount}`);
  });
  model.sections.forEach((s, i) => {
    if (!lineOk(s.startLine) || !lineOk(s.endLine) || s.startLine > s.endLine) v.push(`sections[${i}]: lines ${s.startLine}..${s.endLine} of ${lineCount}`);
  });
  model.sentences.forEach((s, i) => {
    if (!lineOk(s.line)) v.push(`sentences[${i}]: line ${s.line} of ${lineCount}`);
  });
  model.figures.forEach((f, i) => {
    const at = `figures[${i}] ${JSON.stringify(f.text)}`;
    if (!lineOk(f.line)) v.push(`${at}: line ${f.line} of ${lineCount}`);
    if (!isSaidIn(text.slice(f.span.start, f.span.end), f.text)) v.push(`${at}: text differs from its span ${JSON.stringify(text.slice(f.span.start, f.span.end))}`);
    for (const key of ['value', 'low', 'high'] as const) {
      if (!DECIMAL.test(f[key])) v.push(`${at}: ${key} ${JSON.stringify(f[key].slice(0, 40))} is not a canonical decimal`);
    }
    try {
      const [lo, val, hi] = [new Big(f.low), new Big(f.value), new Big(f.high)];
      if (lo.gt(val) || val.gt(hi)) v.push(`${at}: not low <= value <= high (${f.low} / ${f.value} / ${f.high})`);
    } catch {
      // Reported above as not a decimal.
    }
    if (f.rangeWith !== undefined && (!Number.isInteger(f.rangeWith) || f.rangeWith < 0 || f.rangeWith >= model.figures.length || f.rangeWith === i)) {
      v.push(`${at}: rangeWith ${f.rangeWith} is not another figure`);
    }
  });
  v.push(...modelShapeViolations(analysis));
  for (const d of analysis.diagnostics) {
    if (/^Check \S+ failed: /.test(d.message)) v.push(`a check threw inside analyze(): ${d.message}`);
    if (!d.message.trim()) v.push(`${d.checkId}: empty message`);
    for (const fix of d.fixes) if (fix.edits.length === 0) v.push(`${d.checkId}: fix "${fix.title}" has no edits`);
  }
  return v;
}

/**
 * How the parts of the model nest: lines are the line index's lines; sentences and figures start on their line
 * and stay in it, or in the speech lines a wrapped sentence runs on over (a sentence's text is its slice); turns and sections are ordered and their spans disjoint (they may share a line), each turn inside its lines and its
 * section, each exchange inside its section; sentences and figures do not overlap; a translation points back.
 */
export function modelShapeViolations(analysis: Analysis): string[] {
  const v: string[] = [];
  const m = analysis.model;
  if (m.lines.length !== m.index.lineCount) v.push(`${m.lines.length} lines but the index has ${m.index.lineCount}`);
  m.lines.forEach((l, i) => {
    if (l.index !== i || l.start !== m.index.lineStarts[i] || l.end !== m.index.lineEnds[i]) v.push(`lines[${i}] is not line ${i} of the index`);
    if (l.translationOf !== undefined && !(l.translationOf >= 0 && l.translationOf < i)) v.push(`lines[${i}] translates line ${l.translationOf}, not an earlier one`);
  });
  // A sentence wrapped over lines starts on its line and runs on over the speech lines after it; caption fragments
  // run on past the cues' timing lines (boilerplate) and blank lines, to end on a speech line.
  const inWrappedLines = (line: number, span: Span) => {
    const first = m.lines[line];
    if (!first || span.start < first.start || span.start > first.end) return false;
    let k = line;
    while (span.end > m.lines[k].end) {
      k++;
      const kind = m.lines[k]?.kind;
      if (!kind || first.kind !== 'speech' || (kind !== 'speech' && kind !== 'blank' && kind !== 'boilerplate')) return false;
    }
    return k === line || m.lines[k].kind === 'speech';
  };
  // A sentence's text is its span's text, or that text with timing lines and repeated labels blanked (same length).
  const isBlankedCopy = (span: string, text: string) => {
    if (span.length !== text.length) return false;
    for (let c = 0; c < span.length; c++) if (span[c] !== text[c] && text[c] !== ' ') return false;
    return true;
  };
  m.sentences.forEach((s, i) => {
    if (!inWrappedLines(s.line, s.span)) v.push(`sentences[${i}] is not inside its line ${s.line} (or the lines it wraps over)`);
    else if (!isBlankedCopy(m.text.slice(s.span.start, s.span.end), s.text)) v.push(`sentences[${i}] text differs from its span`);
    if (i > 0 && s.span.start < m.sentences[i - 1].span.end) v.push(`sentences[${i}] overlaps the one before`);
  });
  m.figures.forEach((f, i) => {
    if (!inWrappedLines(f.line, f.span)) v.push(`figures[${i}] ${JSON.stringify(f.text)} does not start on its line ${f.line}`);
  });
  const byStart = [...m.figures].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < byStart.length; i++) {
    if (byStart[i].span.start < byStart[i - 1].span.end) v.push(`figures ${JSON.stringify(byStart[i - 1].text)} and ${JSON.stringify(byStart[i].text)} overlap`);
  }
  m.turns.forEach((t, i) => {
    const first = m.lines[t.startLine];
    const last = m.lines[t.endLine];
    if (first && last && (t.span.start < first.start || t.span.end > last.end)) v.push(`turns[${i}] span runs outside its lines ${t.startLine}..${t.endLine}`);
    // Inferred turns of headerless text may change hands mid-line, so two turns can share a line, never text.
    const prev = m.turns[i - 1];
    if (prev && (t.startLine < prev.endLine || t.span.start < prev.span.end)) v.push(`turns[${i}] (line ${t.startLine}, ${t.span.start}..) overlaps the turn before (to line ${prev.endLine}, ..${prev.span.end})`);
  });
  m.sections.forEach((s, i) => {
    const prev = m.sections[i - 1];
    if (prev && (s.startLine < prev.endLine || s.span.start < prev.span.end)) v.push(`sections[${i}] overlaps the section before`);
    for (const t of s.turns) if (t.startLine < s.startLine || t.endLine > s.endLine) v.push(`sections[${i}] (${s.kind}) holds a turn at lines ${t.startLine}..${t.endLine} outside it`);
    for (const x of s.exchanges) if (x.span.start < s.span.start || x.span.end > s.span.end) v.push(`sections[${i}] holds an exchange outside its span`);
  });
  return v;
}

/** Letters and digits only, lower case: how a name-variant's "replace all" recognises the same written form. */
const lettersKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const WORDY = /[\p{L}\p{N}]/u;

/**
 * A fix removes only what its finding names. Checks widen deletions to take the separator with them
 * (repeated-phrase deletes from the end of the kept first copy; noise-token and duplicate-passage take the
 * line break or the space next to the span), so the rule is: the text an edit replaces outside the finding's
 * span and related spans holds no letter or digit. The one other shape allowed is name-variant's unsafe
 * "replace all": each edit replaces another occurrence of the same written form as the span.
 */
export function fixContainmentViolations(text: string, finding: Finding): string[] {
  const v: string[] = [];
  const named = [finding.span, ...finding.related.map((r) => r.span)];
  const spanKey = lettersKey(text.slice(finding.span.start, finding.span.end));
  for (const fix of finding.fixes) {
    for (const e of fix.edits) {
      const outside = textOutside(text, e, named);
      if (!WORDY.test(outside)) continue;
      if (!fix.safe && spanKey && lettersKey(text.slice(e.start, e.end)) === spanKey) continue;
      v.push(
        `${finding.checkId} at ${finding.span.start}..${finding.span.end} ${JSON.stringify(text.slice(finding.span.start, finding.span.end).slice(0, 60))}: ` +
          `${fix.safe ? 'safe' : 'unsafe'} fix "${fix.title}" edits ${e.start}..${e.end} and so changes ${JSON.stringify(outside.slice(0, 60))} outside the spans it names`,
      );
    }
  }
  return v;
}

/** The characters of `edit`'s range not covered by any of `spans`. */
function textOutside(text: string, edit: Edit, spans: readonly Span[]): string {
  let out = '';
  for (let i = edit.start; i < edit.end; i++) {
    if (!spans.some((s) => i >= s.start && i < s.end)) out += text[i];
  }
  return out;
}

/** Pairs of edits that overlap (or share an insertion point) among edits fix-all returned. */
export function overlappingEdits(edits: readonly Edit[]): string[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const v: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (b.start < a.end || (b.start === a.start && a.start === a.end && b.start === b.end)) v.push(`${a.start}..${a.end} and ${b.start}..${b.end} overlap`);
  }
  return v;
}
