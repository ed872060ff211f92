import { isMainThread, workerData } from 'node:worker_threads';
import { runCheck } from './commands/check';
import { runFigures } from './commands/figures';
import { runOutline } from './commands/outline';
import { processIo, type Io } from './io';
import { WORKER_ROLE, workerMain } from './pool';
import { CHECK_HELP, FIGURES_HELP, MAIN_HELP, OUTLINE_HELP, UsageError } from './usage';
import { VERSION } from './version';

const HELP: Record<string, string> = { check: CHECK_HELP, figures: FIGURES_HELP, outline: OUTLINE_HELP };

/** Runs one command line; returns the exit code (0 clean, 1 findings at error level, 2 usage or I/O error). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
        io.out(`${MAIN_HELP}\n`);
        return command === undefined ? 2 : 0;
      case '-v':
      case '--version':
        io.out(`${VERSION}\n`);
        return 0;
      case 'help':
        io.out(`${HELP[rest[0]] ?? MAIN_HELP}\n`);
        return 0;
      case 'check':
        return await runCheck(rest, io);
      case 'figures':
        return runFigures(rest, io);
      case 'outline':
        return runOutline(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`transcript-lens: ${err.message}\n${command && HELP[command] ? `Run "transcript-lens ${command} --help" for usage.` : 'Run "transcript-lens --help" for usage.'}\n`);
      return 2;
    }
    io.err(`transcript-lens: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}

// The same bundle is the CLI and its worker threads (pool.ts starts `new Worker(__filename)`).
if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  workerMain();
} else if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    // exitCode, not exit(): a large report piped to another program must be flushed first.
    process.exitCode = code;
  });
}
