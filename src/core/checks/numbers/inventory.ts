import type { TranscriptModel } from '../../model/types';
import type { Check, Finding } from '../types';
import { collectVerified, type Verified } from './report';

/** Everything the number checks read in a model: the consistent relations and the findings. */
export interface NumberAudit {
  readonly verified: readonly Verified[];
  readonly findings: readonly Finding[];
}

/** Runs the given number checks once, listening for the relations they verify (fixtures, hovers, reports). */
export function auditNumbers(model: TranscriptModel, checks: readonly Check[]): NumberAudit {
  const findings: Finding[] = [];
  const verified = collectVerified(model, () => {
    for (const c of checks) if (c.category === 'numbers') findings.push(...c.run(model, { knownNames: [] }));
  });
  return { verified, findings };
}
