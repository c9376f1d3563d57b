/** Checks many workbooks on all cores (worker threads), in input order, reporting progress. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { summarise, type SummaryRow } from './summary';

export interface BatchOptions {
  /** Worker threads; 1 checks in this thread. Default: the machine's cores. */
  jobs?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

export async function checkMany(files: string[], opts: BatchOptions = {}): Promise<SummaryRow[]> {
  const jobs = Math.max(1, Math.min(opts.jobs ?? os.availableParallelism(), files.length));
  const rows: SummaryRow[] = new Array(files.length);
  let done = 0;
  if (jobs === 1) {
    for (let i = 0; i < files.length; i++) {
      rows[i] = await summarise(files[i]);
      opts.onProgress?.(++done, files.length, files[i]);
    }
    return rows;
  }
  let next = 0;
  // Workers start from one JavaScript bundle of the engine, built once per run: compiling the TypeScript
  // sources in every worker would cost seconds each.
  const script = bundleWorker();
  // xlsx parsing allocates a lot: a larger young generation spares the worker many scavenges.
  const workers = Array.from({ length: jobs }, () => new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 64 } }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= files.length) return resolve();
              const id = next++;
              w.postMessage({ id, file: files[id] });
            };
            w.on('message', (m: { id: number; row: SummaryRow }) => {
              rows[m.id] = m.row;
              opts.onProgress?.(++done, files.length, files[m.id]);
              feed();
            });
            w.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    fs.rmSync(script, { force: true });
  }
  return rows;
}

/** The worker as one CommonJS file inside node_modules/.cache, so its packages resolve from the project. */
function bundleWorker(): string {
  const dir = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'juesuan');
  fs.mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `worker-${process.pid}-${Date.now()}.js`);
  buildSync({
    entryPoints: [path.join(__dirname, 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
