import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { Exchange, Section, SectionKind, Turn, TranscriptModel } from '../core/model/types';
import type { Span } from '../core/text/span';

/**
 * The outline: sections > turns, and in Q&A sections > questions (exchanges) > answer turns.
 * Feeds the Outline view, breadcrumbs, sticky scroll and Go to Symbol.
 */

export const SECTION_LABELS: Readonly<Record<SectionKind, string>> = {
  opening: 'Opening',
  prepared: 'Prepared remarks',
  qa: 'Q&A',
  closing: 'Closing',
};

/** How long the selection of a header-less element may be: the first words, not a 2 000-character ASR line. */
const MAX_SELECTION = 80;

export function turnLabel(turn: Turn): string {
  const role = turn.role ?? turn.speaker.role;
  const name = turn.speaker.name.trim() || 'Unknown speaker';
  return role && role.trim() ? `${name} - ${role.trim()}` : name;
}

export function exchangeLabel(exchange: Exchange): string {
  const speaker = exchange.question.speaker;
  const name = speaker.name.trim() || 'Unknown analyst';
  return speaker.firm && speaker.firm.trim() ? `Q: ${name} (${speaker.firm.trim()})` : `Q: ${name}`;
}

function speakerNames(turn: Turn): readonly string[] {
  return [turn.speaker.name, ...turn.speaker.spellings];
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}

/**
 * The header line of an element; for an inline "Name: text" turn, the label before the colon; otherwise its
 * first words. Always inside `span`.
 */
function selectionSpan(model: TranscriptModel, span: Span, headerLine: number | undefined, speakerNames: readonly string[] = []): Span {
  const line = headerLine !== undefined ? model.lines[headerLine] : undefined;
  if (line && line.start >= span.start && line.start <= span.end) {
    return { start: line.start, end: Math.min(line.end, span.end) };
  }
  const lineIdx = model.index.lineAt(span.start);
  const lineEnd = Math.min(span.end, model.index.lineEnds[lineIdx] ?? span.end);
  const head = model.text.slice(span.start, Math.min(lineEnd, span.start + MAX_SELECTION));
  const colon = head.search(/[:：]/);
  if (colon > 0) {
    const label = head.slice(0, colon).toLowerCase();
    if (speakerNames.some((n) => n.trim() && label.includes(n.trim().toLowerCase()))) return { start: span.start, end: span.start + colon };
  }
  return { start: span.start, end: span.start + head.length };
}

interface Element {
  readonly name: string;
  readonly detail: string | undefined;
  readonly kind: SymbolKind;
  readonly span: Span;
  readonly headerLine: number | undefined;
  /** Spellings of the speaker who opens the element, to find an inline "Name:" label. */
  readonly speakerNames?: readonly string[];
}

function symbol(model: TranscriptModel, e: Element, children: DocumentSymbol[]): DocumentSymbol {
  const { name, detail, kind } = e;
  const whole = clampSpan(e.span, model.text.length);
  const sel = selectionSpan(model, whole, e.headerLine, e.speakerNames);
  const range: Range = model.index.rangeOf(whole);
  const symbolOut: DocumentSymbol = { name, kind, range, selectionRange: model.index.rangeOf(sel), children };
  if (detail) symbolOut.detail = detail;
  return symbolOut;
}

function turnSymbol(model: TranscriptModel, turn: Turn): DocumentSymbol {
  const kind = turn.speaker.category === 'operator' ? SymbolKind.Event : SymbolKind.Field;
  const detail = turn.inferred ? '(inferred)' : undefined;
  return symbol(model, { name: turnLabel(turn), detail, kind, span: turn.span, headerLine: turn.headerLines[0], speakerNames: speakerNames(turn) }, []);
}

function exchangeSymbol(model: TranscriptModel, exchange: Exchange): DocumentSymbol {
  const answers = exchange.answers.filter((t) => t !== exchange.question).map((t) => turnSymbol(model, t));
  const detail = exchange.question.inferred ? '(inferred)' : undefined;
  const q = exchange.question;
  return symbol(model, { name: exchangeLabel(exchange), detail, kind: SymbolKind.Interface, span: exchange.span, headerLine: q.headerLines[0], speakerNames: speakerNames(q) }, answers);
}

function sectionSymbol(model: TranscriptModel, section: Section): DocumentSymbol {
  const children: Array<{ start: number; symbol: DocumentSymbol }> = [];
  const inExchange = new Set<Turn>();
  for (const ex of section.exchanges) {
    inExchange.add(ex.question);
    for (const a of ex.answers) inExchange.add(a);
    children.push({ start: ex.span.start, symbol: exchangeSymbol(model, ex) });
  }
  // Turns outside any question (the operator between questions, remarks before the first one) stay visible.
  for (const t of section.turns) if (!inExchange.has(t)) children.push({ start: t.span.start, symbol: turnSymbol(model, t) });
  children.sort((a, b) => a.start - b.start);
  const count = section.kind === 'qa' && section.exchanges.length > 0 ? plural(section.exchanges.length, 'question') : plural(section.turns.length, 'turn');
  const first = section.turns[0]?.span.start === section.span.start ? section.turns[0] : undefined;
  const element: Element = {
    name: SECTION_LABELS[section.kind] ?? section.kind,
    detail: count,
    kind: SymbolKind.Namespace,
    span: section.span,
    headerLine: first?.headerLines[0],
    speakerNames: first ? speakerNames(first) : [],
  };
  return symbol(model, element, children.map((c) => c.symbol));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Never throws: a model the builder cannot read gives an empty outline rather than a failed request. */
export function buildDocumentSymbols(model: TranscriptModel): DocumentSymbol[] {
  try {
    if (model.sections.length > 0) return model.sections.map((s) => sectionSymbol(model, s));
    // No sections found (e.g. a fragment): the turns alone still make a useful outline.
    return model.turns.map((t) => turnSymbol(model, t));
  } catch {
    return [];
  }
}
