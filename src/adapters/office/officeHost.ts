/// <reference types="office-js" />
/**
 * # OfficeHost — the Excel add-in's side of the host seam (Office.js)
 *
 * Implements `Host` (src/host/seam.ts) with the Excel JavaScript API. Uses the globals `Excel` and
 * `Office` that office.js provides; nothing here imports office.js, so the tests run it against the
 * in-memory fake in test/fakes/excel.ts.
 *
 * ## Requirement set
 *
 * **ExcelApi 1.13** (`REQUIRED_EXCEL_API`). The manifest should declare it; the pane should check
 * `Office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API)` before offering a check.
 *
 * | API used                                                                 | ExcelApi |
 * |--------------------------------------------------------------------------|----------|
 * | `Range.getMergedAreasOrNullObject()` (merged cells)                      | **1.13** |
 * | `Worksheet.getRanges()`, `RangeAreas`, `RangeAreas.conditionalFormats`   | 1.9      |
 * | `Workbook.name`                                                          | 1.7      |
 * | `conditionalFormats.add('Custom')`, `ConditionalFormat.id/type/delete`,  |          |
 * |   `getItem(id)`, `custom`, `customOrNullObject`, rule formula, colours   | 1.6      |
 * | `workbook.settings` (`add`, `getItem`, `getItemOrNullObject`, `delete`)  | 1.4      |
 * | `Worksheet.getUsedRangeOrNullObject(valuesOnly)`, `worksheets.getItemOrNullObject` | 1.4 |
 * | worksheets, `visibility`, `Range.values/numberFormat/format.wrapText/columnWidth`, |   |
 * |   `activate`, `select`, `clear`, `worksheets.add`                        | 1.1      |
 * | `Excel.run({ delayForCellEdit: true }, …)`                               | a run option of office.js itself; the reference lists no requirement set for it |
 *
 * Sources: the Office.js reference (learn.microsoft.com/javascript/api/excel, the "[API set: …]" remark
 * of each member, as also carried in @types/office-js), and "Resource limits and performance
 * optimization for Office Add-ins" for the 5 MB payload limit of Excel on the web.
 *
 * ## Round trips
 *
 * Every method runs in one `Excel.run({ delayForCellEdit: true })`, so a cell being edited (a Chinese
 * IME composition) delays the call instead of failing it. A *round trip* is a `context.sync()` that
 * carries queued commands (office.js sends nothing for an empty sync, and `Excel.run` flushes whatever
 * is still queued when the batch returns, which is a round trip too).
 *
 * - `readWorkbook`: 2 — (1) sheet names, visibility, the marks record; (2) every sheet's used-range
 *   values and merged areas and, when marks are recorded, the conditional formats to find them.
 * - `mark`: 1 after a `readWorkbook` (old marks deleted, new ones added, record written, all at once);
 *   3 on a fresh pane that has not read the workbook yet.  A full check therefore costs **3**.
 * - `clearMarks`: 3 when marks are recorded (record, find, delete), 1 otherwise.
 * - `select`, `loadState`, `saveState`: 1.  `writeTextSheet`: 2 (does the sheet exist; write), 1 for 'exists'.
 *
 * Past the payload limit (Excel on the web: 5 MB per request or response, "RichApi.Error" otherwise)
 * no arrangement of loads inside one sync helps, because the limit is on the whole response. The read
 * then falls back to reading the sizes and then row blocks of ≤ 50,000 cells, several per sync,
 * halving the batch whenever the host still refuses it.
 *
 * ## Values
 *
 * `Range.values` as Excel returns them: formula results, "" for empty cells (→ null), error values as
 * text ("#DIV/0!"). Merged areas hold their value in the top-left cell, as in the grid; they are read
 * from the whole sheet, since a merge may reach beyond the last value. Dates come as serial numbers,
 * where the ExcelJS reader gives ISO text (决算 tables carry no dates in their figures).
 *
 * ## Marks
 *
 * A mark is a conditional format the add-in adds (custom rule `=TRUE`; red #FFC7CE on dark red for
 * errors, amber #FFEB9C on dark amber for warnings), never a direct fill, so the user's own fills and
 * conditional formats stay as they are. One format per sheet and severity covers that sheet's cells
 * (a multi-area range; more than one when the address list is long). The workbook setting
 * `juesuan.marks` records, in the same request that adds them, which cells of which sheets are marked.
 * Nothing else is written: no value, no direct format, no note.
 *
 * The setting does not hold the formats' ids: an id is only known after the request that creates the
 * format, so writing it would cost a fourth round trip; and Office ids are only known to be stable
 * within a session (Microsoft's answer in OfficeDev/office-js-docs#297: worksheet ids change between
 * sessions; the reference promises nothing about conditional-format ids), so an id saved in the file
 * could name one of the user's formats after a reopen. Instead, while a workbook with recorded marks
 * is read, the formats are found again on every sheet (so a sheet renamed since is covered): custom
 * formats with rule `=TRUE` and exactly the add-in's fill and font colours. Deletion is then by those
 * ids, current in this session; within a session the ids of the formats just added are kept, so the
 * next `mark` deletes them without searching. A mark undone in Excel meanwhile (ItemNotFound) makes
 * `mark` search again and redo. A host that refuses to load custom-format properties across a
 * collection (office-js issues #2180, #6827) is searched in two steps instead, at the cost of more
 * round trips on that host.
 */
import type { CellRange, RawValue, SheetGrid, WorkbookGrid } from '../../core/grid';
import { a1Range } from '../../core/grid';
import { parseState, type StoredState } from '../../host/state';
import type { Host, HostInfo, Mark } from '../../host/seam';
import { compactAddresses, parseAreas } from './address';

export { REQUIRED_EXCEL_API } from './requirements';

export const MARKS_SETTING = 'juesuan.marks';
export const STATE_SETTING = 'juesuan.state';
export const MARK_FORMULA = '=TRUE';
export const MARK_COLORS = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
} as const;

/** Cells per range request when a large used range has to be read in blocks. */
export const CHUNK_CELLS = 50_000;
/** Cells per sync in that case (halved while the host refuses the payload). */
export const SYNC_CELLS = 200_000;

/** What `juesuan.marks` holds: the marked cells per sheet. */
export interface MarksRecord {
  version: 1;
  sheets: Record<string, { error: string[]; warning: string[] }>;
}

/** What this pane knows of the add-in's marks in the open workbook, current within the session. */
interface KnownMarks {
  recordExists: boolean;
  /** Ids of the add-in's conditional formats, per sheet. */
  ids: Map<string, string[]>;
  sheets: Set<string>;
}

type Severity = 'error' | 'warning';

const DISCOVER_PATHS = [
  'items/id',
  'items/type',
  'items/customOrNullObject/rule/formula',
  'items/customOrNullObject/format/fill/color',
  'items/customOrNullObject/format/font/color',
].join(',');

function codeOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

const PAYLOAD_CODES = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit']);
const isPayloadLimit = (e: unknown) => PAYLOAD_CODES.has(codeOf(e) ?? '');

const sameColor = (a: string | null | undefined, b: string) => typeof a === 'string' && a.toUpperCase() === b.toUpperCase();

/** Whether a custom format is one of the add-in's marks: rule `=TRUE` and exactly its colours. */
function isMarkFormat(formula: string | null | undefined, fill: string | null | undefined, font: string | null | undefined): boolean {
  if (typeof formula !== 'string' || formula.replace(/\s/g, '').toUpperCase() !== MARK_FORMULA) return false;
  return (['error', 'warning'] as const).some((s) => sameColor(fill, MARK_COLORS[s].fill) && sameColor(font, MARK_COLORS[s].font));
}

/** The record, or undefined when it is not one this version wrote. */
export function parseMarksRecord(value: unknown): MarksRecord | undefined {
  try {
    const o = (typeof value === 'string' ? JSON.parse(value) : value) as Partial<MarksRecord>;
    if (!o || typeof o !== 'object' || o.version !== 1 || !o.sheets || typeof o.sheets !== 'object') return undefined;
    return o as MarksRecord;
  } catch {
    return undefined;
  }
}

/** Whether marks may exist: any marked cell, or a record this version cannot read. */
function recordMayHoldMarks(value: unknown): boolean {
  const r = parseMarksRecord(value);
  if (!r) return true;
  return Object.values(r.sheets).some((s) => (s?.error?.length ?? 0) + (s?.warning?.length ?? 0) > 0);
}

/** Marks grouped per sheet; a cell that is both an error and a warning is marked as an error. */
function planMarks(marks: Mark[]): Map<string, Record<Severity, string[]>> {
  const per = new Map<string, { error: Set<string>; warning: Set<string> }>();
  for (const m of marks) {
    if (m.severity !== 'error' && m.severity !== 'warning') continue;
    const cell = m.cell.replace(/\$/g, '').toUpperCase();
    let s = per.get(m.sheet);
    if (!s) per.set(m.sheet, (s = { error: new Set(), warning: new Set() }));
    s[m.severity].add(cell);
  }
  const out = new Map<string, Record<Severity, string[]>>();
  for (const [sheet, s] of per) {
    out.set(sheet, { error: [...s.error], warning: [...s.warning].filter((c) => !s.error.has(c)) });
  }
  return out;
}

/** What a sheet read gives before it becomes a grid: values, and the number formats of number cells. */
interface SheetCells {
  rows: RawValue[][];
  formats: (string | null)[][];
}

const newCells = (): SheetCells => ({ rows: [], formats: [] });

/**
 * Values of a block placed at their absolute positions; "" (an empty cell in Office.js) is null. A number's
 * format is kept unless General: it says how many decimals the figure is printed with.
 */
function place(cells: SheetCells, top: number, left: number, values: unknown[][], numberFormat: string[][] | undefined): void {
  const { rows, formats } = cells;
  for (let i = 0; i < values.length; i++) {
    const src = values[i];
    let row: RawValue[] | undefined;
    for (let j = 0; j < src.length; j++) {
      const v = src[j];
      if (v === '' || v === null || v === undefined) continue;
      row ??= rows[top + i] ?? [];
      row[left + j] = v as RawValue;
      const format = typeof v === 'number' ? numberFormat?.[i]?.[j] : undefined;
      if (format && format !== 'General') (formats[top + i] ??= [])[left + j] = format;
    }
    if (row) rows[top + i] = row;
  }
}

function gridOf(info: SheetInfo, cells: SheetCells, merged: Excel.RangeAreas): SheetGrid {
  const grid: SheetGrid = { name: info.name, rows: finishRows(cells.rows), merges: mergesOf(merged), hidden: info.hidden };
  if (cells.formats.length) grid.formats = Array.from(cells.formats, (row) => Array.from(row ?? [], (f) => f ?? null));
  return grid;
}

/** Ragged rows as the core expects them: no holes, trailing empties dropped. */
function finishRows(rows: RawValue[][]): RawValue[][] {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) {
      rows[r] = [];
      continue;
    }
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  return rows;
}

function mergesOf(merged: Excel.RangeAreas): CellRange[] {
  if (merged.isNullObject) return [];
  return parseAreas(merged.address).sort((a, b) => a.top - b.top || a.left - b.left);
}

interface SheetInfo {
  sheet: Excel.Worksheet;
  name: string;
  hidden: boolean;
}

interface Band {
  sheet: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class OfficeHost implements Host {
  private known: KnownMarks | undefined;
  /** This host refused custom-format properties across a collection once: search in two steps from now on. */
  private twoStepSearch = false;

  info(): HostInfo {
    let language = 'zh-CN';
    try {
      const l = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
      if (l) language = l;
    } catch {
      // Office not initialised yet: the pane's default language.
    }
    return { language, name: 'Excel' };
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return Excel.run({ delayForCellEdit: true }, batch);
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const worksheets = wb.worksheets.load('items/name,items/visibility');
      wb.load('name');
      const record = wb.settings.getItemOrNullObject(MARKS_SETTING).load('value');
      await context.sync();

      const sheets: SheetInfo[] = worksheets.items.map((s) => ({ sheet: s, name: s.name, hidden: s.visibility !== 'Visible' }));
      const recordExists = !record.isNullObject;
      const scan = recordExists && recordMayHoldMarks(record.value);
      // A host that refused the one-step search gets none here; mark() searches in two steps.
      const { grids, ids } = await this.readSheets(context, sheets, scan, !this.twoStepSearch);
      this.known = ids ? { recordExists, ids, sheets: new Set(sheets.map((s) => s.name)) } : undefined;
      return { name: wb.name || undefined, sheets: grids };
    });
  }

  /** Queues the search for the add-in's formats on the sheets; the returned function reads the result after the sync. */
  private queueFindMarks(sheets: { sheet: Excel.Worksheet; name: string }[]): () => Map<string, string[]> {
    const colls = sheets.map((s) => ({ name: s.name, coll: s.sheet.getRange().conditionalFormats.load(DISCOVER_PATHS) }));
    return () => {
      const ids = new Map<string, string[]>();
      for (const { name, coll } of colls) {
        const mine = coll.items
          .filter((cf) => {
            if (cf.type !== 'Custom') return false;
            const c = cf.customOrNullObject;
            return !c.isNullObject && isMarkFormat(c.rule.formula, c.format.fill.color, c.format.font.color);
          })
          .map((cf) => cf.id);
        if (mine.length) ids.set(name, mine);
      }
      return ids;
    };
  }

  /**
   * The same search in two steps (ids and types, then the custom formats' rule and colours), for a
   * host that refuses to load custom-format properties across a collection of mixed types.
   */
  private async findMarksInTwoSteps(
    context: Excel.RequestContext,
    sheets: { sheet: Excel.Worksheet; name: string }[],
  ): Promise<Map<string, string[]>> {
    const colls = sheets.map((s) => ({ name: s.name, coll: s.sheet.getRange().conditionalFormats.load('items/id,items/type') }));
    await context.sync();
    const candidates: { name: string; id: string; custom: Excel.CustomConditionalFormat }[] = [];
    for (const { name, coll } of colls) {
      for (const cf of coll.items) {
        if (cf.type !== 'Custom') continue;
        const custom = coll.getItem(cf.id).custom;
        custom.rule.load('formula');
        custom.format.fill.load('color');
        custom.format.font.load('color');
        candidates.push({ name, id: cf.id, custom });
      }
    }
    if (candidates.length) await context.sync();
    const ids = new Map<string, string[]>();
    for (const c of candidates) {
      if (!isMarkFormat(c.custom.rule.formula, c.custom.format.fill.color, c.custom.format.font.color)) continue;
      ids.set(c.name, [...(ids.get(c.name) ?? []), c.id]);
    }
    return ids;
  }

  /**
   * Values and merged areas of every sheet in one sync, and the add-in's formats when marks may exist
   * (`scan`) and the one-step search is allowed (`search`). `ids` is undefined when marks may exist but
   * were not searched in that sync.
   */
  private async readSheets(
    context: Excel.RequestContext,
    sheets: SheetInfo[],
    scan: boolean,
    search: boolean,
  ): Promise<{ grids: SheetGrid[]; ids?: Map<string, string[]> }> {
    let find = scan && search;
    for (;;) {
      const used = sheets.map((s) => s.sheet.getUsedRangeOrNullObject(true).load('values,numberFormat,rowIndex,columnIndex'));
      const merged = sheets.map((s) => s.sheet.getRange().getMergedAreasOrNullObject().load('address'));
      const found = find ? this.queueFindMarks(sheets) : undefined;
      try {
        await context.sync();
      } catch (e) {
        if (isPayloadLimit(e)) return this.readSheetsInBlocks(context, sheets, find, scan);
        if (find) {
          // The host refused the search for the add-in's formats: read without it; mark() searches again.
          find = false;
          this.twoStepSearch = true;
          continue;
        }
        throw e;
      }
      const grids = sheets.map((s, i) => {
        const cells = newCells();
        const u = used[i];
        if (!u.isNullObject) place(cells, u.rowIndex, u.columnIndex, u.values, u.numberFormat);
        return gridOf(s, cells, merged[i]);
      });
      return { grids, ids: found ? found() : scan ? undefined : new Map() };
    }
  }

  /** Past the payload limit: sizes first, then row blocks, several per sync, fewer while the host refuses. */
  private async readSheetsInBlocks(
    context: Excel.RequestContext,
    sheets: SheetInfo[],
    find: boolean,
    scan: boolean,
  ): Promise<{ grids: SheetGrid[]; ids?: Map<string, string[]> }> {
    let used: Excel.Range[];
    let merged: Excel.RangeAreas[];
    let found: (() => Map<string, string[]>) | undefined;
    for (;;) {
      used = sheets.map((s) => s.sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
      merged = sheets.map((s) => s.sheet.getRange().getMergedAreasOrNullObject().load('address'));
      found = find ? this.queueFindMarks(sheets) : undefined;
      try {
        await context.sync();
        break;
      } catch (e) {
        if (find && !isPayloadLimit(e)) {
          find = false;
          continue;
        }
        throw e;
      }
    }
    const read: SheetCells[] = sheets.map(newCells);
    const bands: Band[] = [];
    used.forEach((u, i) => {
      if (u.isNullObject) return;
      const per = Math.max(1, Math.floor(CHUNK_CELLS / u.columnCount));
      for (let r = 0; r < u.rowCount; r += per) {
        bands.push({
          sheet: i,
          top: u.rowIndex + r,
          bottom: u.rowIndex + Math.min(u.rowCount, r + per) - 1,
          left: u.columnIndex,
          right: u.columnIndex + u.columnCount - 1,
        });
      }
    });
    let budget = SYNC_CELLS;
    const cells = (b: Band) => (b.bottom - b.top + 1) * (b.right - b.left + 1);
    while (bands.length) {
      const group: Band[] = [bands.shift()!];
      let total = cells(group[0]);
      while (bands.length && total + cells(bands[0]) <= budget) {
        total += cells(bands[0]);
        group.push(bands.shift()!);
      }
      const loads = group.map((b) => sheets[b.sheet].sheet.getRange(a1Range(b)).load('values,numberFormat'));
      try {
        await context.sync();
      } catch (e) {
        if (!isPayloadLimit(e)) throw e;
        if (group.length > 1) {
          budget = Math.max(1, Math.floor(total / 2));
          bands.unshift(...group);
          continue;
        }
        const b = group[0];
        if (b.top === b.bottom) throw e;
        const mid = b.top + Math.floor((b.bottom - b.top) / 2);
        bands.unshift({ ...b, bottom: mid }, { ...b, top: mid + 1 });
        budget = Math.min(budget, Math.max(1, Math.floor(total / 2)));
        continue;
      }
      group.forEach((b, k) => place(read[b.sheet], b.top, b.left, loads[k].values, loads[k].numberFormat));
    }
    const grids = sheets.map((s, i) => gridOf(s, read[i], merged[i]));
    return { grids, ids: found ? found() : scan ? undefined : new Map() };
  }

  /** Reads the record and, if it may hold marks, finds the add-in's formats on every sheet: 1–3 round trips. */
  private async findMarks(context: Excel.RequestContext): Promise<KnownMarks> {
    const worksheets = context.workbook.worksheets.load('items/name');
    const record = context.workbook.settings.getItemOrNullObject(MARKS_SETTING).load('value');
    await context.sync();
    const sheets = worksheets.items.map((s) => ({ sheet: s, name: s.name }));
    const names = new Set(sheets.map((s) => s.name));
    const recordExists = !record.isNullObject;
    if (!recordExists || !recordMayHoldMarks(record.value)) return { recordExists, ids: new Map(), sheets: names };
    if (this.twoStepSearch) return { recordExists, ids: await this.findMarksInTwoSteps(context, sheets), sheets: names };
    const read = this.queueFindMarks(sheets);
    try {
      await context.sync();
      return { recordExists, ids: read(), sheets: names };
    } catch (e) {
      if (isPayloadLimit(e)) throw e;
      this.twoStepSearch = true;
      return { recordExists, ids: await this.findMarksInTwoSteps(context, sheets), sheets: names };
    }
  }

  /** Deletes the known marks, adds the new ones and rewrites the record: one round trip. */
  private async applyMarks(
    context: Excel.RequestContext,
    known: KnownMarks,
    plan: Map<string, Record<Severity, string[]>>,
  ): Promise<KnownMarks> {
    const worksheets = context.workbook.worksheets;
    for (const [sheet, ids] of known.ids) {
      const coll = worksheets.getItem(sheet).getRange().conditionalFormats;
      for (const id of ids) coll.getItem(id).delete();
    }
    const record: MarksRecord = { version: 1, sheets: {} };
    const created: { sheet: string; cf: Excel.ConditionalFormat }[] = [];
    for (const [sheet, cells] of plan) {
      // A sheet renamed or deleted since the check has nothing to mark.
      if (!known.sheets.has(sheet) || cells.error.length + cells.warning.length === 0) continue;
      const ws = worksheets.getItem(sheet);
      record.sheets[sheet] = cells;
      for (const severity of ['error', 'warning'] as const) {
        for (const address of compactAddresses(cells[severity])) {
          const cf = ws.getRanges(address).conditionalFormats.add('Custom');
          cf.custom.rule.formula = MARK_FORMULA;
          cf.custom.format.fill.color = MARK_COLORS[severity].fill;
          cf.custom.format.font.color = MARK_COLORS[severity].font;
          cf.load('id');
          created.push({ sheet, cf });
        }
      }
    }
    const anyMarks = created.length > 0;
    if (anyMarks) context.workbook.settings.add(MARKS_SETTING, JSON.stringify(record));
    else if (known.recordExists) context.workbook.settings.getItem(MARKS_SETTING).delete();
    await context.sync();
    const ids = new Map<string, string[]>();
    for (const { sheet, cf } of created) ids.set(sheet, [...(ids.get(sheet) ?? []), cf.id]);
    return { recordExists: anyMarks, ids, sheets: known.sheets };
  }

  async mark(marks: Mark[]): Promise<void> {
    const plan = planMarks(marks);
    await this.run(async (context) => {
      let known = this.known;
      this.known = undefined;
      const fresh = !known;
      if (!known) known = await this.findMarks(context);
      try {
        this.known = await this.applyMarks(context, known, plan);
      } catch (e) {
        // A mark undone or a sheet renamed since the read: find the marks again and redo.
        if (fresh || codeOf(e) !== 'ItemNotFound') throw e;
        known = await this.findMarks(context);
        this.known = await this.applyMarks(context, known, plan);
      }
    });
  }

  async clearMarks(): Promise<void> {
    await this.run(async (context) => {
      this.known = undefined;
      const known = await this.findMarks(context);
      const worksheets = context.workbook.worksheets;
      for (const [sheet, ids] of known.ids) {
        const coll = worksheets.getItem(sheet).getRange().conditionalFormats;
        for (const id of ids) coll.getItem(id).delete();
      }
      if (known.recordExists) context.workbook.settings.getItem(MARKS_SETTING).delete();
      await context.sync();
      this.known = { recordExists: false, ids: new Map(), sheets: known.sheets };
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  async loadState(): Promise<StoredState> {
    return this.run(async (context) => {
      const s = context.workbook.settings.getItemOrNullObject(STATE_SETTING).load('value');
      await context.sync();
      if (s.isNullObject) return parseState(null);
      const v: unknown = s.value;
      return parseState(typeof v === 'string' ? v : v == null ? null : JSON.stringify(v));
    });
  }

  async saveState(state: StoredState): Promise<void> {
    await this.run(async (context) => {
      context.workbook.settings.add(STATE_SETTING, JSON.stringify(state));
      await context.sync();
    });
  }

  async writeTextSheet(sheet: string, lines: string[], replace: boolean): Promise<'written' | 'exists'> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const existing = worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (!existing.isNullObject && !replace) return 'exists';
      let ws: Excel.Worksheet;
      if (existing.isNullObject) ws = worksheets.add(sheet);
      else {
        ws = existing;
        ws.getRange().clear();
      }
      if (lines.length > 0) {
        const range = ws.getRange(`A1:A${lines.length}`);
        // Text format first: the values that follow are then stored as typed, never as formulas.
        range.numberFormat = lines.map(() => ['@']);
        range.values = lines.map((l) => [l]);
        range.format.wrapText = true;
        ws.getRange('A:A').format.columnWidth = 480;
      }
      await context.sync();
      return 'written';
    });
  }
}
