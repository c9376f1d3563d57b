/**
 * The one table lookup: a figure of the recognised tables by table, row and column, its name as the
 * officer reads it, its value in the unit asked for, and its rounding band. The rules, the narrative
 * checker, the generator and the 自评表 cross-checks all find and name figures through it.
 */
import { ZERO, type Decimal } from './money';
import type { Figure, RecognizedTable, TableRow, Unit } from './table';
import type { TableKey } from './template';
import { figureScaled, unitFactor, unitShift, type Scaled } from './tolerance';

export class TableLookup {
  private readonly byKey = new Map<TableKey, RecognizedTable>();

  /** `unit`: the unit every value is given in (counts stay counts). */
  constructor(
    tables: Iterable<RecognizedTable>,
    readonly unit: Unit = '万元',
  ) {
    for (const t of tables) if (!this.byKey.has(t.key)) this.byKey.set(t.key, t);
  }

  table(key: TableKey): RecognizedTable | undefined {
    return this.byKey.get(key);
  }

  has(key: TableKey): boolean {
    return this.byKey.has(key);
  }

  tables(): RecognizedTable[] {
    return [...this.byKey.values()];
  }

  rows(key: TableKey): TableRow[] {
    return this.byKey.get(key)?.rows ?? [];
  }

  row(key: TableKey, rowKey: string): TableRow | undefined {
    return this.byKey.get(key)?.rowIndex.get(rowKey);
  }

  /** The column a figure is read from when none is named: the table's main amount column. */
  defaultColumn(table: RecognizedTable): string {
    return table.template.defaultColumn ?? '';
  }

  /** A figure by row key and column key (the table's main column when omitted); undefined when not in the table. */
  figure(key: TableKey, rowKey: string, colKey?: string): Figure | undefined {
    const table = this.byKey.get(key);
    return table?.rowIndex.get(rowKey)?.figures.get(colKey ?? this.defaultColumn(table));
  }

  /**
   * A row as the officer reads it: "2010350 事业运行" (code and printed name); a 功能类 row of an item
   * table (公开01/04) by its name without "一、"; an item by its key (总计 of the 收入 side is "收入总计").
   */
  rowName(table: RecognizedTable, row: TableRow): string {
    if (row.code && (row.kind !== 'class' || table.template.kind !== 'items')) return `${row.code} ${row.label}`.trim();
    return row.code ? row.label.replace(/^[一二三四五六七八九十]+、/, '') : row.key;
  }

  /** Whether a figure's column is named beside its row: tables of several amount columns, and the 三公 table. */
  showsColumn(table: RecognizedTable, colKey: string): boolean {
    if (table.template.kind === 'single') return true;
    if (table.template.kind === 'items') return colKey !== this.defaultColumn(table);
    return table.columns.length > 1;
  }

  /** "2010350 事业运行·基本支出": the row, and the column where it is not implied. */
  figureName(table: RecognizedTable, figure: Figure): string {
    const row = table.rowIndex.get(figure.rowKey);
    const name = row ? this.rowName(table, row) : figure.rowKey;
    return this.showsColumn(table, figure.colKey) ? `${name}·${figure.colKey}` : name;
  }

  /** The value in this lookup's unit (a 元 table's amounts converted); blanks, "——" and text are 0. */
  value(figure: Figure, table: RecognizedTable): Decimal {
    if (figure.parsed.kind !== 'number') return ZERO;
    return figure.kind === 'count' ? figure.parsed.value : figure.parsed.value.times(unitFactor(table.unit, this.unit));
  }

  /** Value and rounding half-width in scaled integers of this unit, computed once per figure and unit. */
  scaled(figure: Figure, table: RecognizedTable | undefined): Scaled {
    const shift = unitShift(table?.unit ?? null, this.unit);
    const memo = figure.scaled;
    if (memo && memo.shift === shift) return memo;
    const s = figureScaled(figure, shift);
    figure.scaled = { shift, value: s.value, radius: s.radius };
    return figure.scaled;
  }
}
