/// <reference types="office-js" />
/**
 * The Office host's marks: conditional formats it adds, finds again and deletes.
 *
 * A mark is a conditional format the add-in adds (custom rule `=TRUE`, in the colours of src/marks: red
 * fill on dark red for errors, amber on dark amber for warnings), never a direct fill, so the user's own
 * fills and conditional formats stay as they are. One format per sheet and severity covers that sheet's
 * cells (a multi-area range; more than one when the address list is long). The workbook setting
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
import type { Severity } from '../../core/findings';
import { MARK_COLORS, type Mark } from '../../marks';
import { compactAddresses } from './address';
import { isPayloadLimit } from './errors';

export const MARKS_SETTING = 'juesuan.marks';
export const MARK_FORMULA = '=TRUE';

/** What `juesuan.marks` holds: the marked cells per sheet. */
export interface MarksRecord {
  version: 1;
  sheets: Record<string, { error: string[]; warning: string[] }>;
}

/** What this pane knows of the add-in's marks in the open workbook, current within the session. */
export interface KnownMarks {
  recordExists: boolean;
  /** Ids of the add-in's conditional formats, per sheet. */
  ids: Map<string, string[]>;
  sheets: Set<string>;
}

/** The cells to mark per sheet and severity. */
export type MarkPlan = Map<string, Record<Severity, string[]>>;

/** A worksheet and its name as loaded. */
export interface NamedSheet {
  sheet: Excel.Worksheet;
  name: string;
}

const SEARCH_PATHS = [
  'items/id',
  'items/type',
  'items/customOrNullObject/rule/formula',
  'items/customOrNullObject/format/fill/color',
  'items/customOrNullObject/format/font/color',
].join(',');

const sameColor = (actual: string | null | undefined, expected: string) =>
  typeof actual === 'string' && actual.toUpperCase() === expected.toUpperCase();

/** Whether a custom format is one of the add-in's marks: rule `=TRUE` and exactly its colours. */
function isMarkFormat(formula: string | null | undefined, fill: string | null | undefined, font: string | null | undefined): boolean {
  if (typeof formula !== 'string' || formula.replace(/\s/g, '').toUpperCase() !== MARK_FORMULA) return false;
  return (['error', 'warning'] as const).some(
    (severity) => sameColor(fill, MARK_COLORS[severity].fill) && sameColor(font, MARK_COLORS[severity].font),
  );
}

/** The record, or undefined when it is not one this version wrote. */
export function parseMarksRecord(value: unknown): MarksRecord | undefined {
  try {
    const record = (typeof value === 'string' ? JSON.parse(value) : value) as Partial<MarksRecord>;
    if (!record || typeof record !== 'object' || record.version !== 1 || !record.sheets || typeof record.sheets !== 'object')
      return undefined;
    return record as MarksRecord;
  } catch {
    return undefined;
  }
}

/** Whether marks may exist: any marked cell, or a record this version cannot read. */
export function recordMayHoldMarks(value: unknown): boolean {
  const record = parseMarksRecord(value);
  if (!record) return true;
  return Object.values(record.sheets).some((cells) => (cells?.error?.length ?? 0) + (cells?.warning?.length ?? 0) > 0);
}

/** Marks grouped per sheet; a cell that is both an error and a warning is marked as an error. */
export function planMarks(marks: Mark[]): MarkPlan {
  const perSheet = new Map<string, { error: Set<string>; warning: Set<string> }>();
  for (const mark of marks) {
    if (mark.severity !== 'error' && mark.severity !== 'warning') continue;
    const cell = mark.cell.replace(/\$/g, '').toUpperCase();
    let cells = perSheet.get(mark.sheet);
    if (!cells) perSheet.set(mark.sheet, (cells = { error: new Set(), warning: new Set() }));
    cells[mark.severity].add(cell);
  }
  const plan: MarkPlan = new Map();
  for (const [sheet, cells] of perSheet) {
    plan.set(sheet, { error: [...cells.error], warning: [...cells.warning].filter((cell) => !cells.error.has(cell)) });
  }
  return plan;
}

/** Finds the add-in's formats again; remembers, for the session, a host that refuses the one-step search. */
export class MarkFinder {
  /** This host refused custom-format properties across a collection once: search in two steps from now on. */
  twoStep = false;

  /** Queues the search for the add-in's formats on the sheets; the returned function reads the result after the sync. */
  queueSearch(sheets: NamedSheet[]): () => Map<string, string[]> {
    const loaded = sheets.map(({ sheet, name }) => ({ name, formats: sheet.getRange().conditionalFormats.load(SEARCH_PATHS) }));
    return () => {
      const ids = new Map<string, string[]>();
      for (const { name, formats } of loaded) {
        const mine = formats.items
          .filter((format) => {
            if (format.type !== 'Custom') return false;
            const custom = format.customOrNullObject;
            return !custom.isNullObject && isMarkFormat(custom.rule.formula, custom.format.fill.color, custom.format.font.color);
          })
          .map((format) => format.id);
        if (mine.length) ids.set(name, mine);
      }
      return ids;
    };
  }

  /**
   * The same search in two steps (ids and types, then the custom formats' rule and colours), for a
   * host that refuses to load custom-format properties across a collection of mixed types.
   */
  async searchInTwoSteps(context: Excel.RequestContext, sheets: NamedSheet[]): Promise<Map<string, string[]>> {
    const loaded = sheets.map(({ sheet, name }) => ({ name, formats: sheet.getRange().conditionalFormats.load('items/id,items/type') }));
    await context.sync();
    const candidates: { name: string; id: string; custom: Excel.CustomConditionalFormat }[] = [];
    for (const { name, formats } of loaded) {
      for (const format of formats.items) {
        if (format.type !== 'Custom') continue;
        const custom = formats.getItem(format.id).custom;
        custom.rule.load('formula');
        custom.format.fill.load('color');
        custom.format.font.load('color');
        candidates.push({ name, id: format.id, custom });
      }
    }
    if (candidates.length) await context.sync();
    const ids = new Map<string, string[]>();
    for (const { name, id, custom } of candidates) {
      if (!isMarkFormat(custom.rule.formula, custom.format.fill.color, custom.format.font.color)) continue;
      ids.set(name, [...(ids.get(name) ?? []), id]);
    }
    return ids;
  }

  /** Reads the record and, if it may hold marks, finds the add-in's formats on every sheet: 1–3 round trips. */
  async find(context: Excel.RequestContext): Promise<KnownMarks> {
    const worksheets = context.workbook.worksheets.load('items/name');
    const record = context.workbook.settings.getItemOrNullObject(MARKS_SETTING).load('value');
    await context.sync();
    const sheets = worksheets.items.map((sheet) => ({ sheet, name: sheet.name }));
    const names = new Set(sheets.map((s) => s.name));
    const recordExists = !record.isNullObject;
    if (!recordExists || !recordMayHoldMarks(record.value)) return { recordExists, ids: new Map(), sheets: names };
    if (this.twoStep) return { recordExists, ids: await this.searchInTwoSteps(context, sheets), sheets: names };
    const readResult = this.queueSearch(sheets);
    try {
      await context.sync();
      return { recordExists, ids: readResult(), sheets: names };
    } catch (error) {
      if (isPayloadLimit(error)) throw error;
      this.twoStep = true;
      return { recordExists, ids: await this.searchInTwoSteps(context, sheets), sheets: names };
    }
  }
}

/** Queues the deletion of the known formats. */
function queueDeletion(context: Excel.RequestContext, known: KnownMarks): void {
  const worksheets = context.workbook.worksheets;
  for (const [sheet, ids] of known.ids) {
    const formats = worksheets.getItem(sheet).getRange().conditionalFormats;
    for (const id of ids) formats.getItem(id).delete();
  }
}

/** Deletes the known marks, adds the new ones and rewrites the record: one round trip. */
export async function applyMarks(context: Excel.RequestContext, known: KnownMarks, plan: MarkPlan): Promise<KnownMarks> {
  const worksheets = context.workbook.worksheets;
  queueDeletion(context, known);
  const record: MarksRecord = { version: 1, sheets: {} };
  const created: { sheet: string; format: Excel.ConditionalFormat }[] = [];
  for (const [sheet, cells] of plan) {
    // A sheet renamed or deleted since the check has nothing to mark.
    if (!known.sheets.has(sheet) || cells.error.length + cells.warning.length === 0) continue;
    const worksheet = worksheets.getItem(sheet);
    record.sheets[sheet] = cells;
    for (const severity of ['error', 'warning'] as const) {
      for (const address of compactAddresses(cells[severity])) {
        const format = worksheet.getRanges(address).conditionalFormats.add('Custom');
        format.custom.rule.formula = MARK_FORMULA;
        format.custom.format.fill.color = MARK_COLORS[severity].fill;
        format.custom.format.font.color = MARK_COLORS[severity].font;
        format.load('id');
        created.push({ sheet, format });
      }
    }
  }
  const anyMarks = created.length > 0;
  if (anyMarks) context.workbook.settings.add(MARKS_SETTING, JSON.stringify(record));
  else if (known.recordExists) context.workbook.settings.getItem(MARKS_SETTING).delete();
  await context.sync();
  const ids = new Map<string, string[]>();
  for (const { sheet, format } of created) ids.set(sheet, [...(ids.get(sheet) ?? []), format.id]);
  return { recordExists: anyMarks, ids, sheets: known.sheets };
}

/** Deletes the known marks and the record: one round trip. What is known afterwards: no marks. */
export async function removeMarks(context: Excel.RequestContext, known: KnownMarks): Promise<KnownMarks> {
  queueDeletion(context, known);
  if (known.recordExists) context.workbook.settings.getItem(MARKS_SETTING).delete();
  await context.sync();
  return { recordExists: false, ids: new Map(), sheets: known.sheets };
}
