import type { Figure, FigureKind } from '../../../src/core/figures/types';
import { parseTranscript } from '../../../src/core/model/parse';
import type { TranscriptModel } from '../../../src/core/model/types';
import { Dec, canonical, parseStatedNumber, statedInterval } from '../../../src/core/numbers/decimal';

/**
 * Hand-built figures for unit tests of the number checks, independent of the recogniser: each spec
 * names a figure's text as it occurs (in order) and the maker fills value/low/high at the stated
 * precision. Specs may override anything (metric, period, a hedged interval).
 */
export interface FigureSpec extends Partial<Omit<Figure, 'span' | 'line' | 'text'>> {
  readonly text: string;
}

const SCALES: Record<string, string> = { thousand: '1e3', million: '1e6', billion: '1e9', trillion: '1e12', 萬: '1e4', 万: '1e4', 億: '1e8', 亿: '1e8', 百萬: '1e6', 百万: '1e6' };

function infer(text: string): Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'currency' | 'scale'> {
  const t = text.toLowerCase();
  const m = /([0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)/.exec(t);
  if (!m) throw new Error(`no number in ${text}`);
  const stated = parseStatedNumber(m[1]);
  if (!stated) throw new Error(`bad number in ${text}`);
  const rest = t.slice(m.index + m[1].length);
  const scaleWord = /^\s*(百萬|百万|thousand|million|billion|trillion|萬|万|億|亿)/.exec(rest)?.[1];
  const mult = new Dec(scaleWord ? SCALES[scaleWord] : '1');
  const negative = /negative|minus|-\s*[0-9]/.test(t.slice(0, m.index + 1));
  let kind: FigureKind = 'count';
  if (/percentage points?|pp\b/.test(rest)) kind = 'percentage-points';
  else if (/bps|basis points?/.test(rest)) kind = 'basis-points';
  else if (/%/.test(rest)) kind = 'percent';
  else if (/^\s*(x|times)\b/.test(rest)) kind = 'multiple';
  else if (/rmb|us\$|\$|yuan|人民幣|人民币|元|usd|hk\$/.test(t)) kind = 'money';
  const iv = statedInterval(stated.value, stated.decimals, mult);
  const value = canonical(stated.value.times(mult));
  const sign = (s: string): string => (negative ? canonical(new Dec(s).neg()) : s);
  const [low, high] = negative ? [sign(iv.high), sign(iv.low)] : [iv.low, iv.high];
  const currency = kind === 'money' ? (/us\$|usd|\$/.test(t) && !/rmb/.test(t) ? 'USD' : 'CNY') : undefined;
  return { kind, value: sign(value), low, high, currency, scale: scaleWord };
}

/** A model of `text` whose figures are exactly the specs (found left to right). */
export function modelWith(text: string, specs: readonly (string | FigureSpec)[]): TranscriptModel {
  const base = parseTranscript(text);
  let from = 0;
  const figures: Figure[] = specs.map((s) => {
    const spec: FigureSpec = typeof s === 'string' ? { text: s } : s;
    const start = text.indexOf(spec.text, from);
    if (start < 0) throw new Error(`figure text not found: ${spec.text}`);
    from = start + spec.text.length;
    const line = base.index.positionAt(start).line;
    const lang = /[\u4e00-\u9fff]/.test(spec.text) ? 'zh' : 'en';
    const { text: figText, ...rest } = spec;
    return { span: { start, end: start + figText.length }, line, text: figText, lang, notes: [], ...infer(figText), ...rest } as Figure;
  });
  return { ...base, figures };
}
