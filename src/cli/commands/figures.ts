import type { Io } from '../io';
import { UsageError } from '../usage';

// TEMPORARY until src/core/figures/export.ts lands.
export function runFigures(_args: string[], _io: Io): number {
  throw new UsageError('figures: not wired yet');
}
