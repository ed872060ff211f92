import { figuresToCsv, figuresToJsonl } from '../../core/figures/export';
import { parseTranscript } from '../../core/model/parse';
import type { Io } from '../io';
import { readSingleInput } from '../readInput';
import { FIGURES_HELP, oneOf, parse } from '../usage';

/** `figures FILE`: one record per figure, in the core's export format (CSV per RFC 4180, or JSON lines). */
export function runFigures(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.out(`${FIGURES_HELP}\n`);
    return 0;
  }
  const format = oneOf('format', values.format, ['csv', 'jsonl'] as const, 'csv');
  const text = readSingleInput(positionals, io);
  if (text === undefined) return 2;
  const model = parseTranscript(text);
  io.out(format === 'jsonl' ? figuresToJsonl(model) : figuresToCsv(model));
  return 0;
}
