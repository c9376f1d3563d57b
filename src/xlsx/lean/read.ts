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
import { CLOSE, decodeText, END, OPEN, TEXT, XmlScanner } from './xml';
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

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Row and column (0-based) of the address parseRef last read: no array per cell. */
let refRow = 0;
let refCol = 0;

/** "AB12" → refRow 11, refCol 27; false when it is not an address. */
function parseRef(ref: string): boolean {
  let i = 0;
  while (i < ref.length && isLetter(ref.charCodeAt(i))) i++;
  if (i === 0 || i > 3 || i === ref.length) return false;
  let row = 0;
  let j = i;
  for (; j < ref.length; j++) {
    const c = ref.charCodeAt(j);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (j < ref.length || j - i > 15) row = Number(ref.slice(i)); // not plain digits: as Number() reads them
  if (!Number.isInteger(row) || row < 1) return false;
  refRow = row - 1;
  refCol = columnIndex(ref, 0, i);
  return true;
}

/** "AB12" → [row, col], 0-based, as the grid reads a cell's address (also read by ./view.ts); undefined when it is none. */
export function cellPosition(ref: string): [number, number] | undefined {
  return parseRef(ref) ? [refRow, refCol] : undefined;
}

/** "A1:C3" (with or without $) → the range, as the grid reads merges (also read by ./view.ts). */
export function parseRange(ref: string): CellRange | undefined {
  const [a, b = a] = ref.trim().split(':');
  if (!parseRef(a.replace(/\$/g, ''))) return undefined;
  const [top, left] = [refRow, refCol];
  if (!parseRef(b.replace(/\$/g, ''))) return undefined;
  return { top: Math.min(top, refRow), left: Math.min(left, refCol), bottom: Math.max(top, refRow), right: Math.max(left, refCol) };
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
  /** isDateFormat per number format: asked once per number cell, answered once per format. */
  dateFormats: Map<string, boolean>;
}

function isDateFormatOf(ctx: Context, numFmt: string): boolean {
  let date = ctx.dateFormats.get(numFmt);
  if (date === undefined) ctx.dateFormats.set(numFmt, (date = isDateFormat(numFmt)));
  return date;
}

function typed(v: string, t: string, numFmt: string | undefined, ctx: Context): RawValue {
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
      return numFmt && isDateFormatOf(ctx, numFmt) ? isoDate(n, ctx.date1904) : n;
    }
  }
}

/** Where the row and column of a cell without an address come from: the row, and the cell before it. */
interface Cursor {
  row: number;
  col: number;
}

/** The cells of one sheet as a scanner finds them, and the grid they make: the one place a cell's value is decided. */
class SheetCells {
  private readonly rows: (RawValue | undefined)[][] = [];
  private readonly formats: (string | null)[][] = [];
  private readonly uncalculated: string[] = [];
  readonly merges: CellRange[] = [];
  readonly links = new Set<string>();
  /** Every cell and its address, kept only where the sheet may hold hyperlinks (they come after the cells). */
  private readonly placed: { row: number; col: number; raw: RawValue | undefined; ref: string }[] | undefined;

  constructor(
    private readonly name: string,
    private readonly ctx: Context,
    mayLink: boolean,
  ) {
    this.placed = mayLink ? [] : undefined;
  }

  /** A closed <c>: its address, row and column, t and s attributes, whether it has a formula, its <v> and inline text. */
  put(
    ref: string,
    cr: number,
    cc: number,
    type: string | undefined,
    style: number,
    isFormula: boolean,
    value: string | undefined,
    inline: string | undefined,
  ): void {
    const ctx = this.ctx;
    if (value === '') value = undefined;
    if (inline !== undefined) value = (value ?? '') + inline;
    let raw: RawValue | undefined;
    const numFmt = style ? ctx.styles[style] : undefined;
    if (isFormula) {
      if (value) raw = typed(value, type === 'n' || type === undefined ? 'n' : type, numFmt, ctx);
      else {
        this.uncalculated.push(ref);
        raw = null;
      }
    } else if (value !== undefined) {
      raw =
        type === 's' ? (ctx.shared[parseInt(value, 10)] ?? null) : type === 'inlineStr' ? value : typed(value, type ?? 'n', numFmt, ctx);
    } else return; // an empty (styled) cell holds nothing
    if (this.links.size && this.links.has(ref) && raw !== null) raw = String(raw);
    if (cr >= MAX_ROWS || cc >= MAX_COLUMNS) throw tooLarge(ctx.file, this.name, cr, cc);
    const row = (this.rows[cr] ??= []);
    row[cc] = raw;
    if (typeof raw === 'number' && numFmt && numFmt !== 'General') (this.formats[cr] ??= [])[cc] = numFmt;
    this.placed?.push({ row: cr, col: cc, raw, ref });
  }

  grid(hidden: boolean): SheetGrid {
    const { rows, formats, uncalculated, links } = this;
    // Hyperlinks come after the cells: a linked cell shows its value as text, as ExcelJS gives it.
    if (links.size && this.placed)
      for (const c of this.placed)
        if (links.has(c.ref) && c.raw !== null && c.raw !== undefined && typeof c.raw !== 'string') {
          rows[c.row][c.col] = String(c.raw);
          if (formats[c.row]) formats[c.row][c.col] = null;
        }
    // A merged area's value lives in its top-left cell only, as in Office.js: the others are cleared.
    const clipped = clipMerges(this.merges, rows as RawValue[][]);
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
    for (let r = 0; r < rows.length; r++) out[r] = denseValues(rows[r]);
    trimRows(out);
    const fm: (string | null)[][] = new Array(formats.length);
    for (let r = 0; r < formats.length; r++) fm[r] = denseFormats(formats[r]);
    trimRows(fm);
    const merged = clipMerges(clipped, out);
    return {
      name: this.name,
      rows: out,
      merges: merged,
      hidden,
      ...(uncalculated.length ? { uncalculated } : {}),
      ...(fm.length ? { formats: fm } : {}),
    };
  }
}

/** A row of values without holes: missing cells are null; trailing missing ones are dropped (a null stays). */
function denseValues(row: (RawValue | undefined)[] | undefined): RawValue[] {
  if (!row) return [];
  let n = row.length;
  while (n > 0 && row[n - 1] === undefined) n--;
  const clean: RawValue[] = new Array(n);
  for (let c = 0; c < n; c++) clean[c] = row[c] ?? null;
  return clean;
}

/** A row of formats without holes: missing ones are null, trailing null or missing ones dropped. */
function denseFormats(row: (string | null)[] | undefined): (string | null)[] {
  if (!row) return [];
  let n = row.length;
  while (n > 0 && !row[n - 1]) n--;
  const clean: (string | null)[] = new Array(n);
  for (let c = 0; c < n; c++) clean[c] = row[c] ?? null;
  return clean;
}

/** Every part of a worksheet, element by element (XmlScanner): any XML an .xlsx writer may produce. */
function scanGeneral(x: XmlScanner, cells: SheetCells, cursor: Cursor): void {
  let rowNum = cursor.row;
  let col = cursor.col;
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
    cells.put(ref, cr, cc, type, style, formula || formulaText !== '', value, inline);
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
          if (ref && parseRef(ref)) {
            cr = refRow;
            cc = refCol;
          } else {
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
          if (m) cells.merges.push(m);
          break;
        }
        case 'hyperlink': {
          const at = x.attr('ref');
          if (at && x.attr('r:id')) cells.links.add(at);
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
  cursor.row = rowNum;
  cursor.col = col;
}

/*
 * The fast path. Nearly every <sheetData> is rows of cells with plain attributes and <v> (and <f>) children:
 * read with indexOf and char codes, it costs a fraction of the general scan, allocating little beyond the
 * values. Whatever it does not expect (inline strings, entities or line ends in attributes, prefixes, comments,
 * odd spacing) makes it give up, and the sheet is read again by the general scan, so the grid is always the one
 * the general scan gives.
 */

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
/** The character after an element's name: space, '>' or '/'. */
const endsName = (c: number) => isSpace(c) || c === 62 || c === 47;

/** The attributes of the tag just read (first of each name, as XmlScanner.attr finds it), reused for every tag. */
const tag = { r: undefined as string | undefined, t: undefined as string | undefined, s: undefined as string | undefined, closed: false };

/** Reads the attributes of a start tag from just after its name; the position after '>', or -1 to give up. */
function readTag(s: string, p: number): number {
  tag.r = tag.t = tag.s = undefined;
  tag.closed = false;
  for (;;) {
    let c = s.charCodeAt(p);
    if (isSpace(c)) {
      p++;
      continue;
    }
    if (c === 62 /* > */) return p + 1;
    if (c === 47 /* / */) {
      if (s.charCodeAt(p + 1) !== 62) return -1;
      tag.closed = true;
      return p + 2;
    }
    const nameStart = p;
    while (p < s.length && !(c === 61 || endsName(c))) c = s.charCodeAt(++p);
    if (c !== 61 /* = */ || p === nameStart) return -1;
    const quote = s.charCodeAt(p + 1);
    if (quote !== 34 && quote !== 39) return -1;
    const from = p + 2;
    let e = from;
    for (; ; e++) {
      if (e >= s.length) return -1;
      c = s.charCodeAt(e);
      if (c === quote) break;
      // Entities and line ends are decoded by the general scan; '<' has no place here.
      if (c === 38 || c === 60 || c === 9 || c === 10 || c === 13) return -1;
    }
    if (p - nameStart === 1) {
      const n = s.charCodeAt(nameStart);
      if (n === 114 /* r */) tag.r ??= s.slice(from, e);
      else if (n === 116 /* t */) tag.t ??= s.slice(from, e);
      else if (n === 115 /* s */) tag.s ??= s.slice(from, e);
    }
    p = e + 1;
  }
}

/** Reads the cells of <sheetData> between `from` and `to` into `cells`; false when it gives up. */
function scanSheetDataFast(s: string, from: number, to: number, cells: SheetCells, cursor: Cursor): boolean {
  let rowNum = cursor.row;
  let col = cursor.col;
  let p = from;
  while (p < to) {
    const ch = s.charCodeAt(p);
    if (ch !== 60 /* < */) {
      if (!isSpace(ch)) return false;
      p++;
      continue;
    }
    const c1 = s.charCodeAt(p + 1);
    if (c1 === 99 /* c */ && endsName(s.charCodeAt(p + 2))) {
      p = readTag(s, p + 2);
      if (p < 0) return false;
      const ref = tag.r ?? '';
      let cr: number;
      let cc: number;
      if (ref && parseRef(ref)) {
        cr = refRow;
        cc = refCol;
      } else {
        cr = rowNum;
        cc = col + 1;
      }
      col = cc;
      const type = tag.t;
      const style = tag.s ? parseInt(tag.s, 10) : 0;
      let formula = false;
      let value: string | undefined;
      if (!tag.closed)
        for (;;) {
          const d = s.charCodeAt(p);
          if (d !== 60) {
            if (!isSpace(d)) return false;
            p++;
            continue;
          }
          const d1 = s.charCodeAt(p + 1);
          const d2 = s.charCodeAt(p + 2);
          if (d1 === 118 /* v */ && d2 === 62 /* > */) {
            const lt = s.indexOf('<', p + 3);
            if (lt < 0 || !s.startsWith('</v>', lt)) return false;
            if (lt > p + 3) value = (value ?? '') + decodeText(s.slice(p + 3, lt));
            p = lt + 4;
          } else if (d1 === 47 /* / */ && d2 === 99 /* c */ && s.charCodeAt(p + 3) === 62) {
            p += 4;
            break;
          } else if (d1 === 102 /* f */ && endsName(d2)) {
            p = readTag(s, p + 2);
            if (p < 0) return false;
            if (tag.t) formula = true;
            if (!tag.closed) {
              const lt = s.indexOf('<', p);
              if (lt < 0 || !s.startsWith('</f>', lt)) return false;
              if (lt > p) formula = true; // a formula's text, whatever it says
              p = lt + 4;
            }
          } else if (d1 === 118 /* <v/> */ && d2 === 47 && s.charCodeAt(p + 3) === 62) p += 4;
          else return false;
        }
      cells.put(ref, cr, cc, type, style, formula, value, undefined);
    } else if (c1 === 114 /* r */ && s.charCodeAt(p + 2) === 111 && s.charCodeAt(p + 3) === 119 && endsName(s.charCodeAt(p + 4))) {
      p = readTag(s, p + 4);
      if (p < 0) return false;
      const r = tag.r;
      rowNum = r ? parseInt(r, 10) - 1 : rowNum + 1;
      col = -1;
    } else if (s.startsWith('</row>', p)) p += 6;
    else return false;
  }
  if (p !== to) return false;
  cursor.row = rowNum;
  cursor.col = col;
  return true;
}

/** Elements the general scan acts on: before <sheetData>, any of them sends the sheet to the general scan. */
const CELL_ELEMENTS = new Set(['row', 'c', 'f', 'v', 'is', 'rPh', 'r', 't', 'mergeCell', 'hyperlink']);

/** The sheet read with the fast path for <sheetData> and the general scan for what follows; false to read it all again. */
function readFast(xml: string, cells: SheetCells): boolean {
  const open = xml.indexOf('<sheetData>');
  if (open < 0) return false;
  const from = open + '<sheetData>'.length;
  const to = xml.lastIndexOf('</sheetData>'); // a second <sheetData> before it sends the sheet to the general scan
  if (to < 0) return false;
  const cursor: Cursor = { row: -1, col: -1 };
  try {
    const before = new XmlScanner(xml.slice(0, open));
    for (let t = before.next(); t !== END; t = before.next()) if (t !== TEXT && CELL_ELEMENTS.has(before.name)) return false;
    if (!scanSheetDataFast(xml, from, to, cells, cursor)) return false;
    scanGeneral(new XmlScanner(xml.slice(to + '</sheetData>'.length)), cells, cursor);
    return true;
  } catch {
    return false; // the general scan says what is wrong, where
  }
}

function readSheet(xml: string, name: string, hidden: boolean, ctx: Context): SheetGrid {
  const mayLink = xml.includes('hyperlink');
  let cells = new SheetCells(name, ctx, mayLink);
  if (!readFast(xml, cells)) {
    cells = new SheetCells(name, ctx, mayLink);
    scanGeneral(new XmlScanner(xml), cells, { row: -1, col: -1 });
  }
  return cells.grid(hidden);
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
      dateFormats: new Map(),
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
