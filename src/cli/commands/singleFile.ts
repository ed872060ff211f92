import { parseTranscript } from '../../core/model/parse';
import type { TranscriptModel } from '../../core/model/types';
import type { Io } from '../io';
import { readSingleInput } from '../readInput';
import { oneOf, parse } from '../usage';

/**
 * The shape `figures` and `outline` share: one FILE (or -), a --format among a few, the model printed one way.
 * The first format is the default.
 */
export function runOnOneFile<F extends string>(
  args: string[],
  io: Io,
  help: string,
  formats: readonly [F, ...F[]],
  render: (model: TranscriptModel, format: F) => string,
): number {
  const { values, positionals } = parse(args, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.out(`${help}\n`);
    return 0;
  }
  const format = oneOf('format', values.format, formats, formats[0]);
  const text = readSingleInput(positionals, io);
  if (text === undefined) return 2;
  io.out(render(parseTranscript(text), format));
  return 0;
}
