/// <reference types="office-js" />
/**
 * Writing the 情况说明 into a sheet of its own: one paragraph per row of column A, as text. Two round
 * trips (is the sheet there, is anything protected; write), one when the answer is known after the first.
 * A protected workbook structure takes no new sheet, and a protected sheet no new content: both are
 * answered before anything is written, so the workbook stays as it was.
 */
import type { WriteOutcome } from '../seam';

export async function writeTextSheet(
  context: Excel.RequestContext,
  name: string,
  lines: string[],
  replace: boolean,
): Promise<WriteOutcome> {
  const worksheets = context.workbook.worksheets.load('items/name,items/protection/protected');
  const structure = context.workbook.protection.load('protected');
  await context.sync();
  const existing = worksheets.items.find((sheet) => sheet.name === name);
  if (!existing && structure.protected) return 'structureProtected';
  if (existing?.protection.protected) return 'sheetProtected';
  if (existing && !replace) return 'exists';
  let worksheet: Excel.Worksheet;
  if (existing) {
    worksheet = existing;
    worksheet.getRange().clear();
  } else worksheet = worksheets.add(name);
  if (lines.length > 0) {
    const range = worksheet.getRange(`A1:A${lines.length}`);
    // Text format first: the values that follow are then stored as typed, never as formulas.
    range.numberFormat = lines.map(() => ['@']);
    range.values = lines.map((line) => [line]);
    range.format.wrapText = true;
    worksheet.getRange('A:A').format.columnWidth = 480;
  }
  await context.sync();
  return 'written';
}
