/// <reference types="office-js" />
/**
 * Reading the sheets through Office.js: every sheet's used-range values, number formats and merged areas
 * in one sync.
 *
 * ## Values
 *
 * `Range.values` as Excel returns them: formula results, "" for empty cells (→ null), error values as
 * text ("#DIV/0!"). Merged areas hold their value in the top-left cell, as in the grid; they are read
 * from the whole sheet, since a merge may reach beyond the last value. Dates come as serial numbers,
 * where the ExcelJS reader gives ISO text (决算 tables carry no dates in their figures).
 *
 * ## Limits, and what the read does past them
 *
 * - Payload (Excel on the web: 5 MB per request or response, "RichApi.Error" otherwise): no arrangement
 *   of loads inside one sync helps, because the limit is on the whole response. The read falls back to
 *   the sizes first, then row blocks of ≤ 50,000 cells, several per sync, halving the batch while the
 *   host refuses it.
 * - Five million cells per read: past it `Range.values` "doesn't always throw an error. In some cases,
 *   `Range.values` returns `null` instead" (Excel performance docs). A sheet whose values come back null
 *   is read in row blocks; a block that still comes back null is halved.
 * - 512 merged areas: `getMergedAreasOrNullObject` "will fail to return the result" past them, failing the
 *   whole sync. The values are then read without merges and the merges asked sheet by sheet; a sheet that
 *   still fails is read as unmerged and named in `mergesUnread` (the standard tables are recognised
 *   without their merges).
 */
import type { CellRange, RawValue, SheetGrid } from '../../core/grid';
import { a1Range } from '../../core/grid';
import { parseAreas } from './address';
import { isPayloadLimit } from './errors';

/** Cells per range request when a large used range has to be read in blocks. */
export const CHUNK_CELLS = 50_000;
/** Cells per sync in that case (halved while the host refuses the payload). */
export const SYNC_CELLS = 200_000;

/** A worksheet and its name and visibility as loaded. */
export interface SheetInfo {
  sheet: Excel.Worksheet;
  name: string;
  hidden: boolean;
}

/** Where a sheet's used range (values only) lies; null when it has no value. */
export type UsedRect = CellRange | null;

export interface SheetsRead {
  grids: SheetGrid[];
  /** Each sheet's used range, in the order of the sheets: what a later check compares against. */
  used: UsedRect[];
  /** Sheets read without their merged areas. */
  mergesUnread: string[];
}

/** What a sheet read gives before it becomes a grid: values, and the number formats of number cells. */
interface SheetCells {
  rows: RawValue[][];
  formats: (string | null)[][];
}

const newCells = (): SheetCells => ({ rows: [], formats: [] });

/** A block of rows of one sheet's used range, read in one request. */
interface Band extends CellRange {
  sheet: number;
}

/** What rectOf needs of a used range. */
export const USED_PATHS = 'rowIndex,columnIndex,rowCount,columnCount';

/**
 * Values of a block placed at their absolute positions; "" (an empty cell in Office.js) is null. A number's
 * format is kept unless General: it says how many decimals the figure is printed with.
 */
function place(cells: SheetCells, top: number, left: number, values: unknown[][], numberFormat: string[][] | null | undefined): void {
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

function gridOf(info: SheetInfo, cells: SheetCells, merges: CellRange[]): SheetGrid {
  const grid: SheetGrid = { name: info.name, rows: finishRows(cells.rows), merges, hidden: info.hidden };
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

/** A sheet's used range (loaded with USED_PATHS) as cell bounds; null for an empty sheet. */
export function rectOf(used: Excel.Range): UsedRect {
  if (used.isNullObject) return null;
  return {
    top: used.rowIndex,
    left: used.columnIndex,
    bottom: used.rowIndex + used.rowCount - 1,
    right: used.columnIndex + used.columnCount - 1,
  };
}

/** Every sheet's values, number formats and merged areas: one sync, more only past the limits above. */
export async function readSheets(context: Excel.RequestContext, sheets: SheetInfo[]): Promise<SheetsRead> {
  let withMerges = true;
  for (;;) {
    const used = sheets.map(({ sheet }) => sheet.getUsedRangeOrNullObject(true).load(`values,numberFormat,${USED_PATHS}`));
    const merged = withMerges ? sheets.map(({ sheet }) => sheet.getRange().getMergedAreasOrNullObject().load('address')) : undefined;
    try {
      await context.sync();
    } catch (error) {
      if (isPayloadLimit(error)) return readAllInBlocks(context, sheets, !withMerges);
      if (!withMerges) throw error;
      // Past 512 merged areas on a sheet the whole sync fails: values first, then merges sheet by sheet.
      withMerges = false;
      continue;
    }
    const cells = sheets.map(newCells);
    const rects = used.map(rectOf);
    const bands: Band[] = [];
    used.forEach((range, i) => {
      if (range.isNullObject) return;
      if (range.values) place(cells[i], range.rowIndex, range.columnIndex, range.values, range.numberFormat);
      else bands.push(...bandsOf(rects[i]!, i)); // null past five million cells: read in blocks
    });
    await readBands(context, sheets, bands, cells);
    const merges = merged ? { merges: merged.map(mergesOf), unread: [] } : await mergesSheetBySheet(context, sheets);
    return {
      grids: sheets.map((info, i) => gridOf(info, cells[i], merges.merges[i])),
      used: rects,
      mergesUnread: merges.unread,
    };
  }
}

/** Past the payload limit: sizes first, then row blocks, then the merged areas. */
async function readAllInBlocks(context: Excel.RequestContext, sheets: SheetInfo[], mergesFailed: boolean): Promise<SheetsRead> {
  const used = sheets.map(({ sheet }) => sheet.getUsedRangeOrNullObject(true).load(USED_PATHS));
  await context.sync();
  const rects = used.map(rectOf);
  const cells = sheets.map(newCells);
  await readBands(
    context,
    sheets,
    rects.flatMap((rect, i) => (rect ? bandsOf(rect, i) : [])),
    cells,
  );
  const merges = await readMerges(context, sheets, mergesFailed);
  return { grids: sheets.map((info, i) => gridOf(info, cells[i], merges.merges[i])), used: rects, mergesUnread: merges.unread };
}

function bandsOf(rect: CellRange, sheet: number): Band[] {
  const columns = rect.right - rect.left + 1;
  const rowsPerBand = Math.max(1, Math.floor(CHUNK_CELLS / columns));
  const bands: Band[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rowsPerBand) {
    bands.push({ sheet, top, bottom: Math.min(rect.bottom, top + rowsPerBand - 1), left: rect.left, right: rect.right });
  }
  return bands;
}

const cellsIn = (band: Band) => (band.bottom - band.top + 1) * (band.right - band.left + 1);

function halves(band: Band): Band[] {
  if (band.top === band.bottom) throw new Error(`第 ${band.top + 1} 行过大，无法读取`);
  const middle = band.top + Math.floor((band.bottom - band.top) / 2);
  return [
    { ...band, bottom: middle },
    { ...band, top: middle + 1 },
  ];
}

/** Reads row blocks, several per sync; fewer while the host refuses the payload, a block halved while it comes back null. */
async function readBands(context: Excel.RequestContext, sheets: SheetInfo[], pending: Band[], cells: SheetCells[]): Promise<void> {
  const bands = [...pending];
  let budget = SYNC_CELLS;
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
      if (group.length > 1) bands.unshift(...group);
      else bands.unshift(...halves(group[0]));
      budget = Math.max(1, Math.floor(total / 2));
      continue;
    }
    group.forEach((band, k) => {
      const { values, numberFormat } = loads[k];
      if (values) place(cells[band.sheet], band.top, band.left, values, numberFormat);
      else bands.unshift(...halves(band));
    });
  }
}

/** Merged areas of every sheet: in one sync unless that is known to fail, then sheet by sheet. */
async function readMerges(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  knownToFail: boolean,
): Promise<{ merges: CellRange[][]; unread: string[] }> {
  if (!knownToFail) {
    const merged = sheets.map(({ sheet }) => sheet.getRange().getMergedAreasOrNullObject().load('address'));
    try {
      await context.sync();
      return { merges: merged.map(mergesOf), unread: [] };
    } catch (error) {
      if (isPayloadLimit(error)) throw error;
    }
  }
  return mergesSheetBySheet(context, sheets);
}

/** One sync per sheet: only when a sheet has more merged areas than Excel gives. */
async function mergesSheetBySheet(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
): Promise<{ merges: CellRange[][]; unread: string[] }> {
  const merges: CellRange[][] = [];
  const unread: string[] = [];
  for (const { sheet, name } of sheets) {
    const merged = sheet.getRange().getMergedAreasOrNullObject().load('address');
    try {
      await context.sync();
      merges.push(mergesOf(merged));
    } catch {
      merges.push([]);
      unread.push(name);
    }
  }
  return { merges, unread };
}
