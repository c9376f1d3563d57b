/**
 * Workbook variants as real 决算 workbooks show them, built from the seed grid by pure transforms.
 * Every transform deep-copies its input first and never mutates it; they compose freely:
 *   offset(renameSheets(dropTableCodes(base)), 2, 3)
 * Amount cells are found through recognize() (figures carry sheet/row/col and kind), never by position,
 * so 行次, 栏次, 科目代码 and the vehicle counts of 公开10 are left alone.
 */
import path from 'node:path';
import DecimalJs from 'decimal.js';
import { loadWorkbook, workbookToGrid } from '../../src/xlsx/read';
import { parseA1, type CellRange, type RawValue, type SheetGrid, type WorkbookGrid } from '../../src/core/grid';
import type { RecognizedTable } from '../../src/core/table';
import { recognize } from '../../src/recognize/recognize';
import type { TableKey } from '../../src/core/template';

const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
type Dec = InstanceType<typeof Dec>;

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const SAMPLE_PATH = path.join(PROJECT_ROOT, 'samples', 'seed-2024.xlsx');

let seed: Promise<WorkbookGrid> | undefined;
/** The grid of samples/seed-2024.xlsx, read once; callers get their own deep copy. */
export async function loadSeedGrid(): Promise<WorkbookGrid> {
  seed ??= loadWorkbook(SAMPLE_PATH).then((wb) => workbookToGrid(wb, SAMPLE_PATH));
  return clone(await seed);
}

export function clone(grid: WorkbookGrid): WorkbookGrid {
  return structuredClone(grid);
}

// ---------------------------------------------------------------------------
// Low-level sheet editing (on copies only)

function sheetByName(grid: WorkbookGrid, name: string): SheetGrid {
  const s = grid.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`variants: no sheet "${name}" (have ${grid.sheets.map((x) => x.name).join(', ')})`);
  return s;
}

function setRaw(sheet: SheetGrid, row: number, col: number, value: RawValue): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  const r = sheet.rows[row];
  while (r.length <= col) r.push(null);
  r[col] = value;
}

/** Inserts n blank rows before row `at`; merges below move down, merges spanning `at` grow. */
function insertRows(sheet: SheetGrid, at: number, n: number): void {
  if (n <= 0) return;
  while (sheet.rows.length < at) sheet.rows.push([]);
  sheet.rows.splice(at, 0, ...Array.from({ length: n }, () => [] as RawValue[]));
  for (const m of sheet.merges ?? []) {
    if (m.top >= at) {
      m.top += n;
      m.bottom += n;
    } else if (m.bottom >= at) m.bottom += n;
  }
}

/** Inserts n blank columns before column `at`; merges right of it move, merges spanning it grow. */
function insertColumns(sheet: SheetGrid, at: number, n: number): void {
  if (n <= 0) return;
  for (const r of sheet.rows) {
    if (r.length > at) r.splice(at, 0, ...Array<RawValue>(n).fill(null));
  }
  for (const m of sheet.merges ?? []) {
    if (m.left >= at) {
      m.left += n;
      m.right += n;
    } else if (m.right >= at) m.right += n;
  }
}

/** Deletes one row; merges below move up, merges over it shrink, merges of that row alone disappear. */
function deleteRow(sheet: SheetGrid, row: number): void {
  sheet.rows.splice(row, 1);
  const kept: CellRange[] = [];
  for (const m of sheet.merges ?? []) {
    if (m.top === row && m.bottom === row) continue;
    if (m.top > row) {
      m.top--;
      m.bottom--;
    } else if (m.bottom >= row) m.bottom--;
    kept.push(m);
  }
  if (sheet.merges) sheet.merges = kept;
}

function norm(v: RawValue): string {
  return typeof v === 'string' ? v.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '') : '';
}

// ---------------------------------------------------------------------------
// Sheets

/** Sheet1, Sheet2 … (or the names given), in the current order. */
export function renameSheets(grid: WorkbookGrid, names?: string[]): WorkbookGrid {
  const g = clone(grid);
  g.sheets.forEach((s, i) => {
    s.name = names?.[i] ?? `Sheet${i + 1}`;
  });
  return g;
}

/** Reorders the sheets: `order[i]` is the current index of the sheet that goes to position i. */
export function shuffleSheets(grid: WorkbookGrid, order: number[]): WorkbookGrid {
  const g = clone(grid);
  const sorted = [...order].sort((a, b) => a - b);
  if (sorted.length !== g.sheets.length || sorted.some((v, i) => v !== i)) {
    throw new Error(`shuffleSheets: ${JSON.stringify(order)} is not a permutation of 0..${g.sheets.length - 1}`);
  }
  g.sheets = order.map((i) => g.sheets[i]);
  return g;
}

/** A fixed, deliberately scrambled order for ten sheets. */
export const SCRAMBLED_10 = [6, 2, 9, 0, 4, 8, 1, 5, 3, 7];

export function dropSheet(grid: WorkbookGrid, name: string): WorkbookGrid {
  const g = clone(grid);
  sheetByName(g, name);
  g.sheets = g.sheets.filter((s) => s.name !== name);
  return g;
}

/** Appends a sheet (or inserts it at `index`). */
export function addSheet(grid: WorkbookGrid, sheet: SheetGrid, index?: number): WorkbookGrid {
  const g = clone(grid);
  if (g.sheets.some((s) => s.name === sheet.name)) throw new Error(`addSheet: sheet "${sheet.name}" exists`);
  g.sheets.splice(index ?? g.sheets.length, 0, structuredClone(sheet));
  return g;
}

/** A copy of an existing sheet under a new name, appended. */
export function copySheet(grid: WorkbookGrid, from: string, to: string): WorkbookGrid {
  return addSheet(grid, { ...structuredClone(sheetByName(grid, from)), name: to });
}

/** A sheet of plain text lines, one row each (cover pages, tables of contents). */
export function textSheet(name: string, lines: (string | RawValue[])[]): SheetGrid {
  return { name, rows: lines.map((l) => (Array.isArray(l) ? [...l] : [l])), merges: [] };
}

// ---------------------------------------------------------------------------
// Layout

/** Blank rows above and blank columns left of every sheet; merges move with their cells. */
export function offset(grid: WorkbookGrid, rows: number, cols: number): WorkbookGrid {
  const g = clone(grid);
  for (const s of g.sheets) {
    insertColumns(s, 0, cols);
    insertRows(s, 0, rows);
  }
  return g;
}

const TABLE_CODE = /^公开0?\d{1,2}表$/;

/** Removes every cell that holds only a table code (公开01表 …). */
export function dropTableCodes(grid: WorkbookGrid): WorkbookGrid {
  const g = clone(grid);
  for (const s of g.sheets) {
    for (const r of s.rows) for (let c = 0; c < r.length; c++) if (TABLE_CODE.test(norm(r[c]))) r[c] = null;
  }
  return g;
}

/** Replaces cells whose trimmed text equals a key of `map` by the mapped text. */
export function replaceCellText(grid: WorkbookGrid, map: Record<string, string>): WorkbookGrid {
  const g = clone(grid);
  for (const s of g.sheets) {
    for (const r of s.rows) {
      for (let c = 0; c < r.length; c++) {
        const v = r[c];
        if (typeof v === 'string' && Object.prototype.hasOwnProperty.call(map, v.trim())) r[c] = map[v.trim()];
      }
    }
  }
  return g;
}

/** Titles as they come out of exports and hand edits: stray spaces, line breaks, full-width forms, prefixes. */
export const MESSY_TITLES: Record<string, string> = {
  收入支出决算总表: '收入支出 决算\n总表',
  收入决算表: '收 入 决 算 表',
  支出决算表: '支　出　决　算　表　',
  财政拨款收入支出决算总表: '财政拨款收入支出决算总表（２０２４年度）',
  一般公共预算财政拨款支出决算表: '附表5：一般公共预算财政拨款支出决算表',
  一般公共预算财政拨款基本支出决算明细表: '一般公共预算财政拨款\r\n基本支出决算明细表',
  政府性基金预算财政拨款收入支出决算表: '２０２４年度政府性基金预算财政拨款收入支出决算表',
  国有资本经营预算财政拨款支出决算表: '国有资本经营预算财政拨款支出决算表\u00a0',
  '财政拨款“三公”经费支出决算表': '财政拨款"三公"经费支出决算表 ',
  部门决算公开相关信息统计表: '阳城县政务服务中心部门决算公开相关信息统计表',
};

export function messTitles(grid: WorkbookGrid, map: Record<string, string> = MESSY_TITLES): WorkbookGrid {
  return replaceCellText(grid, map);
}

/** The wording of the national 九张表 where it differs from the seed (公开NN表) family. */
export const NATIONAL_TITLES: Record<string, string> = {
  一般公共预算财政拨款基本支出决算明细表: '一般公共预算财政拨款基本支出决算表',
  国有资本经营预算财政拨款支出决算表: '国有资本经营预算财政拨款收入支出决算表',
};

/** National family: 九张表 titles, no 公开10表 (相关信息统计表), no 公开NN表 codes. */
export function nationalFamily(grid: WorkbookGrid): WorkbookGrid {
  const rec = recognize(grid);
  const t10 = rec.tables.find((t) => t.key === 'T10');
  let g = replaceCellText(grid, NATIONAL_TITLES);
  if (t10) g = dropSheet(g, t10.sheet);
  return dropTableCodes(g);
}

// ---------------------------------------------------------------------------
// Amounts

/** The recognised figures of a grid, filtered. */
function figuresOf(grid: WorkbookGrid, pick: (t: RecognizedTable) => boolean, kind: 'money' | 'count' = 'money') {
  const out: { sheet: string; row: number; col: number }[] = [];
  const seen = new Set<string>();
  for (const t of recognize(grid).tables) {
    if (!pick(t)) continue;
    for (const r of t.rows) {
      for (const f of r.figures.values()) {
        if (f.kind !== kind) continue;
        const k = `${f.sheet}\u0000${f.row}\u0000${f.col}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({ sheet: f.sheet, row: f.row, col: f.col });
      }
    }
  }
  return out;
}

interface AmountText {
  value: Dec;
  decimals: number;
  grouped: boolean;
  fullWidth: boolean;
}

/** Reads a number cell or a number written as text; undefined for blanks, dashes and words. */
function readAmount(v: RawValue): AmountText | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) {
    const value = new Dec(Number(v.toPrecision(15)).toString());
    return { value, decimals: Math.max(0, value.decimalPlaces()), grouped: false, fullWidth: false };
  }
  if (typeof v !== 'string') return undefined;
  const s = v.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
  if (!/^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(s)) return undefined;
  const plain = s.replace(/,/g, '');
  return {
    value: new Dec(plain),
    decimals: plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0,
    grouped: s.includes(','),
    fullWidth: /[\uff10-\uff19]/.test(v),
  };
}

/** "1234567.5" → "1,234,567.5". */
export function groupThousands(fixed: string): string {
  const [int, frac] = fixed.split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** ASCII digits to full-width digits (the dot and commas stay ASCII): "403.05" → "４０３.０５". */
export function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

export interface AmountOptions {
  /** Only these sheets (default: every sheet). */
  sheets?: string[];
}

const inSheets = (opts: AmountOptions) => (t: RecognizedTable) => !opts.sheets || opts.sheets.includes(t.sheet);

/**
 * 万元 → 元: every amount ×10000 exactly (decimal arithmetic), and the unit lines "金额单位：万元" /
 * "单位：万元" say 元. Counts (车辆数, 设备台套), 行次, 栏次 and codes are untouched.
 */
export function toYuan(grid: WorkbookGrid, opts: AmountOptions = {}): WorkbookGrid {
  const g = clone(grid);
  for (const f of figuresOf(grid, inSheets(opts))) {
    const s = sheetByName(g, f.sheet);
    const v = s.rows[f.row]?.[f.col] ?? null;
    const a = readAmount(v);
    if (!a) continue;
    const yuan = a.value.times(10000);
    if (typeof v === 'number') {
      const n = yuan.toNumber();
      if (!new Dec(n).eq(yuan)) throw new Error(`toYuan: ${f.sheet} ${v} ×10000 is not exact as a double`);
      setRaw(s, f.row, f.col, n);
    } else {
      let text = yuan.toFixed(a.decimals);
      if (a.grouped) text = groupThousands(text);
      setRaw(s, f.row, f.col, a.fullWidth ? fullWidthDigits(text) : text);
    }
  }
  for (const s of g.sheets) {
    if (opts.sheets && !opts.sheets.includes(s.name)) continue;
    for (const r of s.rows) {
      for (let c = 0; c < r.length; c++) {
        const v = r[c];
        if (typeof v === 'string' && /单位[:：]\s*万元\s*$/.test(v)) r[c] = v.replace(/万元(\s*)$/, '元$1');
      }
    }
  }
  return g;
}

export interface TextOptions extends AmountOptions {
  /** Every n-th amount (1st, n+1th …) is written with full-width digits; 0 for none. Default 3. */
  fullWidthEvery?: number;
}

/** Amounts stored as text, two decimals with thousands separators ("1,234.56"), some with full-width digits. */
export function numbersAsText(grid: WorkbookGrid, opts: TextOptions = {}): WorkbookGrid {
  const g = clone(grid);
  const every = opts.fullWidthEvery ?? 3;
  let i = 0;
  for (const f of figuresOf(grid, inSheets(opts))) {
    const s = sheetByName(g, f.sheet);
    const v = s.rows[f.row]?.[f.col] ?? null;
    if (typeof v !== 'number') continue;
    const a = readAmount(v)!;
    const text = groupThousands(a.value.toFixed(2));
    setRaw(s, f.row, f.col, every > 0 && i % every === 0 ? fullWidthDigits(text) : text);
    i++;
  }
  return g;
}

// ---------------------------------------------------------------------------
// 科目代码 in 类/款/项 columns

export interface SplitOptions {
  /** Tables to split (default 公开02/03/05). */
  tables?: TableKey[];
  /** Leave the parent parts blank on child rows (款 row: "" | "03" | ""; 项 row: "" | "" | "50"). */
  elide?: boolean;
}

/**
 * Replaces the 科目代码 column by three columns 类 | 款 | 项 ("201" | "03" | "50"), with a header row
 * 类 | 款 | 项 under a 科目代码 cell merged over the three, as the national family prints.
 */
export function splitCodes(grid: WorkbookGrid, opts: SplitOptions = {}): WorkbookGrid {
  const keys = opts.tables ?? ['T02', 'T03', 'T05'];
  const tables = recognize(grid).tables.filter((t) => keys.includes(t.key));
  const sheets = tables.map((t) => t.sheet);
  if (new Set(sheets).size !== sheets.length) throw new Error('splitCodes: one table per sheet only');
  const g = clone(grid);
  for (const t of tables) {
    const s = sheetByName(g, t.sheet);
    const coded = t.rows.filter((r) => r.code);
    if (coded.length === 0) continue;
    // The code column: where the first code row holds its code.
    const first = coded[0];
    const row = s.rows[first.sheetRow] ?? [];
    const codeCol = row.findIndex((v) => norm(v as RawValue) === first.code || v === Number(first.code));
    if (codeCol < 0) throw new Error(`splitCodes: code ${first.code} not found on ${t.sheet}`);
    // The header cell 科目代码 above the data.
    let headerRow = -1;
    for (let r = t.range.top; r < first.sheetRow; r++) if (norm(s.rows[r]?.[codeCol] ?? null) === '科目代码') headerRow = r;
    if (headerRow < 0) throw new Error(`splitCodes: no 科目代码 header on ${t.sheet}`);

    insertColumns(s, codeCol + 1, 2);
    let lastClass = '';
    let lastSection = '';
    for (const r of coded) {
      const code = r.code!;
      const parts = [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
      if (opts.elide) {
        if (code.length >= 5 && code.slice(0, 3) === lastClass) parts[0] = '';
        if (code.length === 7 && code.slice(0, 5) === lastSection) parts[1] = '';
      }
      if (code.length === 3) lastClass = code;
      if (code.length === 5) lastSection = code;
      parts.forEach((p, i) => setRaw(s, r.sheetRow, codeCol + i, p === '' ? null : p));
    }

    // Header: 科目代码 over 类/款/项 on a new row; everything else in the header reaches down over it.
    const nameCol = codeCol + 3;
    insertRows(s, headerRow + 1, 1);
    const newRow = headerRow + 1;
    ['类', '款', '项'].forEach((w, i) => setRaw(s, newRow, codeCol + i, w));
    s.merges ??= [];
    s.merges = s.merges.filter((m) => !(m.top === headerRow && m.left === codeCol && m.right === codeCol));
    s.merges.push({ top: headerRow, left: codeCol, bottom: headerRow, right: codeCol + 2 });
    const width = Math.max(...s.rows.map((r) => r.length));
    for (let c = nameCol; c < width; c++) {
      const m = s.merges.find((x) => x.top <= headerRow && x.bottom >= headerRow && x.left <= c && x.right >= c);
      if (m) {
        if (m.bottom === headerRow) m.bottom = newRow;
      } else if (norm(s.rows[headerRow]?.[c] ?? null)) {
        s.merges.push({ top: headerRow, left: c, bottom: newRow, right: c });
      }
    }
  }
  return g;
}

// ---------------------------------------------------------------------------
// Rows and cells

export interface DropRowOptions {
  /** Only these sheets (default: every sheet). */
  sheets?: string[];
}

/** Removes every row holding a cell labelled `label` (whitespace and full-width forms ignored). */
export function dropRow(grid: WorkbookGrid, label: string, opts: DropRowOptions = {}): WorkbookGrid {
  const g = clone(grid);
  const want = norm(label);
  let dropped = 0;
  for (const s of g.sheets) {
    if (opts.sheets && !opts.sheets.includes(s.name)) continue;
    for (let r = s.rows.length - 1; r >= 0; r--) {
      if ((s.rows[r] ?? []).some((v) => norm(v) === want)) {
        deleteRow(s, r);
        dropped++;
      }
    }
  }
  if (dropped === 0) throw new Error(`dropRow: no row labelled "${label}"`);
  return g;
}

/** Sets one cell by A1 address. */
export function setCell(grid: WorkbookGrid, sheet: string, address: string, value: RawValue): WorkbookGrid {
  const g = clone(grid);
  const { row, col } = parseA1(address);
  setRaw(sheetByName(g, sheet), row, col, value);
  return g;
}

/** The raw value at an A1 address (null when empty). */
export function getCell(grid: WorkbookGrid, sheet: string, address: string): RawValue {
  const { row, col } = parseA1(address);
  return sheetByName(grid, sheet).rows[row]?.[col] ?? null;
}
