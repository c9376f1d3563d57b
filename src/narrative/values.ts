/** Figures for the narrative, always in 万元, each with its source; supplement look-ups record what is missing. */
import { Decimal, ZERO } from '../core/money';
import type { RecognizedTable } from '../core/table';
import { TableLookup } from '../core/lookup';
import type { TableKey } from '../core/template';
import { supplementLabel, type Supplement } from './supplement';
import type { Source } from './types';

export interface Val {
  value: Decimal;
  source: Source;
}

export class Values {
  readonly missing = new Map<string, string>();
  /** 科目 names by code, for labels of per-类/项 supplement keys. */
  private readonly names = new Map<string, string>();
  /** The tables, found and named as every checker finds and names them; amounts in 万元. */
  readonly lookup: TableLookup;

  constructor(
    tables: Iterable<RecognizedTable>,
    readonly supplement: Supplement,
  ) {
    this.lookup = new TableLookup(tables, '万元');
    for (const t of this.lookup.tables()) {
      if (t.template.kind !== 'coded' && t.template.kind !== 'economic') continue; // item tables print "一、" before names
      for (const r of t.rows) if (r.code && r.label && !this.names.has(r.code)) this.names.set(r.code, r.label);
    }
  }

  label(key: string): string {
    return supplementLabel(key, this.names);
  }

  has(table: TableKey): boolean {
    return this.lookup.has(table);
  }

  /** A table figure in 万元 (blank = 0); undefined when the table or row is absent. */
  cell(table: TableKey, row: string, col?: string): Val | undefined {
    const t = this.lookup.table(table);
    const f = this.lookup.figure(table, row, col);
    if (!t || !f) return undefined;
    const source: Source = { kind: 'cell', table: t.id, sheet: f.sheet, cell: f.address, label: this.lookup.figureName(t, f) };
    return { value: this.lookup.value(f, t), source };
  }

  /** Same, with 0 for an absent row (a 类 not listed is a 类 with nothing in it). */
  cellOr0(table: TableKey, row: string, col?: string): Val {
    return (
      this.cell(table, row, col) ?? {
        value: ZERO,
        source: { kind: 'formula', formula: `${table}[${row}${col ? `/${col}` : ''}] 未列示，按 0`, inputs: [] },
      }
    );
  }

  rows(table: TableKey) {
    return this.lookup.rows(table);
  }

  /** A supplement entry as written; records the key as missing when absent or blank. */
  private given(key: string): string | undefined {
    const v = this.supplement[key];
    if (v === undefined || String(v).trim() === '') {
      this.missing.set(key, this.label(key));
      return undefined;
    }
    return String(v).trim();
  }

  /** A supplement amount (万元). */
  amount(key: string): Val | undefined {
    const v = this.given(key);
    return v === undefined ? undefined : { value: new Decimal(v.replace(/,/g, '')), source: { kind: 'supplement', key } };
  }

  /** A supplement text (reason, purpose, measure). */
  text(key: string): string | undefined {
    return this.given(key);
  }

  /** A supplement count as written ("0", "12"). */
  count(key: string): string | undefined {
    return this.given(key);
  }

  placeholder(key: string): string {
    return `【待补充：${this.label(key)}】`;
  }
}
