/**
 * The check: a workbook of plain grids in, recognised tables and findings out. No host API here; the
 * Excel add-in, the offline page, the batch and the command line all call `check`.
 */
import type { WorkbookGrid } from '../core/grid';
import type { Finding } from '../core/findings';
import type { RecognizedTable, Unit } from '../core/table';
import { a1Range, formatAt } from '../core/grid';
import { parseCell } from '../core/money';
import { TableLookup } from '../core/lookup';
import { checkAttachment, checkGradeCounts, crossCheckAttachments, recognizeAttachments, type Attachment } from '../attachments';
import { checkNarrative, type NarrativeSectionInput } from '../narrative-check';
import { statedPerformance } from '../narrative-check/performance';
import { findNarrativeSheet, type NarrativeSheet } from '../narrative-check/workbook';
import { recognize } from '../recognize/recognize';
import { CATALOGUE } from '../rules/catalogue';
import { evaluateRules } from '../rules/evaluate';
import { generalFindings } from '../rules/general';
import { readingFindings } from '../rules/reading';
import type { RuleDef } from '../rules/types';
import type { CheckResult } from './result';
import { reportIdentity } from './identity';
import { suggestFixes } from './fixes';
import type { CellRepair } from '../rules/evaluate/repairs';
import { scanWorkbook } from './scan';

export interface CheckOptions {
  /** A 情况说明 given apart from the workbook (a .txt or .docx), checked as the workbook's own would be. */
  narrative?: NarrativeSectionInput[];
  /** The rules to apply (the whole catalogue by default). */
  rules?: RuleDef[];
  /** Look for one change that mends a cell's broken relations (default true). */
  fixes?: boolean;
}

/** What the engine keeps of a check for the narrative: never part of the result's data. */
export interface CheckInternals {
  tables: RecognizedTable[];
  attachments: Attachment[];
}

const internals = new WeakMap<CheckResult, CheckInternals>();

/** The recognised tables and 自评表 behind a result of `check` (for narrate and the tests). */
export function internalsOf(result: CheckResult): CheckInternals {
  const found = internals.get(result);
  if (!found) throw new Error('not a result of check()');
  return found;
}

/** The unit most tables use; amounts of the others are converted into it before any comparison. */
function reportUnit(tables: RecognizedTable[]): Unit {
  const yuan = tables.filter((t) => t.unit === '元').length;
  const wan = tables.filter((t) => t.unit !== '元').length;
  return yuan > wan ? '元' : '万元';
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const NO_TITLE = '未找到决算公开表的表名';

export function check(workbook: WorkbookGrid, options: CheckOptions = {}): CheckResult {
  const result = checkOnce(workbook, options);
  // One change that mends a cell's every broken relation, proven by evaluating the rules again with it.
  if (options.fixes !== false) {
    const rules = options.rules ?? CATALOGUE;
    suggestFixes(result.findings, (repair) => relationsWith(workbook, internalsOf(result), result.unit, rules, repair));
    sortFindings(result.findings, result.tables);
  }
  return result;
}

/**
 * The findings of the rules (and of Σ 自评表 against 项目支出) with one figure of the recognised tables set to
 * the repair's value, the tables left as they were afterwards; undefined when the cell is no such figure.
 * Only the rules run again: nothing is read or recognised twice.
 */
function relationsWith(
  workbook: WorkbookGrid,
  inside: CheckInternals,
  unit: Unit,
  rules: RuleDef[],
  repair: CellRepair,
): Finding[] | undefined {
  const { tables, attachments } = inside;
  for (const table of tables)
    for (const row of table.rows)
      for (const [colKey, figure] of row.figures) {
        if (figure.sheet !== repair.sheet || figure.address !== repair.cell) continue;
        const sheet = workbook.sheets.find((s) => s.name === figure.sheet);
        const value = Number(repair.required.toFixed());
        const parsed = parseCell(value, sheet ? formatAt(sheet, figure.row, figure.col) : null);
        const { sheet: name, row: r, col, address, rowKey, kind } = figure;
        row.figures.set(colKey, { sheet: name, row: r, col, address, rowKey, colKey, kind, raw: value, parsed });
        try {
          return [...evaluateRules(new TableLookup(tables, unit), rules), ...crossCheckAttachments(attachments, tables)];
        } finally {
          row.figures.set(colKey, figure);
        }
      }
  return undefined;
}

function checkOnce(workbook: WorkbookGrid, options: CheckOptions): CheckResult {
  const scan = scanWorkbook(workbook);
  const rec = recognize({ name: workbook.name, sheets: [...scan.tables.keys()] }, scan.tables);
  const unit = reportUnit(rec.tables);
  const lookup = new TableLookup(rec.tables, unit);
  const findings: Finding[] = [
    ...generalFindings(rec, unit),
    ...readingFindings(rec, workbook),
    ...evaluateRules(lookup, options.rules ?? CATALOGUE),
  ];
  // A 情况说明 in the workbook (or given apart) is read back against the tables like any other figure.
  const narrative: NarrativeSheet | undefined = scan.narratives.length
    ? findNarrativeSheet({ name: workbook.name, sheets: scan.narratives })
    : undefined;
  if (narrative && rec.tables.length) findings.push(...checkNarrative(narrative, rec.tables));
  if (options.narrative) findings.push(...checkNarrative({ sections: options.narrative }, rec.tables, { year: yearOf(rec.tables) }));
  // 项目支出绩效自评表: each one's own rules, and Σ 执行数 against 项目支出.
  const attachments = recognizeAttachments({ name: workbook.name, sheets: scan.attachments });
  if (attachments.length) findings.push(...attachments.flatMap(checkAttachment), ...crossCheckAttachments(attachments, rec.tables));
  // X18: the narrative's 自评 counts against the 自评表 themselves.
  const stated = attachments.length && narrative ? statedPerformance(narrative.sections) : undefined;
  if (stated) findings.push(...checkGradeCounts(attachments, stated));

  sortFindings(findings, rec.tables);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const tableSheets = new Set([...scan.tables.keys()].map((s) => s.name));
  const attachmentSheets = new Set(attachments.map((a) => a.sheet));
  const unrecognized = unrecognizedSheets(workbook, tableSheets, rec.unrecognized, narrative?.sheet, attachmentSheets);
  const narrativeGrid = scan.narratives.find((s) => s.name === narrative?.sheet);
  const identity = reportIdentity(workbook, rec.tables, { cover: scan.other, narrative: narrativeGrid });
  const result: CheckResult = {
    file: workbook.name,
    family: rec.family,
    unit,
    department: identity.department,
    year: identity.year,
    tables: rec.tables.map((t) => ({ id: t.id, key: t.key, title: t.title, sheet: t.sheet, range: a1Range(t.range), unit: t.unit })),
    unrecognized: unrecognized.map((u) => u.sheet),
    unrecognizedReasons: unrecognized,
    narrativeSheet: narrative?.sheet,
    attachments: attachments.map((a) => ({ sheet: a.sheet, range: a.range, projectName: a.projectName })),
    findings,
    counts,
  };
  internals.set(result, { tables: rec.tables, attachments });
  return result;
}

/** Errors first, then warnings, then 尾数; within each, findings one change mends first, then table order. */
function sortFindings(findings: Finding[], tables: { id: string }[]): void {
  const tableOrder = new Map(tables.map((t, i) => [t.id, i]));
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      Number(!!b.fixes) - Number(!!a.fixes) ||
      (tableOrder.get(a.table ?? '') ?? -1) - (tableOrder.get(b.table ?? '') ?? -1),
  );
}

function yearOf(tables: RecognizedTable[]): string | undefined {
  return tables.find((t) => t.year)?.year;
}

/** Every sheet that is not a table, a 自评表 or the 情况说明, in workbook order, with the reason. */
function unrecognizedSheets(
  workbook: WorkbookGrid,
  tableSheets: Set<string>,
  fromTables: { sheet: string; reason: string }[],
  narrativeSheet: string | undefined,
  attachmentSheets: Set<string>,
): { sheet: string; reason: string }[] {
  const reasons = new Map(fromTables.map((u) => [u.sheet, u.reason]));
  const out: { sheet: string; reason: string }[] = [];
  for (const { name } of workbook.sheets) {
    if (name === narrativeSheet || attachmentSheets.has(name)) continue;
    // A sheet with a title was read as tables: unrecognised only when the reader says why.
    const reason = tableSheets.has(name) ? reasons.get(name) : NO_TITLE;
    if (reason) out.push({ sheet: name, reason });
  }
  return out;
}
