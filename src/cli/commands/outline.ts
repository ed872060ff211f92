import type { Io } from '../io';
import { buildOutline, formatOutlineText } from '../outline';
import { OUTLINE_HELP } from '../usage';
import { runOnOneFile } from './singleFile';

/** `outline FILE`: sections, turns and speakers, as an indented tree or JSON with LSP ranges. */
export function runOutline(args: string[], io: Io): number {
  return runOnOneFile(args, io, OUTLINE_HELP, ['text', 'json'], (model, format) => {
    const outline = buildOutline(model);
    return format === 'json' ? `${JSON.stringify(outline, null, 2)}\n` : formatOutlineText(outline);
  });
}
