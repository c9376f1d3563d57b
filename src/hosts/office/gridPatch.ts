/**
 * The last read of a sheet brought up to date with blocks of cells read again (live check): values and the
 * number formats of number cells, placed at their absolute positions. Copy on write: the sheet given is left
 * as it was (the pane still holds it, with the findings made from it); only the rows a block touches are
 * copied. The result has the shape a full read gives (no holes, no trailing empties), so a patched grid and
 * a fresh read of the same workbook are equal.
 */
import type { RawValue, SheetGrid } from '../../core/grid';

/** Cells read again: a rectangle's values and number formats as Office.js returns them. */
export interface CellBlock {
  top: number;
  left: number;
  values: unknown[][];
  numberFormat: string[][] | null | undefined;
}

const isEmpty = (value: unknown) => value === '' || value === null || value === undefined;

/** Drops the trailing empties of each row touched, and the empty rows at the end. */
function trim<T>(rows: (T | null)[][], touched: Set<number>): void {
  for (const r of touched) {
    const row = rows[r];
    if (!row) continue;
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
    row.length = end;
  }
  let last = rows.length;
  while (last > 0 && !rows[last - 1]?.length) last--;
  rows.length = last;
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
}

export function patchSheet(sheet: SheetGrid, blocks: CellBlock[]): SheetGrid {
  const rows: RawValue[][] = sheet.rows.slice();
  const formats: (string | null)[][] = (sheet.formats ?? []).slice();
  const copied = new Set<number>();
  const copiedFormats = new Set<number>();
  const rowAt = (r: number): RawValue[] => {
    if (!copied.has(r)) {
      copied.add(r);
      rows[r] = (rows[r] ?? []).slice();
    }
    return rows[r];
  };
  const formatRowAt = (r: number): (string | null)[] => {
    if (!copiedFormats.has(r)) {
      copiedFormats.add(r);
      formats[r] = (formats[r] ?? []).slice();
    }
    return formats[r];
  };
  for (const { top, left, values, numberFormat } of blocks) {
    values.forEach((blockRow, i) => {
      const r = top + i;
      const row = rowAt(r);
      blockRow.forEach((value, j) => {
        const c = left + j;
        while (row.length < c) row.push(null);
        row[c] = isEmpty(value) ? null : (value as RawValue);
        // A number's format says how many decimals it is printed with; General says nothing.
        const format = typeof value === 'number' ? numberFormat?.[i]?.[j] : undefined;
        const kept = format && format !== 'General' ? format : null;
        if (kept || formats[r]?.[c]) {
          const formatRow = formatRowAt(r);
          while (formatRow.length < c) formatRow.push(null);
          formatRow[c] = kept;
        }
      });
    });
  }
  trim(rows, copied);
  trim(formats, copiedFormats);
  const patched: SheetGrid = { ...sheet, rows };
  if (formats.length) patched.formats = formats;
  else delete patched.formats;
  return patched;
}
