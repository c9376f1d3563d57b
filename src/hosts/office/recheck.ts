/// <reference types="office-js" />
/**
 * Live check in Excel: after the user edits some cells, the last read is brought up to date with those cells
 * only, and only the marks that differ are rewritten. Two round trips in one Excel.run, whatever the
 * workbook size:
 *
 * 1. the sheet names and protection, the add-in's formats found again (formatSearch.ts), every formula's
 *    result (Excel recalculates them without an event), and per changed sheet its used range and the values
 *    and number formats of the changed ranges;
 * 2. (only when a mark changes) the formats of the sheets and severities whose marked cells changed deleted
 *    and added again, with the verification that the user's own formats are intact (markFormats.ts).
 *
 * Between them the pane checks the patched grid (the engine needs the whole workbook, ~10–30 ms).
 *
 * What cannot be read this way is answered 'full', and the caller reads the workbook whole again: a sheet
 * added, deleted or renamed (the names differ from the read's), a sheet the read did not have, a change past
 * Excel's limits, or a change over whole rows or columns (Delete on column C: "C:C") that is read within the
 * last used range but turns out to reach past it. Merged areas are kept from the last full read.
 */
import type { CellRange } from '../../core/grid';
import { a1Range } from '../../core/grid';
import type { PendingEdits, WorkbookRead } from '../seam';
import { compactAddresses, parseAreas } from './address';
import { errorCode, isPayloadLimit } from './errors';
import type { ReadSnapshot } from './fingerprint';
import type { FormatSearch, NamedSheet, SheetFormats } from './formatSearch';
import { patchSheet, type CellBlock } from './gridPatch';
import { MARK_SEVERITIES, markSeverity, type MarkPlan, type MarkScope, type MarksFound } from './markFormats';
import { CHUNK_CELLS, rectOf, SYNC_CELLS, USED_PATHS } from './readSheets';

/** What a live check starts from: the last read, and the sheets' ids (a rename keeps the id). */
export interface LiveBase {
  grid: WorkbookRead;
  snapshot: ReadSnapshot;
  /** Worksheet id → name, as read. */
  ids: Map<string, string>;
}

/** A changed area of a sheet: what was changed, and the part of it that is read. */
interface Area {
  changed: CellRange;
  /** Null when nothing of it lies within the last used range (a cleared whole column beyond the data). */
  read: CellRange | null;
}

const cells = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

function intersect(a: CellRange, b: CellRange): CellRange | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

const within = (inner: CellRange, outer: CellRange) =>
  inner.top >= outer.top && inner.left >= outer.left && inner.bottom <= outer.bottom && inner.right <= outer.right;

/**
 * The areas to read per sheet name, or 'full'. A small area is read as it is; a large one (whole rows or
 * columns) only within the last used range, since beyond it there was nothing to change.
 */
export function changedAreas(edits: PendingEdits, base: LiveBase): Map<string, Area[]> | 'full' {
  if (edits.structural) return 'full';
  const areas = new Map<string, Area[]>();
  let total = 0;
  for (const { sheetId, address } of edits.cells) {
    const name = base.ids.get(sheetId) ?? (base.snapshot.names.includes(sheetId) ? sheetId : undefined);
    if (name === undefined) return 'full';
    const list = areas.get(name) ?? [];
    areas.set(name, list);
    for (const changed of parseAreas(address)) {
      if (list.some((area) => within(changed, area.changed))) continue;
      let read: CellRange | null = changed;
      if (cells(changed) > CHUNK_CELLS) {
        const used = base.snapshot.used.get(name);
        if (!used) return 'full';
        read = intersect(changed, used);
      }
      total += read ? cells(read) : 0;
      if (total > SYNC_CELLS) return 'full';
      list.push({ changed, read });
    }
  }
  return areas;
}

/** What the first round trip gave: the new base, and the marks found for the second. */
export interface EditsRead {
  base: LiveBase;
  found: MarksFound;
}

/** What a formula area gives: where it is, its results and their number formats. */
const FORMULA_PATHS = ['rowIndex', 'columnIndex', 'values', 'numberFormat'].map((p) => `areas/items/${p}`).join(',');

/**
 * Round trip 1: the changed cells, every formula's result, the names, the protection and the add-in's formats.
 *
 * Formula results are read on every sheet: Excel recalculates the cells that depend on an edit (a 合计 row,
 * a figure taken from another table) and onChanged names only the cells edited (office-js#3899), so the
 * last read's results would be stale. A workbook's formulas are a small part of it; past what Excel gives
 * at once, the workbook is read whole.
 */
export async function readEdits(
  context: Excel.RequestContext,
  base: LiveBase,
  areas: Map<string, Area[]>,
  search: FormatSearch,
): Promise<EditsRead | 'full'> {
  const oneStepBefore = !search.twoStep;
  for (;;) {
    const worksheets = context.workbook.worksheets.load('items/name,items/protection/protected');
    const sheets: NamedSheet[] = base.snapshot.names.map((name) => ({ name, sheet: worksheets.getItem(name) }));
    const twoStep = search.twoStep;
    const finish = search.queue(sheets);
    const formulas = sheets.map(({ name, sheet }) => ({
      name,
      // Loaded on the (possibly null) object itself: a sheet without formulas is a null object, nothing more.
      special: sheet.getRange().getSpecialCellsOrNullObject('Formulas').load(FORMULA_PATHS),
    }));
    const loads = [...areas].map(([name, list]) => {
      const sheet = sheets.find((s) => s.name === name)!.sheet;
      return {
        name,
        list,
        used: sheet.getUsedRangeOrNullObject(true).load(USED_PATHS),
        ranges: list.map((area) => (area.read ? sheet.getRange(a1Range(area.read)).load('values,numberFormat') : undefined)),
      };
    });
    try {
      await context.sync();
    } catch (error) {
      // A sheet renamed or deleted since the read, or more than Excel gives at once: read it all again.
      if (errorCode(error) === 'ItemNotFound' || isPayloadLimit(error)) return 'full';
      if (twoStep) {
        // Failed in two steps as in one: not the host's refusal of the one-step search, so not remembered.
        if (oneStepBefore) search.twoStep = false;
        throw error;
      }
      search.twoStep = true;
      continue;
    }
    if (worksheets.items.map((w) => w.name).join('\n') !== base.snapshot.names.join('\n')) return 'full';

    const blocks = new Map<string, CellBlock[]>();
    const blocksOf = (name: string) => blocks.get(name) ?? blocks.set(name, []).get(name)!;
    for (const { name, special } of formulas) {
      if (special.isNullObject) continue;
      for (const area of special.areas.items) {
        if (!area.values) return 'full'; // past Excel's cells per read
        blocksOf(name).push({ top: area.rowIndex, left: area.columnIndex, values: area.values, numberFormat: area.numberFormat });
      }
    }
    const rows = new Map(base.snapshot.rows);
    const used = new Map(base.snapshot.used);
    for (const { name, list, used: usedRange, ranges } of loads) {
      const rect = rectOf(usedRange);
      for (let i = 0; i < list.length; i++) {
        const { changed, read } = list[i];
        const reached = rect && intersect(changed, rect);
        // A large change read within the old used range, which the new one outgrows.
        if (reached && !(read && within(reached, read))) return 'full';
        const range = ranges[i];
        if (!range || !read) continue;
        if (!range.values) return 'full'; // past Excel's cells per read
        blocksOf(name).push({ top: read.top, left: read.left, values: range.values, numberFormat: range.numberFormat });
      }
      used.set(name, rect);
    }
    const patched = new Map<string, WorkbookRead['sheets'][number]>();
    for (const [name, list] of blocks) {
      const next = patchSheet(
        base.grid.sheets.find((s) => s.name === name)!,
        list,
      );
      patched.set(name, next);
      rows.set(name, next.rows);
    }
    const grid: WorkbookRead = { ...base.grid, sheets: base.grid.sheets.map((s) => patched.get(s.name) ?? s) };
    const formats = await finish(context);
    const protectedSheets = new Set(worksheets.items.filter((w) => w.protection.protected).map((w) => w.name));
    return {
      base: { grid, ids: base.ids, snapshot: { names: base.snapshot.names, rows, used } },
      found: { sheets, formats, protectedSheets, legacyRecord: false },
    };
  }
}

const sameCells = (a: string[], b: string[]) => a.length === b.length && a.every((cell) => b.includes(cell));

/**
 * The sheets and severities whose marks must be rewritten: their cells changed since the marks in place
 * were made, or the add-in's formats found there are not those the cells call for (the user deleted a
 * mark, or undid one).
 */
export function marksToRewrite(before: MarkPlan | undefined, after: MarkPlan, formats: SheetFormats, names: string[]): MarkScope {
  const rewrite = new Set<string>();
  for (const name of names) {
    for (const severity of MARK_SEVERITIES) {
      const now = after.get(name)?.[severity] ?? [];
      const found = (formats.get(name) ?? []).filter((format) => markSeverity(format) === severity).length;
      const unchanged = before !== undefined && sameCells(before.get(name)?.[severity] ?? [], now);
      if (!unchanged || found !== compactAddresses(now).length) rewrite.add(`${name}\u0000${severity}`);
    }
  }
  return (sheet, severity) => rewrite.has(`${sheet}\u0000${severity}`);
}

/** The marks now in place: the new plan's, except on the sheets that were left alone (protected). */
export function planAfter(before: MarkPlan | undefined, after: MarkPlan, skipped: string[]): MarkPlan {
  const plan = new Map(after);
  for (const name of skipped) {
    const kept = before?.get(name);
    if (kept) plan.set(name, kept);
    else plan.delete(name);
  }
  return plan;
}

/** The sheets whose marks a rewrite in this scope changed: not protected, with marks before or after. */
export function rewritten(scope: MarkScope, plan: MarkPlan, found: MarksFound, skipped: string[]): string[] {
  return found.sheets
    .map(({ name }) => name)
    .filter((name) => !skipped.includes(name))
    .filter((name) =>
      MARK_SEVERITIES.some(
        (severity) =>
          scope(name, severity) &&
          ((plan.get(name)?.[severity].length ?? 0) > 0 || (found.formats.get(name) ?? []).some((f) => markSeverity(f) === severity)),
      ),
    );
}
