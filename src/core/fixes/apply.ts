import type { Edit, Fix } from '../checks/types';

/** Edits sorted by start; an edit that overlaps an earlier one is dropped, never merged. */
export function nonOverlapping(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  let end = -1;
  for (const e of sorted) {
    if (e.start < end || (e.start === end && e.start === e.end && kept.length > 0 && kept[kept.length - 1].start === e.start)) continue;
    kept.push(e);
    end = e.end;
  }
  return kept;
}

/** Applies non-overlapping edits in one pass. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of nonOverlapping(edits)) {
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The fixes fix-all applies: every safe fix whose edits overlap no fix already taken.
 * A fix is taken whole or not at all, so a fix is never half-applied.
 */
export function fixAllEdits(fixes: readonly Fix[]): Edit[] {
  const taken: Edit[] = [];
  const intervals: Array<[number, number]> = [];
  const overlaps = (e: Edit) => intervals.some(([s, t]) => e.start < t && s < e.end || (e.start === e.end && e.start >= s && e.start < t));
  for (const fix of fixes) {
    if (!fix.safe || fix.edits.some(overlaps)) continue;
    for (const e of fix.edits) {
      taken.push(e);
      intervals.push([e.start, e.end]);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
