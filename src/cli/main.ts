/**
 * juesuan: the engine on .xlsx files, without Excel.
 *   juesuan check FILE.xlsx [FILE …] [--json] [--all] [--annotate OUT.xlsx] [--supplement S.json] [--prior LAST.xlsx]
 *   juesuan narrative FILE.xlsx [--supplement S.json] [--prior LAST.xlsx] [-o OUT.md|OUT.txt|OUT.docx]
 * Exit 0 without errors, 1 with errors, 2 when a file cannot be read.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { annotateWorkbook } from '../adapters/exceljs/annotate';
import { checkMany } from '../batch/pool';
import { collectFiles } from '../batch/walk';
import { writeSummary } from '../batch/write';
import { loadWorkbook, UnreadableWorkbookError, workbookToGrid } from '../adapters/exceljs/read';
import { checkWorkbook, type CheckResult } from '../engine';
import { generateNarrative } from '../narrative/generate';
import { checkNarrative, splitNarrative } from '../narrative-check';
import { priorSupplement } from '../narrative/prior';
import { docxBuffer } from '../narrative/render/docx';
import { toMarkdown, toPlainText } from '../narrative/render/text';
import { readSupplement, SupplementError, type Supplement } from '../narrative/supplement';
import type { Narrative } from '../narrative/types';
import { toJson } from '../report/json';
import { formatText } from '../report/text';

const USAGE = `用法：
  juesuan check 文件.xlsx [文件 …] [选项]      检查报表的勾稽关系
  juesuan narrative 文件.xlsx [选项]            生成第三部分 情况说明
  juesuan check 文件夹或文件 … --summary 汇总.xlsx|汇总.csv   批量检查，每个工作簿一行

选项：
  --json                   以 JSON 输出（check 的结果含情况说明 narrative）
  --all                    同时列出每一项尾数差异
  --annotate 输出.xlsx     另存一份标注副本：错误单元格标红、警告标黄并附批注（原文件不改动）
  --supplement 补充.json   表格给不出的内容：上年数、年初预算、原因、用途、数量（见 samples/supplement-2024.json）
  --prior 上年.xlsx        上年的决算公开工作簿，自动取得各项上年数
  --narrative-file 说明.txt|.docx  核对已写好的情况说明与报表是否一致（工作簿中的“情况说明”工作表会自动核对）
  -o 输出.md|.txt|.docx    情况说明另存为文件（默认输出到屏幕）
  --summary 汇总.xlsx|.csv  批量检查：逐一检查文件夹中的全部 .xlsx（多核并行），写出汇总表
  --jobs N                 批量检查使用的线程数（默认为 CPU 核数）
  -h, --help               显示本说明

退出码：0 无错误；1 有错误；2 文件无法读取或未识别到任何决算表。`;

interface Args {
  command?: string;
  files: string[];
  json: boolean;
  all: boolean;
  annotate?: string;
  supplement?: string;
  prior?: string;
  out?: string;
  narrativeFile?: string;
  summary?: string;
  jobs?: number;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const a: Args = { files: [], json: false, all: false };
  const value = (i: number, name: string) => {
    const v = argv[i];
    if (v === undefined || v.startsWith('-')) throw new UsageError(`${name} 后面需要一个文件名`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const s = argv[i];
    const eq = /^(--[a-z-]+)=(.*)$/.exec(s);
    const [flag, inline] = eq ? [eq[1], eq[2]] : [s, undefined];
    const take = () => inline ?? value(++i, flag);
    if (flag === '--json') a.json = true;
    else if (flag === '--all') a.all = true;
    else if (flag === '--annotate') a.annotate = take();
    else if (flag === '--supplement') a.supplement = take();
    else if (flag === '--prior') a.prior = take();
    else if (flag === '--narrative-file') a.narrativeFile = take();
    else if (flag === '--summary') a.summary = take();
    else if (flag === '--jobs') {
      a.jobs = Number(take());
      if (!Number.isInteger(a.jobs) || a.jobs < 1) throw new UsageError('--jobs 应为正整数');
    } else if (flag === '-o' || flag === '--out') a.out = take();
    else if (flag === '-h' || flag === '--help') a.command = 'help';
    else if (s.startsWith('-')) throw new UsageError(`未知选项：${s}`);
    else if (!a.command) a.command = s;
    else a.files.push(s);
  }
  return a;
}

async function checkFile(file: string): Promise<{ wb: Awaited<ReturnType<typeof loadWorkbook>>; result: CheckResult }> {
  const wb = await loadWorkbook(file);
  const result = checkWorkbook(workbookToGrid(wb, file));
  if (result.tables.length === 0 && result.attachments.length === 0)
    throw new UnreadableWorkbookError(`${file}：未识别到任何决算公开表（按表名查找，如“收入支出决算总表”）`);
  return { wb, result };
}

/** The supplement: the prior workbook's figures, overridden by what the user wrote. */
async function loadSupplement(args: Args, current: CheckResult): Promise<Supplement> {
  let sup: Supplement = {};
  if (args.prior) {
    const { result } = await checkFile(args.prior);
    sup = priorSupplement(result.recognized, current.recognized);
  }
  if (args.supplement) {
    let json: unknown;
    try {
      json = JSON.parse(await fs.readFile(args.supplement, 'utf8'));
    } catch (e) {
      throw new SupplementError(`${args.supplement}：无法读取补充信息（${(e as Error).message.split('\n')[0]}）`);
    }
    sup = { ...sup, ...readSupplement(json, args.supplement) };
  }
  return sup;
}

function selfCheck(result: CheckResult, n: Narrative) {
  return checkNarrative({ sections: n.sections.map((s) => ({ heading: s.heading, text: s.text })) }, result.recognized, { year: n.year });
}

function narrativeOf(result: CheckResult, sup: Supplement): Narrative {
  return generateNarrative(result.recognized, result.family, sup, result.year, result.attachments);
}

/** Text of a .txt or .docx 情况说明. */
async function readNarrativeFile(file: string): Promise<string> {
  try {
    if (/\.docx$/i.test(file)) {
      const mammoth = await import('mammoth');
      return (await mammoth.extractRawText({ path: file })).value;
    }
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new UnreadableWorkbookError(`${file}：无法读取情况说明（${(e as Error).message.split('\n')[0]}）`);
  }
}

async function runCheck(file: string, args: Args): Promise<{ code: number; json?: unknown }> {
  const { wb, result } = await checkFile(file);
  if (args.narrativeFile) {
    const sections = splitNarrative(await readNarrativeFile(args.narrativeFile));
    const found = checkNarrative({ sections }, result.recognized, { year: result.year });
    result.findings.push(...found);
    for (const f of found) result.counts[f.severity]++;
  }
  if (args.annotate) {
    if (path.resolve(args.annotate) === path.resolve(file)) throw new UsageError('--annotate 的输出文件不能是被检查的文件本身');
    const n = annotateWorkbook(wb, result.findings);
    await wb.xlsx.writeFile(args.annotate);
    if (!args.json) process.stderr.write(`已写出标注副本：${args.annotate}（标注 ${n} 个单元格）\n`);
  }
  const code = result.counts.error ? 1 : 0;
  if (args.json) {
    const n = narrativeOf(result, await loadSupplement(args, result));
    return { code, json: toJson(result, n, selfCheck(result, n)) };
  }
  process.stdout.write(formatText(result, { all: args.all, color: process.stdout.isTTY && !process.env.NO_COLOR }) + '\n\n');
  return { code };
}

async function runNarrative(file: string, args: Args): Promise<number> {
  const { result } = await checkFile(file);
  const n = narrativeOf(result, await loadSupplement(args, result));
  const out = args.out;
  if (!out) process.stdout.write(toPlainText(n) + '\n');
  else if (/\.docx$/i.test(out))
    await fs.writeFile(out, await docxBuffer(n, result.department && `${result.department}${n.year}年度决算公开`));
  else await fs.writeFile(out, /\.md$/i.test(out) ? toMarkdown(n) : toPlainText(n), 'utf8');
  if (out) process.stderr.write(`已写出情况说明：${out}\n`);
  if (n.missing.length)
    process.stderr.write(`待补充 ${n.missing.length} 项（文中以【待补充：…】标出）：${n.missing.map((m) => m.label).join('；')}\n`);
  // Self-check: the text read back by the narrative-vs-table rules, as a reviewer would.
  const wrong = selfCheck(result, n).filter((f) => f.severity === 'error');
  if (wrong.length)
    process.stderr.write(`自检发现 ${wrong.length} 处与报表不符：\n${wrong.map((f) => `  ${f.rule} ${f.message}`).join('\n')}\n`);
  if (result.counts.error) process.stderr.write(`注意：报表有 ${result.counts.error} 项错误，请先运行 juesuan check 查看并更正。\n`);
  return 0;
}

/** Batch review: every workbook a row; a file that cannot be read is a row with its reason. */
async function runBatch(args: Args): Promise<number> {
  const files = await collectFiles(args.files);
  if (files.length === 0) throw new UsageError('没有找到 .xlsx 文件');
  const tty = process.stderr.isTTY;
  const rows = await checkMany(files, {
    jobs: args.jobs,
    onProgress: tty
      ? (done, total, file) => {
          const width = 30;
          const bar = '█'.repeat(Math.round((done / total) * width)).padEnd(width, '░');
          process.stderr.write(`\r${bar} ${done}/${total} ${path.basename(file).slice(0, 40).padEnd(40)}`);
          if (done === total) process.stderr.write('\n');
        }
      : undefined,
  });
  await writeSummary(args.summary!, rows);
  const withErrors = rows.filter((r) => r.errors).length;
  const unreadable = rows.filter((r) => r.unreadable).length;
  process.stdout.write(
    `检查 ${rows.length} 个文件：${withErrors} 个有错误，${rows.filter((r) => !r.errors && !r.unreadable && r.warnings).length} 个仅有警告，${unreadable} 个无法检查。汇总已写入 ${args.summary}\n`,
  );
  return unreadable ? 2 : withErrors ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.command || args.command === 'help') {
    process.stdout.write(USAGE + '\n');
    return args.command ? 0 : 2;
  }
  if (args.command !== 'check' && args.command !== 'narrative') throw new UsageError(`未知命令：${args.command}`);
  if (args.files.length === 0) throw new UsageError('请给出要处理的 .xlsx 文件');
  if (args.command === 'narrative') {
    if (args.files.length > 1) throw new UsageError('narrative 一次只能处理一个文件');
    return runNarrative(args.files[0], args);
  }
  if (args.summary) return runBatch(args);
  if (args.annotate && args.files.length > 1) throw new UsageError('--annotate 一次只能用于一个文件');
  let code = 0;
  const out: unknown[] = [];
  for (const f of args.files) {
    try {
      const r = await runCheck(f, args);
      code = Math.max(code, r.code);
      if (r.json) out.push(r.json);
    } catch (e) {
      if (!(e instanceof UnreadableWorkbookError)) throw e;
      process.stderr.write(`无法检查：${e.message}\n`);
      out.push({ file: f, error: e.message });
      code = 2;
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
    if (e instanceof UsageError) process.stderr.write(`${e.message}\n\n${USAGE}\n`);
    else if (e instanceof UnreadableWorkbookError || e instanceof SupplementError) process.stderr.write(`无法处理：${e.message}\n`);
    else process.stderr.write(`内部错误：${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);
