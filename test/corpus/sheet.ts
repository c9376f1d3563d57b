/**
 * Writing cells the way exports do: labels, merged headers, and figures either as numbers with a
 * number format or as text exactly as printed. Rows and columns are 1-based, as in ExcelJS.
 */
import type ExcelJS from 'exceljs';
import type { Money } from './model';

export const AMOUNT_FMT = '#,##0.00';

/** How a workbook prints its figures. */
export interface FigureStyle {
  /** Figures stored as text ("20,323.21"), as some exports and hand-copied tables do. */
  text?: boolean;
  /** Thousands separators in text figures: everywhere, or only in a table's first value column. */
  thousands?: 'all' | 'first';
  /** "0.00" (or 0 shown as 0.00) in every empty cell where a figure belongs. */
  zeros?: boolean;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** "20323.21" → "20,323.21". */
export function withThousands(v: string): string {
  const [int, frac] = v.split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
}

export class SheetWriter {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly style: FigureStyle = {},
  ) {}

  /** A label or note; an empty string leaves the cell empty (but styled). */
  text(r: number, c: number, value: string, h: 'left' | 'center' | 'right' = 'center'): void {
    const cell = this.ws.getCell(r, c);
    if (value !== '') cell.value = value;
    cell.font = { name: '宋体', size: 10 };
    cell.alignment = { horizontal: h, vertical: 'middle', wrapText: true };
  }

  /** A code written as text ("2010350", "301", "01"), as exports do. */
  code(r: number, c: number, value: string): void {
    if (value === '') return;
    const cell = this.ws.getCell(r, c);
    cell.value = value;
    cell.numFmt = '@';
    cell.alignment = { horizontal: 'left', vertical: 'middle' };
  }

  /** Writes `value` into r1:c1 and merges r1..r2 × c1..c2 (nothing to merge for a single cell). */
  merged(r1: number, c1: number, r2: number, c2: number, value: string, h: 'left' | 'center' | 'right' = 'center'): void {
    if (r2 > r1 || c2 > c1) this.ws.mergeCells(r1, c1, r2, c2);
    this.text(r1, c1, value, h);
  }

  /**
   * A figure. `first` says whether the cell is in the table's first value column (for thousands: 'first').
   * Empty figures stay empty unless the style fills zeros; "——" is written as printed.
   */
  money(r: number, c: number, value: Money, first = false): void {
    const cell = this.ws.getCell(r, c);
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
    const v = value ?? (this.style.zeros ? '0.00' : null);
    if (v === null) return;
    if (v === '——') {
      cell.value = v;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      return;
    }
    if (!/^-?\d+(\.\d+)?$/.test(v)) throw new Error(`not a figure: ${JSON.stringify(v)}`);
    if (this.style.text) {
      const sep = this.style.thousands === 'all' || (this.style.thousands === 'first' && first);
      cell.value = sep ? withThousands(v) : v;
      cell.numFmt = '@';
    } else {
      cell.value = Number(v);
      cell.numFmt = AMOUNT_FMT;
    }
  }

  /** A count (vehicles, 台套): an integer, 0 when the style fills zeros. */
  count(r: number, c: number, value: number | null): void {
    const v = value ?? (this.style.zeros ? 0 : null);
    if (v === null) return;
    const cell = this.ws.getCell(r, c);
    cell.value = v;
    cell.numFmt = '0';
  }

  borders(r1: number, c1: number, r2: number, c2: number): void {
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) this.ws.getCell(r, c).border = BORDER;
  }

  widths(list: number[]): void {
    list.forEach((w, i) => (this.ws.getColumn(i + 1).width = w));
  }
}
