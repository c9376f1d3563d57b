/// <reference types="office-js" />
/**
 * The Office host's marks: conditional formats it adds and deletes, found again by their look.
 *
 * A mark is a conditional format the add-in adds (custom rule `=TRUE`, in the colours of src/marks: red
 * fill on dark red for errors, amber on dark amber for warnings), never a direct fill, so the user's own
 * fills and conditional formats stay as they are. One format per sheet and severity covers that sheet's
 * cells (a multi-area range; more than one when the address list is long). Nothing else is written: no
 * value, no direct format, no note, no setting.
 *
 * No id is kept, not even within a session: an id is a position ("the priority of the conditional format
 * in the current ConditionalFormatCollection"), so it names another format as soon as one is added or
 * deleted, and it differs between a range's collection and the sheet's. Every change therefore starts by
 * finding the marks again in the same Excel.run (formatSearch.ts: rule `=TRUE` and exactly the add-in's
 * colours), and in the sync that follows:
 * - deletes them from the highest position down, so that no deletion moves a format still to be deleted;
 * - adds the new ones, each set to the top priority of its cells last (Excel may add a format first or
 *   last; a priority change must come after every other change to the object), so no user rule hides it;
 * - loads every format of the sheets it touched, to verify that the user's own are all still there, in
 *   the same order.
 * A protected sheet is left alone (Excel refuses every write there) and reported.
 */
import type { Severity } from '../../core/findings';
import { MARK_COLORS, type Mark } from '../../marks';
import type { MarkReport } from '../seam';
import { compactAddresses } from './address';
import type { FinishSearch, FoundFormat, NamedSheet, SheetFormats } from './formatSearch';

export const MARK_FORMULA = '=TRUE';
/** Where an earlier version recorded its marks; removed whenever marks change. */
export const LEGACY_MARKS_SETTING = 'juesuan.marks';

/** The severities the add-in marks (a 尾数差异 never is). */
export type MarkSeverity = Exclude<Severity, 'info'>;
export const MARK_SEVERITIES = ['error', 'warning'] as const;

/** The cells to mark per sheet and severity. */
export type MarkPlan = Map<string, Record<Severity, string[]>>;

/** Which marks a change rewrites: every mark of the sheets it touches, or only these sheets and severities. */
export type MarkScope = (sheet: string, severity: MarkSeverity) => boolean;

const sameColor = (actual: string | null, expected: string) =>
  typeof actual === 'string' && actual.toUpperCase() === expected.toUpperCase();

/** The severity a format marks, when it is one of the add-in's marks: custom, rule `=TRUE` and exactly its colours. */
export function markSeverity(format: FoundFormat): MarkSeverity | undefined {
  if (format.type !== 'Custom' || typeof format.formula !== 'string') return undefined;
  if (format.formula.replace(/\s/g, '').toUpperCase() !== MARK_FORMULA) return undefined;
  return MARK_SEVERITIES.find(
    (severity) => sameColor(format.fill, MARK_COLORS[severity].fill) && sameColor(format.font, MARK_COLORS[severity].font),
  );
}

/** Whether a format is one of the add-in's marks. */
export const isMarkFormat = (format: FoundFormat): boolean => markSeverity(format) !== undefined;

/** The user's own formats of a sheet, in order, as comparable text. */
function userFormats(formats: FoundFormat[] | undefined): string[] {
  return (formats ?? []).filter((format) => !isMarkFormat(format)).map((f) => [f.type, f.formula, f.fill, f.font].join('\u0000'));
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
    const warning = [...cells.warning].filter((cell) => !cells.error.has(cell));
    if (cells.error.size + warning.length) plan.set(sheet, { error: [...cells.error], warning });
  }
  return plan;
}

/** What the first sync of a change found: the formats, the protected sheets, an earlier version's record. */
export interface MarksFound {
  sheets: NamedSheet[];
  formats: SheetFormats;
  protectedSheets: Set<string>;
  legacyRecord: boolean;
}

/**
 * Replaces the marks on the sheets found with those of the plan (an empty plan clears them): one sync, and
 * the verification riding on it (one more on a host searched in two steps).
 */
export async function replaceMarks(
  context: Excel.RequestContext,
  found: MarksFound,
  plan: MarkPlan,
  search: (sheets: NamedSheet[]) => FinishSearch,
  scope: MarkScope = () => true,
): Promise<MarkReport> {
  const { formats, protectedSheets } = found;
  const inScope = (name: string) => MARK_SEVERITIES.some((severity) => scope(name, severity));
  const hasMarks = (name: string) => (formats.get(name) ?? []).some((format) => isMine(name, format));
  const isMine = (name: string, format: FoundFormat) => {
    const severity = markSeverity(format);
    return severity !== undefined && scope(name, severity);
  };
  const wanted = (name: string) => inScope(name) && (plan.has(name) || hasMarks(name));
  const skipped = found.sheets.map((s) => s.name).filter((name) => protectedSheets.has(name) && wanted(name));
  const touched = found.sheets.filter(({ name }) => !protectedSheets.has(name) && wanted(name));
  const report: MarkReport = skipped.length ? { protectedSheets: skipped } : {};
  if (!touched.length && !found.legacyRecord) return report;

  for (const { sheet, name } of touched) {
    const collection = sheet.getRange().conditionalFormats;
    const mine = (formats.get(name) ?? []).filter((format) => isMine(name, format)).map((format) => format.position);
    // Highest position first: deleting one moves every format below it up by one.
    for (const position of mine.sort((a, b) => b - a)) collection.getItemAt(position).delete();
    const cells = plan.get(name);
    if (!cells) continue;
    for (const severity of MARK_SEVERITIES) {
      if (!scope(name, severity)) continue;
      for (const address of compactAddresses(cells[severity])) {
        const format = sheet.getRanges(address).conditionalFormats.add('Custom');
        format.custom.rule.formula = MARK_FORMULA;
        format.custom.format.fill.color = MARK_COLORS[severity].fill;
        format.custom.format.font.color = MARK_COLORS[severity].font;
        // Last: after a priority change the object must be fetched again before any other change.
        format.priority = 0;
      }
    }
  }
  if (found.legacyRecord) context.workbook.settings.getItem(LEGACY_MARKS_SETTING).delete();
  const verify = touched.length ? search(touched) : undefined;
  await context.sync();
  if (!verify) return report;
  const after = await verify(context);
  const changed = touched
    .map(({ name }) => name)
    .filter((name) => userFormats(formats.get(name)).join('\n') !== userFormats(after.get(name)).join('\n'));
  return changed.length ? { ...report, userFormatsChanged: changed } : report;
}
