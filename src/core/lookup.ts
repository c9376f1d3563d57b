/**
 * The one table lookup: a figure of the recognised tables by table, row and column, its name as the
 * officer reads it, its value in the unit asked for, and its rounding band. The rules, the narrative
 * checker, the generator and the 自评表 cross-checks all find and name figures through it.
 */
import { FigureRow } from './figureRow';
import { ZERO, type Decimal } from './money';
import type { Figure, RecognizedTable, TableRow, Unit } from './table';
import type { TableKey } from './template';
import { FAST_LIMIT, FAST_MAX_PLACES, figureScaled, pow10, unitFactor, unitShift, type Scaled } from './tolerance';

/**
 * How a lookup adds its figures exactly without BigInt: integers of half-units of 10^-places of its unit
 * (tolerance.ts), and the largest |value| + band any figure reaches in them.
 */
export interface FastScale {
  places: number;
  /** Upper bound of |value| + band of any one figure, in fast units: a sum of n figures is exact while n × max ≤ FAST_LIMIT. */
  max: number;
}

/** A running sum in fast units: Σ signed values and Σ bands. */
export interface FastSum {
  value: number;
  radius: number;
}

/** What a row holds in a column, for the fast sums: no such figure, a figure that is no number, a number. */
export const NO_FIGURE = 0;
export const NOT_A_NUMBER = 1;
export const A_NUMBER = 2;

/**
 * A table's column in fast units by row position (the order of table.rows): what the rules' hot sums read, in
 * three arrays, instead of visiting thousands of figure objects again and again.
 */
export interface FastColumn {
  /** NO_FIGURE, NOT_A_NUMBER or A_NUMBER. */
  state: Uint8Array;
  /** The number's value in fast units (0 elsewhere). */
  value: Float64Array;
  /** Its band in fast units (0 elsewhere). */
  radius: Float64Array;
}

/** A column's figures as decideFast reads them, by row position: state, digits, places and band. */
interface RawColumn {
  state: Uint8Array;
  units: Float64Array;
  decimals: Int32Array;
  /** The band's places (published, or at least 2), or COUNT_BAND for a count. */
  band: Int32Array;
}

const COUNT_BAND = -1 << 30;

function rawColumn(n: number): RawColumn {
  return { state: new Uint8Array(n), units: new Float64Array(n), decimals: new Int32Array(n), band: new Int32Array(n) };
}

export class TableLookup {
  private readonly byKey = new Map<TableKey, RecognizedTable>();
  /** undefined: not decided yet; null: the figures need the BigInt path. */
  private fast?: FastScale | null;
  /** Per table: whether every row is the one its key finds (rowsKeyedUniquely). */
  private readonly uniquelyKeyed = new Map<RecognizedTable, boolean>();
  /** Per table and column key: what fastColumn needs of its figures, kept by decideFast. */
  private readonly rawColumns = new Map<RecognizedTable, Map<string, RawColumn>>();
  /** Per table and column key: its fast column (fastColumn). */
  private readonly fastColumns = new Map<RecognizedTable, Map<string, FastColumn>>();

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

  /** Whether every row of a table is the row its key finds (no key is repeated): asked per formula, decided once. */
  rowsKeyedUniquely(table: RecognizedTable): boolean {
    let unique = this.uniquelyKeyed.get(table);
    if (unique === undefined) {
      unique = table.rows.every((r) => table.rowIndex.get(r.key) === r);
      this.uniquelyKeyed.set(table, unique);
    }
    return unique;
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

  /**
   * The fast representation of this lookup's figures, decided once from all of them: the finest places any
   * figure (or its band) has in this unit, and the largest magnitude. Undefined when a figure is finer than
   * FAST_MAX_PLACES or one figure alone could not be held exactly: every sum then takes the BigInt path.
   */
  fastScale(): FastScale | undefined {
    if (this.fast === undefined) this.fast = this.decideFast();
    return this.fast ?? undefined;
  }

  /** Whether a sum of `n` figures (and `extra` fast units of literals) stays exact in the fast units. */
  fastFits(n: number, extra = 0): boolean {
    const scale = this.fastScale();
    return scale !== undefined && n * scale.max + extra <= FAST_LIMIT;
  }

  private decideFast(): FastScale | null {
    // Pass 1: the places every figure needs, and its magnitude (|value| < 10^digits of the report unit). What
    // fastColumn needs of each figure is kept on the way, column by column: the figures are visited once.
    let places = 0;
    let digits = -Infinity;
    let radiusPlaces = Infinity;
    for (const table of this.byKey.values()) {
      const shift = unitShift(table.unit, this.unit);
      const rows = table.rows;
      const raws = new Map<string, RawColumn>();
      this.rawColumns.set(table, raws);
      // Rows of shared column keys (FigureRow) find their raw columns once per key list, not once per figure.
      let keyList: readonly string[] | undefined;
      let rawList: RawColumn[] = [];
      const rawOf = (key: string): RawColumn => {
        let raw = raws.get(key);
        if (!raw) raws.set(key, (raw = rawColumn(rows.length)));
        return raw;
      };
      const visit = (f: Figure, raw: RawColumn, i: number): void => {
        const p = f.parsed;
        if (p.kind !== 'number') {
          raw.state[i] = NOT_A_NUMBER;
          return;
        }
        raw.state[i] = A_NUMBER;
        raw.units[i] = p.units;
        raw.decimals[i] = p.decimals;
        if (f.kind === 'count') {
          raw.band[i] = COUNT_BAND;
          places = Math.max(places, p.decimals);
          digits = Math.max(digits, p.integerDigits());
          return;
        }
        raw.band[i] = p.published ?? Math.max(2, p.decimals);
        const band = raw.band[i] - shift;
        places = Math.max(places, p.decimals - shift, band);
        radiusPlaces = Math.min(radiusPlaces, band);
        digits = Math.max(digits, p.integerDigits() + shift);
      };
      for (let i = 0; i < rows.length; i++) {
        const figures = rows[i].figures;
        if (figures instanceof FigureRow) {
          const keys = figures.keyList();
          if (keys !== keyList) {
            keyList = keys;
            rawList = keys.map(rawOf);
          }
          const list = figures.figureList();
          for (let j = 0; j < list.length; j++) visit(list[j], rawList[j], i);
        } else figures.forEach((f, key) => visit(f, rawOf(key), i));
      }
    }
    if (places > FAST_MAX_PLACES) return null;
    // The widest band is that of the coarsest figure: 10^(places − band) fast units.
    const max = 2 * pow10(digits + places) + (radiusPlaces === Infinity ? 0 : pow10(places - radiusPlaces));
    return max <= FAST_LIMIT ? { places, max } : null;
  }

  /**
   * A column of one of this lookup's tables in fast units, read once from its figures (as addFast adds them), once
   * fastScale() has answered. The figures must not change while the lookup is used (a repair is checked with a
   * lookup of its own).
   */
  fastColumn(table: RecognizedTable, col: string): FastColumn {
    let byColumn = this.fastColumns.get(table);
    if (!byColumn) this.fastColumns.set(table, (byColumn = new Map()));
    let column = byColumn.get(col);
    const raw = this.fast ? this.rawColumns.get(table)?.get(col) : undefined;
    if (!column && raw) {
      // As addFast adds them (sign 1, to a sum of 0), from what decideFast kept of the figures.
      const n = table.rows.length;
      const places = this.fast!.places;
      const max = this.fast!.max;
      const shift = unitShift(table.unit ?? null, this.unit);
      column = { state: new Uint8Array(n), value: new Float64Array(n), radius: new Float64Array(n) };
      for (let i = 0; i < n; i++) {
        const state = raw.state[i];
        if (state !== A_NUMBER) {
          column.state[i] = state;
          continue;
        }
        const decimals = raw.decimals[i];
        const count = raw.band[i] === COUNT_BAND;
        const at = places + (count ? 0 : shift);
        const band = count ? decimals : raw.band[i];
        const value = raw.units[i] * (2 * pow10(at - decimals));
        const radius = count ? 0 : pow10(at - band);
        if (Math.max(decimals, band) > at || !(Math.abs(value) + radius <= max)) {
          const figure = table.rows[i].figures.get(col)!;
          throw new Error(`${figure.sheet}!${figure.address}: not a figure of this lookup's tables`);
        }
        column.state[i] = A_NUMBER;
        column.value[i] = 0 + value;
        column.radius[i] = 0 + radius;
      }
      byColumn.set(col, column);
    }
    if (!column) {
      const rows = table.rows;
      column = { state: new Uint8Array(rows.length), value: new Float64Array(rows.length), radius: new Float64Array(rows.length) };
      const sum: FastSum = { value: 0, radius: 0 };
      for (let i = 0; i < rows.length; i++) {
        const figure = rows[i].figures.get(col);
        if (!figure) continue;
        if (figure.parsed.kind !== 'number') {
          column.state[i] = NOT_A_NUMBER;
          continue;
        }
        sum.value = 0;
        sum.radius = 0;
        this.addFast(sum, figure, table, 1);
        column.state[i] = A_NUMBER;
        column.value[i] = sum.value;
        column.radius[i] = sum.radius;
      }
      byColumn.set(col, column);
    }
    return column;
  }

  /**
   * Adds sign × a figure's value, and its band, to `sum` in fast units (blanks and text add nothing). Only for
   * figures of this lookup's tables once fastScale() has answered. Nothing is kept on the figure: the value is the
   * cell's digits (NumberCell.units) times a power of ten, as cheap as reading a memo.
   */
  addFast(sum: FastSum, figure: Figure, table: RecognizedTable | undefined, sign: 1 | -1): void {
    const p = figure.parsed;
    if (p.kind !== 'number') return;
    const count = figure.kind === 'count';
    const at = this.fast!.places + (count ? 0 : unitShift(table?.unit ?? null, this.unit));
    const band = count ? p.decimals : (p.published ?? Math.max(2, p.decimals));
    // The same integer fastFromText(p.text, at, 2) gives: the digits times 2 × 10^(at − decimals).
    const value = p.units * (2 * pow10(at - p.decimals));
    const radius = count ? 0 : pow10(at - band);
    // A figure the scale was not decided from (not of this lookup's tables) must still fit it exactly.
    if (Math.max(p.decimals, band) > at || !(Math.abs(value) + radius <= this.fast!.max)) {
      throw new Error(`${figure.sheet}!${figure.address}: not a figure of this lookup's tables`);
    }
    sum.value += sign < 0 ? -value : value;
    sum.radius += radius;
  }
}
