/**
 * The sample as a workbook of formulas, the way officers build theirs: totals as =SUM(…) of the rows
 * below, other figures as sums of parts, one table converted from a hidden 元 sheet by =…/10000. Every
 * cached result is computed in doubles exactly as Excel would store it, so it carries the binary noise
 * real files have (75.26000000000752). Figures keep the number format '#,##0.00' unless told otherwise.
 *
 * `shown` is the same workbook as its cells print: each figure its cached value rounded to the format's
 * two decimals. A check must see the two identically.
 */
import ExcelJS from 'exceljs';
import DecimalJs from 'decimal.js';
import { a1, type RawValue, type WorkbookGrid } from '../../src/core/grid';
import type { Figure, RecognizedTable } from '../../src/core/table';
import { recognize } from '../../src/recognize/recognize';
import { rng } from './random';

const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });

export const FIGURE_FORMAT = '#,##0.00';

export interface FormulaCell {
  formula: string;
  result: number;
}

export interface FormulaBook {
  /** The grid as a host reports it: cached results, number formats beside them. */
  grid: WorkbookGrid;
  /** The same figures as printed (two decimals), as plain values. */
  shown: WorkbookGrid;
  /** Formula text per sheet and address, for writing a real .xlsx. */
  formulas: Map<string, Map<string, FormulaCell>>;
  /** The hidden 元 sheet the converted table reads from, as rows of numbers. */
  yuanSheet: { name: string; rows: RawValue[][] };
  /** How many cached results carry more than six decimals (noise the check must not see). */
  noisy: number;
}

/** Splits cents into 2–4 positive-ish parts that add up exactly (in decimal) to the whole. */
function parts(cents: number, rand: () => number): number[] {
  const n = 2 + Math.floor(rand() * 3);
  const out: number[] = [];
  let left = cents;
  for (let i = 0; i < n - 1; i++) {
    const p = Math.round(left * (0.2 + rand() * 0.5));
    out.push(p);
    left -= p;
  }
  out.push(left);
  return out.map((c) => c / 100);
}

const shownValue = (v: number) => Number(new Dec(v.toPrecision(15)).toDecimalPlaces(2).toFixed());

/** Children of a coded row: the rows one level down whose code extends it. */
function childrenOf(table: RecognizedTable, code: string): string[] {
  const next = code.length === 3 ? 5 : code.length === 5 ? 7 : 0;
  return table.rows.filter((r) => r.code && r.code.length === next && r.code.startsWith(code)).map((r) => r.key);
}

/** `yuanTable`: the table converted from 元 by division (default 公开05表; null for none). */
export function formulaBook(base: WorkbookGrid, opts: { formats?: boolean; seed?: number; yuanTable?: string | null } = {}): FormulaBook {
  const rand = rng(opts.seed ?? 7);
  const grid = structuredClone(base);
  const formulas = new Map<string, Map<string, FormulaCell>>();
  const yuanName = '元数据';
  const yuanRows: RawValue[][] = [];
  const useFormats = opts.formats ?? true;
  if (!useFormats) for (const s of grid.sheets) delete s.formats;
  let noisy = 0;

  const sheetOf = (name: string) => grid.sheets.find((s) => s.name === name)!;
  const put = (f: Figure, cell: FormulaCell) => {
    const sheet = sheetOf(f.sheet);
    sheet.rows[f.row][f.col] = cell.result;
    if (useFormats) {
      sheet.formats ??= [];
      (sheet.formats[f.row] ??= [])[f.col] = FIGURE_FORMAT;
    }
    if (!formulas.has(f.sheet)) formulas.set(f.sheet, new Map());
    formulas.get(f.sheet)!.set(f.address, cell);
    if (/\.\d{7,}/.test(String(cell.result))) noisy++;
  };

  for (const table of recognize(base).tables) {
    const converted = table.key === (opts.yuanTable === undefined ? 'T05' : opts.yuanTable);
    const results = new Map<Figure, number>();
    const byKey = new Map(table.rows.map((r) => [r.key, r]));
    // Leaves first, then parents bottom-up, so a SUM sees its children's cached results.
    const rows = [...table.rows].sort((a, b) => (b.code?.length ?? 0) - (a.code?.length ?? 0));
    for (const row of rows) {
      for (const [colKey, f] of row.figures) {
        if (f.kind !== 'money' || f.parsed.kind !== 'number') continue;
        const value = Number(f.parsed.text);
        const kids = row.code
          ? childrenOf(table, row.code)
              .map((k) => byKey.get(k)!.figures.get(colKey))
              .filter((x): x is Figure => !!x)
          : [];
        const kidSum = kids.reduce((s, k) => s.plus(k.parsed.kind === 'number' ? k.parsed.text : 0), new Dec(0));
        if (kids.length > 1 && kidSum.eq(f.parsed.text) && kids.every((k) => results.has(k))) {
          // A total that adds up as published: =SUM of its rows, in doubles.
          const result = kids.reduce((s, k) => s + results.get(k)!, 0);
          results.set(f, result);
          put(f, { formula: kids.map((k) => k.address).join('+'), result });
        } else if (converted) {
          // From the hidden 元 sheet: the 元 figure has 分 the 万元 table does not print.
          const yuan = Math.round(value * 10000) + Math.round((rand() - 0.5) * 98) + Math.round(rand() * 99) / 100;
          const r = yuanRows.length;
          yuanRows.push([`${f.sheet}!${f.address}`, yuan]);
          const result = yuan / 10000;
          results.set(f, result);
          put(f, { formula: `${yuanName}!B${r + 1}/10000`, result });
        } else {
          const ps = parts(Math.round(value * 100), rand);
          const result = ps.reduce((s, p) => s + p, 0);
          results.set(f, result);
          put(f, { formula: ps.map((p) => p.toFixed(2)).join('+'), result });
        }
      }
    }
  }

  const shown = structuredClone(grid);
  for (const [sheetName, cells] of formulas) {
    const sheet = shown.sheets.find((s) => s.name === sheetName)!;
    for (let r = 0; r < sheet.rows.length; r++) {
      for (let c = 0; c < (sheet.rows[r] ?? []).length; c++) {
        if (!cells.has(a1(r, c))) continue;
        sheet.rows[r][c] = useFormats ? shownValue(sheet.rows[r][c] as number) : sheet.rows[r][c];
      }
    }
  }
  return { grid, shown, formulas, yuanSheet: { name: yuanName, rows: yuanRows }, noisy };
}

/** Writes a real .xlsx of the formula workbook: formulas with their cached results, the 元 sheet hidden. */
export async function writeFormulaWorkbook(book: FormulaBook, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of book.grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const cells = book.formulas.get(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        const f = cells?.get(a1(r, c));
        cell.value = f ? ({ formula: f.formula, result: f.result } as ExcelJS.CellFormulaValue) : v;
        const format = sheet.formats?.[r]?.[c];
        if (format) cell.numFmt = format;
      }),
    );
    for (const m of sheet.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  const yuan = wb.addWorksheet(book.yuanSheet.name, { state: 'hidden' });
  book.yuanSheet.rows.forEach((row, r) => row.forEach((v, c) => (yuan.getCell(r + 1, c + 1).value = v)));
  await wb.xlsx.writeFile(file);
}
