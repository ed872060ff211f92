import { parentPort, Worker } from 'node:worker_threads';
import { analyze, type Analysis } from '../core/analyze';
import type { LensConfig } from '../core/config';
import { LineIndex } from '../core/text/lineIndex';

/**
 * Node only: runs big analyses on a worker thread so the server keeps answering (hover, outline of other
 * documents, cancellation) while the checks run. The worker is the server bundle itself, started with
 * `workerData.role === 'analysis'`. One worker, one job at a time; a newer version of the same document
 * replaces a queued job, and a running one is given up: a long one (big text) by terminating the worker, so
 * it never delays the current version; a short one by discarding its result, which keeps the worker warm
 * (a fresh worker analyses several times slower until the JIT has seen the code).
 */

export const WORKER_ROLE = 'transcript-lens-analysis';

interface JobMessage {
  readonly id: number;
  readonly text: string;
  readonly config: LensConfig;
  readonly structureOnly: boolean;
}

type ResultMessage = { readonly id: number; readonly analysis: Analysis } | { readonly id: number; readonly error: string };

/** A job given up because a newer version of its document arrived. Not an error worth logging. */
export class Superseded extends Error {
  /** What the shared server tests for (it cannot import this Node-only module). */
  readonly superseded = true;
  constructor() {
    super('analysis superseded by a newer version');
  }
}

/**
 * Structured clone keeps the model's data, shared references included (a question turn is the same object
 * in its section and its exchange), but not classes: the LineIndex gets its prototype back here.
 */
export function reviveAnalysis(analysis: Analysis): Analysis {
  Object.setPrototypeOf(analysis.model.index, LineIndex.prototype);
  return analysis;
}

/** The worker side: answer each job with the analysis, or the error text. */
export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (job: JobMessage) => {
    let reply: ResultMessage;
    try {
      reply = { id: job.id, analysis: analyze(job.text, job.config, job.structureOnly ? [] : undefined) };
    } catch (err) {
      reply = { id: job.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(reply);
  });
}

interface Pending {
  readonly id: number;
  readonly key: string;
  readonly job: JobMessage;
  readonly resolve: (a: Analysis) => void;
  readonly reject: (e: unknown) => void;
  /** Given up while running: its caller has been told; the result, when it comes, is dropped. */
  orphaned?: boolean;
}

/** Texts at least this long are stopped (worker terminated) when superseded; shorter ones run out. */
export const TERMINATE_ABOVE_CHARS = 200_000;

export class AnalysisWorkerPool {
  private worker: Worker | undefined;
  private running: Pending | undefined;
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly script: string,
    private readonly terminateAbove: number = TERMINATE_ABOVE_CHARS,
  ) {}

  /** Analyses `text` on the worker; `key` (the document URI) says which jobs supersede which. */
  run(key: string, text: string, config: LensConfig, structureOnly: boolean): Promise<Analysis> {
    return new Promise<Analysis>((resolve, reject) => {
      if (this.disposed) return reject(new Error('analysis worker stopped'));
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i].key === key) this.queue.splice(i, 1)[0].reject(new Superseded());
      }
      const running = this.running;
      if (running?.key === key && !running.orphaned) {
        if (running.job.text.length >= this.terminateAbove) this.restart(new Superseded());
        else {
          running.orphaned = true;
          running.reject(new Superseded());
        }
      }
      const id = this.nextId++;
      this.queue.push({ id, key, job: { id, text, config, structureOnly }, resolve, reject });
      this.pump();
    });
  }

  dispose(): void {
    this.disposed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('analysis worker stopped'));
    this.restart(new Error('analysis worker stopped'));
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { role: WORKER_ROLE } });
    worker.unref();
    worker.on('message', (msg: ResultMessage) => {
      const current = this.running;
      if (!current || current.id !== msg.id) return;
      this.running = undefined;
      if (current.orphaned) {
        // Its caller already moved on.
      } else if ('error' in msg) current.reject(new Error(msg.error));
      else current.resolve(reviveAnalysis(msg.analysis));
      this.pump();
    });
    const fail = (err: unknown) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const current = this.running;
      this.running = undefined;
      current?.reject(err instanceof Error ? err : new Error(`analysis worker exited (${String(err)})`));
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  /** Stops the worker (and the job it runs); the next job starts a fresh one. */
  private restart(reason: Error): void {
    const worker = this.worker;
    const current = this.running;
    this.worker = undefined;
    this.running = undefined;
    current?.reject(reason);
    if (worker) void worker.terminate();
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = next;
    try {
      this.ensureWorker().postMessage(next.job);
    } catch (err) {
      this.running = undefined;
      next.reject(err);
      this.pump();
    }
  }
}
