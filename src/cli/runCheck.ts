/** `juesuan check FILE …`: the report of each file, its annotated copy, and --json with the 情况说明. */
import { checkWorkbookFile } from '../batch/checkFile';
import { writeAtomic } from '../batch/output';
import { describeProblem } from '../batch/problems';
import { narrate, type CheckResult } from '../engine';
import { splitNarrative } from '../narrative-check';
import type { Supplement } from '../narrative/supplement';
import { toJson } from '../report/json';
import { formatText } from '../report/text';
import type { Args } from './args';
import { printProblem } from './report';
import { readNarrativeText } from './textInputs';

/** What --json's narrative needs, read once for all files. */
export interface NarrativeInputs {
  supplement: Supplement;
  prior?: CheckResult;
}

export async function runCheck(args: Args, narrativeInputs: () => Promise<NarrativeInputs>): Promise<number> {
  // What every file shares is read first: a bad supplement or 情况说明 is told before any workbook is checked.
  const narrative = args.narrativeFile ? splitNarrative(await readNarrativeText(args.narrativeFile)) : undefined;
  if (args.json) await narrativeInputs();
  let code = 0;
  const out: unknown[] = [];
  for (const file of args.files) {
    let checked;
    try {
      checked = await checkWorkbookFile(file, { narrative });
    } catch (e) {
      // One file that cannot be checked never stops the others.
      const problem = describeProblem(e, file);
      printProblem('无法检查：', problem, args.verbose);
      out.push({ file, error: problem.message });
      code = 2;
      continue;
    }
    const { bytes, result } = checked;
    if (args.annotate) {
      // ExcelJS is loaded only here: the marked-up copy keeps every format of the file.
      const [{ loadWorkbookBuffer }, { annotateWorkbook }, { annotatableBytes }] = await Promise.all([
        import('../xlsx/read'),
        import('../xlsx/annotate'),
        import('../xlsx/lean/annotatable'),
      ]);
      const safe = annotatableBytes(bytes, file);
      const wb = await loadWorkbookBuffer(safe === bytes ? bytes : Buffer.from(safe.buffer, safe.byteOffset, safe.byteLength), file);
      const n = annotateWorkbook(wb, result.findings);
      await writeAtomic(args.annotate, new Uint8Array(await wb.xlsx.writeBuffer()));
      if (!args.json) process.stderr.write(`已写出标注副本：${args.annotate}（标注 ${n} 个单元格）\n`);
    }
    code = Math.max(code, result.counts.error ? 1 : 0);
    if (args.json) {
      const { supplement, prior } = await narrativeInputs();
      const { narrative: n, selfCheck } = narrate(result, supplement, prior);
      out.push(toJson(result, n, selfCheck));
    } else process.stdout.write(formatText(result, { all: args.all, color: process.stdout.isTTY && !process.env.NO_COLOR }) + '\n\n');
  }
  if (args.json) process.stdout.write(JSON.stringify(args.files.length === 1 ? out[0] : out, null, 2) + '\n');
  return code;
}
