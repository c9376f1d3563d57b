/**
 * The lean reader: an .xlsx file to the WorkbookGrid the engine reads, without ExcelJS — fflate for the zip and a
 * small XML scanner — giving, cell for cell, what the ExcelJS adapter (../read.ts) gives: sheet names and
 * visibility, shared and inline strings (rich text joined, phonetic runs left out), numbers, booleans, error
 * values, cached formula results and the formulas without one, dates as ISO text, merges, and the number
 * formats of number cells. Where ExcelJS half-reads a number (`<v>403.05abc</v>` as 403.05, `0x10` as 0), the
 * lean reader keeps the text, so the engine names the cell (R02).
 */
import { strFromU8 } from 'fflate';
import type { CellRange, RawValue, SheetGrid, WorkbookGrid } from '../../core/grid';
import { UnreadableWorkbookError } from '../errors';
import { clipMerges, MAX_COLUMNS, MAX_ROWS, tooLarge, trimRows } from '../limits';
import { CLOSE, END, OPEN, TEXT, XmlScanner } from './xml';
import { unzipParts } from './zip';

const OLE = 0xd0cf11e0;
const ZIP = 0x504b0304;

/** Excel's built-in number formats, as ExcelJS names them (lib/xlsx/defaultnumformats.js). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** ExcelJS's test for a date format: date letters outside quotes and brackets. */
function isDateFormat(fmt: string): boolean {
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A stored number, only when the whole text is one: "403.05abc" and "0x10" are not. */
const NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** ExcelJS decodes the text of t="str" cells once more. */
function xmlDecodeAgain(s: string): string {
  return s.indexOf('&') < 0
    ? s
    : s.replace(/&([a-z]*);/g, (c) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' })[c] ?? c);
}

/** Excel's _xHHHH_ escapes in shared strings and rich runs. */
function unescapeX(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function isoDate(serial: number, date1904: boolean): string | number {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(d.getTime()) ? serial : d.toISOString().slice(0, 10);
}

function columnIndex(s: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) col = col * 26 + ((s.charCodeAt(i) & ~32) - 64);
  return col - 1;
}

/** "AB12" → [row, col] 0-based; undefined when it is not an address. */
function parseRef(ref: string): [number, number] | undefined {
  let i = 0;
  while (i < ref.length && /[A-Za-z]/.test(ref[i])) i++;
  if (i === 0 || i > 3 || i === ref.length) return undefined;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1) return undefined;
  return [row - 1, columnIndex(ref, 0, i)];
}

function parseRange(ref: string): CellRange | undefined {
  const [a, b = a] = ref.trim().split(':');
  const p = parseRef(a.replace(/\$/g, ''));
  const q = parseRef(b.replace(/\$/g, ''));
  if (!p || !q) return undefined;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

interface Book {
  sheets: { name: string; hidden: boolean; part: string | undefined }[];
  date1904: boolean;
}

/** Relationship id → target (also read by ./view.ts). */
export function readRels(xml: string | undefined): Map<string, string> {
  const rels = new Map<string, string>();
  if (!xml) return rels;
  const x = new XmlScanner(xml);
  for (let t = x.next(); t !== END; t = x.next())
    if (t === OPEN && x.name === 'Relationship') {
      const id = x.attr('Id');
      const target = x.attr('Target');
      if (id && target) rels.set(id, target);
    }
  return rels;
}

/** The sheets in order, with their parts (also read by ./view.ts). */
export function readBook(xml: string, rels: Map<string, string>): Book {
  const book: Book = { sheets: [], date1904: false };
  const x = new XmlScanner(xml);
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN) continue;
    if (x.name === 'workbookPr') {
      const v = x.attr('date1904');
      book.date1904 = v === '1' || v === 'true';
    } else if (x.name === 'sheet') {
      const target = rels.get(x.attr('r:id') ?? '');
      const part =
        target === undefined ? undefined : target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
      const state = x.attr('state');
      book.sheets.push({ name: x.attr('name') ?? '', hidden: !!state && state !== 'visible', part });
    }
  }
  return book;
}

/** Number format of each cell style (cellXfs), undefined for General or none. */
function readStyles(xml: string | undefined): (string | undefined)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const styles: (string | undefined)[] = [];
  const x = new XmlScanner(xml);
  let inXfs = false;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN) {
      if (x.name === 'numFmt') custom.set(Number(x.attr('numFmtId')), x.attr('formatCode') ?? '');
      else if (x.name === 'cellXfs') inXfs = !x.selfClosing;
      else if (x.name === 'xf' && inXfs) {
        const id = parseInt(x.attr('numFmtId') ?? '0', 10);
        styles.push(id ? (custom.get(id) ?? BUILTIN_FORMATS[id]) : undefined);
      }
    } else if (t === CLOSE && x.name === 'cellXfs') inXfs = false;
  }
  return styles;
}

function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const x = new XmlScanner(xml);
  let plain: string | undefined;
  let runs: string | undefined;
  let depthPh = 0;
  let inRun = false;
  let inT = false;
  let text = '';
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === TEXT) {
      if (inT) text += x.text;
    } else if (t === OPEN) {
      switch (x.name) {
        case 'si':
          plain = runs = undefined;
          if (x.selfClosing) out.push('');
          break;
        case 'rPh':
          if (!x.selfClosing) depthPh++;
          break;
        case 'r':
          if (!depthPh) inRun = !x.selfClosing;
          break;
        case 't':
          if (depthPh) break;
          text = '';
          if (x.selfClosing) {
            if (inRun) runs = runs ?? '';
            else plain = '';
          } else inT = true;
          break;
      }
    } else if (t === CLOSE) {
      switch (x.name) {
        case 't':
          if (!inT) break;
          inT = false;
          if (inRun) runs = (runs ?? '') + unescapeX(text);
          else plain = unescapeX(text);
          break;
        case 'r':
          inRun = false;
          break;
        case 'rPh':
          depthPh--;
          break;
        case 'si':
          out.push(plain ?? runs ?? '');
          break;
      }
    }
  }
  return out;
}

interface Context {
  file: string | undefined;
  shared: string[];
  styles: (string | undefined)[];
  date1904: boolean;
}

function readSheet(xml: string, name: string, hidden: boolean, ctx: Context): SheetGrid {
  const rows: (RawValue | undefined)[][] = [];
  const formats: (string | null)[][] = [];
  const uncalculated: string[] = [];
  const merges: CellRange[] = [];
  const links = new Set<string>();
  const cells: { row: number; col: number; raw: RawValue | undefined; ref: string }[] = [];
  const x = new XmlScanner(xml);
  let rowNum = -1;
  let col = -1;
  // The cell being read.
  let inCell = false;
  let ref = '';
  let cr = 0;
  let cc = 0;
  let type: string | undefined;
  let style = 0;
  let formula = false;
  let value: string | undefined;
  let inline: string | undefined;
  let inIs = false;
  let inRun = false;
  let depthPh = 0;
  let capture = 0; // 1 <f>, 2 <v>, 3 <t> of <is>, 4 <t> of a run
  let formulaText = '';
  let runText = '';

  const finish = () => {
    inCell = false;
    if (value === '') value = undefined;
    if (inline !== undefined) value = (value ?? '') + inline;
    const isFormula = formula || formulaText !== '';
    let raw: RawValue | undefined;
    const numFmt = style ? ctx.styles[style] : undefined;
    if (isFormula) {
      if (value) raw = typed(value, type === 'n' || type === undefined ? 'n' : type, numFmt);
      else {
        uncalculated.push(ref);
        raw = null;
      }
    } else if (value !== undefined) {
      raw = type === 's' ? (ctx.shared[parseInt(value, 10)] ?? null) : type === 'inlineStr' ? value : typed(value, type ?? 'n', numFmt);
    } else return; // an empty (styled) cell holds nothing
    if (links.size && links.has(ref) && raw !== null) raw = String(raw);
    if (cr >= MAX_ROWS || cc >= MAX_COLUMNS) throw tooLarge(ctx.file, name, cr, cc);
    const row = (rows[cr] ??= []);
    row[cc] = raw;
    if (typeof raw === 'number' && numFmt && numFmt !== 'General') (formats[cr] ??= [])[cc] = numFmt;
    cells.push({ row: cr, col: cc, raw, ref });
  };

  const typed = (v: string, t: string, numFmt: string | undefined): RawValue => {
    switch (t) {
      case 'str':
        return xmlDecodeAgain(v);
      case 'b':
        return parseInt(v, 10) !== 0;
      case 'e':
        return v;
      case 's':
      case 'inlineStr':
        return v;
      default: {
        if (!NUMBER.test(v)) return v; // not wholly a number: kept as text, for R02 to name
        const n = parseFloat(v);
        return numFmt && isDateFormat(numFmt) ? isoDate(n, ctx.date1904) : n;
      }
    }
  };

  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === TEXT) {
      if (!capture) continue;
      if (capture === 1) formulaText += x.text;
      else if (capture === 2) value = (value ?? '') + x.text;
      else if (capture === 3) inline = (inline ?? '') + x.text;
      else runText += x.text;
    } else if (t === OPEN) {
      switch (x.name) {
        case 'row': {
          const r = x.attr('r');
          rowNum = r ? parseInt(r, 10) - 1 : rowNum + 1;
          col = -1;
          break;
        }
        case 'c': {
          ref = x.attr('r') ?? '';
          const p = ref ? parseRef(ref) : undefined;
          if (p) [cr, cc] = p;
          else {
            cr = rowNum;
            cc = col + 1;
          }
          col = cc;
          type = x.attr('t');
          const s = x.attr('s');
          style = s ? parseInt(s, 10) : 0;
          formula = false;
          formulaText = '';
          value = inline = undefined;
          inIs = inRun = false;
          depthPh = 0;
          inCell = true;
          if (x.selfClosing) finish();
          break;
        }
        case 'f':
          if (!inCell) break;
          if (x.attr('t')) formula = true;
          if (!x.selfClosing) capture = 1;
          break;
        case 'v':
          if (inCell && !x.selfClosing) capture = 2;
          break;
        case 'is':
          if (inCell) inIs = !x.selfClosing;
          break;
        case 'rPh':
          if (inIs && !x.selfClosing) depthPh++;
          break;
        case 'r':
          if (inIs && !depthPh && !x.selfClosing) {
            inRun = true;
            runText = '';
          }
          break;
        case 't':
          if (inIs && !depthPh && !x.selfClosing) capture = inRun ? 4 : 3;
          break;
        case 'mergeCell': {
          const m = parseRange(x.attr('ref') ?? '');
          if (m) merges.push(m);
          break;
        }
        case 'hyperlink': {
          const at = x.attr('ref');
          if (at && x.attr('r:id')) links.add(at);
          break;
        }
      }
    } else if (t === CLOSE) {
      switch (x.name) {
        case 'c':
          if (inCell) finish();
          break;
        case 'f':
        case 'v':
        case 't':
          capture = 0;
          break;
        case 'r':
          if (inRun) {
            inRun = false;
            inline = (inline ?? '') + unescapeX(runText);
          }
          break;
        case 'rPh':
          if (depthPh) depthPh--;
          break;
        case 'is':
          inIs = false;
          break;
      }
    }
  }
  // Hyperlinks come after the cells: a linked cell shows its value as text, as ExcelJS gives it.
  if (links.size)
    for (const c of cells)
      if (links.has(c.ref) && c.raw !== null && c.raw !== undefined && typeof c.raw !== 'string') {
        rows[c.row][c.col] = String(c.raw);
        if (formats[c.row]) formats[c.row][c.col] = null;
      }
  // A merged area's value lives in its top-left cell only, as in Office.js: the others are cleared.
  const clipped = clipMerges(merges, rows as RawValue[][]);
  for (const m of clipped)
    for (let r = m.top; r <= m.bottom; r++) {
      const row = rows[r];
      if (!row) continue;
      const f = formats[r];
      for (let c = m.left; c <= Math.min(m.right, row.length - 1); c++) {
        if (r === m.top && c === m.left) continue;
        row[c] = undefined;
        if (f && c < f.length) f[c] = null;
      }
    }
  const out: RawValue[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) {
      out[r] = [];
      continue;
    }
    let n = row.length;
    while (n > 0 && row[n - 1] === undefined) n--;
    const clean: RawValue[] = new Array(n);
    for (let c = 0; c < n; c++) clean[c] = row[c] ?? null;
    out[r] = clean;
  }
  trimRows(out);
  const fm: (string | null)[][] = [];
  for (let r = 0; r < formats.length; r++) {
    const f = formats[r];
    let n = f ? f.length : 0;
    while (n > 0 && !f[n - 1]) n--;
    fm[r] = n ? Array.from({ length: n }, (_, c) => f[c] ?? null) : [];
  }
  trimRows(fm);
  const merged = clipMerges(clipped, out);
  return {
    name,
    rows: out,
    merges: merged,
    hidden,
    ...(uncalculated.length ? { uncalculated } : {}),
    ...(fm.length ? { formats: fm } : {}),
  };
}

/** Opens .xlsx bytes as a grid; what cannot be read is an UnreadableWorkbookError naming the file. */
export function readWorkbookGrid(bytes: Uint8Array, name?: string): WorkbookGrid {
  const label = name ?? '工作簿';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = bytes.length >= 4 ? view.getUint32(0) : 0;
  if (magic === OLE && bytes.length >= 8)
    throw new UnreadableWorkbookError(`${label}：这是加密的工作簿或旧版 .xls 文件，请在 Excel 中另存为未加密的 .xlsx 后再检查`);
  if (magic !== ZIP) throw new UnreadableWorkbookError(`${label}：不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）`);
  try {
    const parts = unzipParts(bytes, name);
    const text = (part: string) => (parts[part] ? strFromU8(parts[part]) : undefined);
    const workbook = text('xl/workbook.xml');
    if (workbook === undefined) throw new Error('xl/workbook.xml not found');
    const book = readBook(workbook, readRels(text('xl/_rels/workbook.xml.rels')));
    const ctx: Context = {
      file: name,
      shared: readSharedStrings(text('xl/sharedStrings.xml')),
      styles: readStyles(text('xl/styles.xml')),
      date1904: book.date1904,
    };
    const sheets: SheetGrid[] = [];
    for (const s of book.sheets) {
      const xml = s.part && /^xl\/worksheets\//i.test(s.part) ? text(s.part) : undefined;
      if (xml === undefined) continue; // a chart sheet, or a sheet without its part
      sheets.push(readSheet(xml, s.name, s.hidden, ctx));
    }
    return { name, sheets };
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    throw new UnreadableWorkbookError(`${label}：工作簿已损坏或无法解析（${String((e as Error).message ?? e).split('\n')[0]}）`, {
      cause: e,
    });
  }
}
