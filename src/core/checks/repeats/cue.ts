import { isCueLine, isCueTimingLine } from '../../model/furniture';
import type { TranscriptModel } from '../../model/types';

/**
 * The whole subtitle cue around line `i` when that line is the cue's only text: its number and timing lines
 * above and the blank line after go with it, so removing noise leaves no empty cue. Undefined outside cues.
 */
export function wholeCue(model: TranscriptModel, i: number): { start: number; end: number } | undefined {
  const { lines, index } = model;
  let first = i;
  while (first > 0 && lines[first - 1].kind === 'boilerplate' && isCueLine(lines[first - 1].text)) first--;
  // A cue has its timing line ("00:00:01,000 --> 00:00:04,000"); a number alone above the text is no cue.
  if (first === i || !lines.slice(first, i).some((l) => isCueTimingLine(l.text))) return undefined;
  if (first > 0 && lines[first - 1].kind !== 'blank') return undefined;
  const last = i + 1 < lines.length ? i + 1 : i;
  if (last !== i && lines[last].kind !== 'blank') return undefined;
  if (last + 1 < index.lineCount) return { start: index.lineStarts[first], end: index.lineStarts[last + 1] };
  // The last cue of the file: take the line break before it instead.
  return { start: first > 0 ? index.lineEnds[first - 1] : index.lineStarts[first], end: index.lineEnds[last] };
}
