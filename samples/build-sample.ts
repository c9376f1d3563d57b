/**
 * Builds a realistic 决算 export workbook (公开01表 … 公开10表, Shanxi template
 * family) from plain data (samples/seed-data.ts), laid out the way an export of
 * the 决算 software looks: title row, table code, 部门名称 / 年度 / 金额单位 row,
 * merged multi-row headers, 栏次 row, data rows, notes.
 *
 *   npx tsx samples/build-sample.ts [out.xlsx]     (default samples/seed-2024.xlsx)
 *
 * Amounts come in as decimal strings and are written as numbers (Number(str); the
 * xlsx stores doubles anyway) with numFmt '#,##0.00'. 科目代码 are written as text.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  SEED_DATA,
  NOT_APPLICABLE,
  type Amount,
  type BasicDetailTable,
  type InfoTable,
  type JuesuanData,
  type KemuTable,
  type SanGongTable,
  type TableMeta,
  type TwoSidedTable,
} from './seed-data';

export const AMOUNT_FMT = '#,##0.00';
export const COUNT_FMT = '0';
export const TEXT_FMT = '@';

const FONT_NAME = '宋体';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** First header row (rows 1–3 are title, table code, 部门名称/年度/单位). */
const HEADER_TOP = 4;

// ---------------------------------------------------------------------------
// Cell helpers

function font(cell: ExcelJS.Cell, opts: { bold?: boolean; size?: number } = {}): void {
  cell.font = { name: FONT_NAME, size: opts.size ?? 10, bold: opts.bold ?? false };
}

/** Plain text cell (labels, names). */
function text(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  value: string,
  horizontal: 'left' | 'center' | 'right' = 'left',
): ExcelJS.Cell {
  const cell = ws.getCell(row, col);
  if (value !== '') cell.value = value;
  font(cell);
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  return cell;
}

/** 科目代码: always a TEXT cell ("2010350"), numFmt '@'. */
function code(ws: ExcelJS.Worksheet, row: number, col: number, value: string): ExcelJS.Cell {
  const cell = text(ws, row, col, value, 'left');
  cell.numFmt = TEXT_FMT;
  return cell;
}

/** A small integer (行次, 栏次 numbers). */
function integer(ws: ExcelJS.Worksheet, row: number, col: number, value: number): ExcelJS.Cell {
  const cell = ws.getCell(row, col);
  cell.value = value;
  font(cell);
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  return cell;
}

const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

function toNumber(value: string, where: string): number {
  const s = value.replace(/,/g, '').trim();
  if (!DECIMAL_RE.test(s)) throw new Error(`${where}: not an amount: ${JSON.stringify(value)}`);
  return Number(s);
}

/**
 * An amount cell: number with '#,##0.00'; blank (null / '') keeps the numFmt and no
 * value; "——" is written as centred text.
 */
function amount(ws: ExcelJS.Worksheet, row: number, col: number, value: Amount, fmt: string = AMOUNT_FMT): ExcelJS.Cell {
  const cell = ws.getCell(row, col);
  font(cell);
  cell.numFmt = fmt;
  if (value === null || value === '') {
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
  } else if (value === NOT_APPLICABLE) {
    cell.value = NOT_APPLICABLE;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  } else {
    cell.value = toNumber(value, `${ws.name}!${cell.address}`);
    cell.alignment = { horizontal: 'right', vertical: 'middle' };
  }
  return cell;
}

/** A header cell, merged over rows r1..r2 and columns c1..c2. */
function header(ws: ExcelJS.Worksheet, r1: number, c1: number, r2: number, c2: number, label: string): void {
  if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
  for (let r = r1; r <= r2; r++) {
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      cell.fill = HEADER_FILL;
      font(cell, { bold: true });
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  if (label !== '') ws.getCell(r1, c1).value = label;
}

function merge(ws: ExcelJS.Worksheet, r: number, c1: number, c2: number): void {
  if (c2 > c1) ws.mergeCells(r, c1, r, c2);
}

/** Thin borders on every cell of the rectangle. */
function grid(ws: ExcelJS.Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) {
    for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = BORDER;
  }
}

function widths(ws: ExcelJS.Worksheet, list: number[]): void {
  list.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

/** Display width of a string in Excel column units (CJK ≈ 2). */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return w;
}

// ---------------------------------------------------------------------------
// Sheet frame: title, code, 部门名称/年度/单位, notes

function newSheet(wb: ExcelJS.Workbook, meta: TableMeta, landscape: boolean): ExcelJS.Worksheet {
  return wb.addWorksheet(meta.code, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    properties: { defaultRowHeight: 18 },
  });
}

/**
 * Rows 1–3:
 *   1  title, merged A1:<last>1, bold 16pt, centred;
 *   2  table code ("公开01表") in the last column, right-aligned;
 *   3  "部门名称：…" (col A) | "2024年度" (middle col) | "金额单位：万元" (last col).
 */
function frame(ws: ExcelJS.Worksheet, meta: TableMeta, data: JuesuanData, ncols: number): void {
  merge(ws, 1, 1, ncols);
  const title = ws.getCell(1, 1);
  title.value = meta.title;
  title.font = { name: FONT_NAME, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 36;

  const codeCell = ws.getCell(2, ncols);
  codeCell.value = meta.code;
  font(codeCell);
  codeCell.alignment = { horizontal: 'right', vertical: 'middle' };

  const left = ws.getCell(3, 1);
  left.value = `${meta.orgLabel}：${data.department}`;
  font(left);
  left.alignment = { horizontal: 'left', vertical: 'middle' };

  const mid = ws.getCell(3, Math.ceil((ncols + 1) / 2));
  mid.value = `${data.year}年度`;
  font(mid);
  mid.alignment = { horizontal: 'center', vertical: 'middle' };

  const right = ws.getCell(3, ncols);
  right.value = `${meta.unitLabel}：${data.unit}`;
  font(right);
  right.alignment = { horizontal: 'right', vertical: 'middle' };
}

/** Notes under the table, one merged row each. Returns the last row used. */
function notes(ws: ExcelJS.Worksheet, meta: TableMeta, firstRow: number, ncols: number): number {
  let totalWidth = 0;
  for (let c = 1; c <= ncols; c++) totalWidth += ws.getColumn(c).width ?? 9;
  let r = firstRow;
  for (const note of meta.notes) {
    merge(ws, r, 1, ncols);
    const cell = ws.getCell(r, 1);
    cell.value = note;
    font(cell);
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    const lines = Math.max(1, Math.ceil(displayWidth(note) / Math.max(1, totalWidth - 2)));
    ws.getRow(r).height = 16 * lines + 2;
    r++;
  }
  return r - 1;
}

function checkLength(where: string, values: readonly unknown[], n: number): void {
  if (values.length !== n) throw new Error(`${where}: expected ${n} values, got ${values.length}`);
}

// ---------------------------------------------------------------------------
// 公开01 / 公开04: income | expense

/**
 * Columns: A 项目 | B 行次 | C 金额 (收入), then D 项目 | E 行次 | F.. amounts (支出).
 * Rows: 4 收入 | 支出 group header, 5 column header, 6 栏次, 7.. data, then notes.
 */
function buildTwoSided(
  wb: ExcelJS.Workbook,
  data: JuesuanData,
  t: TwoSidedTable,
  expenseHeaders: string[],
  widthsList: number[],
): ExcelJS.Worksheet {
  const ncols = 5 + expenseHeaders.length;
  const ws = newSheet(wb, t, true);
  widths(ws, widthsList);
  frame(ws, t, data, ncols);

  const r0 = HEADER_TOP;
  header(ws, r0, 1, r0, 3, '收入');
  header(ws, r0, 4, r0, ncols, '支出');
  const h = ['项目', '行次', '金额', '项目', '行次', ...expenseHeaders];
  h.forEach((label, i) => header(ws, r0 + 1, i + 1, r0 + 1, i + 1, label));
  if (expenseHeaders.length > 1) ws.getRow(r0 + 1).height = 30;

  // 栏次 row: "栏次" | | 1 | "栏次" | | 2 [3 4 5]
  const rc = r0 + 2;
  text(ws, rc, 1, '栏次', 'center');
  text(ws, rc, 2, '', 'center');
  integer(ws, rc, 3, 1);
  text(ws, rc, 4, '栏次', 'center');
  text(ws, rc, 5, '', 'center');
  expenseHeaders.forEach((_, i) => integer(ws, rc, 6 + i, 2 + i));

  let r = rc + 1;
  for (const row of t.rows) {
    checkLength(`${t.code} 行次 ${row.income.line}`, row.income.amounts, 1);
    checkLength(`${t.code} 行次 ${row.expense.line}`, row.expense.amounts, expenseHeaders.length);
    text(ws, r, 1, row.income.label);
    integer(ws, r, 2, row.income.line);
    amount(ws, r, 3, row.income.amounts[0] ?? null);
    text(ws, r, 4, row.expense.label);
    integer(ws, r, 5, row.expense.line);
    row.expense.amounts.forEach((a, i) => amount(ws, r, 6 + i, a));
    r++;
  }
  grid(ws, r0, 1, r - 1, ncols);
  notes(ws, t, r, ncols);
  return ws;
}

// ---------------------------------------------------------------------------
// 功能科目 tables: 公开02 / 03 / 05 / 07 / 08

/** A column header: a single label (merged over both header rows) or a group. */
type ColumnHeader = string | { label: string; children: string[] };

/**
 * Columns: A 科目代码 | B 科目名称 | C.. amounts.
 * Rows: 4 项目 (A:B) + top headers, 5 科目代码 | 科目名称 + sub-headers,
 * 6 栏次 (A:B merged) 1..n, 7 合计 (A:B merged), 8.. 科目 rows, then notes.
 */
function buildKemu(
  wb: ExcelJS.Workbook,
  data: JuesuanData,
  t: KemuTable,
  columns: ColumnHeader[],
  nameWidth: number,
  amountWidth: number,
): ExcelJS.Worksheet {
  const nAmounts = columns.reduce((n, c) => n + (typeof c === 'string' ? 1 : c.children.length), 0);
  const ncols = 2 + nAmounts;
  const ws = newSheet(wb, t, nAmounts > 4);
  widths(ws, [12, nameWidth, ...Array<number>(nAmounts).fill(amountWidth)]);
  frame(ws, t, data, ncols);

  const r0 = HEADER_TOP;
  header(ws, r0, 1, r0, 2, '项目');
  header(ws, r0 + 1, 1, r0 + 1, 1, '科目代码');
  header(ws, r0 + 1, 2, r0 + 1, 2, '科目名称');
  let c = 3;
  for (const col of columns) {
    if (typeof col === 'string') {
      header(ws, r0, c, r0 + 1, c, col);
      c++;
    } else {
      header(ws, r0, c, r0, c + col.children.length - 1, col.label);
      col.children.forEach((child, i) => header(ws, r0 + 1, c + i, r0 + 1, c + i, child));
      c += col.children.length;
    }
  }
  ws.getRow(r0).height = 30;
  ws.getRow(r0 + 1).height = 24;

  const rc = r0 + 2;
  merge(ws, rc, 1, 2);
  text(ws, rc, 1, '栏次', 'center');
  for (let i = 0; i < nAmounts; i++) integer(ws, rc, 3 + i, i + 1);

  let r = rc + 1;
  checkLength(`${t.code} 合计`, t.total, nAmounts);
  merge(ws, r, 1, 2);
  text(ws, r, 1, '合计', 'center');
  t.total.forEach((a, i) => amount(ws, r, 3 + i, a));
  r++;
  for (const row of t.rows) {
    checkLength(`${t.code} ${row.code}`, row.amounts, nAmounts);
    code(ws, r, 1, row.code);
    text(ws, r, 2, row.name);
    row.amounts.forEach((a, i) => amount(ws, r, 3 + i, a));
    r++;
  }
  grid(ws, r0, 1, r - 1, ncols);
  notes(ws, t, r, ncols);
  return ws;
}

// ---------------------------------------------------------------------------
// 公开06 基本支出决算明细表

/**
 * Columns: 4 groups of (科目代码, 科目名称, 决算数): A-C, D-F, G-I, J-L.
 * Rows: 4 人员经费 (A:C) | 公用经费 (D:L), 5 科目代码/科目名称/决算数 ×4,
 * 6.. data rows, then the footer (人员经费合计 A:B → C; 公用经费合计 D:K → L), notes.
 */
function buildBasicDetail(wb: ExcelJS.Workbook, data: JuesuanData, t: BasicDetailTable): ExcelJS.Worksheet {
  const ncols = 12;
  const ws = newSheet(wb, t, true);
  widths(ws, [10, 30, 11, 10, 24, 11, 10, 24, 11, 10, 38, 11]);
  frame(ws, t, data, ncols);

  const r0 = HEADER_TOP;
  header(ws, r0, 1, r0, 3, '人员经费');
  header(ws, r0, 4, r0, 12, '公用经费');
  for (let g = 0; g < 4; g++) {
    header(ws, r0 + 1, 3 * g + 1, r0 + 1, 3 * g + 1, '科目代码');
    header(ws, r0 + 1, 3 * g + 2, r0 + 1, 3 * g + 2, '科目名称');
    header(ws, r0 + 1, 3 * g + 3, r0 + 1, 3 * g + 3, '决算数');
  }

  let r = r0 + 2;
  for (const row of t.rows) {
    checkLength(`${t.code} row ${r}`, row, 4);
    row.forEach((item, g) => {
      if (item) {
        code(ws, r, 3 * g + 1, item.code);
        text(ws, r, 3 * g + 2, item.name);
        amount(ws, r, 3 * g + 3, item.amount);
      } else {
        text(ws, r, 3 * g + 1, '');
        text(ws, r, 3 * g + 2, '');
        amount(ws, r, 3 * g + 3, null);
      }
    });
    r++;
  }

  // Footer: 人员经费合计 | | 253.96 | 公用经费合计 … | 18.48 (far right)
  merge(ws, r, 1, 2);
  text(ws, r, 1, '人员经费合计', 'center').font = { name: FONT_NAME, size: 10, bold: true };
  amount(ws, r, 3, t.personnelTotal);
  merge(ws, r, 4, 11);
  text(ws, r, 4, '公用经费合计', 'center').font = { name: FONT_NAME, size: 10, bold: true };
  amount(ws, r, 12, t.publicTotal);
  r++;

  grid(ws, r0, 1, r - 1, ncols);
  notes(ws, t, r, ncols);
  return ws;
}

// ---------------------------------------------------------------------------
// 公开09 “三公”经费

/**
 * Columns A-F 预算数, G-L 决算数, each: 合计 | 因公出国（境）费 | 公务用车购置及运行维护费
 * (小计 | 公务用车购置费 | 公务用车运行维护费) | 公务接待费.
 * Rows: 4 预算数 | 决算数, 5-6 sub-headers, 7 numbers 1..12, 8 data, then notes.
 */
function buildSanGong(wb: ExcelJS.Workbook, data: JuesuanData, t: SanGongTable): ExcelJS.Worksheet {
  const ncols = 12;
  const ws = newSheet(wb, t, true);
  widths(ws, Array<number>(ncols).fill(12));
  frame(ws, t, data, ncols);

  const r0 = HEADER_TOP;
  header(ws, r0, 1, r0, 6, '预算数');
  header(ws, r0, 7, r0, 12, '决算数');
  for (const base of [1, 7]) {
    header(ws, r0 + 1, base, r0 + 2, base, '合计');
    header(ws, r0 + 1, base + 1, r0 + 2, base + 1, '因公出国（境）费');
    header(ws, r0 + 1, base + 2, r0 + 1, base + 4, '公务用车购置及运行维护费');
    header(ws, r0 + 2, base + 2, r0 + 2, base + 2, '小计');
    header(ws, r0 + 2, base + 3, r0 + 2, base + 3, '公务用车购置费');
    header(ws, r0 + 2, base + 4, r0 + 2, base + 4, '公务用车运行维护费');
    header(ws, r0 + 1, base + 5, r0 + 2, base + 5, '公务接待费');
  }
  ws.getRow(r0 + 1).height = 24;
  ws.getRow(r0 + 2).height = 30;

  const rn = r0 + 3;
  for (let i = 0; i < ncols; i++) integer(ws, rn, i + 1, i + 1);

  const rd = rn + 1;
  checkLength(t.code, t.values, ncols);
  t.values.forEach((a, i) => amount(ws, rd, i + 1, a));

  grid(ws, r0, 1, rd, ncols);
  notes(ws, t, rd + 1, ncols);
  return ws;
}

// ---------------------------------------------------------------------------
// 公开10 相关信息统计表

/**
 * Columns: A 项目 | B 行次 | C 统计数.
 * Rows from 4: section rows (A:C merged), sub-header rows, items; then notes.
 */
function buildInfo(wb: ExcelJS.Workbook, data: JuesuanData, t: InfoTable): ExcelJS.Worksheet {
  const ncols = 3;
  const ws = newSheet(wb, t, false);
  widths(ws, [46, 10, 18]);
  frame(ws, t, data, ncols);

  const r0 = HEADER_TOP;
  let r = r0;
  for (const row of t.rows) {
    switch (row.kind) {
      case 'section': {
        merge(ws, r, 1, ncols);
        const cell = text(ws, r, 1, row.label, 'left');
        cell.font = { name: FONT_NAME, size: 10, bold: true };
        break;
      }
      case 'header':
        row.labels.forEach((label, i) => header(ws, r, i + 1, r, i + 1, label));
        break;
      case 'item':
        text(ws, r, 1, row.label);
        integer(ws, r, 2, row.line);
        if (row.format === 'count') {
          if (row.value !== null && row.value !== '' && !/^\d+$/.test(row.value.trim())) {
            throw new Error(`${t.code} 行次 ${row.line}: not a count: ${JSON.stringify(row.value)}`);
          }
          amount(ws, r, 3, row.value, COUNT_FMT);
        } else {
          amount(ws, r, 3, row.value, AMOUNT_FMT);
        }
        break;
    }
    r++;
  }
  grid(ws, r0, 1, r - 1, ncols);
  notes(ws, t, r, ncols);
  return ws;
}

// ---------------------------------------------------------------------------

/** Build the ten sheets (公开01表 … 公开10表) in memory. */
export function buildSampleWorkbook(data: JuesuanData = SEED_DATA): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算编审系统';
  wb.created = new Date(Date.UTC(data.year + 1, 2, 31));
  wb.modified = wb.created;

  buildTwoSided(wb, data, data.t01, ['金额'], [34, 6, 14, 32, 6, 14]);
  buildKemu(
    wb,
    data,
    data.t02,
    ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
    40,
    13,
  );
  buildKemu(wb, data, data.t03, ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'], 40, 13);
  buildTwoSided(
    wb,
    data,
    data.t04,
    ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
    [26, 6, 13, 30, 6, 13, 14, 14, 14],
  );
  buildKemu(wb, data, data.t05, [{ label: '本年支出', children: ['小计', '基本支出', '项目支出'] }], 40, 14);
  buildBasicDetail(wb, data, data.t06);
  buildKemu(
    wb,
    data,
    data.t07,
    ['年初结转和结余', '本年收入', { label: '本年支出', children: ['小计', '基本支出', '项目支出'] }, '年末结转和结余'],
    30,
    13,
  );
  buildKemu(wb, data, data.t08, [{ label: '本年支出', children: ['合计', '基本支出', '项目支出'] }], 34, 14);
  buildSanGong(wb, data, data.t09);
  buildInfo(wb, data, data.t10);
  return wb;
}

/** Build and write the workbook; returns the absolute path written. */
export async function writeSampleWorkbook(
  outPath: string = path.join(__dirname, 'seed-2024.xlsx'),
  data: JuesuanData = SEED_DATA,
): Promise<string> {
  const wb = buildSampleWorkbook(data);
  const abs = path.resolve(outPath);
  await wb.xlsx.writeFile(abs);
  return abs;
}

if (require.main === module) {
  writeSampleWorkbook(process.argv[2]).then(
    (p) => console.log(`wrote ${p}`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
