/** One workbook file read and checked: the same steps for `juesuan check`, `--prior` and every row of a batch. */
import type ExcelJS from 'exceljs';
import { check, type CheckOptions, type CheckResult } from '../engine';
import { loadWorkbookBuffer, UnreadableWorkbookError, workbookToGrid } from '../xlsx/read';
import { readInput } from './input';

export const NO_TABLE = '未识别到任何决算公开表（按表名查找，如“收入支出决算总表”）';

/** Throws InputError or UnreadableWorkbookError (plain messages) when the file cannot be checked. */
export async function checkWorkbookFile(file: string, options?: CheckOptions): Promise<{ wb: ExcelJS.Workbook; result: CheckResult }> {
  const wb = await loadWorkbookBuffer(await readInput(file, 'workbook'), file);
  const result = check(workbookToGrid(wb, file), options);
  // A workbook of 项目支出绩效自评表 alone is checked too.
  if (result.tables.length === 0 && result.attachments.length === 0) throw new UnreadableWorkbookError(`${file}：${NO_TABLE}`);
  return { wb, result };
}
