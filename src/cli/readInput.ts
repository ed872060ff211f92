import { readFileSync } from 'node:fs';
import { decodeBytes } from './decode';
import { UsageError } from './usage';
import type { Io } from './io';

/** Reads the one FILE of `figures` / `outline` (or stdin for "-"); unreadable or binary input is exit code 2. */
export function readSingleInput(args: readonly string[], io: Io): string | undefined {
  if (args.length !== 1) throw new UsageError(args.length === 0 ? 'no FILE given' : 'give exactly one FILE');
  const file = args[0];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.err(`transcript-lens: ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (err as Error).message}\n`);
    return undefined;
  }
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') {
    io.err(`transcript-lens: ${file}: binary file (NUL bytes in the first 8 KB), not a transcript\n`);
    return undefined;
  }
  if (decoded.invalidUtf8) io.err(`transcript-lens: ${file}: not valid UTF-8: invalid bytes were read as U+FFFD\n`);
  return decoded.text;
}
