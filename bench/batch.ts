/** Batch throughput: 200 copies of the sample, one worker against all cores. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkMany } from '../src/batch/pool';

export async function measureBatch(sample: string, copies = 200) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-bench-batch-'));
  try {
    const bytes = fs.readFileSync(sample);
    const files = Array.from({ length: copies }, (_, i) => {
      const f = path.join(dir, `单位${i}.xlsx`);
      fs.writeFileSync(f, bytes);
      return f;
    });
    const time = async (jobs: number) => {
      const t = process.hrtime.bigint();
      const rows = await checkMany(files, { jobs });
      const s = Number(process.hrtime.bigint() - t) / 1e9;
      if (rows.some((r) => r.unreadable || r.errors)) throw new Error('batch bench: the sample copies should all be clean');
      return { jobs, seconds: Math.round(s * 100) / 100, workbooks_per_second: Math.round((copies / s) * 10) / 10 };
    };
    const one = await time(1);
    const all = await time(os.availableParallelism());
    return { copies, one_worker: one, all_cores: all, speedup: Math.round((one.seconds / all.seconds) * 100) / 100 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
