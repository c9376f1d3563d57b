/** One workbook file read and checked: the same steps for `juesuan check`, `--prior` and every row of a batch. */
import { check, type CheckOptions, type CheckResult } from '../engine';
import { UnreadableWorkbookError } from '../xlsx/errors';
import { readWorkbookGrid } from '../xlsx/lean/read';
import { readInput } from './input';

export const NO_TABLE = '未识别到任何决算公开表（按表名查找，如“收入支出决算总表”）';

/**
 * Throws InputError or UnreadableWorkbookError (plain messages) when the file cannot be checked. The grid comes
 * from the lean reader; the bytes are returned for what needs the whole workbook (--annotate opens them with ExcelJS).
 */
export async function checkWorkbookFile(file: string, options?: CheckOptions): Promise<{ bytes: Buffer; result: CheckResult }> {
  const bytes = await readInput(file, 'workbook');
  const result = check(readWorkbookGrid(bytes, file), options);
  // A workbook of 项目支出绩效自评表 alone is checked too.
  if (result.tables.length === 0 && result.attachments.length === 0) throw new UnreadableWorkbookError(`${file}：${NO_TABLE}`);
  return { bytes, result };
}
