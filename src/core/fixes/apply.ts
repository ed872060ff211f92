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
  // Two insertions at one point also clash: applyEdits keeps only the first, which would half-apply a fix.
  const clash = (e: Edit, s: number, t: number) =>
    (e.start < t && s < e.end) || (e.start === e.end && ((e.start >= s && e.start < t) || (s === t && e.start === s)));
  const overlaps = (e: Edit) => intervals.some(([s, t]) => clash(e, s, t));
  for (const fix of fixes) {
    // A fix whose own edits overlap cannot be applied whole (applyEdits would drop some of them): skip it.
    if (!fix.safe || fix.edits.some(overlaps) || !selfDisjoint(fix.edits, clash)) continue;
    for (const e of fix.edits) {
      taken.push(e);
      intervals.push([e.start, e.end]);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function selfDisjoint(edits: readonly Edit[], clash: (e: Edit, s: number, t: number) => boolean): boolean {
  if (edits.length < 2) return true;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  // Compare each edit with the one reaching furthest so far: sorted by start, that is the only one it can clash with first.
  let furthest = sorted[0];
  for (let i = 1; i < sorted.length; i++) {
    const e = sorted[i];
    if (clash(e, furthest.start, furthest.end) || clash(e, sorted[i - 1].start, sorted[i - 1].end)) return false;
    if (e.end > furthest.end) furthest = e;
  }
  return true;
}
