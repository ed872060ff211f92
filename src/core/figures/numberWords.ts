import type Big from 'big.js';
import { Dec, pow10 } from '../numbers/decimal';
import { sharePercent } from './interval';
import { EN_SCALES, EN_TENS_NUM, EN_UNITS_NUM, ZH_DIGITS, ZH_SMALL_UNITS } from './lexicon';
import type { Tok } from './tokens';

/** A numeral read from words: value = digits x multiplier, `decimals` stated digits after the point. */
export interface WordNumber {
  readonly digits: Big;
  readonly decimals: number;
  readonly multiplier: Big;
  readonly scaleLabel?: string;
  /** Token index after the last word read. */
  readonly end: number;
  /** How many number words were read (a lone "one" is too weak to be a count). */
  readonly words: number;
}

export const BIG_SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
]);
const DIGIT_WORDS = new Map([...[...EN_UNITS_NUM].filter(([, v]) => v < 10), ['oh', 0], ['o', 0]]);

type Last = 'start' | 'a' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'and';

function word(toks: readonly Tok[], j: number): string | undefined {
  const t = toks[j];
  return t && t.kind === 'word' ? t.text : undefined;
}

/**
 * English numbers as ASR writes them: "twenty five", "twenty-five", "a hundred and fifty",
 * "two thousand and five hundred", "one point two billion". Reads greedily but only along the grammar
 * of spoken numbers, so "five twenty" stops after "five" and "one of" reads just "one".
 * Bounded by the number of words it accepts: linear over a text.
 */
export function parseEnglishNumberWords(toks: readonly Tok[], i: number): WordNumber | undefined {
  const share = shareOfScale(toks, i);
  if (share) return share;
  let j = i;
  let last: Last = 'start';
  let total = 0;
  let current = 0;
  let lastScaleExp = 99;
  let words = 0;
  let endAt = i;
  let endsWithScale = false;
  let scaleExpAtEnd = 0;
  // The reading as it stood before an "and" after a scale word ("three million and ..."), in case what follows
  // turns out to be another amount.
  let afterAnd: { current: number; words: number; endAt: number; endsWithScale: boolean; scaleExpAtEnd: number } | undefined;
  for (let guard = 0; guard < 40; guard++) {
    const w = word(toks, j);
    if (w === undefined) {
      // "twenty-five": a hyphen glued on both sides joins a ten and a unit.
      const t = toks[j];
      // "one hundred and two million, three hundred thousand": ASR's comma between the groups of one number,
      // read on only where the next group ends in a smaller scale (so "two million, three million" is two).
      if (t && t.kind === 'punct' && t.text === ',' && last === 'scale') {
        const rest = parseEnglishNumberWords(toks, j + 1);
        const restExp = rest?.scaleLabel !== undefined ? BIG_SCALES.get(rest.scaleLabel) : undefined;
        if (rest && rest.decimals === 0 && restExp !== undefined && restExp < lastScaleExp && rest.end > j + 1) {
          const value = total + rest.digits.toNumber() * 10 ** restExp;
          if (!Number.isSafeInteger(value)) return undefined;
          return { digits: new Dec(value).div(pow10(restExp)), decimals: 0, multiplier: pow10(restExp), scaleLabel: rest.scaleLabel, end: rest.end, words: words + 1 + rest.words };
        }
      }
      if (t && t.kind === 'punct' && t.text === '-' && last === 'ten' && !toks[j + 1]?.sp && !t.sp) {
        const nw = word(toks, j + 1);
        const u = nw !== undefined ? EN_UNITS_NUM.get(nw) : undefined;
        if (u !== undefined && u > 0 && u < 10) {
          current += u;
          last = 'unit';
          words++;
          j += 2;
          endAt = j;
          endsWithScale = false;
          continue;
        }
      }
      break;
    }
    const unit = EN_UNITS_NUM.get(w);
    const ten = EN_TENS_NUM.get(w);
    const big = BIG_SCALES.get(w);
    if (w === 'a' && last === 'start') {
      const nw = word(toks, j + 1);
      if (nw === 'hundred' || (nw !== undefined && BIG_SCALES.has(nw))) {
        current = 1;
        last = 'a';
        j++;
        continue;
      }
      // "a dollar twenty five": one of the currency named next.
      if (nw !== undefined && A_CURRENCY_UNIT.has(nw)) return { digits: new Dec(1), decimals: 0, multiplier: new Dec(1), end: j + 1, words: 1 };
      break;
    }
    if (unit !== undefined) {
      if (last === 'ten' && unit > 0 && unit < 10 && current % 10 === 0) current += unit;
      else if (last === 'start' || last === 'hundred' || last === 'scale' || last === 'and') current += unit;
      else break;
      last = unit >= 10 ? 'teen' : 'unit';
    } else if (ten !== undefined) {
      if (last === 'start' || last === 'hundred' || last === 'scale' || last === 'and') current += ten;
      // "one twenty five million": hundreds said as a unit and a ten, the way people say 125 million.
      else if (last === 'unit' && words === 1 && current > 0 && spokenHundredsAt(toks, j)) current = current * 100 + ten;
      else break;
      last = 'ten';
    } else if (w === 'hundred') {
      if (last !== 'unit' && last !== 'teen' && last !== 'a') break;
      if (current % 100 >= 100 || current >= 100) break;
      current *= 100;
      last = 'hundred';
    } else if (big !== undefined) {
      if ((last !== 'unit' && last !== 'teen' && last !== 'ten' && last !== 'hundred' && last !== 'a') || big >= lastScaleExp) {
        // "three million and four million units": what followed "and" opens the next amount; end before it.
        if (afterAnd) ({ current, words, endAt, endsWithScale, scaleExpAtEnd } = afterAnd);
        break;
      }
      afterAnd = undefined;
      total += current * 10 ** big;
      current = 0;
      lastScaleExp = big;
      last = 'scale';
      words++;
      j++;
      endAt = j;
      endsWithScale = true;
      scaleExpAtEnd = big;
      continue;
    } else if (w === 'and' && word(toks, j + 1) === 'a' && word(toks, j + 2) === 'half') {
      // "twelve and a half percent", "two and a half billion": a spoken .5, then an optional scale.
      if (total !== 0 || (last !== 'unit' && last !== 'teen' && last !== 'ten')) break;
      return withScale(new Dec(`${current}.5`), 1, toks, j + 3, words + 3);
    } else if (w === 'and') {
      const nw = word(toks, j + 1);
      if ((last === 'hundred' || last === 'scale') && nw !== undefined && (EN_UNITS_NUM.has(nw) || EN_TENS_NUM.has(nw)) && nw !== 'zero') {
        if (last === 'scale') afterAnd = { current, words, endAt, endsWithScale, scaleExpAtEnd };
        last = 'and';
        j++;
        continue;
      }
      break;
    } else if (w === 'point') {
      if (total !== 0 || (last !== 'unit' && last !== 'teen' && last !== 'ten')) break;
      let k = j + 1;
      let frac = '';
      while (frac.length < 12) {
        const dw = word(toks, k);
        const d = dw !== undefined ? DIGIT_WORDS.get(dw) : undefined;
        if (d === undefined) break;
        frac += String(d);
        k++;
      }
      if (!frac) break;
      return withScale(new Dec(`${current}.${frac}`), frac.length, toks, k, words + 1 + frac.length);
    } else break;
    words++;
    j++;
    endAt = j;
    endsWithScale = false;
  }
  if (words === 0) return undefined;
  const value = total + current;
  if (!Number.isSafeInteger(value)) return undefined;
  if (endsWithScale) {
    const mult = pow10(scaleExpAtEnd);
    const label = [...BIG_SCALES].find(([, e]) => e === scaleExpAtEnd)?.[0];
    return { digits: new Dec(value).div(mult), decimals: 0, multiplier: mult, scaleLabel: label, end: endAt, words };
  }
  return { digits: new Dec(value), decimals: 0, multiplier: new Dec(1), end: endAt, words };
}

/** Currency units said after "a": "a dollar ten", "a euro fifty" ("pound" may be a weight). */
export const A_CURRENCY_UNIT: ReadonlySet<string> = new Set(['dollar', 'euro']);

/** After "one": "twenty five million", "twenty-five dollars", "fifty percent" — a ten, a unit maybe, then a scale or a unit of measure. */
const AFTER_SPOKEN_HUNDREDS = new Set(['thousand', 'million', 'billion', 'dollars', 'percent']);
function spokenHundredsAt(toks: readonly Tok[], j: number): boolean {
  let k = j + 1;
  if (toks[k]?.kind === 'punct' && toks[k].text === '-' && !toks[k].sp) k++;
  const u = word(toks, k);
  if (u !== undefined && (EN_UNITS_NUM.get(u) ?? 0) > 0 && (EN_UNITS_NUM.get(u) ?? 10) < 10) k++;
  const after = word(toks, k);
  return after !== undefined && AFTER_SPOKEN_HUNDREDS.has(after);
}

/** A number with a fraction part ("one point two", "two and a half") and the spelled-out scale after it, if any. */
function withScale(digits: Big, decimals: number, toks: readonly Tok[], k: number, words: number): WordNumber {
  const sw = word(toks, k);
  const sc = sw !== undefined ? EN_SCALES.get(sw) : undefined;
  if (sc && !sc.abbrev) return { digits, decimals, multiplier: pow10(sc.exp), scaleLabel: sc.label, end: k + 1, words };
  return { digits, decimals, multiplier: new Dec(1), end: k, words };
}

/**
 * "half a billion", "a quarter of a million", "three quarters of a billion": a share of one scale unit, which the
 * number-word grammar would otherwise read from its "a" as a whole billion or million.
 */
function shareOfScale(toks: readonly Tok[], i: number): WordNumber | undefined {
  const w = word(toks, i);
  let share: string;
  let j: number;
  if (w === 'half') {
    // "in the second half a million units shipped": the half is of the year.
    if (['first', 'second', 'back', 'front', 'latter', 'last', 'next'].includes(word(toks, i - 1) ?? '')) return undefined;
    share = '0.5';
    j = i + 1;
  } else {
    const quarters = w === 'a' || w === 'one' ? 1 : w === 'three' ? 3 : 0;
    if (quarters === 0 || word(toks, i + 1) !== (quarters === 1 ? 'quarter' : 'quarters') || word(toks, i + 2) !== 'of') return undefined;
    share = quarters === 1 ? '0.25' : '0.75';
    j = i + 3;
  }
  const scaleWord = word(toks, j + 1);
  const exp = scaleWord !== undefined ? BIG_SCALES.get(scaleWord) : undefined;
  if (word(toks, j) !== 'a' || exp === undefined) return undefined;
  return { digits: new Dec(share), decimals: share.length - 2, multiplier: pow10(exp), scaleLabel: scaleWord, end: j + 2, words: j + 2 - i };
}

/** Spoken fractions that are shares of something: "half of", "one-third of", "a quarter of", "two thirds of". */
export interface WordFraction {
  readonly percent: string;
  /** Exact share as numerator/denominator, for an interval that contains it. */
  readonly numerator: number;
  readonly denominator: number;
  readonly end: number;
}

export const FRACTION_NOUNS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fifth', 5],
  ['fifths', 5],
]);

export function parseFractionWords(toks: readonly Tok[], i: number): WordFraction | undefined {
  let j = i;
  let numerator = 1;
  const first = word(toks, j);
  if (first === undefined) return undefined;
  if (first === 'half') {
    return { percent: '50', numerator: 1, denominator: 2, end: j + 1 };
  }
  if (first === 'a' || first === 'one') numerator = 1;
  else {
    const u = EN_UNITS_NUM.get(first);
    if (u === undefined || u < 2 || u > 9) return undefined;
    numerator = u;
  }
  j++;
  if (toks[j]?.kind === 'punct' && toks[j].text === '-' && !toks[j].sp && !toks[j + 1]?.sp) j++;
  const noun = word(toks, j);
  const denominator = noun !== undefined ? FRACTION_NOUNS.get(noun) : undefined;
  if (denominator === undefined || numerator >= denominator) return undefined;
  const plural = noun!.endsWith('s');
  if ((numerator > 1) !== plural) return undefined;
  // "two quarters of positive EBITDA" is a duration: quarters as a share only before a determiner.
  if (denominator === 4) {
    const ofw = word(toks, j + 1);
    const det = word(toks, j + 2);
    if (ofw !== 'of' || det === undefined || !['the', 'our', 'its', 'their', 'all', 'total', 'that', 'those', 'these', 'them', 'it'].includes(det)) return undefined;
  }
  const percent = sharePercent(numerator, denominator);
  return { percent, numerator, denominator, end: j + 1 };
}

/** Chinese numerals: "三", "十五", "三十", "一百二十", "三点五". Small numbers only (percent, multiples). */
export interface ZhNumeral {
  readonly digits: Big;
  readonly decimals: number;
  readonly end: number;
}

export function parseChineseNumeral(toks: readonly Tok[], i: number): ZhNumeral | undefined {
  let j = i;
  let section = 0;
  let num = -1;
  let read = 0;
  while (read < 12) {
    const t = toks[j];
    if (!t || t.kind !== 'han') break;
    const d = ZH_DIGITS.get(t.text);
    const u = ZH_SMALL_UNITS.get(t.text);
    if (d !== undefined) {
      if (num >= 0 && num !== 0) break; // "三四" is not a number
      num = d;
    } else if (u !== undefined) {
      section += (num < 0 ? 1 : num) * u;
      num = -1;
    } else break;
    j++;
    read++;
  }
  if (read === 0) return undefined;
  let value = section + Math.max(num, 0);
  const t = toks[j];
  if (t && t.kind === 'han' && t.text === '点') {
    let frac = '';
    let k = j + 1;
    while (frac.length < 8) {
      const d = toks[k]?.kind === 'han' ? ZH_DIGITS.get(toks[k].text) : undefined;
      if (d === undefined) break;
      frac += String(d);
      k++;
    }
    if (frac) return { digits: new Dec(`${value}.${frac}`), decimals: frac.length, end: k };
  }
  if (!Number.isSafeInteger(value)) value = 0;
  return { digits: new Dec(value), decimals: 0, end: j };
}
