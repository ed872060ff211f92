import type { Figure } from '../../figures/types';
import type { Lang, TranscriptModel } from '../../model/types';
import type { Span } from '../../text/span';

/**
 * A stretch of spoken text the number checks relate figures within: a sentence when the parser gives
 * sentences, else a sentence cut from a speech/translation line by end punctuation. Relations never
 * cross a unit: "from X" in one sentence and "to Y" in the next are different statements.
 */
export interface Unit {
  readonly span: Span;
  readonly line: number;
  readonly lang: Lang;
  /** Indices into model.figures, in document order. */
  readonly figures: readonly number[];
}

const SENTENCE_END = /[.?!。？！](?=\s|$)|[。？！]/g;

function fallbackSentences(model: TranscriptModel): { span: Span; line: number; lang: Lang }[] {
  const out: { span: Span; line: number; lang: Lang }[] = [];
  for (const line of model.lines) {
    if (line.kind !== 'speech' && line.kind !== 'translation') continue;
    let start = line.start;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(line.text); m; m = SENTENCE_END.exec(line.text)) {
      // A point between digits ("1.72") is a decimal point, never a sentence end.
      const before = line.text[m.index - 1] ?? '';
      const after = line.text[m.index + 1] ?? '';
      if (m[0] === '.' && /[0-9]/.test(before) && /[0-9]/.test(after)) continue;
      const end = line.start + m.index + m[0].length;
      out.push({ span: { start, end }, line: line.index, lang: line.lang });
      start = end;
    }
    if (start < line.end) out.push({ span: { start, end: line.end }, line: line.index, lang: line.lang });
  }
  return out;
}

/** Whether spans are already in order of start (sorting is then a no-op: the sort is stable). */
export function inOrder(n: number, startAt: (i: number) => number): boolean {
  for (let i = 1; i < n; i++) if (startAt(i) < startAt(i - 1)) return false;
  return true;
}

/**
 * Units in document order with the figures inside each; linear in sentences + figures. Only units that hold a
 * figure are made: a long call has several times more sentences than figure-bearing ones, and no relation
 * lives in a unit without figures.
 */
export function figureUnits(model: TranscriptModel): Unit[] {
  const { figures } = model;
  let base: readonly { span: Span; line: number; lang: Lang }[] = model.sentences.length > 0 ? model.sentences : fallbackSentences(model);
  if (!inOrder(base.length, (i) => base[i].span.start)) base = [...base].sort((a, b) => a.span.start - b.span.start);
  let order = figures.map((_, i) => i);
  if (!inOrder(order.length, (i) => figures[i].span.start)) order = order.sort((a, b) => figures[a].span.start - figures[b].span.start);
  const units: Unit[] = [];
  let k = 0;
  for (const s of base) {
    while (k < order.length && figures[order[k]].span.start < s.span.start) k++;
    let inside: number[] | undefined;
    for (let j = k; j < order.length && figures[order[j]].span.start < s.span.end; j++) {
      if (figures[order[j]].span.end <= s.span.end) (inside ??= []).push(order[j]);
    }
    if (inside) units.push({ span: s.span, line: s.line, lang: s.lang, figures: inside });
  }
  return units;
}

/** The model's text between two offsets, lower-cased ('' when empty). */
export function lowerSlice(model: TranscriptModel, start: number, end: number): string {
  return start < end ? model.text.slice(start, end).toLowerCase() : '';
}

/** The unit's text before figure f (from the previous figure's end or the unit start), lower-cased. */
export function gapBefore(model: TranscriptModel, unit: Unit, pos: number): string {
  const f = model.figures[unit.figures[pos]];
  const start = pos > 0 ? model.figures[unit.figures[pos - 1]].span.end : unit.span.start;
  return lowerSlice(model, start, f.span.start);
}

/** The unit's text after its last figure, lower-cased (after any other figure it is the next one's gapBefore). */
export function gapAfterLast(model: TranscriptModel, unit: Unit): string {
  const f = model.figures[unit.figures[unit.figures.length - 1]];
  return lowerSlice(model, f.span.end, unit.span.end);
}

/** The words after the last comma or semicolon ("a, b; c" -> " c"): what split(/[,;]/).pop() gives, without the pieces. */
export function lastClause(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf(';')) + 1);
}

/** Years and bare ordinals read as counts ("2023", "Section 21") are not amounts for any relation. */
export function isAmountLike(f: Figure): boolean {
  if (f.kind === 'count') {
    if (!f.unit && /^(19|20)[0-9]{2}$/.test(f.value)) return false;
  }
  return true;
}

/** Appends to the list kept under a key (grouping by hash, never by pairwise comparison). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
