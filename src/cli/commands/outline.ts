import { parseTranscript } from '../../core/model/parse';
import type { Io } from '../io';
import { buildOutline, formatOutlineText } from '../outline';
import { readSingleInput } from '../readInput';
import { OUTLINE_HELP, oneOf, parse } from '../usage';

export function runOutline(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.out(`${OUTLINE_HELP}\n`);
    return 0;
  }
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const text = readSingleInput(positionals, io);
  if (text === undefined) return 2;
  const outline = buildOutline(parseTranscript(text));
  io.out(format === 'json' ? `${JSON.stringify(outline, null, 2)}\n` : formatOutlineText(outline));
  return 0;
}
