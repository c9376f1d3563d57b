/**
 * A template is data: how a finance officer would describe a standard table —
 * its titles, its columns by header wording, its rows by item label or by 科目代码.
 */

/** Canonical table keys. The national 九张表 maps onto the same keys (三公 → T09, 基金 → T07, 国资 → T08). */
export type TableKey = 'T01' | 'T02' | 'T03' | 'T04' | 'T05' | 'T06' | 'T07' | 'T08' | 'T09' | 'T10';

export type Family = 'seed' | 'national';

/**
 * How rows are keyed:
 * - coded: rows are 功能分类科目 (合计, 类 3-digit, 款 5, 项 7), one amount per column;
 * - items: rows are labelled items, possibly on two sides (收入 | 支出) of one sheet;
 * - economic: 经济分类 codes laid out in repeated (科目代码, 科目名称, 决算数) column groups;
 * - single: one data row under grouped headers (预算数 | 决算数), keyed by header group.
 */
export type TemplateKind = 'coded' | 'items' | 'economic' | 'single';

export type FigureKind = 'money' | 'count';

/** A value column, found by its header wording (after normalisation), never by position. */
export interface ColumnSpec {
  key: string;
  /** Accepted wordings of the column's own (lowest) header cell. */
  match: string[];
  /** Words that must appear in the headers above it (e.g. 本年支出 over 小计); a list stands for any of its wordings. */
  under?: (string | string[])[];
  /**
   * Wordings of the item when it stands alone as a row label or a column header (a 三公 table transposed,
   * or with 预算数 and 决算数 as rows); `match` and `under` describe it inside a header block.
   */
  labels?: string[];
  /** 栏次 number, used only when no header wording matches. */
  ordinal?: number;
  /** For single-row tables: the row key this column's figure belongs to (预算数 / 决算数). */
  row?: string;
  required?: boolean;
}

/** A labelled row of an items table. */
export interface ItemSpec {
  key: string;
  /** Accepted labels (normalised, list markers removed); the key itself is always accepted. */
  match?: string[];
  kind?: FigureKind;
  required?: boolean;
  /** Only matched once this item has been seen above it (the 年初 split rows of 公开04 repeat the fund names). */
  after?: string;
}

export interface SideSpec {
  name: string;
  /** Header over the side (收入 / 支出); informative. */
  items: ItemSpec[];
  columns: ColumnSpec[];
  /** This side lists the 功能分类 类 rows by name (公开01/04 支出). */
  classRows?: boolean;
  /** Where the 功能类 rows sit: before this item key. */
  classRowsBefore?: string;
}

export interface TemplateDef {
  key: TableKey;
  /** Display code in the seed family. */
  code: string;
  /** Canonical title, exactly as the template prints it. */
  title: string;
  /** Title of the national 九张表 version, when it differs. */
  nationalTitle?: string;
  /** Accepted titles (normalised comparison); title itself is always accepted. */
  aliases: string[];
  kind: TemplateKind;
  /** Families that require this table (G01). */
  requiredIn: Family[];
  columns?: ColumnSpec[];
  sides?: SideSpec[];
  /** For economic tables: footer items found by label anywhere in the table. */
  footers?: ItemSpec[];
  /** Default column for operands written without one (e.g. T01[本年收入合计]). */
  defaultColumn?: string;
}
