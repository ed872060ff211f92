import type { TranscriptModel } from '../../model/types';

/** A subtitle cue's number or timing line ("12", "00:01:02,000 --> 00:01:04,500"). */
const CUE_LINE = /^(?:\d{1,6}|\S*\d:\d\d\S*\s*-->.*)$/;

/**
 * The whole subtitle cue around line `i` when that line is the cue's only text: its number and timing lines
 * above and the blank line after go with it, so removing noise leaves no empty cue. Undefined outside cues.
 */
export function wholeCue(model: TranscriptModel, i: number): { start: number; end: number } | undefined {
  const { lines, index } = model;
  let first = i;
  while (first > 0 && lines[first - 1].kind === 'boilerplate' && CUE_LINE.test(lines[first - 1].text.trim())) first--;
  if (first === i) return undefined;
  if (first > 0 && lines[first - 1].kind !== 'blank') return undefined;
  const last = i + 1 < lines.length ? i + 1 : i;
  if (last !== i && lines[last].kind !== 'blank') return undefined;
  if (last + 1 < index.lineCount) return { start: index.lineStarts[first], end: index.lineStarts[last + 1] };
  // The last cue of the file: take the line break before it instead.
  return { start: first > 0 ? index.lineEnds[first - 1] : index.lineStarts[first], end: index.lineEnds[last] };
}
