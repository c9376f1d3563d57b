/** `juesuan narrative FILE`: the 情况说明 on screen or as .md, .txt or .docx, with what is still missing. */
import { checkWorkbookFile } from '../batch/checkFile';
import { writeAtomic } from '../batch/output';
import { narrate } from '../engine';
import { toMarkdown, toPlainText } from '../narrative/render/text';
import { documentTitle } from '../narrative/render/title';
import type { Args } from './args';
import type { NarrativeInputs } from './runCheck';

export async function runNarrative(file: string, args: Args, narrativeInputs: () => Promise<NarrativeInputs>): Promise<number> {
  const { supplement, prior } = await narrativeInputs(); // the small files first: a bad supplement is told at once
  const { result } = await checkWorkbookFile(file);
  const { narrative: n, selfCheck } = narrate(result, supplement, prior);
  const out = args.out;
  if (!out) process.stdout.write(toPlainText(n) + '\n');
  else if (/\.docx$/i.test(out)) {
    const { docxBuffer } = await import('../narrative/render/docx'); // docx is loaded only for a .docx
    await writeAtomic(out, new Uint8Array(await docxBuffer(n, documentTitle(result.department, n.year))));
  } else await writeAtomic(out, /\.md$/i.test(out) ? toMarkdown(n) : toPlainText(n));
  if (out) process.stderr.write(`已写出情况说明：${out}\n`);
  if (n.missing.length) process.stderr.write(missingNote(n.missing, !!args.supplement));
  // Self-check: the text read back by the narrative-vs-table rules, as a reviewer would.
  const wrong = selfCheck.filter((f) => f.severity === 'error');
  if (wrong.length)
    process.stderr.write(`自检发现 ${wrong.length} 处与报表不符：\n${wrong.map((f) => `  ${f.rule} ${f.message}`).join('\n')}\n`);
  if (result.counts.error) process.stderr.write(`注意：报表有 ${result.counts.error} 项错误，请先运行 juesuan check 查看并更正。\n`);
  return 0;
}

/**
 * What is still to be supplied, each with the supplement key to fill (docs/supplement.md), and how:
 * a JSON file given with --supplement, or the supplement form of the add-in and the offline page.
 */
function missingNote(missing: { key: string; label: string }[], hadSupplement: boolean): string {
  const lines = missing.map((m) => `  "${m.key}": ${m.label}`);
  const how = hadSupplement
    ? '请在补充信息文件中填写这些键后重新生成'
    : '请把这些键写入一个 JSON 文件（写法见 docs/supplement.md），用 --supplement 文件.json 给出；或在加载项、离线网页的“补充信息”表单中填写';
  return `待补充 ${missing.length} 项（文中以【待补充：…】标出），${how}：\n${lines.join('\n')}\n`;
}
