/** A candidate table on a sheet: from its title row down to the next title (or the sheet's end). */
import type { SheetGrid } from '../core/grid';
import type { TableRow } from '../core/table';
import type { TemplateDef } from '../templates/types';
import type { MergeLookup } from './header';

export interface Region {
  sheet: SheetGrid;
  merges: MergeLookup;
  template: TemplateDef;
  titleRow: number;
  titleCol: number;
  /** Exclusive. */
  endRow: number;
}

/** What a kind-specific reader finds inside a region. */
export interface Structure {
  rows: TableRow[];
  columns: string[];
  firstDataRow: number;
  lastRow: number;
  leftCol: number;
  rightCol: number;
  problems: string[];
  notApplicable?: import('../core/table').Figure[];
}

import { a1, cellAt } from '../core/grid';
import { parseCell } from '../core/money';
import type { Figure } from '../core/table';
import type { FigureKind } from '../templates/types';

/** The figure at a cell, addressed by meaning. */
export function figureAt(sheet: SheetGrid, row: number, col: number, rowKey: string, colKey: string, kind: FigureKind = 'money'): Figure {
  const raw = cellAt(sheet, row, col);
  return { sheet: sheet.name, row, col, address: a1(row, col), rowKey, colKey, raw, parsed: parseCell(raw), kind };
}
