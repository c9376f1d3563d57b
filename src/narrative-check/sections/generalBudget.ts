/** 五's shared look-ups: the 一般公共预算财政拨款支出 total and the 公开05表 row the text names. */
import type { TableRow } from '../../core/table';
import { classCodeForLabel } from '../../templates/functionClasses';
import type { Ctx } from '../context';
import { nameKey } from '../figures';

/** The total of 公开05表. */
export const generalTotal = (ctx: Ctx) => ctx.book.fig('T05', '合计', '小计');

/** The same total as 公开04表 prints it: the text may have taken it from there. */
export const generalTotalInT04 = (ctx: Ctx) => ctx.book.fig('T04', '本年支出合计', '一般公共预算财政拨款');

/** A 功能类 (or other 科目) row of 公开05表 by the name the narrative gives it. */
export function generalRowByName(ctx: Ctx, name: string): { row?: TableRow; code?: string } {
  const key = nameKey(name.replace(/\((类|款|项)\)$/, ''));
  const code = classCodeForLabel(key);
  if (code) return { row: ctx.book.table('T05')?.rowIndex.get(code), code };
  return { row: ctx.book.rowByName('T05', key, (r) => !!r.code) };
}
