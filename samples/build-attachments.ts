/**
 * Builds samples/seed-2024-attachments.xlsx: the seed's ten 项目支出绩效自评表
 * (samples/attachments-data.ts), laid out as the template is exported — title row,
 * "(2024年度)", labelled header cells, the funds block with its two-row header, the
 * indicator grid with vertically merged 一级/二级 cells, 总分 / 等级, the analysis block.
 * Two attachments share one sheet, one under the other, as real workbooks do.
 *
 *   npx tsx samples/build-attachments.ts [out.xlsx]   (default samples/seed-2024-attachments.xlsx)
 *
 * Figures are written as numbers with a number format showing exactly the printed
 * decimals ("100.00" → 100 shown as 100.00, "13.682" → 13.682).
 *
 * Columns (A–K):
 *   A block label (merged down the block) | B row label / 一级指标 | C 目标申报数 / 二级指标 |
 *   D 预算编制数 / 三级指标 | E 全年预算数 / 年初指标值 | F 全年执行数 / 调整后指标值 |
 *   G 资金结(转)余 / 实际完成值 | H 执行率 / 定性情况说明 | I 得分 / 分值 | J:K 偏差原因 / J 得分, K 偏差原因分析及改进措施
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { ATTACHMENT_SHEETS, YEAR, type AttachmentData, type AttachmentSheet, type Printed } from './attachments-data';

const FONT = '宋体';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const NCOLS = 11;
/** Blank rows between two attachments on one sheet. */
const GAP = 2;

function style(cell: ExcelJS.Cell, opts: { bold?: boolean; size?: number; h?: 'left' | 'center' | 'right' } = {}): void {
  cell.font = { name: FONT, size: opts.size ?? 10, bold: opts.bold ?? false };
  cell.alignment = { horizontal: opts.h ?? 'center', vertical: 'middle', wrapText: true };
}

/** Writes a label or text into r1:c1 and merges r1..r2 × c1..c2. */
function put(
  ws: ExcelJS.Worksheet,
  r1: number,
  c1: number,
  r2: number,
  c2: number,
  value: string,
  opts: Parameters<typeof style>[1] = {},
): void {
  if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
  const cell = ws.getCell(r1, c1);
  if (value !== '') cell.value = value;
  style(cell, opts);
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A printed figure as a number whose format shows the printed decimals. */
function figure(ws: ExcelJS.Worksheet, r: number, c: number, value: Printed, where: string): void {
  const cell = ws.getCell(r, c);
  style(cell, { h: 'right' });
  if (value === null || value === '') return;
  if (!DECIMAL.test(value)) throw new Error(`${where}: not a figure: ${JSON.stringify(value)}`);
  const d = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
  cell.value = Number(value);
  cell.numFmt = d === 0 ? '0' : `0.${'0'.repeat(d)}`;
}

function borders(ws: ExcelJS.Worksheet, r1: number, r2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = 1; c <= NCOLS; c++) ws.getCell(r, c).border = BORDER;
}

/** Merges runs of equal values in column `col` over rows [first, first + values.length). */
function mergeRuns(ws: ExcelJS.Worksheet, first: number, col: number, values: string[]): void {
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i < values.length && values[i] === values[start]) continue;
    put(ws, first + start, col, first + i - 1, col, values[start]);
    start = i;
  }
}

function rowHeight(ws: ExcelJS.Worksheet, r: number, text: string, widthChars: number): void {
  const lines = Math.max(1, Math.ceil([...text].length / Math.max(1, widthChars)));
  ws.getRow(r).height = Math.max(18, 14 * lines + 4);
}

/**
 * Writes one attachment from row `top` (1-based); returns the last row used.
 */
export function writeAttachment(ws: ExcelJS.Worksheet, a: AttachmentData, top: number): number {
  const where = `${ws.name} 附件${a.no}`;
  let r = top;
  put(ws, r, 1, r, NCOLS, a.titleStyle === 'plain' ? '项目支出绩效自评表' : `${a.projectName}项目支出绩效自评表`, { bold: true, size: 16 });
  ws.getRow(r).height = 32;
  r++;
  put(ws, r, 1, r, NCOLS, `(${YEAR}年度)`);
  r++;
  put(ws, r, 1, r, 2, '项目名称');
  put(ws, r, 3, r, NCOLS, a.projectName, { h: 'left' });
  r++;
  put(ws, r, 1, r, 2, '主管部门及代码');
  put(ws, r, 3, r, 6, a.department, { h: 'left' });
  put(ws, r, 7, r, 8, '预算单位');
  put(ws, r, 9, r, NCOLS, a.budgetUnit, { h: 'left' });
  r++;

  // Funds block: two header rows, then one row per funds row.
  const fundsTop = r;
  const fundsBottom = r + 1 + a.funds.length;
  put(ws, fundsTop, 1, fundsBottom, 1, '项目资金预算安排及执行进度(万元)');
  put(ws, r, 2, r + 1, 2, '');
  put(ws, r, 3, r, 4, '年初预算数');
  put(ws, r + 1, 3, r + 1, 3, '目标申报数');
  put(ws, r + 1, 4, r + 1, 4, '预算编制数');
  put(ws, r, 5, r + 1, 5, '全年预算数');
  put(ws, r, 6, r + 1, 6, '全年执行数');
  put(ws, r, 7, r + 1, 7, '资金结(转)余');
  put(ws, r, 8, r + 1, 8, '执行率');
  put(ws, r, 9, r + 1, 9, '得分');
  put(ws, r, 10, r + 1, NCOLS, '偏差原因');
  r += 2;
  for (const f of a.funds) {
    put(ws, r, 2, r, 2, f.label);
    figure(ws, r, 3, f.declared, where);
    figure(ws, r, 4, f.planned, where);
    figure(ws, r, 5, f.budget, where);
    figure(ws, r, 6, f.spent, where);
    figure(ws, r, 7, f.balance, where);
    figure(ws, r, 8, f.rate, where);
    figure(ws, r, 9, f.score, where);
    put(ws, r, 10, r, NCOLS, f.reason ?? '', { h: 'left' });
    r++;
  }

  // 项目年度绩效目标
  put(ws, r, 1, r + 1, 1, '项目年度绩效目标');
  put(ws, r, 2, r, 6, '年度目标');
  put(ws, r, 7, r, NCOLS, '实际完成情况');
  put(ws, r + 1, 2, r + 1, 6, a.goal, { h: 'left' });
  put(ws, r + 1, 7, r + 1, NCOLS, a.achieved, { h: 'left' });
  rowHeight(ws, r + 1, a.achieved, 40);
  r += 2;

  // Indicator grid
  const headerRow = r;
  const first = r + 1;
  const last = r + a.indicators.length;
  put(ws, headerRow, 1, last, 1, '绩效指标');
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '年初指标值',
    '调整后指标值',
    '实际完成值',
    '定性情况说明',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ].forEach((h, i) => put(ws, headerRow, 2 + i, headerRow, 2 + i, h, { bold: true }));
  mergeRuns(
    ws,
    first,
    2,
    a.indicators.map((x) => x.level1),
  );
  // 二级 runs only inside one 一级 group.
  const level2Keys = a.indicators.map((x) => `${x.level1}\u0000${x.level2}`);
  let start = 0;
  for (let i = 1; i <= a.indicators.length; i++) {
    if (i < a.indicators.length && level2Keys[i] === level2Keys[start]) continue;
    put(ws, first + start, 3, first + i - 1, 3, a.indicators[start].level2);
    start = i;
  }
  a.indicators.forEach((x, i) => {
    const row = first + i;
    put(ws, row, 4, row, 4, x.level3);
    put(ws, row, 5, row, 5, x.initial);
    put(ws, row, 6, row, 6, x.adjusted);
    put(ws, row, 7, row, 7, x.actual);
    put(ws, row, 8, row, 8, '');
    figure(ws, row, 9, x.weight, `${where} ${x.level3}`);
    figure(ws, row, 10, x.score, `${where} ${x.level3}`);
    put(ws, row, 11, row, 11, x.reason ?? '', { h: 'left' });
  });
  r = last + 1;

  // 总分 | score (under 得分) | 等级
  put(ws, r, 1, r, 9, '总分', { bold: true });
  figure(ws, r, 10, a.totalScore, `${where} 总分`);
  put(ws, r, 11, r, 11, a.grade, { bold: true });
  r++;

  // 项目绩效分析
  if (a.analysis.length) {
    put(ws, r, 1, r + a.analysis.length - 1, 1, '项目绩效分析');
    for (const [label, text] of a.analysis) {
      put(ws, r, 2, r, 3, label);
      put(ws, r, 4, r, NCOLS, text, { h: 'left' });
      rowHeight(ws, r, text, 60);
      r++;
    }
  }
  borders(ws, top + 2, r - 1);
  return r - 1;
}

export function writeAttachmentSheet(wb: ExcelJS.Workbook, sheet: AttachmentSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ showGridLines: false }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  [8, 10, 12, 14, 11, 11, 12, 10, 7, 7, 22].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let r = 1;
  sheet.attachments.forEach((a, i) => {
    if (i > 0) r += GAP;
    r = writeAttachment(ws, a, r) + 1;
  });
  return ws;
}

/** Adds the attachment sheets to a workbook (e.g. after the 公开01–10 sheets of build-sample.ts). */
export function addAttachmentSheets(wb: ExcelJS.Workbook, sheets: AttachmentSheet[] = ATTACHMENT_SHEETS): void {
  for (const s of sheets) writeAttachmentSheet(wb, s);
}

export function buildAttachmentsWorkbook(sheets: AttachmentSheet[] = ATTACHMENT_SHEETS): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算编审系统';
  wb.created = new Date(Date.UTC(YEAR + 1, 2, 31));
  wb.modified = wb.created;
  addAttachmentSheets(wb, sheets);
  return wb;
}

export async function writeAttachmentsWorkbook(
  outPath: string = path.join(__dirname, 'seed-2024-attachments.xlsx'),
  sheets: AttachmentSheet[] = ATTACHMENT_SHEETS,
): Promise<string> {
  const abs = path.resolve(outPath);
  await buildAttachmentsWorkbook(sheets).xlsx.writeFile(abs);
  return abs;
}

if (require.main === module) {
  writeAttachmentsWorkbook(process.argv[2]).then(
    (p) => console.log(`wrote ${p}`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
