/** What the read-only workbook view draws: plain data, made from ExcelJS in the lazy chunk. */
import type { CellRange } from '../../core/grid';

export interface ViewCell {
  /** The displayed text (numbers formatted by the cell's number format). */
  text: string;
  num?: boolean;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  border?: boolean;
}

export interface SheetView {
  name: string;
  hidden: boolean;
  /** Used range: rows × cols from A1. */
  rows: number;
  cols: number;
  /** cells[r][c], 0-based, ragged; null where nothing shows. */
  cells: (ViewCell | null)[][];
  merges: CellRange[];
  /** Column widths in CSS pixels. */
  widths: number[];
}
