/**
 * Recognition by content: every sheet is scanned for table titles; each title opens a region
 * read by its template's kind. Sheet names and positions are never used to decide what a table is.
 */
import type { SheetGrid, WorkbookGrid } from '../core/grid';
import type { RecognizedTable, TableRow } from '../core/table';
import type { Family, TableKey, TemplateKind } from '../core/template';
import { readCoded } from './coded';
import { readEconomic } from './economic';
import { MergeLookup } from './header';
import { readItems } from './items';
import { readMeta } from './meta';
import type { Region, Structure } from './region';
import { readSingle } from './single';
import { findTitles, type TitleHit } from './title';

export interface RecognitionNote {
  sheet: string;
  cell?: string;
  message: string;
}

export interface Recognition {
  family: Family;
  tables: RecognizedTable[];
  /** Sheets holding no recognised table, with the reason. */
  unrecognized: { sheet: string; reason: string }[];
  /** Duplicates, partial tables, look-alikes: shown to the user as warnings. */
  warnings: RecognitionNote[];
}

const READERS: Record<TemplateKind, (r: Region) => Structure | undefined> = {
  coded: readCoded,
  items: readItems,
  economic: readEconomic,
  single: readSingle,
};

/**
 * One hit per table: two cells naming the same table on adjacent rows (a title and a subtitle) are one
 * title; a different table on the next row opens its own region (a table of contents lists them so).
 */
function distinctTitles(hits: TitleHit[]): TitleHit[] {
  const out: TitleHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && h.row - prev.row <= 1 && (prev.template.key === h.template.key || prev.row === h.row)) {
      if (h.score > prev.score) out[out.length - 1] = h;
      continue;
    }
    // The same title repeated further down (print titles) continues the same table.
    if (out.some((o) => o.template.key === h.template.key)) continue;
    out.push(h);
  }
  return out;
}

function readSheet(sheet: SheetGrid, titles: TitleHit[], warnings: RecognitionNote[]): { tables: RecognizedTable[]; reason?: string } {
  const hits = distinctTitles(titles);
  if (hits.length === 0) return { tables: [], reason: '未找到决算公开表的表名' };
  const merges = new MergeLookup(sheet);
  const tables: RecognizedTable[] = [];
  const lookAlikes: string[] = [];
  hits.forEach((hit, i) => {
    const endRow = hits[i + 1]?.row ?? sheet.rows.length;
    const region: Region = { sheet, merges, template: hit.template, titleRow: hit.row, titleCol: hit.col, endRow };
    const s = READERS[hit.template.kind](region);
    if (!s) {
      lookAlikes.push(hit.template.title);
      return;
    }
    const meta = readMeta(sheet, Math.max(0, hit.row - 2), s.firstDataRow);
    const t = hit.template;
    tables.push({
      key: t.key,
      template: t,
      family: 'seed',
      id: t.code,
      title: t.title,
      sheet: sheet.name,
      range: { top: hit.row, left: Math.min(hit.col, s.leftCol), bottom: s.lastRow, right: Math.max(s.rightCol, hit.col) },
      unit: meta.unit,
      code: meta.code ?? hit.code,
      department: meta.department,
      year: meta.year,
      rows: s.rows,
      rowIndex: indexRows(s.rows),
      columns: s.columns,
      problems: s.problems,
      notApplicable: s.notApplicable ?? [],
    });
  });
  if (tables.length === 0) {
    // A title without its table's structure: a table of contents, or a table missing its key parts.
    if (lookAlikes.length >= 3) return { tables, reason: `像是目录或封面（列出了${lookAlikes.length}张表名，但没有表格内容）` };
    for (const l of lookAlikes) {
      warnings.push({
        sheet: sheet.name,
        message: `工作表“${sheet.name}”的标题是“${l}”，但未找到该表的表头或数据行（科目代码、项目列等），未作为该表检查`,
      });
    }
    return { tables, reason: `标题像“${lookAlikes.join('、')}”，但缺少表头或数据行` };
  }
  return { tables };
}

/** Seed (公开01–10表) when the sheets carry 公开NN表 codes or the 相关信息统计表; otherwise the national 九张表. */
function familyOf(tables: RecognizedTable[]): Family {
  return tables.some((t) => t.code || t.key === 'T10') ? 'seed' : 'national';
}

/**
 * The tables of a workbook. `titles` are the title cells of each sheet when a scan of the workbook has
 * already found them (engine/scan.ts); otherwise each sheet is searched here.
 */
export function recognize(workbook: WorkbookGrid, titles?: Map<SheetGrid, TitleHit[]>): Recognition {
  const warnings: RecognitionNote[] = [];
  const unrecognized: { sheet: string; reason: string }[] = [];
  const all: RecognizedTable[] = [];
  for (const sheet of workbook.sheets) {
    const { tables, reason } = readSheet(sheet, titles?.get(sheet) ?? findTitles(sheet), warnings);
    if (reason) unrecognized.push({ sheet: sheet.name, reason });
    all.push(...tables);
  }
  const family = familyOf(all);
  // One table per key: a second claimant is reported, never silently dropped.
  const byKey = new Map<TableKey, RecognizedTable>();
  for (const t of all) {
    const prev = byKey.get(t.key);
    if (!prev) {
      byKey.set(t.key, t);
      continue;
    }
    if (isContinuation(prev, t)) {
      // 续表: the same 科目 table carried on with its title repeated; its rows join the first part.
      for (const r of t.rows) {
        prev.rows.push(r);
        prev.rowIndex.set(r.key, r);
      }
      prev.notApplicable.push(...t.notApplicable);
      prev.problems = prev.problems.filter((p) => !t.rows.some((r) => p.includes(`“${r.key}”`)));
      warnings.push({ sheet: t.sheet, message: `${t.template.title}在工作表“${prev.sheet}”和“${t.sheet}”分两部分（续表），已合并检查` });
      continue;
    }
    const better = score(t) > score(prev) ? t : prev;
    const other = better === t ? prev : t;
    byKey.set(t.key, better);
    warnings.push({
      sheet: other.sheet,
      message: `工作表“${prev.sheet}”和“${t.sheet}”都是“${t.template.title}”；检查使用“${better.sheet}”（内容更完整或在前），“${other.sheet}”未检查，请删除或更正其中一张`,
    });
  }
  const tables = [...byKey.values()];
  for (const t of tables) {
    t.family = family;
    if (family === 'national') {
      t.id = t.template.nationalTitle ?? t.template.title;
      t.title = t.id;
    }
    for (const p of t.problems) warnings.push({ sheet: t.sheet, message: `${t.id}（工作表“${t.sheet}”）：${p}` });
  }
  tables.sort((a, b) => a.key.localeCompare(b.key));
  return { family, tables, unrecognized, warnings };
}

/** Two parts of one 科目 table: same columns, no 科目 in common. */
function isContinuation(a: RecognizedTable, b: RecognizedTable): boolean {
  if (a.template.kind !== 'coded' && a.template.kind !== 'economic') return false;
  if (a.columns.join() !== b.columns.join()) return false;
  return !b.rows.some((r) => a.rowIndex.has(r.key));
}

function score(t: RecognizedTable): number {
  let figures = 0;
  for (const r of t.rows) for (const f of r.figures.values()) if (f.parsed.kind === 'number') figures++;
  return figures * 10 - t.problems.length;
}

/** Rows by key (a repeated key finds the last of its rows), without an entry array per row. */
function indexRows(rows: TableRow[]): Map<string, TableRow> {
  const index = new Map<string, TableRow>();
  for (const r of rows) index.set(r.key, r);
  return index;
}
