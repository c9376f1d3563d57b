/** Reading a table's header block: merged multi-row headers become one path of words per column. */
import { cellAt, columnCount, type CellRange, type SheetGrid } from '../core/grid';
import { normalize } from '../core/text';

/** Normalised text of a cell ('' for blanks and numbers). */
export function textAt(sheet: SheetGrid, row: number, col: number): string {
  const v = cellAt(sheet, row, col);
  return typeof v === 'string' ? normalize(v) : '';
}

export class MergeLookup {
  private readonly byCell = new Map<number, CellRange>();
  constructor(private readonly sheet: SheetGrid) {
    for (const m of sheet.merges ?? []) {
      // Only header-sized merges matter; data rows are read cell by cell.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 4096) continue;
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.byCell.set(r * 16384 + c, m);
    }
  }
  get hasMerges(): boolean {
    return (this.sheet.merges?.length ?? 0) > 0;
  }
  /** The merge a cell belongs to, if any. */
  at(row: number, col: number): CellRange | undefined {
    return this.byCell.get(row * 16384 + col);
  }
  /** Text shown in a cell, taking merged areas into account. */
  text(row: number, col: number): string {
    const m = this.at(row, col);
    return m ? textAt(this.sheet, m.top, m.left) : textAt(this.sheet, row, col);
  }
}

/**
 * Header path of every column over the given header rows: the distinct words from top to bottom.
 * Without merge information (CSV, some hosts) a group header is carried right over the empty cells
 * beside it, as long as the row below has words there.
 */
export function headerPaths(sheet: SheetGrid, merges: MergeLookup, headerRows: number[]): string[][] {
  const width = columnCount(sheet);
  const grid: string[][] = headerRows.map((r) => {
    const line: string[] = [];
    for (let c = 0; c < width; c++) line.push(merges.text(r, c));
    return line;
  });
  if (!merges.hasMerges) {
    for (let i = 0; i < grid.length - 1; i++) {
      let carry = '';
      for (let c = 0; c < width; c++) {
        if (grid[i][c]) carry = grid[i][c];
        else if (carry && grid[i + 1][c]) grid[i][c] = carry;
        else carry = '';
      }
    }
  }
  const paths: string[][] = [];
  for (let c = 0; c < width; c++) {
    const p: string[] = [];
    for (let i = 0; i < grid.length; i++) {
      const t = grid[i][c];
      if (t && p[p.length - 1] !== t) p.push(t);
    }
    paths.push(p);
  }
  return paths;
}

/** Row whose non-empty cells are "栏次" and/or consecutive integers from 1: the column numbering row. */
export function isOrdinalRow(sheet: SheetGrid, row: number): boolean {
  const r = sheet.rows[row] ?? [];
  const nums: number[] = [];
  let hasWord = false;
  for (const v of r) {
    if (v === null || v === undefined || v === '') continue;
    const t = typeof v === 'number' ? String(v) : normalize(String(v));
    if (t === '栏次') {
      hasWord = true;
      continue;
    }
    if (!/^\d{1,2}$/.test(t)) return false;
    nums.push(Number(t));
  }
  if (nums.length === 0) return false;
  if (hasWord) return true;
  if (nums.length < 3) return false;
  return nums.every((n, i) => n === i + 1);
}

/** 栏次 number by column, read from an ordinal row. */
export function ordinals(sheet: SheetGrid, row: number | undefined): Map<number, number> {
  const out = new Map<number, number>();
  if (row === undefined) return out;
  (sheet.rows[row] ?? []).forEach((v, c) => {
    const t = typeof v === 'number' ? String(v) : typeof v === 'string' ? normalize(v) : '';
    if (/^\d{1,2}$/.test(t)) out.set(c, Number(t));
  });
  return out;
}

const META = [
  /^(金额)?(计量)?单位[:]/,
  /^(部门|单位|编制单位|编制部门)(名称)?[:]/,
  /^\d{4}年度?$/,
  /^公开0?\d{1,2}表$/,
  /^附?表[一二三四五六七八九十\d]+$/,
  /^(金额)?单位[:]?(万元|元)$/,
];

export function isMetaText(t: string): boolean {
  return META.some((re) => re.test(t));
}

/** A row made only of header-line facts (部门名称, 年度, 单位, table code). */
export function isMetaRow(sheet: SheetGrid, row: number): boolean {
  let any = false;
  for (const v of sheet.rows[row] ?? []) {
    if (typeof v !== 'string' || !v.trim()) continue;
    any = true;
    if (!isMetaText(normalize(v))) return false;
  }
  return any;
}

/** The header block between a title and the first data row: its header rows (meta lines left out) and its 栏次 row. */
export function headerBlock(sheet: SheetGrid, from: number, to: number): { headerRows: number[]; ordinalRow?: number } {
  const headerRows: number[] = [];
  let ordinalRow: number | undefined;
  for (let r = from; r < to; r++) {
    if (isOrdinalRow(sheet, r)) ordinalRow = r;
    else if (!isMetaRow(sheet, r)) headerRows.push(r);
  }
  return { headerRows, ordinalRow };
}
