/**
 * A row's figures by column key, for the tables of thousands of rows: a Map to every reader, but with the column
 * keys shared by all rows of a table (one array) and the figures in one small array per row, instead of a hash
 * table per row. Keys are compared as a Map compares them; a key added to one row is added to that row only.
 */
import type { Figure } from './table';

export class FigureRow implements Map<string, Figure> {
  /** Whether `columns` is this row's own array (a new key or a deletion copies the shared one first). */
  private owned = false;

  /** `columns`: the table's column keys, shared and never changed here; `figures`: this row's, in that order. */
  constructor(
    private columns: string[],
    private figures: Figure[],
  ) {}

  get size(): number {
    return this.columns.length;
  }

  get(key: string): Figure | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.figures[i];
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  set(key: string, figure: Figure): this {
    const i = this.indexOf(key);
    if (i >= 0) this.figures[i] = figure;
    else {
      this.own();
      this.columns.push(key);
      this.figures.push(figure);
    }
    return this;
  }

  delete(key: string): boolean {
    const i = this.indexOf(key);
    if (i < 0) return false;
    this.own();
    this.columns.splice(i, 1);
    this.figures.splice(i, 1);
    return true;
  }

  clear(): void {
    this.columns = [];
    this.figures = [];
    this.owned = true;
  }

  forEach(callback: (figure: Figure, key: string, map: Map<string, Figure>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.columns.length; i++) callback.call(thisArg, this.figures[i], this.columns[i], this);
  }

  keys(): MapIterator<string> {
    return this.columns.values();
  }

  values(): MapIterator<Figure> {
    return this.figures.values();
  }

  *entries(): MapIterator<[string, Figure]> {
    for (let i = 0; i < this.columns.length; i++) yield [this.columns[i], this.figures[i]];
  }

  [Symbol.iterator](): MapIterator<[string, Figure]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'Map';
  }

  /** The column keys, in the order of figureList (shared by the rows of a table: not to be changed). */
  keyList(): readonly string[] {
    return this.columns;
  }

  /** The figures, in the order of keyList (not to be changed). */
  figureList(): readonly Figure[] {
    return this.figures;
  }

  /** A plain loop over a handful of keys: inlined where it is hot, unlike Array.prototype.indexOf. */
  private indexOf(key: string): number {
    const columns = this.columns;
    for (let i = 0; i < columns.length; i++) if (columns[i] === key) return i;
    return -1;
  }

  private own(): void {
    if (this.owned) return;
    this.columns = [...this.columns];
    this.owned = true;
  }
}
