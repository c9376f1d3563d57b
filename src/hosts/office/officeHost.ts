/// <reference types="office-js" />
/**
 * The Host inside Excel (Office.js). Every method is one `Excel.run` with `delayForCellEdit: true`, so a
 * batch waits while the user is editing a cell instead of failing.
 *
 * ## Round trips
 *
 * Counted as office.js counts them: each `context.sync()` that carries commands is one round trip, and so
 * is the flush `Excel.run` makes of whatever is still queued when the batch returns.
 *
 * - `readWorkbook`: 2 — (1) sheet names and visibility; (2) every sheet's used-range values, number
 *   formats and merged areas (readSheets.ts; more only past Excel's limits).
 * - `mark`: 2 after a `readWorkbook` — (1) the sheets, their protection, the add-in's formats found
 *   again, and the fingerprint of the cells to mark; (2) old marks deleted, new ones added, every format
 *   of those sheets loaded to verify the user's are intact. 3 on a pane that has not read the workbook.
 *   A full check (read → check → mark) therefore costs **4**, whatever the workbook size.
 * - `clearMarks`: 3 (sheets; find; delete and verify), 2 when there is nothing to remove.
 * - `select`, `loadState`, `saveState`: 1 (select: 2 to reveal a hidden sheet). `writeTextSheet`: 2.
 * - Live check: `watch` 1 (and 1 to stop); `recheck` after edits of cells **2** — (1) the changed cells,
 *   every formula's result, names, protection and marks found; (2) only the marks that changed, rewritten and verified — and 1
 *   when no mark changes (recheck.ts). After a structural edit (rows inserted, a sheet renamed) it reads
 *   the workbook whole and marks again: 4, as a full check.
 * A host that refuses custom-format loads across a collection costs one more for each search.
 *
 * ## Where the rest is
 *
 * readSheets.ts: values, merged areas and number formats, and the fallbacks past Excel's limits;
 * markFormats.ts: the marks as conditional formats; formatSearch.ts: finding them again;
 * fingerprint.ts: whether the workbook changed between the read and the marks; textSheet.ts: the
 * 情况说明 sheet; errors.ts: what an Office.js error says; watch.ts: the user's edits as events;
 * recheck.ts and gridPatch.ts: the live check's read of the changed cells and its marks. The mark
 * colours and the cells to mark are src/marks, shared by every host.
 */
import { parseState, type StoredState } from '../state';
import type {
  Host,
  HostInfo,
  Mark,
  MarkReport,
  PendingEdits,
  RecheckReport,
  SelectOutcome,
  WorkbookEdit,
  WorkbookRead,
  WriteOutcome,
} from '../seam';
import { errorCode, isPayloadLimit } from './errors';
import { queueFingerprint, type ReadSnapshot } from './fingerprint';
import { FormatSearch, type FinishSearch, type NamedSheet } from './formatSearch';
import { LEGACY_MARKS_SETTING, planMarks, replaceMarks, type MarkPlan, type MarksFound } from './markFormats';
import { readSheets } from './readSheets';
import { changedAreas, marksToRewrite, planAfter, readEdits, rewritten, type LiveBase } from './recheck';
import { writeTextSheet } from './textSheet';
import { watchWorkbook } from './watch';

export { REQUIRED_EXCEL_API } from './requirements';

export const STATE_SETTING = 'juesuan.state';

/** Platforms whose task-pane web view ignores a download link (Office.PlatformType values). */
const NO_DOWNLOADS = new Set(['Mac', 'iOS']);

export class OfficeHost implements Host {
  /** What the last read saw, to tell whether the workbook changed before marking. Data only: no ids. */
  private lastRead: ReadSnapshot | undefined;
  /** The last read as the pane got it, and the sheets' ids: what a live check patches. */
  private live: Omit<LiveBase, 'snapshot'> | undefined;
  /** The cells this host last marked (data, not ids): a live check rewrites only the marks that differ. */
  private plan: MarkPlan | undefined;
  private readonly search = new FormatSearch();

  info(): HostInfo {
    let language = 'zh-CN';
    let platform: unknown;
    try {
      const context = typeof Office !== 'undefined' ? Office.context : undefined;
      if (context?.displayLanguage) language = context.displayLanguage;
      platform = context?.platform;
    } catch {
      // Office not initialised yet: the pane's default language.
    }
    return { language, name: 'Excel', canDownload: !NO_DOWNLOADS.has(String(platform)) };
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return Excel.run({ delayForCellEdit: true }, batch);
  }

  async readWorkbook(): Promise<WorkbookRead> {
    return this.run(async (context) => {
      const workbook = context.workbook;
      const worksheets = workbook.worksheets.load('items/id,items/name,items/visibility');
      workbook.load('name');
      await context.sync();
      const sheets = worksheets.items.map((sheet) => ({ sheet, name: sheet.name, hidden: sheet.visibility !== 'Visible' }));
      const read = await readSheets(context, sheets);
      this.lastRead = {
        names: sheets.map((s) => s.name),
        rows: new Map(read.grids.map((grid) => [grid.name, grid.rows])),
        used: new Map(sheets.map((s, i) => [s.name, read.used[i]])),
      };
      const result: WorkbookRead = { name: workbook.name || undefined, sheets: read.grids };
      if (read.mergesUnread.length) result.mergesUnread = read.mergesUnread;
      this.live = { grid: result, ids: new Map(worksheets.items.map((sheet) => [sheet.id, sheet.name])) };
      return result;
    });
  }

  async mark(marks: Mark[]): Promise<MarkReport> {
    const plan = planMarks(marks);
    const read = this.lastRead;
    return this.run(async (context) => {
      const names = read?.names ?? (await sheetNames(context));
      const found = await this.findMarks(context, names, plan, read);
      if (found === 'stale') return { stale: true };
      const report = await replaceMarks(context, found, plan, (sheets) => this.search.queue(sheets));
      this.plan = planAfter(this.plan, plan, report.protectedSheets ?? []);
      return report;
    });
  }

  async clearMarks(): Promise<MarkReport> {
    return this.run(async (context) => {
      const found = await this.findMarks(context, await sheetNames(context), new Map());
      if (found === 'stale') return { stale: true }; // a sheet renamed between two syncs: rare, and nothing was changed
      const report = await replaceMarks(context, found, new Map(), (sheets) => this.search.queue(sheets));
      this.plan = planAfter(this.plan, new Map(), report.protectedSheets ?? []);
      return report;
    });
  }

  async watch(onEdit: (edit: WorkbookEdit) => void): Promise<() => Promise<void>> {
    return watchWorkbook((batch) => this.run(batch), onEdit);
  }

  async recheck(edits: PendingEdits, marksFor: (read: WorkbookRead) => Mark[]): Promise<RecheckReport> {
    const base = this.live && this.lastRead ? { ...this.live, snapshot: this.lastRead } : undefined;
    const areas = base ? changedAreas(edits, base) : 'full';
    const done = base && areas !== 'full' ? await this.recheckCells(base, areas, marksFor) : 'full';
    if (done !== 'full') return done;
    // Positions moved, or the sheets changed: the workbook whole, as a check does.
    const read = await this.readWorkbook();
    const marks = marksFor(read);
    const report = await this.mark(marks);
    return { ...report, read, full: true, remarked: report.stale ? [] : [...planMarks(marks).keys()] };
  }

  /** The changed cells only, and the marks that differ: 2 round trips, 1 when no mark changes. */
  private recheckCells(
    base: LiveBase,
    areas: Exclude<ReturnType<typeof changedAreas>, 'full'>,
    marksFor: (read: WorkbookRead) => Mark[],
  ): Promise<RecheckReport | 'full'> {
    return this.run(async (context) => {
      const read = await readEdits(context, base, areas, this.search);
      if (read === 'full') return 'full';
      this.live = { grid: read.base.grid, ids: read.base.ids };
      this.lastRead = read.base.snapshot;
      const plan = planMarks(marksFor(read.base.grid));
      const scope = marksToRewrite(this.plan, plan, read.found.formats, read.base.snapshot.names);
      const report = await replaceMarks(context, read.found, plan, (sheets) => this.search.queue(sheets), scope);
      const skipped = report.protectedSheets ?? [];
      this.plan = planAfter(this.plan, plan, skipped);
      return { ...report, read: read.base.grid, full: false, remarked: rewritten(scope, plan, read.found, skipped) };
    });
  }

  /**
   * One sync: every sheet's protection, the add-in's formats on the named sheets and, when a read is given,
   * whether the workbook still matches it ('stale' if not). A host that refuses the one-step search is
   * searched again in two steps.
   */
  private async findMarks(
    context: Excel.RequestContext,
    names: string[],
    plan: MarkPlan,
    read?: ReadSnapshot,
  ): Promise<MarksFound | 'stale'> {
    const oneStepBefore = !this.search.twoStep;
    for (;;) {
      const worksheets = context.workbook.worksheets.load('items/name,items/protection/protected');
      const legacy = context.workbook.settings.getItemOrNullObject(LEGACY_MARKS_SETTING);
      const sheets: NamedSheet[] = names.map((name) => ({ name, sheet: worksheets.getItem(name) }));
      const twoStep = this.search.twoStep;
      const finish: FinishSearch = this.search.queue(sheets);
      const matches = read ? queueFingerprint(worksheets, sheets, plan, read) : undefined;
      try {
        await context.sync();
      } catch (error) {
        // A sheet of the read renamed or deleted since.
        if (errorCode(error) === 'ItemNotFound') return 'stale';
        if (isPayloadLimit(error)) throw error;
        if (twoStep) {
          // Failed in two steps as in one: not the host's refusal of the one-step search, so not remembered.
          if (oneStepBefore) this.search.twoStep = false;
          throw error;
        }
        this.search.twoStep = true;
        continue;
      }
      if (matches && !matches()) return 'stale';
      const formats = await finish(context);
      const protectedSheets = new Set(worksheets.items.filter((sheet) => sheet.protection.protected).map((sheet) => sheet.name));
      return { sheets, formats, protectedSheets, legacyRecord: !legacy.isNullObject };
    }
  }

  async select(sheet: string, cell: string, reveal = false): Promise<SelectOutcome> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet).load('visibility');
      let revealed = false;
      if (reveal) {
        const structure = context.workbook.protection.load('protected');
        await context.sync();
        if (worksheet.visibility !== 'Visible') {
          // Showing a sheet changes the workbook structure.
          if (structure.protected) return 'structureProtected';
          worksheet.visibility = 'Visible';
          revealed = true;
        }
      }
      worksheet.activate();
      worksheet.getRange(cell).select();
      try {
        await context.sync();
      } catch (error) {
        // Excel refuses to activate a hidden sheet: say so rather than fail.
        const again = context.workbook.worksheets.getItem(sheet).load('visibility');
        await context.sync();
        if (again.visibility !== 'Visible') return 'hidden';
        throw error;
      }
      // Loaded before the activation: a hidden sheet is reported even by an Excel that did not refuse it.
      return revealed || worksheet.visibility === 'Visible' ? 'selected' : 'hidden';
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

  async writeTextSheet(sheet: string, lines: string[], replace: boolean): Promise<WriteOutcome> {
    return this.run((context) => writeTextSheet(context, sheet, lines, replace));
  }
}

/** The sheet names, in order: one sync. */
async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  return worksheets.items.map((sheet) => sheet.name);
}
