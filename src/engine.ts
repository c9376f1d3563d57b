/**
 * The engine: a workbook of plain grids in, recognised tables and findings out.
 * No host API here; the Excel add-in and the command line both call this.
 */
import type { WorkbookGrid } from './core/grid';
import type { RecognizedTable, Unit } from './core/table';
import { recognize, type Recognition } from './recognize/recognize';
import { CATALOGUE } from './rules/catalogue';
import { evaluateRules } from './rules/evaluate';
import type { Finding } from './core/findings';
import type { RuleDef } from './rules/types';
import { TEMPLATES } from './templates/tables';
import type { Family, TableKey } from './core/template';
import { a1Range } from './core/grid';
import { checkNarrative } from './narrative-check';
import { checkAttachment, checkGradeCounts, crossCheckAttachments, recognizeAttachments, type Attachment } from './attachments';
import { statedPerformance } from './narrative-check/performance';
import { findNarrativeSheet } from './narrative-check/workbook';

export interface TableSummary {
  id: string;
  key: TableKey;
  title: string;
  sheet: string;
  range: string;
  unit: Unit | null;
}

export interface CheckResult {
  file?: string;
  family: Family;
  /** Unit of every amount in the findings. */
  unit: Unit;
  department?: string;
  year?: string;
  tables: TableSummary[];
  unrecognized: string[];
  /** The sheet holding the 情况说明, when the workbook has one (its figures are checked too). */
  narrativeSheet?: string;
  /** Why each unrecognised sheet was not taken. */
  unrecognizedReasons: { sheet: string; reason: string }[];
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
  /** The recognised tables themselves, for the narrative and the hosts (not part of the JSON). */
  recognized: RecognizedTable[];
  /** 项目支出绩效自评表 found in the workbook. */
  attachments: Attachment[];
}

/** The unit most tables use; amounts of the others are converted into it before any comparison. */
function reportUnit(tables: RecognizedTable[]): Unit {
  const yuan = tables.filter((t) => t.unit === '元').length;
  const wan = tables.filter((t) => t.unit !== '元').length;
  return yuan > wan ? '元' : '万元';
}

function generalFindings(rec: Recognition, unit: Unit, workbook: WorkbookGrid): Finding[] {
  const out: Finding[] = [];
  const present = new Set(rec.tables.map((t) => t.key));
  // A file holding only 自评表 (no table at all) is not a disclosure missing nine tables.
  for (const t of rec.tables.length ? TEMPLATES : []) {
    if (!t.requiredIn.includes(rec.family) || present.has(t.key)) continue;
    const name = rec.family === 'seed' ? `${t.code} ${t.title}` : (t.nationalTitle ?? t.title);
    out.push({
      rule: 'G01',
      severity: 'error',
      cells: [],
      message: `缺少“${name}”。没有数据的表也应保留表格，并在表下注明“本表无数据”。`,
    });
  }
  const units = new Map<string, string[]>();
  for (const t of rec.tables) {
    if (!t.unit) {
      out.push({
        rule: 'G02',
        severity: 'warning',
        table: t.id,
        sheet: t.sheet,
        cells: [],
        message: `${t.id}（工作表“${t.sheet}”）未注明金额单位，按${unit}处理；请在表头注明“金额单位：万元”。`,
      });
      continue;
    }
    units.set(t.unit, [...(units.get(t.unit) ?? []), t.id]);
  }
  if (units.size > 1) {
    const parts = [...units.entries()].map(([u, ids]) => `${ids.join('、')}为${u}`);
    out.push({
      rule: 'G02',
      severity: 'error',
      cells: [],
      message: `各表金额单位不一致：${parts.join('；')}。公开的表格应统一使用万元；比对时已换算为${unit}。`,
    });
  }
  // G03 / G04: one year and one unit name throughout (the header lines of every table).
  const differing = (pick: (t: RecognizedTable) => string | undefined) => {
    const by = new Map<string, string[]>();
    for (const t of rec.tables) {
      const v = pick(t);
      if (v) by.set(v, [...(by.get(v) ?? []), t.id]);
    }
    return by.size > 1 ? [...by.entries()].map(([v, ids]) => `${ids.join('、')}为“${v}”`).join('；') : undefined;
  };
  const years = differing((t) => t.year);
  if (years) out.push({ rule: 'G03', severity: 'error', cells: [], message: `各表的年度不一致：${years}。` });
  const names = differing((t) => t.department);
  if (names)
    out.push({ rule: 'G04', severity: 'error', cells: [], message: `各表的部门（单位）名称不一致：${names}。公开的表格应使用同一名称。` });
  for (const w of rec.warnings)
    out.push({
      rule: 'R01',
      severity: 'warning',
      sheet: w.sheet,
      cell: w.cell,
      cells: w.cell ? [{ sheet: w.sheet, cell: w.cell }] : [],
      message: w.message,
    });
  // Text where a figure belongs is never skipped silently; an Excel error value (#REF!) is an error.
  const uncalculated = new Map(workbook.sheets.filter((s) => s.uncalculated?.length).map((s) => [s.name, new Set(s.uncalculated)]));
  for (const t of rec.tables) {
    for (const row of t.rows) {
      for (const f of row.figures.values()) {
        if (uncalculated.size && uncalculated.get(f.sheet)?.has(f.address)) {
          out.push({
            rule: 'R03',
            severity: 'warning',
            table: t.id,
            sheet: f.sheet,
            cell: f.address,
            cells: [{ sheet: f.sheet, cell: f.address }],
            message: `${t.id} ${row.code ?? row.key}·${f.colKey}（${f.sheet}!${f.address}）是公式，但文件中没有计算结果（可能由不计算公式的软件保存），检查时按空值处理；请在 Excel 中打开并保存后再检查。`,
          });
          continue;
        }
        if (f.parsed.kind !== 'text') continue;
        const excelError = /^#(REF|DIV\/0|VALUE|N\/A|NAME|NUM|NULL|SPILL|CALC)[!?]?$/i.test(f.parsed.text);
        if (f.parsed.outOfRange) {
          out.push({
            rule: 'R02',
            severity: 'error',
            table: t.id,
            sheet: f.sheet,
            cell: f.address,
            cells: [{ sheet: f.sheet, cell: f.address }],
            actual: f.parsed.text,
            message: `${t.id} ${row.code ?? row.key}·${f.colKey}（${f.sheet}!${f.address}）的数值 ${f.parsed.text} 超出金额可能的范围（Excel 只保留 15 位有效数字），检查时按空值处理；请检查公式或输入。`,
          });
          continue;
        }
        out.push({
          rule: 'R02',
          severity: excelError ? 'error' : 'warning',
          table: t.id,
          sheet: f.sheet,
          cell: f.address,
          cells: [{ sheet: f.sheet, cell: f.address }],
          actual: f.parsed.text,
          message: excelError
            ? `${t.id} ${row.code ?? row.key}·${f.colKey}（${f.sheet}!${f.address}）是 Excel 错误值“${f.parsed.text}”，公式引用有误，请更正。`
            : `${t.id} ${row.code ?? row.key}·${f.colKey}（${f.sheet}!${f.address}）应为金额，但内容是“${f.parsed.text}”，检查时按空值处理。`,
        });
      }
    }
  }
  return out;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function checkWorkbook(workbook: WorkbookGrid, rules: RuleDef[] = CATALOGUE): CheckResult {
  const rec = recognize(workbook);
  const unit = reportUnit(rec.tables);
  const ctx = { tables: new Map(rec.tables.map((t) => [t.key, t])), unit };
  const findings = [...generalFindings(rec, unit, workbook), ...evaluateRules(ctx, rules)];
  // A 情况说明 already in the workbook is read back against the tables like any other figure.
  const narrative = findNarrativeSheet(workbook);
  if (narrative && rec.tables.length) findings.push(...checkNarrative(narrative, rec.tables));
  // 项目支出绩效自评表: each one's own rules, and Σ 执行数 against 项目支出.
  const attachments = recognizeAttachments(workbook);
  if (attachments.length) findings.push(...attachments.flatMap(checkAttachment), ...crossCheckAttachments(attachments, rec.tables));
  // X18: the narrative's 自评 counts against the 自评表 themselves.
  const stated = attachments.length && narrative ? statedPerformance(narrative.sections) : undefined;
  if (stated) findings.push(...checkGradeCounts(attachments, stated));
  const attachmentSheets = new Set(attachments.map((a) => a.sheet));
  const unrecognizedSheets = rec.unrecognized.filter((u) => u.sheet !== narrative?.sheet && !attachmentSheets.has(u.sheet));
  const tableOrder = new Map(rec.tables.map((t, i) => [t.id, i]));
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (tableOrder.get(a.table ?? '') ?? -1) - (tableOrder.get(b.table ?? '') ?? -1),
  );
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const first = rec.tables[0];
  return {
    file: workbook.name,
    family: rec.family,
    unit,
    department: rec.tables.find((t) => t.department)?.department,
    year: rec.tables.find((t) => t.year)?.year ?? first?.year,
    tables: rec.tables.map((t) => ({ id: t.id, key: t.key, title: t.title, sheet: t.sheet, range: a1Range(t.range), unit: t.unit })),
    unrecognized: unrecognizedSheets.map((u) => u.sheet),
    unrecognizedReasons: unrecognizedSheets,
    narrativeSheet: narrative?.sheet,
    findings,
    counts,
    recognized: rec.tables,
    attachments,
  };
}
