/**
 * What a grid may hold, the same for every reader (the lean reader and the ExcelJS adapter): a 决算 workbook has
 * at most some thousands of rows and some dozens of columns; a part of the zip larger than any real workbook's is
 * refused before it is inflated; a merged area is clipped to the cells the sheet holds, so no reader or consumer
 * ever walks a merge such as H40:XFD1048576 cell by cell.
 */
import type { CellRange, RawValue, SheetGrid } from '../core/grid';
import { UnreadableWorkbookError } from './errors';

const MB = 1024 * 1024;

/** Rows and columns a sheet may hold (a value at row 100 001 or column 1 001 is refused). */
export const MAX_ROWS = 100_000;
export const MAX_COLUMNS = 1_000;
/** Uncompressed size of one part of the zip, and of all the parts read. */
export const MAX_PART_BYTES = 200 * MB;
export const MAX_TOTAL_BYTES = 500 * MB;

export function tooLarge(file: string | undefined, sheet: string, row: number, col: number): UnreadableWorkbookError {
  const where = row >= MAX_ROWS ? `第 ${row + 1} 行` : `第 ${col + 1} 列`;
  return new UnreadableWorkbookError(
    `${file ?? '工作簿'}：工作表“${sheet}”在${where}有内容，超出决算报表的范围（每张表最多 ${MAX_ROWS} 行、${MAX_COLUMNS} 列），请删除多余的内容后再检查`,
  );
}

export function partTooLarge(file: string | undefined, part: string, bytes: number, total: boolean): UnreadableWorkbookError {
  const mb = (bytes / MB).toFixed(1);
  return new UnreadableWorkbookError(
    total
      ? `${file ?? '工作簿'}：工作簿解压后超过 ${MAX_TOTAL_BYTES / MB} MB（读到 ${part} 时已达 ${mb} MB），不是正常的决算工作簿，未读取`
      : `${file ?? '工作簿'}：工作簿中的 ${part} 解压后有 ${mb} MB，超过每个部分 ${MAX_PART_BYTES / MB} MB 的上限，不是正常的决算工作簿，未读取`,
  );
}

/** Throws when a sheet holds a cell beyond MAX_ROWS × MAX_COLUMNS. */
export function checkSheetBounds(file: string | undefined, sheet: SheetGrid): void {
  if (sheet.rows.length > MAX_ROWS) throw tooLarge(file, sheet.name, sheet.rows.length - 1, 0);
  sheet.rows.forEach((row, r) => {
    if (row.length > MAX_COLUMNS) throw tooLarge(file, sheet.name, r, row.length - 1);
  });
}

/**
 * Merges clipped to the rows and columns the sheet holds (a merge keeps at least its top-left cell; one that
 * starts beyond them holds nothing and is dropped).
 */
export function clipMerges(merges: CellRange[], rows: (RawValue | undefined)[][]): CellRange[] {
  const lastRow = rows.length - 1;
  let lastCol = -1;
  for (const r of rows) if (r && r.length - 1 > lastCol) lastCol = r.length - 1;
  const out: CellRange[] = [];
  for (const m of merges) {
    if (m.top > lastRow || m.left > lastCol || m.top < 0 || m.left < 0) continue;
    out.push({
      top: m.top,
      left: m.left,
      bottom: Math.min(m.bottom, Math.max(lastRow, m.top)),
      right: Math.min(m.right, Math.max(lastCol, m.left)),
    });
  }
  return out;
}

/** Trailing rows that hold nothing dropped (a merge or a styled cell below the figures adds no row). */
export function trimRows<T>(rows: T[][]): void {
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
}
