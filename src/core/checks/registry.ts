import type { Check } from './types';
import { repeatedPhrase } from './repeats/repeatedPhrase';
import { duplicatePassage } from './repeats/duplicatePassage';
import { nameVariant } from './repeats/nameVariant';
import { speakerRoster } from './repeats/speakerRoster';
import { noiseToken } from './repeats/noiseToken';
import { growthMismatch } from './numbers/growthMismatch';
import { directionMismatch } from './numbers/directionMismatch';
import { percentagePointsMismatch } from './numbers/pointsMismatch';
import { ratioMismatch } from './numbers/ratioMismatch';
import { partsExceedTotal } from './numbers/partsExceedTotal';
import { cagrMismatch } from './numbers/cagrMismatch';
import { scaleSlip } from './numbers/scaleSlip';
import { restatedFigure } from './numbers/restatedFigure';
import { translationMismatch } from './numbers/translationMismatch';

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
  growthMismatch,
  directionMismatch,
  percentagePointsMismatch,
  ratioMismatch,
  partsExceedTotal,
  cagrMismatch,
  scaleSlip,
  restatedFigure,
  translationMismatch,
];

export function checkById(id: string): Check | undefined {
  return checks.find((c) => c.id === id);
}
