/**
 * Workbooks as bytes in memory, for the offline web page, which has no file system: open .xlsx bytes
 * (with a one-line reason when they are not one), write a text sheet, and make the annotated copy.
 */
import ExcelJS from 'exceljs';
import type { Finding } from '../core/findings';
import { annotateWorkbook } from './annotate';

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
