/**
 * What a read-only view of a workbook needs besides the grid's values, read with fflate and the XML scanner,
 * without ExcelJS: each sheet's extent (the cells with a value, and the empty cells with a border, which a
 * table's blank rows and columns have), its merged areas clipped to that extent, its column widths, and the
 * style of each cell that shows one (bold, alignment, wrap, borders: ./styles.ts). The bounds are the
 * reader's (../limits.ts): nothing beyond MAX_ROWS × MAX_COLUMNS is looked at, and the parts are the ones
 * readWorkbookGrid read, within the same size caps.
 */
import { strFromU8 } from 'fflate';
import type { CellRange, WorkbookGrid } from '../../core/grid';
import { MAX_COLUMNS, MAX_ROWS } from '../limits';
import { cellPosition, parseRange, readBook, readRels } from './read';
import { readCellStyles, type CellStyle } from './styles';
import { END, OPEN, XmlScanner } from './xml';
import { widthPx } from './width';
import { unzipParts } from './zip';

export type { BorderSides, BorderWeight, CellStyle } from './styles';

export interface SheetLayout {
  name: string;
  hidden: boolean;
  /** The extent the view draws, rows × cols from A1. */
  rows: number;
  cols: number;
  /** Merged areas within the extent. */
  merges: CellRange[];
  /** Some merged area of the file reached beyond the extent (and was clipped, or dropped). */
  mergesClipped?: boolean;
  /** Column widths in CSS pixels, one per column of the extent. */
  widths: number[];
  /** styleIds[r][c]: index into WorkbookLayout.styles; 0 or absent where the cell shows no style. */
  styleIds: number[][];
}

export interface WorkbookLayout {
  /** The cell styles; index 0 shows nothing. */
  styles: CellStyle[];
  sheets: SheetLayout[];
}

const WANTED = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|worksheets\/[^/]+\.xml)$/i;

interface Extent {
  rows: number;
  cols: number;
}

function readSheetLayout(xml: string, name: string, hidden: boolean, values: Extent, styles: CellStyle[]): SheetLayout {
  const shown = styles.map((s) => Object.keys(s).length > 0);
  const bordered = styles.map((s) => !!s.border);
  const styleIds: number[][] = [];
  const merges: CellRange[] = [];
  const cols: { min: number; max: number; width: number }[] = [];
  let rows = values.rows;
  let width = values.cols;
  const x = new XmlScanner(xml);
  let rowNum = -1;
  let col = -1;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN) continue;
    switch (x.name) {
      case 'row': {
        const r = x.attr('r');
        rowNum = r ? parseInt(r, 10) - 1 : rowNum + 1;
        col = -1;
        break;
      }
      case 'c': {
        const at = x.attr('r');
        const p = at ? cellPosition(at) : undefined;
        const [r, c] = p ?? [rowNum, col + 1];
        col = c;
        const s = parseInt(x.attr('s') ?? '0', 10);
        if (!s || !shown[s] || r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLUMNS) break;
        (styleIds[r] ??= [])[c] = s;
        // An empty cell with a border is part of the table as drawn: it widens the view.
        if (bordered[s]) {
          if (r >= rows) rows = r + 1;
          if (c >= width) width = c + 1;
        }
        break;
      }
      case 'col': {
        const min = parseInt(x.attr('min') ?? '', 10);
        const max = parseInt(x.attr('max') ?? '', 10);
        const w = parseFloat(x.attr('width') ?? '');
        if (min >= 1 && max >= min && Number.isFinite(w)) cols.push({ min: min - 1, max: max - 1, width: w });
        break;
      }
      case 'mergeCell': {
        const m = parseRange(x.attr('ref') ?? '');
        if (m) merges.push(m);
        break;
      }
    }
  }
  // Style ids beyond the extent (a bold empty cell far below the table) are dropped; holes become 0.
  const ids: number[][] = new Array(Math.min(styleIds.length, rows));
  for (let r = 0; r < ids.length; r++) {
    const line = styleIds[r];
    const n = line ? Math.min(line.length, width) : 0;
    const out: number[] = new Array(n);
    for (let c = 0; c < n; c++) out[c] = line[c] ?? 0;
    ids[r] = out;
  }
  const set: (number | undefined)[] = new Array(width);
  for (const k of cols) for (let c = k.min; c <= Math.min(k.max, width - 1); c++) set[c] ??= k.width;
  const widths: number[] = new Array(width);
  for (let c = 0; c < width; c++) widths[c] = widthPx(set[c]);
  const clipped: CellRange[] = [];
  let beyond = false;
  for (const m of merges) {
    if (m.bottom >= rows || m.right >= width) beyond = true;
    if (m.top >= rows || m.left >= width) continue;
    clipped.push({ top: m.top, left: m.left, bottom: Math.min(m.bottom, rows - 1), right: Math.min(m.right, width - 1) });
  }
  return { name, hidden, rows, cols: width, merges: clipped, ...(beyond ? { mergesClipped: true } : {}), widths, styleIds: ids };
}

/**
 * The layout of each sheet of `grid` (what readWorkbookGrid gave for these bytes), in its order. Call it after
 * readWorkbookGrid, which has refused what is too large or damaged.
 */
export function readWorkbookLayout(bytes: Uint8Array, grid: WorkbookGrid): WorkbookLayout {
  const parts = unzipParts(bytes, grid.name, (n) => WANTED.test(n));
  const text = (part: string) => (parts[part] ? strFromU8(parts[part]) : undefined);
  const book = readBook(text('xl/workbook.xml') ?? '', readRels(text('xl/_rels/workbook.xml.rels')));
  const styles = readCellStyles(text('xl/styles.xml'));
  const byName = new Map(grid.sheets.map((s) => [s.name, s]));
  const sheets: SheetLayout[] = [];
  for (const s of book.sheets) {
    const sheet = byName.get(s.name);
    const xml = s.part && /^xl\/worksheets\//i.test(s.part) ? text(s.part) : undefined;
    if (!sheet || xml === undefined) continue;
    const values = { rows: sheet.rows.length, cols: sheet.rows.reduce((n, r) => Math.max(n, r.length), 0) };
    sheets.push(readSheetLayout(xml, s.name, s.hidden, values, styles));
  }
  return { styles: styles.length ? styles : [{}], sheets };
}
