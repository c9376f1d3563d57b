/**
 * juesuan: the engine on .xlsx files, without Excel.
 *   juesuan check FILE.xlsx [FILE …] [--json] [--all] [--annotate OUT.xlsx] [--supplement S.json] [--prior LAST.xlsx]
 *   juesuan narrative FILE.xlsx [--supplement S.json] [--prior LAST.xlsx] [-o OUT.md|OUT.txt|OUT.docx]
 *   juesuan check DIR … --summary OUT.xlsx|OUT.csv [--jobs N]
 * Exit 0 without errors, 1 with errors, 2 when a file cannot be read or an option is wrong.
 * Every message is plain Chinese; --verbose adds the technical detail.
 */
import { checkWorkbookFile } from '../batch/checkFile';
import { describeProblem, OutputError } from '../batch/problems';
import { parseArgs, USAGE, UsageError, type Args } from './args';
import { checkOutputs, type Output } from './outputs';
import { printProblem } from './report';
import { runCheck, type NarrativeInputs } from './runCheck';
import { runNarrative } from './runNarrative';
import { readSupplementFile, unknownSupplementKeys } from './textInputs';

function outputsOf(args: Args): Output[] {
  const out: Output[] = [];
  if (args.command === 'narrative' && args.out) out.push({ flag: '-o', file: args.out });
  if (args.command === 'check' && args.annotate) out.push({ flag: '--annotate', file: args.annotate });
  if (args.command === 'check' && args.summary) out.push({ flag: '--summary', file: args.summary });
  return out;
}

function inputsOf(args: Args): string[] {
  return [...args.files, args.prior, args.supplement, args.narrativeFile].filter((f): f is string => !!f);
}

/** The supplement and last year's check, read on first use and once only. */
function narrativeInputsOf(args: Args): () => Promise<NarrativeInputs> {
  let loaded: Promise<NarrativeInputs> | undefined;
  return () =>
    (loaded ??= (async () => {
      const supplement = args.supplement ? await readSupplementFile(args.supplement) : {};
      const unknown = unknownSupplementKeys(supplement);
      if (unknown.length) process.stderr.write(`补充信息中有 ${unknown.length} 个键不是已知的补充项，未被使用：${unknown.join('、')}\n`);
      const prior = args.prior ? (await checkWorkbookFile(args.prior)).result : undefined;
      return { supplement, prior };
    })());
}

async function main(args: Args): Promise<number> {
  if (!args.command || args.command === 'help') {
    process.stdout.write(USAGE + '\n');
    return args.command ? 0 : 2;
  }
  if (args.command !== 'check' && args.command !== 'narrative') throw new UsageError(`未知命令：${args.command}`);
  if (args.files.length === 0) throw new UsageError('请给出要处理的 .xlsx 文件');
  if (args.command === 'narrative' && args.files.length > 1) throw new UsageError('narrative 一次只能处理一个文件');
  if (args.summary && args.annotate) throw new UsageError('--annotate 不能与 --summary 同时使用');
  if (args.annotate && args.files.length > 1) throw new UsageError('--annotate 一次只能用于一个文件');
  // Before any work: a bad output path is told at once, not after minutes of checking.
  await checkOutputs(outputsOf(args), inputsOf(args));
  const narrativeInputs = narrativeInputsOf(args);
  if (args.command === 'narrative') return runNarrative(args.files[0], args, narrativeInputs);
  // The batch (worker threads, folder walks) is loaded only for --summary.
  if (args.summary) return (await import('./runBatch')).runBatch(args);
  return runCheck(args, narrativeInputs);
}

// A reader that stops early (`… --json | head`) closes the pipe: the rest of the output is dropped quietly,
// and the exit code still says what the check found.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
(async () => main(parseArgs(argv)))().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof UsageError) process.stderr.write(`${e.message}\n\n${USAGE}\n`);
    else {
      const problem = describeProblem(e);
      const prefix = e instanceof OutputError ? '' : problem.message.startsWith('程序出错') ? '内部错误：' : '无法处理：';
      printProblem(prefix, problem, verbose);
    }
    process.exitCode = 2;
  },
);
