import type { Range } from '../text/span';
import type { TranscriptModel } from '../model/types';
import type { Figure, FigureChange } from './types';

/** One figure as the CLI and the editor export it. Field names are part of the output format. */
export interface FigureRecord {
  readonly range: Range;
  readonly text: string;
  readonly lang: string;
  readonly kind: string;
  readonly value: string;
  readonly low: string;
  readonly high: string;
  readonly unit: string | null;
  readonly currency: string | null;
  readonly metric: string | null;
  readonly period: string | null;
  readonly change: FigureChange | null;
}

export function figureRecord(f: Figure, model: Pick<TranscriptModel, 'index'>): FigureRecord {
  return {
    range: model.index.rangeOf(f.span),
    text: f.text,
    lang: f.lang,
    kind: f.kind,
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit ?? null,
    currency: f.currency ?? null,
    metric: f.metric ?? null,
    period: f.period?.label ?? null,
    change: f.change ? { direction: f.change.direction, basis: f.change.basis } : null,
  };
}

export function figureRecords(model: Pick<TranscriptModel, 'index' | 'figures'>): FigureRecord[] {
  return model.figures.map((f) => figureRecord(f, model));
}

/** One JSON object per line, "\n"-terminated. */
export function figuresToJsonl(model: Pick<TranscriptModel, 'index' | 'figures'>): string {
  return figureRecords(model)
    .map((r) => JSON.stringify(r) + '\n')
    .join('');
}

export function figuresToJson(model: Pick<TranscriptModel, 'index' | 'figures'>): string {
  return JSON.stringify(figureRecords(model), null, 2) + '\n';
}

export const CSV_COLUMNS = [
  'start_line',
  'start_character',
  'end_line',
  'end_character',
  'text',
  'lang',
  'kind',
  'value',
  'low',
  'high',
  'unit',
  'currency',
  'metric',
  'period',
  'change_direction',
  'change_basis',
] as const;

/** RFC 4180: fields with a comma, a double quote, CR or LF are quoted, quotes doubled; CRLF between records. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function figuresToCsv(model: Pick<TranscriptModel, 'index' | 'figures'>): string {
  return recordsToCsv(figureRecords(model));
}

/** The CSV of records already exported (the editor gets records from the server, not a model). */
export function recordsToCsv(records: readonly FigureRecord[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    rows.push(
      [
        r.range.start.line,
        r.range.start.character,
        r.range.end.line,
        r.range.end.character,
        r.text,
        r.lang,
        r.kind,
        r.value,
        r.low,
        r.high,
        r.unit,
        r.currency,
        r.metric,
        r.period,
        r.change?.direction ?? null,
        r.change?.basis ?? null,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}
