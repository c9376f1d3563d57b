/**
 * Checks many workbooks on worker threads, in input order, reporting progress. One file can never sink the
 * run: each worker has a memory limit, a worker that dies (out of memory, a crash) is replaced, and the file
 * it was checking gets a row saying why. Every file gets a row.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerCode } from './bundle';
import { emptyRow, summarise, type Summarised, type SummaryRow } from './summary';

export interface BatchOptions {
  /** Worker threads. Default: defaultJobs(). */
  jobs?: number;
  /** Heap limit of each worker, MB. Default: a share of the machine's memory. */
  workerMemoryMb?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /** The technical detail of a file that could not be checked, for --verbose. */
  onDetail?: (file: string, detail: string) => void;
}

const MB = 1024 * 1024;

/** Half the machine's memory shared among the workers, within 512 MB … 4 GB each. */
export function defaultWorkerMemoryMb(jobs: number): number {
  return Math.round(Math.max(512, Math.min(4096, os.totalmem() / MB / 2 / jobs)));
}

/**
 * Threads that help: on fewer than 4 cores a second worker only competes with the first (measured: 2 jobs on
 * 2 cores ran at 0.86× of one), and a handful of files does not repay starting more workers than one.
 */
export function defaultJobs(files: number, cores = os.availableParallelism()): number {
  if (cores < 4 || files <= 4) return 1;
  return Math.max(1, Math.min(cores - 1, Math.ceil(files / 4)));
}

/** The prebuilt worker beside the bundled command (dist/cli/worker.js), when this code runs from that bundle. */
function prebuiltWorker(): string | undefined {
  if (!__filename.endsWith('.js')) return undefined;
  const file = path.join(__dirname, 'worker.js');
  return fs.existsSync(file) ? file : undefined;
}

/** Workers running now, ended on Ctrl-C (or a kill) so no thread outlives the run. */
const live = new Set<Worker>();
let interruptsHooked = false;
function endWorkersOnInterrupt(): void {
  if (interruptsHooked) return;
  interruptsHooked = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      for (const w of live) void w.terminate();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
}

/** How long a worker told there is no more work may take to end by itself before it is stopped. */
const END_GRACE_MS = 2000;

/** Tells a worker there is no more work: it ends by itself (its exit handlers write the code cache), or is stopped. */
function finishWorker(worker: Worker): void {
  worker.postMessage({ done: true });
  setTimeout(() => void worker.terminate(), END_GRACE_MS).unref();
}

export const OUT_OF_MEMORY = '检查时内存不足，已中止（工作簿过大或结构异常）';

function deathReason(error: unknown, exitCode: number): string {
  if ((error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return OUT_OF_MEMORY;
  return `检查线程意外退出（退出码 ${exitCode}），未能完成检查`;
}

export async function checkMany(files: string[], opts: BatchOptions = {}): Promise<SummaryRow[]> {
  const rows: SummaryRow[] = new Array(files.length);
  if (files.length === 0) return rows;
  let done = 0;
  const finish = (id: number, { row, detail }: Summarised) => {
    rows[id] = row;
    if (detail) opts.onDetail?.(files[id], detail);
    opts.onProgress?.(++done, files.length, files[id]);
  };
  const jobs = Math.max(1, Math.min(opts.jobs ?? defaultJobs(files.length), files.length));
  let code: WorkerSource | undefined = prebuiltWorker();
  if (!code)
    try {
      code = { code: await workerCode() };
    } catch (e) {
      opts.onDetail?.('', `无法生成检查线程，改为逐个检查：${(e as Error).message}`);
    }
  endWorkersOnInterrupt();
  if (code) await runWorkers(code, files, jobs, opts.workerMemoryMb ?? defaultWorkerMemoryMb(jobs), finish);
  // Whatever the workers could not take (none could start) is checked here, one by one.
  for (let i = 0; i < files.length; i++) if (!rows[i]) finish(i, await summarise(files[i]));
  return rows;
}

/** A worker file, or its code to evaluate. */
type WorkerSource = string | { code: string };

function runWorkers(
  code: WorkerSource,
  files: string[],
  jobs: number,
  memoryMb: number,
  finish: (id: number, s: Summarised) => void,
): Promise<void> {
  let next = 0;
  let running = 0;
  return new Promise<void>((resolve) => {
    const start = () => {
      let worker: Worker;
      try {
        // A larger young generation spares the worker many scavenges: xlsx parsing allocates a lot.
        const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 };
        worker = typeof code === 'string' ? new Worker(code, { resourceLimits }) : new Worker(code.code, { eval: true, resourceLimits });
      } catch {
        if (running === 0) resolve(); // the rest is checked in this thread
        return;
      }
      running++;
      live.add(worker);
      let current: number | undefined;
      let failure: unknown;
      const feed = () => {
        current = next < files.length ? next++ : undefined;
        if (current === undefined) finishWorker(worker);
        else worker.postMessage({ id: current, file: files[current] });
      };
      worker.on('message', (m: { id: number } & Summarised) => {
        finish(m.id, m);
        feed();
      });
      worker.on('error', (e) => (failure = e));
      worker.on('exit', (exitCode) => {
        running--;
        live.delete(worker);
        if (current !== undefined) {
          finish(current, {
            row: emptyRow(files[current], deathReason(failure, exitCode)),
            detail: failure instanceof Error ? (failure.stack ?? failure.message) : undefined,
          });
          current = undefined;
          if (next < files.length) start(); // a replacement for the rest of the queue
        }
        if (running === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < jobs; i++) start();
  });
}
