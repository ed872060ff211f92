import type { Figure } from '../../figures/types';
import { canonical, Dec, formatGrouped, pow10 } from '../../numbers/decimal';

/** Whether a Chinese line is written in traditional characters (萬/億/幣) rather than simplified (万/亿/币). */
export function isTraditional(text: string): boolean {
  const trad = (text.match(/[萬億幣們這個來為與說會發對實]/g) ?? []).length;
  const simp = (text.match(/[万亿币们这个来为与说会发对实]/g) ?? []).length;
  return trad > simp;
}

const CURRENCY_WORD: Record<string, readonly [string, string]> = {
  CNY: ['元', '元'],
  USD: ['美元', '美元'],
  HKD: ['港元', '港元'],
};

/**
 * A figure written the way a Chinese financial text writes it: "1.08億元", "4,880萬元", "5%".
 * Exact: the value is divided by 10^8 or 10^4, never rounded.
 */
export function chineseFigure(f: Figure, traditional: boolean): string | undefined {
  if (f.kind === 'percent') return `${f.value}%`;
  if (f.kind === 'percentage-points') return traditional ? `${f.value}個百分點` : `${f.value}个百分点`;
  if (f.kind !== 'money' && f.kind !== 'count') return undefined;
  const v = new Dec(f.value);
  const yi = traditional ? '億' : '亿';
  const wan = traditional ? '萬' : '万';
  let num: string;
  if (v.abs().gte(pow10(8))) num = `${canonical(v.div(pow10(8)))}${yi}`;
  else if (v.abs().gte(pow10(4))) num = `${formatGrouped(canonical(v.div(pow10(4))))}${wan}`;
  else num = formatGrouped(canonical(v));
  if (f.kind === 'count') return num;
  const unit = CURRENCY_WORD[f.currency ?? 'CNY'];
  return unit ? `${num}${unit[traditional ? 0 : 1]}` : undefined;
}
