import type { Check } from './types';

/**
 * Every check, in report order. One check per file; each file exports one `Check`.
 * Add a check here and a section in docs/checks.md with the check's id as heading.
 */
export const checks: readonly Check[] = [];

export function checkById(id: string): Check | undefined {
  return checks.find((c) => c.id === id);
}
