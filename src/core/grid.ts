/**
 * The plain cell grid every host adapter produces and the pure core consumes.
 * No host API appears here: Office.js and ExcelJS adapters both fill these shapes.
 */

/** A cell as a host reports it: the displayed/cached value, never a formula. */
export type RawValue = string | number | boolean | null;

/** 0-based inclusive rectangle. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c], 0-based, ragged allowed. A merged area holds its value in its top-left cell only. */
  rows: RawValue[][];
  /** Merged areas (0-based, inclusive). */
  merges?: CellRange[];
  hidden?: boolean;
  /** A1 addresses of formulas the file holds no computed value for (saved by a tool that does not calculate). */
  uncalculated?: string[];
  /**
   * Number formats ("0.00", "#,##0.00_ ") of number cells, formats[r][c] beside rows[r][c]; ragged and
   * sparse (null or missing where the format is General or the cell is not a number). A host that cannot
   * tell leaves it out: the stored value then speaks for itself.
   */
  formats?: (string | null)[][];
}

export interface WorkbookGrid {
  /** File name or workbook title, for messages. */
  name?: string;
  sheets: SheetGrid[];
}

/** Column index (0-based) to letters: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/column to an A1 address. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 address of a range. */
export function a1Range(r: CellRange): string {
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** Parses "AB12" to 0-based {row, col}. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!m) throw new Error(`不是有效的单元格地址：${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function cellAt(sheet: SheetGrid, row: number, col: number): RawValue {
  const r = sheet.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** The number format of a cell, when the host reported one. */
export function formatAt(sheet: SheetGrid, row: number, col: number): string | null {
  return sheet.formats?.[row]?.[col] ?? null;
}

export function columnCount(sheet: SheetGrid): number {
  let n = 0;
  for (const r of sheet.rows) if (r && r.length > n) n = r.length;
  return n;
}
