import type { Check } from './types';
import { repeatedPhrase } from './repeats/repeatedPhrase';
import { duplicatePassage } from './repeats/duplicatePassage';
import { nameVariant } from './repeats/nameVariant';
import { speakerRoster } from './repeats/speakerRoster';
import { noiseToken } from './repeats/noiseToken';

/**
 * Every check, in report order. One check per file; each file exports one `Check`.
 * Add a check here and a section in docs/checks.md with the check's id as heading.
 */
export const checks: readonly Check[] = [
  repeatedPhrase,
  duplicatePassage,
  nameVariant,
  speakerRoster,
  noiseToken,
];

export function checkById(id: string): Check | undefined {
  return checks.find((c) => c.id === id);
}
