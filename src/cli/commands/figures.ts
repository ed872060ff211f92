import { figuresToCsv, figuresToJsonl } from '../../core/figures/export';
import type { Io } from '../io';
import { FIGURES_HELP } from '../usage';
import { runOnOneFile } from './singleFile';

/** `figures FILE`: one record per figure, in the core's export format (CSV per RFC 4180, or JSON lines). */
export function runFigures(args: string[], io: Io): number {
  return runOnOneFile(args, io, FIGURES_HELP, ['csv', 'jsonl'], (model, format) => (format === 'jsonl' ? figuresToJsonl(model) : figuresToCsv(model)));
}
