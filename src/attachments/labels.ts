/** The labelled cells of a 自评表 (项目名称, 全年预算数, 三级指标, 总分…), found by their words wherever they stand. */
import type { RawValue } from '../core/grid';
import { labelKey } from '../core/text';
import type { SheetView } from './sheetView';

/** A label is short; longer cells are contents, not labels. */
const LABEL_MAX = 16;

/** Label key of a cell: normalised, list markers and a trailing colon / unit note removed. */
export function attKey(raw: RawValue): string {
  if (typeof raw !== 'string') return '';
  return labelKey(raw)
    .replace(/[:：]+$/, '')
    .replace(/\((万元|元|%)\)$/, '');
}

export const LABELS = {
  projectName: /^项目名称$/,
  department: /^主管部门(及代码)?$/,
  budgetUnit: /^(预算|实施)单位(及代码)?$/,
  declared: /^目标申报数$/,
  planned: /^预算编制数$/,
  initialBudget: /^年初预算数?$/,
  budget: /^全年预算数?(\(A\))?$/,
  spent: /^全年执行数?(\(B\))?$/,
  balance: /^(资金)?结\(?转\)?余(资金)?$/,
  rate: /^执行率(\(B\/A\))?$/,
  score: /^得分$/,
  weight: /^分值$/,
  reason: /^偏差原因/,
  goal: /^(项目)?年度(绩效)?目标$/,
  level1: /^一级指标$/,
  level2: /^二级指标$/,
  level3: /^三级指标$/,
  /** A single indicator column, as some units print it ("指标", "绩效指标", "指标名称"). */
  indicator: /^(绩效)?指标(名称|内容)?$/,
  initialTarget: /^年初指标值$/,
  adjustedTarget: /^调整后指标值$/,
  actual: /^实际完成(值)?$/,
  totalScore: /^总分/,
  grade: /^(自评|评价)?等级$/,
} as const;

/** A cell with a short label key, at (r, c). */
export interface LabelCell {
  r: number;
  c: number;
  key: string;
  raw: RawValue;
}

/** Cells of rows [top, bottom] with a short label key. */
export function labelCells(sheet: SheetView, top: number, bottom: number): LabelCell[] {
  const out: LabelCell[] = [];
  for (let r = top; r <= bottom; r++) {
    const row = sheet.grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const key = attKey(row[c]);
      if (key && key.length <= LABEL_MAX) out.push({ r, c, key, raw: row[c] });
    }
  }
  return out;
}

/** The first label matching `label` in rows [from, to]. */
export function findLabel(cells: LabelCell[], label: RegExp, from = -Infinity, to = Infinity): LabelCell | undefined {
  return cells.find((x) => x.r >= from && x.r <= to && label.test(x.key));
}
