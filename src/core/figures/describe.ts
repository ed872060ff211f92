import type { TranscriptModel } from '../model/types';
import { formatGrouped, formatHuman, intervalsOverlap } from '../numbers/decimal';
import type { Figure } from './types';

/**
 * Markdown for a hover over a figure: the normalised value and interval, what was read and how,
 * and, on a bilingual transcript, the same figure in the other language and whether the two agree.
 */
export function describeFigure(figure: Figure, model: TranscriptModel): string {
  const out: string[] = [];
  out.push(`**${escapeMd(figure.text)}** — ${KIND_LABEL[figure.kind]}`);
  out.push('');
  out.push(`- Value: ${valueText(figure)}`);
  out.push(`- Interval: ${formatGrouped(figure.low)} … ${formatGrouped(figure.high)}${figure.approximation ? ` (widened: "${figure.approximation}")` : ' (stated precision)'}`);
  if (figure.currency) out.push(`- Currency: ${figure.currency}${figure.currencyImplied ? " (implied by the call's opening)" : ''}`);
  if (figure.scale) out.push(`- Scale: ${escapeMd(figure.scale)}`);
  if (figure.unit) out.push(`- Unit: ${escapeMd(figure.unit)}`);
  if (figure.sign === 'negative') out.push('- Sign: negative');
  if (figure.approximation) out.push(`- Approximation: ${figure.approximation}`);
  if (figure.metric) out.push(`- Metric: ${escapeMd(figure.metric)}`);
  if (figure.period) out.push(`- Period: ${figure.period.label}${figure.period.resolvedFromCall ? " (resolved against the call's period)" : ''}`);
  out.push(figure.change ? `- Change: ${figure.change.direction}, ${figure.change.basis}` : '- Level (not a change)');
  if (figure.rangeWith !== undefined) {
    const other = model.figures[figure.rangeWith];
    if (other) out.push(`- Range with: ${escapeMd(other.text)}`);
  }
  if (figure.notes.length > 0) out.push(`- Read as: ${figure.notes.map(escapeMd).join('; ')}`);
  const pair = counterpart(figure, model);
  if (pair) {
    out.push('');
    const which = pair.otherLang === 'zh' ? 'Chinese' : pair.otherLang === 'en' ? 'English' : 'Other';
    if (pair.figure) {
      out.push(`**${which} line:** ${escapeMd(pair.figure.text)} = ${valueText(pair.figure)} — ${pair.agrees ? 'agrees ✓' : 'differs ✗'}`);
    } else {
      out.push(`**${which} line:** no matching ${KIND_LABEL[figure.kind]} found`);
    }
  }
  return out.join('\n');
}

const KIND_LABEL: Record<Figure['kind'], string> = {
  money: 'money',
  percent: 'percent',
  'percentage-points': 'percentage points',
  'basis-points': 'basis points',
  multiple: 'multiple',
  count: 'count',
};

function valueText(f: Figure): string {
  switch (f.kind) {
    case 'money':
      return `${formatGrouped(f.value)}${f.currency ? ` ${f.currency}` : ''} (${formatHuman(f.value)})`;
    case 'percent':
      return `${f.value}%`;
    case 'percentage-points':
      return `${f.value} percentage points`;
    case 'basis-points':
      return `${f.value} bps`;
    case 'multiple':
      return `${f.value}×`;
    case 'count':
      return `${formatGrouped(f.value)}${f.unit ? ` ${f.unit}` : ''}`;
  }
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

export interface Counterpart {
  readonly otherLine: number;
  readonly otherLang: string;
  readonly figure?: Figure;
  readonly agrees: boolean;
}

/**
 * The same figure on the paired line (a translation line and the line it translates): first one of the
 * same kind whose interval overlaps, else the one at the same position among figures of that kind.
 * Agreement = same kind and overlapping intervals.
 */
export function counterpart(figure: Figure, model: TranscriptModel): Counterpart | undefined {
  const line = model.lines[figure.line];
  if (!line) return undefined;
  let otherLine: number | undefined;
  if (line.kind === 'translation' && line.translationOf !== undefined) otherLine = line.translationOf;
  else {
    for (let k = figure.line + 1; k < Math.min(model.lines.length, figure.line + 4); k++) {
      if (model.lines[k].translationOf === figure.line) {
        otherLine = k;
        break;
      }
    }
  }
  if (otherLine === undefined) return undefined;
  const mine = model.figures.filter((f) => f.line === figure.line && f.kind === figure.kind);
  const theirs = model.figures.filter((f) => f.line === otherLine && f.kind === figure.kind);
  const otherLang = model.lines[otherLine]?.lang ?? 'other';
  const overlapping = theirs.find((f) => intervalsOverlap(f, figure));
  if (overlapping) return { otherLine, otherLang, figure: overlapping, agrees: true };
  const position = mine.findIndex((f) => f.span.start === figure.span.start && f.span.end === figure.span.end);
  const same = position >= 0 ? theirs[position] : undefined;
  return { otherLine, otherLang, figure: same, agrees: false };
}
