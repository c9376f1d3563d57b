/**
 * Everything that needs ExcelJS, loaded only when a workbook is opened: webpack puts this module and
 * ExcelJS (its browser build, through the package's "browser" field) in a chunk of its own, so the page
 * itself stays light.
 */
import ExcelJS from 'exceljs';
import type { CellRange } from '../../../src/core/grid';
import type { Finding } from '../../../src/core/findings';
import { rawOf, workbookToGrid } from '../../../src/adapters/exceljs/read';
import { annotateWorkbook } from '../../../src/adapters/exceljs/annotate';
import { cellText } from '../format';
import type { SheetView, ViewCell } from '../viewModel';

export { workbookToGrid };

const OLE = 0xd0cf11e0;
const ZIP = 0x504b0304;

/** Opens .xlsx bytes; what is not one gets a one-line Chinese reason naming the file. */
export async function openXlsx(bytes: ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  const head = new DataView(bytes, 0, Math.min(bytes.byteLength, 8));
  const magic = head.byteLength >= 4 ? head.getUint32(0) : 0;
  if (magic === OLE) throw new Error(`${name}：这是加密的工作簿或旧版 .xls 文件，请在 Excel 或 WPS 中另存为未加密的 .xlsx 后再打开`);
  if (magic !== ZIP) throw new Error(`${name}：不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）`);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS reads the buffer without keeping it: the caller's bytes stay as they were.
    await wb.xlsx.load(bytes.slice(0));
  } catch (e) {
    throw new Error(`${name}：工作簿已损坏或无法解析（${String((e as Error).message ?? e).split('\n')[0]}）`, { cause: e });
  }
  return wb;
}

/** Writes text lines into `sheet` (column A, one paragraph a row), replacing a sheet of that name. */
export function putTextSheet(wb: ExcelJS.Workbook, sheet: string, lines: string[]): void {
  const old = wb.getWorksheet(sheet);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(sheet);
  ws.getColumn(1).width = 100;
  lines.forEach((line, i) => {
    const c = ws.getCell(i + 1, 1);
    // A string value is text in ExcelJS: "=…" stays text, never a formula.
    c.value = String(line);
    c.numFmt = '@';
    c.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** A fresh copy of the file with the text sheets written since, annotated with `findings`, as .xlsx bytes. */
export async function annotatedXlsx(
  bytes: ArrayBuffer,
  name: string,
  textSheets: Map<string, string[]>,
  findings: Finding[],
): Promise<{ data: ArrayBuffer; marked: number }> {
  const wb = await openXlsx(bytes, name);
  for (const [sheet, lines] of textSheets) putTextSheet(wb, sheet, lines);
  const marked = annotateWorkbook(wb, findings);
  const buf = await wb.xlsx.writeBuffer();
  return { data: buf as ArrayBuffer, marked };
}

const px = (chars: number | undefined) => Math.round((chars && chars > 0 ? chars : 8.43) * 7 + 5);

function hasBorder(cell: ExcelJS.Cell): boolean {
  const b = cell.border;
  return !!b && !!(b.top?.style || b.bottom?.style || b.left?.style || b.right?.style);
}

/** What the read-only view shows of a sheet: the displayed text of its used range, merges and widths. */
export function sheetView(ws: ExcelJS.Worksheet): SheetView {
  const cells: (ViewCell | null)[][] = [];
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: (ViewCell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const raw = cell.isMerged && cell.master.address !== cell.address ? null : rawOf(cell);
      const text = raw === null ? '' : cellText(raw, cell.numFmt);
      const bold = !!cell.font?.bold;
      const align = cell.alignment?.horizontal;
      const border = hasBorder(cell);
      if (!text && !border) return;
      out[c - 1] = {
        text,
        ...(typeof raw === 'number' ? { num: true } : {}),
        ...(bold ? { bold } : {}),
        ...(align === 'center' || align === 'centerContinuous'
          ? { align: 'center' as const }
          : align === 'right'
            ? { align: 'right' as const }
            : align === 'left'
              ? { align: 'left' as const }
              : {}),
        ...(cell.alignment?.wrapText ? { wrap: true } : {}),
        ...(border ? { border } : {}),
      };
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    cells[r - 1] = out;
    cols = Math.max(cols, out.length);
  });
  for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = [];
  const merges: CellRange[] = [];
  for (const ref of ws.model.merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const range = { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4]) - 1, right: col(m[3]) };
    merges.push(range);
    cols = Math.max(cols, range.right + 1);
  }
  const rows = Math.max(cells.length, ...merges.map((m) => m.bottom + 1), 0);
  const widths: number[] = [];
  for (let c = 0; c < cols; c++) widths.push(px(ws.getColumn(c + 1).width));
  return { name: ws.name, hidden: ws.state !== 'visible', rows, cols, cells, merges, widths };
}

export function sheetViews(wb: ExcelJS.Workbook): SheetView[] {
  return wb.worksheets.map(sheetView);
}
