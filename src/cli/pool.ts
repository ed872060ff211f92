import { Worker, parentPort } from 'node:worker_threads';
import { checkFile, type FileTask } from './checkFile';
import type { FileResult } from './fileResult';

/** Marks the bundle's own worker threads (the worker is the same file as the CLI: `new Worker(__filename)`). */
export const WORKER_ROLE = 'transcript-lens-check-worker';

interface Request {
  readonly id: number;
  readonly task: FileTask;
}
interface Reply {
  readonly id: number;
  readonly result: FileResult;
}

/** The worker side: check files as they are posted, one at a time. */
export function workerMain(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (req: Request) => {
    port.postMessage({ id: req.id, result: checkFile(req.task) } satisfies Reply);
  });
}

function crashed(task: FileTask, why: string): FileResult {
  return { file: task.file, display: task.display, status: 'error', notes: [`internal error: ${why}`], diagnostics: [], figures: 0, bytes: 0, editsApplied: 0 };
}

/**
 * Checks every task, in `jobs` worker threads when that helps, and calls `onResult` as each finishes.
 * Results come back in task order whatever the finishing order, so output is the same for any --jobs.
 * When `stopped()` turns true no new file is started, the files under way finish (so a --fix write is never cut
 * short), and the results hold only the files that were done.
 */
export async function runTasks(
  tasks: readonly FileTask[],
  jobs: number,
  onResult: (r: FileResult) => void,
  stopped: () => boolean = () => false,
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(tasks.length);
  const workers = Math.min(jobs, tasks.length);
  if (workers <= 1) {
    for (let i = 0; i < tasks.length && !stopped(); i++) {
      results[i] = checkFile(tasks[i]);
      onResult(results[i]);
      // Let signal handlers run between files.
      if (i + 1 < tasks.length) await new Promise((r) => setImmediate(r));
    }
    return results.filter(Boolean);
  }
  let next = 0;
  await new Promise<void>((resolve) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(__filename, { workerData: { role: WORKER_ROLE } });
      let current: number | undefined;
      running++;
      const feed = () => {
        if (next < tasks.length && !stopped()) {
          current = next++;
          worker.postMessage({ id: current, task: tasks[current] } satisfies Request);
        } else {
          current = undefined;
          void worker.terminate();
        }
      };
      worker.on('message', (reply: Reply) => {
        results[reply.id] = reply.result;
        onResult(reply.result);
        feed();
      });
      worker.on('error', (err) => {
        // A worker that dies (out of memory on a huge file) loses only its current file; a new one takes over.
        if (current !== undefined) {
          results[current] = crashed(tasks[current], err.message);
          onResult(results[current]);
          current = undefined;
        }
      });
      worker.on('exit', (code) => {
        if (current !== undefined) {
          results[current] = crashed(tasks[current], `worker exited with code ${code}`);
          onResult(results[current]);
          current = undefined;
        }
        running--;
        if (next < tasks.length && !stopped()) start();
        else if (running === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < workers; i++) start();
  });
  return results.filter(Boolean);
}
