import { isCueLine } from '../../model/furniture';
import type { TranscriptModel } from '../../model/types';

/**
 * The whole subtitle cue around line `i` when that line is the cue's only text: its number and timing lines
 * above and the blank line after go with it, so removing noise leaves no empty cue. Undefined outside cues.
 */
export function wholeCue(model: TranscriptModel, i: number): { start: number; end: number } | undefined {
  const { lines, index } = model;
  let first = i;
  while (first > 0 && lines[first - 1].kind === 'boilerplate' && isCueLine(lines[first - 1].text)) first--;
  if (first === i) return undefined;
  if (first > 0 && lines[first - 1].kind !== 'blank') return undefined;
  const last = i + 1 < lines.length ? i + 1 : i;
  if (last !== i && lines[last].kind !== 'blank') return undefined;
  if (last + 1 < index.lineCount) return { start: index.lineStarts[first], end: index.lineStarts[last + 1] };
  // The last cue of the file: take the line break before it instead.
  return { start: first > 0 ? index.lineEnds[first - 1] : index.lineStarts[first], end: index.lineEnds[last] };
}
