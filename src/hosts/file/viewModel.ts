/**
 * What the read-only workbook view draws, as plain data: the layout read from the file (src/xlsx/lean/view.ts:
 * extent, merges, widths, cell styles) over the grid's values, so the view holds no second copy of the cells.
 * The text of a cell and its borders are worked out only for the cells drawn (viewCell, cellEdges).
 */
import type { CellRange, RawValue, SheetGrid } from '../../core/grid';
import type { BorderSides, BorderWeight, CellStyle, SheetLayout } from '../../xlsx/lean/view';
import { widthPx } from '../../xlsx/lean/width';
import { cellText } from './cellText';

export type { BorderWeight };

export interface ViewCell {
  /** The displayed text (numbers formatted by the cell's number format). */
  text: string;
  num?: boolean;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

export interface SheetView extends SheetLayout {
  /** The grid's values (merged-away cells empty) and the number formats of its number cells. */
  values: RawValue[][];
  formats?: (string | null)[][];
  /** The cell styles styleIds point into (the workbook's, shared by its sheets). */
  styles: CellStyle[];
}

/** The view of one sheet: its layout over the grid's values. */
export function sheetView(layout: SheetLayout, grid: SheetGrid, styles: CellStyle[]): SheetView {
  return { ...layout, values: grid.rows, ...(grid.formats ? { formats: grid.formats } : {}), styles };
}

/** A sheet of text lines, one paragraph a row in column A, wrapped (what 插入到工作表 writes). */
export function textSheet(name: string, lines: string[]): { grid: SheetGrid; view: SheetView } {
  const grid: SheetGrid = { name, rows: lines.map((line) => [line]), merges: [], hidden: false };
  const view: SheetView = {
    name,
    hidden: false,
    rows: lines.length,
    cols: 1,
    merges: [],
    widths: [widthPx(100)],
    styleIds: lines.map(() => [1]),
    values: grid.rows,
    styles: [{}, { wrap: true }],
  };
  return { grid, view };
}

const styleAt = (sheet: SheetView, r: number, c: number): CellStyle | undefined => {
  const id = sheet.styleIds[r]?.[c];
  return id ? sheet.styles[id] : undefined;
};

/** What the cell at (r, c) shows; null when it shows neither text nor a style. */
export function viewCell(sheet: SheetView, r: number, c: number): ViewCell | null {
  const raw = sheet.values[r]?.[c] ?? null;
  const style = styleAt(sheet, r, c);
  if (raw === null && !style) return null;
  const text = raw === null ? '' : cellText(raw, sheet.formats?.[r]?.[c] ?? undefined);
  return {
    text,
    ...(typeof raw === 'number' ? { num: true } : {}),
    ...(style?.bold ? { bold: true } : {}),
    ...(style?.align ? { align: style.align } : {}),
    ...(style?.wrap ? { wrap: true } : {}),
  };
}

const side = (sheet: SheetView, r: number, c: number, s: keyof BorderSides): number =>
  (r >= 0 && c >= 0 && styleAt(sheet, r, c)?.border?.[s]) || 0;

/**
 * The borders to draw around a cell, or around a merged area drawn as one cell (`area`). An edge two cells
 * share is drawn once, as the right or bottom edge of the first, with the heavier of the two cells' lines
 * (Excel draws a line that either cell has); top and left edges only at the first row drawn (`firstRow`) and
 * in column A, where no cell above or to the left draws them. Empty cells have their borders as much as
 * filled ones.
 */
export function cellEdges(sheet: SheetView, r: number, c: number, area?: CellRange, firstRow = 0): BorderSides {
  const { top, left, bottom, right } = area ?? { top: r, left: c, bottom: r, right: c };
  let e = 0;
  let s = 0;
  let n = 0;
  let w = 0;
  for (let rr = top; rr <= bottom; rr++) {
    e = Math.max(e, side(sheet, rr, right, 'right'), side(sheet, rr, right + 1, 'left'));
    if (left === 0) w = Math.max(w, side(sheet, rr, 0, 'left'));
  }
  for (let cc = left; cc <= right; cc++) {
    s = Math.max(s, side(sheet, bottom, cc, 'bottom'), side(sheet, bottom + 1, cc, 'top'));
    if (top === firstRow) n = Math.max(n, side(sheet, top, cc, 'top'), side(sheet, top - 1, cc, 'bottom'));
  }
  const out: BorderSides = {};
  if (n) out.top = n as BorderWeight;
  if (e) out.right = e as BorderWeight;
  if (s) out.bottom = s as BorderWeight;
  if (w) out.left = w as BorderWeight;
  return out;
}
