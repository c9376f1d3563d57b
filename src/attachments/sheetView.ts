/** A sheet as the 自评表 reader sees it: a merged area's value lives in its top-left cell. */
import type { CellRange, RawValue, SheetGrid } from '../core/grid';
import { a1, cellAt, columnCount, formatAt } from '../core/grid';
import { cellText } from '../core/text';
import { readFigure } from './figure';
import type { AttFigure, AttText } from './types';

export class SheetView {
  private readonly mergeAt = new Map<string, CellRange>();
  readonly width: number;
  constructor(readonly grid: SheetGrid) {
    for (const m of grid.merges ?? [])
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.mergeAt.set(`${r},${c}`, m);
    this.width = columnCount(grid);
  }
  get name(): string {
    return this.grid.name;
  }
  raw(r: number, c: number): RawValue {
    return cellAt(this.grid, r, c);
  }
  merge(r: number, c: number): CellRange | undefined {
    return this.mergeAt.get(`${r},${c}`);
  }
  /** Value shown at (r, c): the merged area's top-left value when (r, c) is inside one. */
  shown(r: number, c: number): RawValue {
    const m = this.merge(r, c);
    return m ? this.raw(m.top, m.left) : this.raw(r, c);
  }
  /** Last row of the cell's merged area (the cell's own row when not merged). */
  bottomOf(r: number, c: number): number {
    return this.merge(r, c)?.bottom ?? r;
  }
  /** Last column of the cell's merged area. */
  rightOf(r: number, c: number): number {
    return this.merge(r, c)?.right ?? c;
  }
  figure(r: number, c: number): AttFigure {
    return readFigure(this.name, r, c, this.raw(r, c), formatAt(this.grid, r, c));
  }
  text(r: number, c: number): AttText | undefined {
    const raw = this.raw(r, c);
    const t = cellText(raw);
    return t ? { sheet: this.name, cell: a1(r, c), row: r, col: c, text: t } : undefined;
  }
  /** First non-empty cell right of column c in row r (past the cell's own merged area). */
  rightText(r: number, c: number, before = Infinity): AttText | undefined {
    for (let x = this.rightOf(r, c) + 1; x < Math.min(this.width, before); x++) {
      const t = this.text(r, x);
      if (t) return t;
    }
    return undefined;
  }
}
