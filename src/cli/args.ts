/** The command line of `juesuan`: its options and their help text. */

export const USAGE = `用法：
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
  --verbose                出错时另外显示技术细节（供排查问题）
  -h, --help               显示本说明

输出文件不会覆盖任何输入文件；.txt 与 .json 可为 UTF-8、UTF-16 或 GBK/GB18030 编码。
退出码：0 无错误；1 有错误；2 文件无法读取、未识别到任何决算表或选项有误。`;

export interface Args {
  command?: string;
  files: string[];
  json: boolean;
  all: boolean;
  verbose: boolean;
  annotate?: string;
  supplement?: string;
  prior?: string;
  out?: string;
  narrativeFile?: string;
  summary?: string;
  jobs?: number;
}

/** A mistake on the command line: the message and the usage are printed, exit 2. */
export class UsageError extends Error {}

export function parseArgs(argv: string[]): Args {
  const a: Args = { files: [], json: false, all: false, verbose: false };
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
    else if (flag === '--verbose') a.verbose = true;
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
