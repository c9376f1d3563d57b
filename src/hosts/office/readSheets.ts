/// <reference types="office-js" />
/**
 * Reading the sheets through Office.js: every sheet's used-range values and merged areas in one sync,
 * with the search for the add-in's marks riding along when marks may exist.
 *
 * ## Values
 *
 * `Range.values` as Excel returns them: formula results, "" for empty cells (→ null), error values as
 * text ("#DIV/0!"). Merged areas hold their value in the top-left cell, as in the grid; they are read
 * from the whole sheet, since a merge may reach beyond the last value. Dates come as serial numbers,
 * where the ExcelJS reader gives ISO text (决算 tables carry no dates in their figures).
 *
 * ## Payload limit
 *
 * Past the payload limit (Excel on the web: 5 MB per request or response, "RichApi.Error" otherwise)
 * no arrangement of loads inside one sync helps, because the limit is on the whole response. The read
 * then falls back to reading the sizes and then row blocks of ≤ 50,000 cells, several per sync,
 * halving the batch whenever the host still refuses it.
 */
import type { CellRange, RawValue, SheetGrid } from '../../core/grid';
import { a1Range } from '../../core/grid';
import { parseAreas } from './address';
import { isPayloadLimit } from './errors';
import type { MarkFinder, NamedSheet } from './markFormats';

/** Cells per range request when a large used range has to be read in blocks. */
export const CHUNK_CELLS = 50_000;
/** Cells per sync in that case (halved while the host refuses the payload). */
export const SYNC_CELLS = 200_000;

export interface SheetInfo extends NamedSheet {
  hidden: boolean;
}

/** The grids, and the ids of the add-in's formats per sheet: undefined when marks may exist but were not searched. */
export interface SheetsRead {
  grids: SheetGrid[];
  ids?: Map<string, string[]>;
}

/** What a sheet read gives before it becomes a grid: values, and the number formats of number cells. */
interface SheetCells {
  rows: RawValue[][];
  formats: (string | null)[][];
}

const newCells = (): SheetCells => ({ rows: [], formats: [] });

/** A block of rows of one sheet's used range, read in one request. */
interface Band {
  sheet: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Values of a block placed at their absolute positions; "" (an empty cell in Office.js) is null. A number's
 * format is kept unless General: it says how many decimals the figure is printed with.
 */
function place(cells: SheetCells, top: number, left: number, values: unknown[][], numberFormat: string[][] | undefined): void {
  const { rows, formats } = cells;
  for (let i = 0; i < values.length; i++) {
    const blockRow = values[i];
    let row: RawValue[] | undefined;
    for (let j = 0; j < blockRow.length; j++) {
      const value = blockRow[j];
      if (value === '' || value === null || value === undefined) continue;
      row ??= rows[top + i] ?? [];
      row[left + j] = value as RawValue;
      const format = typeof value === 'number' ? numberFormat?.[i]?.[j] : undefined;
      if (format && format !== 'General') (formats[top + i] ??= [])[left + j] = format;
    }
    if (row) rows[top + i] = row;
  }
}

function gridOf(info: SheetInfo, cells: SheetCells, merged: Excel.RangeAreas): SheetGrid {
  const grid: SheetGrid = { name: info.name, rows: finishRows(cells.rows), merges: mergesOf(merged), hidden: info.hidden };
  if (cells.formats.length) grid.formats = Array.from(cells.formats, (row) => Array.from(row ?? [], (format) => format ?? null));
  return grid;
}

/** Ragged rows as the core expects them: no holes, trailing empties dropped. */
function finishRows(rows: RawValue[][]): RawValue[][] {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) {
      rows[r] = [];
      continue;
    }
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  return rows;
}

function mergesOf(merged: Excel.RangeAreas): CellRange[] {
  if (merged.isNullObject) return [];
  return parseAreas(merged.address).sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Values and merged areas of every sheet in one sync, and the add-in's formats when marks may exist
 * (`scan`) and the host has not refused the one-step search. A refusal is remembered in `finder`.
 */
export async function readSheets(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  scan: boolean,
  finder: MarkFinder,
): Promise<SheetsRead> {
  let search = scan && !finder.twoStep;
  for (;;) {
    const used = sheets.map(({ sheet }) => sheet.getUsedRangeOrNullObject(true).load('values,numberFormat,rowIndex,columnIndex'));
    const merged = sheets.map(({ sheet }) => sheet.getRange().getMergedAreasOrNullObject().load('address'));
    const found = search ? finder.queueSearch(sheets) : undefined;
    try {
      await context.sync();
    } catch (error) {
      if (isPayloadLimit(error)) return readSheetsInBlocks(context, sheets, search, scan, finder);
      if (search) {
        // The host refused the search for the add-in's formats: read without it; mark() searches again.
        search = false;
        finder.twoStep = true;
        continue;
      }
      throw error;
    }
    const grids = sheets.map((info, i) => {
      const cells = newCells();
      const usedRange = used[i];
      if (!usedRange.isNullObject) place(cells, usedRange.rowIndex, usedRange.columnIndex, usedRange.values, usedRange.numberFormat);
      return gridOf(info, cells, merged[i]);
    });
    return { grids, ids: found ? found() : scan ? undefined : new Map() };
  }
}

/** Past the payload limit: sizes first, then row blocks, several per sync, fewer while the host refuses. */
async function readSheetsInBlocks(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  search: boolean,
  scan: boolean,
  finder: MarkFinder,
): Promise<SheetsRead> {
  let used: Excel.Range[];
  let merged: Excel.RangeAreas[];
  let found: (() => Map<string, string[]>) | undefined;
  for (;;) {
    used = sheets.map(({ sheet }) => sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
    merged = sheets.map(({ sheet }) => sheet.getRange().getMergedAreasOrNullObject().load('address'));
    found = search ? finder.queueSearch(sheets) : undefined;
    try {
      await context.sync();
      break;
    } catch (error) {
      if (search && !isPayloadLimit(error)) {
        search = false;
        continue;
      }
      throw error;
    }
  }
  const read: SheetCells[] = sheets.map(newCells);
  const bands: Band[] = [];
  used.forEach((usedRange, sheet) => {
    if (usedRange.isNullObject) return;
    const rowsPerBand = Math.max(1, Math.floor(CHUNK_CELLS / usedRange.columnCount));
    for (let r = 0; r < usedRange.rowCount; r += rowsPerBand) {
      bands.push({
        sheet,
        top: usedRange.rowIndex + r,
        bottom: usedRange.rowIndex + Math.min(usedRange.rowCount, r + rowsPerBand) - 1,
        left: usedRange.columnIndex,
        right: usedRange.columnIndex + usedRange.columnCount - 1,
      });
    }
  });
  let budget = SYNC_CELLS;
  const cellsIn = (band: Band) => (band.bottom - band.top + 1) * (band.right - band.left + 1);
  while (bands.length) {
    const group: Band[] = [bands.shift()!];
    let total = cellsIn(group[0]);
    while (bands.length && total + cellsIn(bands[0]) <= budget) {
      total += cellsIn(bands[0]);
      group.push(bands.shift()!);
    }
    const loads = group.map((band) => sheets[band.sheet].sheet.getRange(a1Range(band)).load('values,numberFormat'));
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error)) throw error;
      if (group.length > 1) {
        budget = Math.max(1, Math.floor(total / 2));
        bands.unshift(...group);
        continue;
      }
      const band = group[0];
      if (band.top === band.bottom) throw error;
      const middle = band.top + Math.floor((band.bottom - band.top) / 2);
      bands.unshift({ ...band, bottom: middle }, { ...band, top: middle + 1 });
      budget = Math.min(budget, Math.max(1, Math.floor(total / 2)));
      continue;
    }
    group.forEach((band, k) => place(read[band.sheet], band.top, band.left, loads[k].values, loads[k].numberFormat));
  }
  const grids = sheets.map((info, i) => gridOf(info, read[i], merged[i]));
  return { grids, ids: found ? found() : scan ? undefined : new Map() };
}
