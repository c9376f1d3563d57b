/** `juesuan check DIR --summary OUT`: every workbook a row; a file that cannot be read is a row with its reason. */
import path from 'node:path';
import { checkMany } from '../batch/pool';
import { collectFiles } from '../batch/walk';
import { writeSummary } from '../batch/write';
import { UsageError, type Args } from './args';

/** Heap limit of each worker (MB), when set: for machines short of memory, and for the tests. */
function workerMemoryFromEnv(): number | undefined {
  const mb = Number(process.env.JUESUAN_WORKER_MEMORY_MB);
  return Number.isInteger(mb) && mb > 0 ? mb : undefined;
}

function progressBar(done: number, total: number, file: string): void {
  const width = 30;
  const bar = '█'.repeat(Math.round((done / total) * width)).padEnd(width, '░');
  process.stderr.write(`\r${bar} ${done}/${total} ${path.basename(file).slice(0, 40).padEnd(40)}`);
  if (done === total) process.stderr.write('\n');
}

export async function runBatch(args: Args): Promise<number> {
  const summary = args.summary!;
  const files = await collectFiles(args.files);
  if (files.length === 0) throw new UsageError('没有找到 .xlsx 文件');
  const rows = await checkMany(files, {
    jobs: args.jobs,
    workerMemoryMb: workerMemoryFromEnv(),
    onProgress: process.stderr.isTTY ? progressBar : undefined,
    onDetail: args.verbose ? (file, detail) => process.stderr.write(`${file ? `${file}：` : ''}技术细节：${detail}\n`) : undefined,
  });
  await writeSummary(summary, rows);
  const withErrors = rows.filter((r) => r.errors).length;
  const warningsOnly = rows.filter((r) => !r.errors && !r.unreadable && r.warnings).length;
  const unreadable = rows.filter((r) => r.unreadable).length;
  process.stdout.write(
    `检查 ${rows.length} 个文件：${withErrors} 个有错误，${warningsOnly} 个仅有警告，${unreadable} 个无法检查。汇总已写入 ${summary}\n`,
  );
  return unreadable ? 2 : withErrors ? 1 : 0;
}
