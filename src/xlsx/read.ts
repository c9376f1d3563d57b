/** ExcelJS adapter: an .xlsx file to the plain WorkbookGrid the core reads. */
import ExcelJS from 'exceljs';
import type { CellRange, RawValue, SheetGrid, WorkbookGrid } from '../core/grid';
import { UnreadableWorkbookError } from './errors';
import { checkSheetBounds, clipMerges, trimRows } from './limits';

/** Thrown when a file cannot be read as a workbook; the message names the file. */
export { UnreadableWorkbookError };

/** The value a cell shows: cached results for formulas, text for rich text, ISO text for dates. */
export function rawOf(cell: ExcelJS.Cell): RawValue {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) {
      const r = o.result as unknown;
      if (r === undefined || r === null) return null;
      if (typeof r === 'object' && r && 'error' in (r as object)) return String((r as { error: string }).error);
      return r instanceof Date ? r.toISOString().slice(0, 10) : (r as RawValue);
    }
    if ('richText' in o) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('text' in o) return String(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

function parseRange(ref: string): CellRange | undefined {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4]) - 1, right: col(m[3]) };
}

function isUncalculatedFormula(cell: ExcelJS.Cell): boolean {
  const v = cell.value as unknown;
  return (
    !!v &&
    typeof v === 'object' &&
    ('formula' in v || 'sharedFormula' in v) &&
    ((v as { result?: unknown }).result === undefined || (v as { result?: unknown }).result === null)
  );
}

/** The sheet's grid; as the lean reader (./lean/read.ts) gives it, bounds and clipped merges included. */
export function sheetToGrid(ws: ExcelJS.Worksheet, file?: string): SheetGrid {
  const rows: RawValue[][] = [];
  const formats: (string | null)[][] = [];
  const uncalculated: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: RawValue[] = [];
    let rowFormats: (string | null)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area's value lives in its top-left cell only, as in Office.js.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (isUncalculatedFormula(cell)) uncalculated.push(cell.address);
      const raw = rawOf(cell);
      out[colNumber - 1] = raw;
      // The format decides the printed decimals of a number (a formula's stored result carries noise).
      const format = typeof raw === 'number' ? cell.numFmt : undefined;
      if (format && format !== 'General') (rowFormats ??= [])[colNumber - 1] = format;
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[rowNumber - 1] = out;
    if (rowFormats) formats[rowNumber - 1] = Array.from(rowFormats, (f) => f ?? null);
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  for (let i = 0; i < formats.length; i++) if (!formats[i]) formats[i] = [];
  trimRows(rows);
  const merges: CellRange[] = [];
  const model = (ws as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> })
    ._merges;
  for (const m of Object.values(model ?? {})) {
    if (m?.model) merges.push({ top: m.model.top - 1, left: m.model.left - 1, bottom: m.model.bottom - 1, right: m.model.right - 1 });
  }
  if (merges.length === 0)
    for (const ref of ws.model.merges ?? []) {
      const r = parseRange(ref);
      if (r) merges.push(r);
    }
  const sheet: SheetGrid = {
    name: ws.name,
    rows,
    merges: clipMerges(merges, rows),
    hidden: ws.state !== 'visible',
    ...(uncalculated.length ? { uncalculated } : {}),
    ...(formats.length ? { formats } : {}),
  };
  checkSheetBounds(file, sheet);
  return sheet;
}

export function workbookToGrid(wb: ExcelJS.Workbook, name?: string): WorkbookGrid {
  return { name, sheets: wb.worksheets.map((ws) => sheetToGrid(ws, name)) };
}

/** Reads an .xlsx file; unreadable input becomes an UnreadableWorkbookError with a one-line reason. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const fs = await import('node:fs/promises');
  let buf: Buffer;
  try {
    buf = await fs.readFile(path);
  } catch (e) {
    throw new UnreadableWorkbookError(`${path}：无法打开文件（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`);
  }
  return loadWorkbookBuffer(buf, path);
}

export async function loadWorkbookBuffer(buf: Buffer | ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  const head = bytes.subarray(0, 8);
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0) {
    throw new UnreadableWorkbookError(`${name}：这是加密的工作簿或旧版 .xls 文件，请在 Excel 中另存为未加密的 .xlsx 后再检查`);
  }
  if (head.length < 4 || head.readUInt32BE(0) !== 0x504b0304) {
    throw new UnreadableWorkbookError(`${name}：不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableWorkbookError(`${name}：工作簿已损坏或无法解析（${(e as Error).message.split('\n')[0]}）`);
  }
  return wb;
}
