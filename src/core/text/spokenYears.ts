/**
 * Years as ASR writes them: "twenty twenty four", "twenty nineteen", "two thousand and nineteen". Shared by the
 * call's facts and the figures' periods, which both read "the third quarter of twenty twenty five".
 */
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_WORDS: Record<string, number> = { twenty: 20, thirty: 30 };
const TENS_AND_UNIT = String.raw`(?:twenty|thirty)(?:[- ](?:${UNIT_WORDS.join('|')}))?`;

/** A spoken year, 2001..2039 (no group): "twenty twenty four", "twenty nineteen", "two thousand and nine". */
export const SPOKEN_YEAR = String.raw`twenty[- ](?:${TEEN_WORDS.join('|')}|${TENS_AND_UNIT})|two thousand(?: and)? (?:${TEEN_WORDS.join('|')}|${TENS_AND_UNIT}|${UNIT_WORDS.join('|')})`;
/** A spoken two-digit year after "fiscal" or "FY": "fiscal twenty four" (2021..2039). */
export const SPOKEN_SHORT_YEAR = String.raw`(?:twenty|thirty)[- ](?:${UNIT_WORDS.join('|')})`;

/** The year a spoken year (SPOKEN_YEAR or SPOKEN_SHORT_YEAR) names; digits are read as written. */
export function yearValue(text: string): number {
  if (/^\d+$/.test(text)) return +text;
  const words = text.toLowerCase().split(/[- ]+/).filter((w) => w !== 'and');
  // "twenty twenty four" = 20 | 24; "two thousand nineteen" = 2000 + 19; "twenty four" (after fiscal) = 24.
  const rest = words[0] === 'two' ? words.slice(2) : words.length === 2 && UNIT_WORDS.includes(words[1]) && words[0] in TENS_WORDS ? words : words.slice(1);
  let n = 0;
  for (const w of rest) n += TENS_WORDS[w] ?? (TEEN_WORDS.indexOf(w) >= 0 ? 10 + TEEN_WORDS.indexOf(w) : UNIT_WORDS.indexOf(w) + 1);
  return 2000 + n;
}
