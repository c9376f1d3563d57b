/// <reference types="office-js" />
/**
 * # OfficeHost — the Excel add-in's side of the host seam (Office.js)
 *
 * Implements `Host` (src/hosts/seam.ts) with the Excel JavaScript API. Uses the globals `Excel` and
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
 * Past the payload limit of Excel on the web the read falls back to row blocks (readSheets.ts).
 *
 * ## Where the rest is
 *
 * readSheets.ts: values, merged areas and number formats, and the fallback past the payload limit;
 * markFormats.ts: the marks as conditional formats, their record, finding them again; errors.ts: what
 * an Office.js error says. The mark colours and the cells to mark are src/marks, shared by every host.
 */
import type { WorkbookGrid } from '../../core/grid';
import { parseState, type StoredState } from '../state';
import type { Host, HostInfo, Mark } from '../seam';
import { errorCode } from './errors';
import { MARKS_SETTING, MarkFinder, applyMarks, planMarks, recordMayHoldMarks, removeMarks, type KnownMarks } from './markFormats';
import { readSheets, type SheetInfo } from './readSheets';

export { REQUIRED_EXCEL_API } from './requirements';

export const STATE_SETTING = 'juesuan.state';

export class OfficeHost implements Host {
  /** The add-in's marks in the open workbook as this session knows them; undefined: search before changing them. */
  private known: KnownMarks | undefined;
  private readonly finder = new MarkFinder();

  info(): HostInfo {
    let language = 'zh-CN';
    try {
      const displayLanguage = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
      if (displayLanguage) language = displayLanguage;
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
      const workbook = context.workbook;
      const worksheets = workbook.worksheets.load('items/name,items/visibility');
      workbook.load('name');
      const record = workbook.settings.getItemOrNullObject(MARKS_SETTING).load('value');
      await context.sync();

      const sheets: SheetInfo[] = worksheets.items.map((sheet) => ({ sheet, name: sheet.name, hidden: sheet.visibility !== 'Visible' }));
      const recordExists = !record.isNullObject;
      const scan = recordExists && recordMayHoldMarks(record.value);
      // A host that refused the one-step search gets none here; mark() searches in two steps.
      const { grids, ids } = await readSheets(context, sheets, scan, this.finder);
      this.known = ids ? { recordExists, ids, sheets: new Set(sheets.map((s) => s.name)) } : undefined;
      return { name: workbook.name || undefined, sheets: grids };
    });
  }

  async mark(marks: Mark[]): Promise<void> {
    const plan = planMarks(marks);
    await this.run(async (context) => {
      let known = this.known;
      this.known = undefined;
      const fresh = !known;
      if (!known) known = await this.finder.find(context);
      try {
        this.known = await applyMarks(context, known, plan);
      } catch (error) {
        // A mark undone or a sheet renamed since the read: find the marks again and redo.
        if (fresh || errorCode(error) !== 'ItemNotFound') throw error;
        known = await this.finder.find(context);
        this.known = await applyMarks(context, known, plan);
      }
    });
  }

  async clearMarks(): Promise<void> {
    await this.run(async (context) => {
      this.known = undefined;
      const known = await this.finder.find(context);
      this.known = await removeMarks(context, known);
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  async loadState(): Promise<StoredState> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(STATE_SETTING).load('value');
      await context.sync();
      if (setting.isNullObject) return parseState(null);
      const value: unknown = setting.value;
      return parseState(typeof value === 'string' ? value : value == null ? null : JSON.stringify(value));
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
      let worksheet: Excel.Worksheet;
      if (existing.isNullObject) worksheet = worksheets.add(sheet);
      else {
        worksheet = existing;
        worksheet.getRange().clear();
      }
      if (lines.length > 0) {
        const range = worksheet.getRange(`A1:A${lines.length}`);
        // Text format first: the values that follow are then stored as typed, never as formulas.
        range.numberFormat = lines.map(() => ['@']);
        range.values = lines.map((line) => [line]);
        range.format.wrapText = true;
        worksheet.getRange('A:A').format.columnWidth = 480;
      }
      await context.sync();
      return 'written';
    });
  }
}
