/** One sheet per table: the frame, the table in the layout asked for, the notes. */
import ExcelJS from 'exceljs';
import type { TableKey } from '../../src/core/template';
import { writeCoded, type CodedKind, type CodedOptions, CODED_HEADERS } from './layouts/coded';
import { writeEconomic, type EconomicOptions } from './layouts/economic';
import { writeFrame, writeNotes } from './layouts/frame';
import { writeInfo } from './layouts/info';
import { writeSanGong, type SanGongOptions } from './layouts/sanGong';
import { writeFiscalSummary, writeSummary, type SummaryOptions } from './layouts/summary';
import type { UnitData } from './model';
import { SheetWriter, type FigureStyle } from './sheet';

export interface SheetPlan {
  name: string;
  key: TableKey;
  title: string;
  prefixCell?: string;
  /** Seed family: 公开01表 … on its own line. */
  code?: string;
  /** 部门 / 部门名称 / 单位名称 / 编制单位; absent: no unit-name line. */
  orgLabel?: string;
  /** Print "2024年度" on the unit line. */
  year?: boolean;
  /** Defaults to 金额单位：<unit>; '' prints none. */
  unitText?: string;
  /** Document header lines above the title (rows 1, 2 …). */
  header?: string[];
  notes?: string[];
  summary?: SummaryOptions;
  coded?: CodedOptions;
  /** The coded layout when it differs from the family's (a national 九 printed with 支出 columns only). */
  codedKind?: CodedKind;
  economic?: EconomicOptions;
  sanGong?: SanGongOptions;
}

export interface BookPlan {
  unit: UnitData;
  family: 'national' | 'seed';
  style?: FigureStyle;
  sheets: SheetPlan[];
  /** Sheets of text only before the tables (a cover, a table of contents). */
  covers?: { name: string; lines: string[] }[];
}

function codedKind(p: SheetPlan, family: 'national' | 'seed'): CodedKind {
  if (p.codedKind) return p.codedKind;
  const key = p.key;
  const kinds: Partial<Record<TableKey, CodedKind>> = { T02: 'income', T03: 'expense', T05: 'general', T07: 'fund' };
  return kinds[key] ?? (family === 'seed' ? 'seedCapital' : 'capital');
}

function width(p: SheetPlan, u: UnitData, family: 'national' | 'seed'): number {
  const seed = family === 'seed';
  switch (p.key) {
    case 'T01':
      return seed ? 6 : 4;
    case 'T04':
      return seed ? 9 : 7;
    case 'T06': {
      const e = p.economic!;
      return e.groups * (e.split ? 4 : 3);
    }
    case 'T09': {
      const layout = p.sanGong!.layout;
      if (layout === 'transposed') return 3;
      if (layout === 'twoRows') return 7;
      if (layout === 'seed') return 12;
      const t = u.t09;
      return 12 + (t.meeting ? 2 : 0) + (t.training ? 2 : 0) + (t.runningCost !== undefined ? 1 : 0);
    }
    case 'T10':
      return 3;
    default:
      return (p.coded?.split ? 3 : 1) + 1 + CODED_HEADERS[codedKind(p, family)].length;
  }
}

function writeTable(w: SheetWriter, h: number, p: SheetPlan, u: UnitData, family: 'national' | 'seed'): number {
  const coded = (t: UnitData['t02'] | null) => writeCoded(w, h, codedKind(p, family), t, p.coded ?? {}).end;
  switch (p.key) {
    case 'T01':
      return writeSummary(w, h, u.t01, p.summary ?? { family });
    case 'T04':
      return writeFiscalSummary(w, h, u.t04, p.summary ?? { family });
    case 'T02':
      return coded(u.t02);
    case 'T03':
      return coded(u.t03);
    case 'T05':
      return coded(u.t05);
    case 'T07':
      return coded(u.t07);
    case 'T08':
      return coded(u.t08);
    case 'T06':
      return writeEconomic(w, h, u.t06, p.economic!).closing + 1;
    case 'T09':
      return writeSanGong(w, h, u.t09, p.sanGong!);
    case 'T10':
      return writeInfo(w, h, u.t10!);
  }
}

export function buildBook(plan: BookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '部门决算';
  wb.created = new Date(Date.UTC(plan.unit.year + 1, 7, 31));
  wb.modified = wb.created;
  for (const c of plan.covers ?? []) {
    const ws = wb.addWorksheet(c.name);
    c.lines.forEach((l, i) => (ws.getCell(i + 1, 1).value = l));
  }
  for (const p of plan.sheets) {
    const ws = wb.addWorksheet(p.name, { views: [{ showGridLines: false }] });
    const w = new SheetWriter(ws, plan.style);
    const cols = width(p, plan.unit, plan.family);
    (p.header ?? []).forEach((line, i) => w.merged(i + 1, 1, i + 1, cols, line));
    const h = writeFrame(
      w,
      {
        title: p.title,
        prefixCell: p.prefixCell,
        code: p.code,
        orgLabel: p.orgLabel,
        department: plan.unit.department,
        year: p.year ? `${plan.unit.year}年度` : undefined,
        unitText: p.unitText ?? `金额单位：${plan.unit.unit}`,
        top: (p.header?.length ?? 0) + 1,
      },
      cols,
    );
    const end = writeTable(w, h, p, plan.unit, plan.family);
    writeNotes(w, end, cols, p.notes);
  }
  return wb;
}
