/** 五(三) (N09): "X（类）Y（款）Z（项）" must name rows of 公开05表 with those codes, each under the one before. */
import type { TableRow } from '../../core/table';
import { classCodeForLabel } from '../../templates/functionClasses';
import type { Ctx } from '../context';
import { nameKey, type Fig } from '../figures';
import { cleanLabel, quote, type Paragraph } from '../text';

/** Length of a 科目代码 at each level. */
const CODE_LENGTH: Record<string, number> = { 类: 3, 款: 5, 项: 7 };

/** "code label" of the rows one level down from `parent`, for a message naming what is there. */
const childrenList = (rows: TableRow[], parent: TableRow, codeLength: number) =>
  rows
    .filter((r) => r.code?.length === codeLength && r.code.startsWith(parent.code!))
    .map((r) => `${r.code} ${r.label}`)
    .join('、');

/** Reads the 类/款/项 path of a paragraph and reports a name not found or not under its parent; returns the deepest row named. */
export function readSubjectHierarchy(ctx: Ctx, para: Paragraph): TableRow | undefined {
  const t = ctx.book.table('T05');
  if (!t) return undefined;
  const parts = para.norm.split(/\((类|款|项)\)/);
  if (parts.length < 3) return undefined;
  let parent: TableRow | undefined;
  let last: TableRow | undefined;
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const level = parts[i + 1];
    const before = parts[i];
    // Written right after its parent's "（类）" with no punctuation between: it must be under that parent.
    const chained = i > 0 && !!parent && !/[,;:。、]/.test(before);
    const name = cleanLabel(before.split(/[,;:。、]/).pop() ?? '');
    if (!name) continue;
    const codeLength = CODE_LENGTH[level];
    const sameName = t.rows.filter(
      (r) =>
        r.code?.length === codeLength &&
        (nameKey(r.label) === nameKey(name) || (codeLength === 3 && classCodeForLabel(nameKey(name)) === r.code)),
    );
    const row = chained ? sameName.find((r) => r.code!.startsWith(parent!.code!)) : sameName[0];
    if (!row) {
      const message = sameName.length
        ? `科目“${name}（${level}）”在${t.id}中为${sameName.map((r) => r.code).join('、')}，不在“${parent!.label}（${parent!.code}）”之下。原文：${quote(para.sentences[0])}`
        : chained
          ? `${t.id}中“${parent!.code} ${parent!.label}”之下没有名为“${name}”的${level}（该类下的${level}为：${childrenList(t.rows, parent!, codeLength) || '无'}）。原文：${quote(para.sentences[0])}`
          : `${t.id}中没有名为“${name}”的${level}级科目。原文：${quote(para.sentences[0])}`;
      const figs = [parent ? ctx.book.figOf(t, parent, '小计') : undefined, ...sameName.map((r) => ctx.book.figOf(t, r, '小计'))].filter(
        (f): f is Fig => !!f,
      );
      ctx.rep.add({ rule: 'N09', severity: 'error', figs, message });
      parent = undefined;
      continue;
    }
    parent = row;
    last = row;
  }
  return last;
}
