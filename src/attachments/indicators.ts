/** The 绩效指标 block of a 自评表: one indicator per row under the 一级/二级/三级指标 header. */
import { cellText } from '../core/text';
import { hasNumber } from './figure';
import { findLabel, LABELS, type LabelCell } from './labels';
import type { SheetView } from './sheetView';
import type { Attachment, Indicator } from './types';

interface IndicatorColumns {
  level1?: number;
  level2?: number;
  level3?: number;
  initial?: number;
  adjusted?: number;
  actual?: number;
  weight?: number;
  score?: number;
  reason?: number;
}

/**
 * A header row of plain indicator labels: a 指标 cell on a row that also has 分值 and 得分 (the funds block
 * above has 得分 but no 分值). Its label cell is the anchor.
 */
function plainHeader(cells: LabelCell[], top: number, bottom: number): LabelCell | undefined {
  for (const weight of cells.filter((x) => x.r >= top && x.r <= bottom && LABELS.weight.test(x.key))) {
    if (!findLabel(cells, LABELS.score, weight.r, weight.r)) continue;
    // The rightmost: "绩效指标" on the left is often the block's own label, merged down the rows.
    const label = cells.filter((x) => x.r === weight.r && LABELS.indicator.test(x.key)).pop();
    if (label) return label;
  }
  return undefined;
}

/** Reads the indicators into `attachment.indicators`; returns the 得分 column, where 总分 usually stands too. */
export function readIndicators(
  sheet: SheetView,
  cells: LabelCell[],
  attachment: Attachment,
  top: number,
  bottom: number,
): number | undefined {
  const anchor =
    findLabel(cells, LABELS.level3, top, bottom) ?? findLabel(cells, LABELS.level1, top, bottom) ?? plainHeader(cells, top, bottom);
  if (!anchor) {
    attachment.problems.push('未找到绩效指标表头（一级指标、二级指标、三级指标，或“指标”与分值、得分）');
    return undefined;
  }
  const headerRow = anchor.r;
  const inHeader = (label: RegExp) => findLabel(cells, label, headerRow, headerRow)?.c;
  const plainLabels = anchor.key !== undefined && LABELS.indicator.test(anchor.key);
  const cols: IndicatorColumns = {
    level1: inHeader(LABELS.level1),
    level2: inHeader(LABELS.level2),
    // Plain labels: the one indicator column stands for the 三级指标 (the indicator itself).
    level3: plainLabels ? anchor.c : inHeader(LABELS.level3),
    initial: inHeader(LABELS.initialTarget),
    adjusted: inHeader(LABELS.adjustedTarget),
    actual: inHeader(LABELS.actual),
    weight: inHeader(LABELS.weight),
    score: inHeader(LABELS.score),
    reason: inHeader(LABELS.reason),
  };
  if (cols.weight === undefined) attachment.problems.push('绩效指标未找到“分值”列');
  if (cols.score === undefined) attachment.problems.push('绩效指标未找到“得分”列');
  const totalLabel = findLabel(cells, LABELS.totalScore, headerRow + 1, bottom);
  const end = totalLabel ? totalLabel.r - 1 : bottom;
  const words = (r: number, c: number | undefined) => (c === undefined ? '' : cellText(sheet.shown(r, c)));
  let level1 = '';
  let level2 = '';
  for (let r = sheet.bottomOf(headerRow, anchor.c) + 1; r <= end; r++) {
    if (cells.some((x) => x.r === r && /^项目绩效分析|^自评结果/.test(x.key))) break;
    const weight = cols.weight === undefined ? undefined : sheet.figure(r, cols.weight);
    const score = cols.score === undefined ? undefined : sheet.figure(r, cols.score);
    const level3 = words(r, cols.level3);
    if (!hasNumber(weight) && !hasNumber(score) && !level3) continue;
    const rowLevel1 = words(r, cols.level1);
    const rowLevel2 = words(r, cols.level2);
    // A blank level cell continues the one above (a merged cell exported without its merge).
    if (rowLevel1 && rowLevel1 !== level1) {
      level1 = rowLevel1;
      level2 = '';
    }
    if (rowLevel2) level2 = rowLevel2;
    const indicator: Indicator = { row: r, level1, level2, level3 };
    const optional = (c: number | undefined) => words(r, c) || undefined;
    const initial = optional(cols.initial);
    const adjusted = optional(cols.adjusted);
    const actual = optional(cols.actual);
    const reason = optional(cols.reason);
    if (initial) indicator.initial = initial;
    if (adjusted) indicator.adjusted = adjusted;
    if (actual) indicator.actual = actual;
    if (weight) indicator.weight = weight;
    if (score) indicator.score = score;
    if (reason) indicator.reason = reason;
    attachment.indicators.push(indicator);
  }
  if (!attachment.indicators.length) attachment.problems.push('绩效指标没有数据行');
  return cols.score;
}
