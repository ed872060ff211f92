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
 */
export async function runTasks(tasks: readonly FileTask[], jobs: number, onResult: (r: FileResult) => void): Promise<FileResult[]> {
  const results: FileResult[] = new Array(tasks.length);
  const workers = Math.min(jobs, tasks.length);
  if (workers <= 1) {
    tasks.forEach((t, i) => {
      results[i] = checkFile(t);
      onResult(results[i]);
    });
    return results;
  }
  let next = 0;
  await new Promise<void>((resolve) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(__filename, { workerData: { role: WORKER_ROLE } });
      let current: number | undefined;
      running++;
      const feed = () => {
        if (next < tasks.length) {
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
        if (next < tasks.length) start();
        else if (running === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < workers; i++) start();
  });
  return results;
}
