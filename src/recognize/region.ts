/** A candidate table on a sheet: from its title row down to the next title (or the sheet's end). */
import type { SheetGrid } from '../core/grid';
import type { TableRow } from '../core/table';
import type { TemplateDef } from '../core/template';
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

import { a1, cellAt, formatAt } from '../core/grid';
import { parseCell } from '../core/money';
import type { Figure } from '../core/table';
import type { FigureKind } from '../core/template';

/** A figure whose A1 address is spelled out only when a message or a mark needs it. */
class SheetFigure implements Figure {
  readonly parsed;
  // Memos set on the few figures that need them (declared, not defined: no field on the thousands that do not).
  declare scaled?: Figure['scaled'];
  declare private addr?: string;
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
    readonly rowKey: string,
    readonly colKey: string,
    readonly raw: ReturnType<typeof cellAt>,
    readonly kind: FigureKind,
    format: string | null,
  ) {
    this.parsed = parseCell(raw, format);
  }
  get address(): string {
    return (this.addr ??= a1(this.row, this.col));
  }
}

/** The figure at a cell, addressed by meaning. */
export function figureAt(sheet: SheetGrid, row: number, col: number, rowKey: string, colKey: string, kind: FigureKind = 'money'): Figure {
  return new SheetFigure(sheet.name, row, col, rowKey, colKey, cellAt(sheet, row, col), kind, formatAt(sheet, row, col));
}
