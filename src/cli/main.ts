/**
 * juesuan: the engine on .xlsx files, without Excel.
 *   juesuan check FILE.xlsx [FILE …] [--json] [--all] [--annotate OUT.xlsx]
 * Exit 0 without errors, 1 with errors, 2 when a file cannot be read.
 */
import path from 'node:path';
import { annotateWorkbook } from '../adapters/exceljs/annotate';
import { loadWorkbook, UnreadableWorkbookError, workbookToGrid } from '../adapters/exceljs/read';
import { checkWorkbook } from '../engine';
import { toJson } from '../report/json';
import { formatText } from '../report/text';

const USAGE = `用法：
  juesuan check 文件.xlsx [文件 …] [选项]

选项：
  --json                以 JSON 输出检查结果
  --all                 同时列出每一项尾数差异
  --annotate 输出.xlsx  另存一份标注副本：错误单元格标红、警告标黄并附批注（原文件不改动）
  -h, --help            显示本说明

退出码：0 无错误；1 有错误；2 文件无法读取或未识别到任何决算表。`;

interface Args {
  command?: string;
  files: string[];
  json: boolean;
  all: boolean;
  annotate?: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { files: [], json: false, all: false };
  for (let i = 0; i < argv.length; i++) {
    const s = argv[i];
    if (s === '--json') a.json = true;
    else if (s === '--all') a.all = true;
    else if (s === '--annotate') a.annotate = argv[++i];
    else if (s.startsWith('--annotate=')) a.annotate = s.slice(11);
    else if (s === '-h' || s === '--help') a.command = 'help';
    else if (s.startsWith('-')) throw new UsageError(`未知选项：${s}`);
    else if (!a.command) a.command = s;
    else a.files.push(s);
  }
  return a;
}

class UsageError extends Error {}

async function checkOne(file: string, args: Args): Promise<{ code: number; json?: unknown }> {
  try {
    const wb = await loadWorkbook(file);
    const result = checkWorkbook(workbookToGrid(wb, file));
    if (result.tables.length === 0) {
      throw new UnreadableWorkbookError(`${file}：未识别到任何决算公开表（按表名查找，如“收入支出决算总表”）`);
    }
    if (args.annotate) {
      if (path.resolve(args.annotate) === path.resolve(file)) throw new UsageError('--annotate 的输出文件不能是被检查的文件本身');
      const n = annotateWorkbook(wb, result.findings);
      await wb.xlsx.writeFile(args.annotate);
      if (!args.json) process.stderr.write(`已写出标注副本：${args.annotate}（标注 ${n} 个单元格）\n`);
    }
    if (args.json) return { code: result.counts.error ? 1 : 0, json: toJson(result) };
    process.stdout.write(formatText(result, { all: args.all, color: process.stdout.isTTY && !process.env.NO_COLOR }) + '\n\n');
    return { code: result.counts.error ? 1 : 0 };
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) {
      process.stderr.write(`无法检查：${e.message}\n`);
      return { code: 2, json: { file, error: e.message } };
    }
    throw e;
  }
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (!args.command || args.command === 'help') {
    process.stdout.write(USAGE + '\n');
    return args.command ? 0 : 2;
  }
  if (args.command !== 'check') {
    process.stderr.write(`未知命令：${args.command}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.files.length === 0) {
    process.stderr.write(`请给出要检查的 .xlsx 文件\n\n${USAGE}\n`);
    return 2;
  }
  if (args.annotate && args.files.length > 1) {
    process.stderr.write('--annotate 一次只能用于一个文件\n');
    return 2;
  }
  let code = 0;
  const out: unknown[] = [];
  for (const f of args.files) {
    try {
      const r = await checkOne(f, args);
      code = Math.max(code, r.code);
      if (r.json) out.push(r.json);
    } catch (e) {
      if (e instanceof UsageError) {
        process.stderr.write(`${e.message}\n`);
        return 2;
      }
      throw e;
    }
  }
  if (args.json) process.stdout.write(JSON.stringify(args.files.length === 1 ? out[0] : out, null, 2) + '\n');
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`内部错误：${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);
