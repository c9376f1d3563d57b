/** The 资金执行情况 block of a 自评表: its columns found by header words, then one row per funds line. */
import { cellText, normalize } from '../core/text';
import { hasNumber } from './figure';
import { findLabel, LABELS, type LabelCell } from './labels';
import type { SheetView } from './sheetView';
import type { AttFigure, Attachment, FundsKind, FundsRow } from './types';

function fundsKind(label: string): FundsKind | undefined {
  const key = normalize(label);
  if (/资金总额|总额|合计/.test(key)) return 'total';
  if (/财政|拨款/.test(key)) return 'fiscal';
  if (/结转|其他资金|其他/.test(key)) return 'other';
  return undefined;
}

interface FundsColumns {
  declared?: number;
  planned?: number;
  budget?: number;
  spent?: number;
  balance?: number;
  rate?: number;
  score?: number;
  weight?: number;
  reason?: number;
}

/** Reads the funds rows between the header (found in rows top … stop) and `stop`, into `attachment.funds`. */
export function readFunds(sheet: SheetView, cells: LabelCell[], attachment: Attachment, top: number, stop: number): void {
  const spentLabel = findLabel(cells, LABELS.spent, top, stop) ?? findLabel(cells, LABELS.budget, top, stop);
  if (!spentLabel) {
    attachment.problems.push('未找到资金执行情况表头（全年预算数、全年执行数）');
    return;
  }
  const headerRow = spentLabel.r;
  // A header may span two rows (a merged 年初预算数 over its sub-columns): look one row above and below.
  const from = headerRow - 1;
  const to = headerRow + 1;
  const cols: FundsColumns = {};
  let headerEnd = headerRow;
  const take = (name: keyof FundsColumns, label: RegExp) => {
    const x = findLabel(cells, label, from, to);
    if (!x) return;
    cols[name] = x.c;
    headerEnd = Math.max(headerEnd, sheet.bottomOf(x.r, x.c));
  };
  take('budget', LABELS.budget);
  take('spent', LABELS.spent);
  take('balance', LABELS.balance);
  take('rate', LABELS.rate);
  take('score', LABELS.score);
  take('weight', LABELS.weight);
  take('reason', LABELS.reason);
  take('declared', LABELS.declared);
  take('planned', LABELS.planned);
  if (cols.planned === undefined && cols.declared === undefined) take('planned', LABELS.initialBudget);
  for (const [name, what] of [
    ['budget', '全年预算数'],
    ['spent', '全年执行数'],
    ['balance', '资金结(转)余'],
    ['rate', '执行率'],
    ['score', '得分'],
  ] as const)
    if (cols[name] === undefined) attachment.problems.push(`资金执行情况未找到“${what}”列`);

  const figureCols = [cols.declared, cols.planned, cols.budget, cols.spent, cols.balance, cols.rate, cols.score].filter(
    (c): c is number => c !== undefined,
  );
  const firstFigureCol = Math.min(...figureCols);
  const rows: FundsRow[] = [];
  for (let r = headerEnd + 1; r <= stop; r++) {
    const rowCells = cells.filter((x) => x.r === r);
    if (rowCells.some((x) => LABELS.goal.test(x.key) || LABELS.level1.test(x.key) || /^(项目年度绩效目标|绩效指标)$/.test(x.key))) break;
    const figureAt = (c: number | undefined) => (c === undefined ? undefined : sheet.figure(r, c));
    const figures = {
      declared: figureAt(cols.declared),
      planned: figureAt(cols.planned),
      budget: figureAt(cols.budget),
      spent: figureAt(cols.spent),
      balance: figureAt(cols.balance),
      rate: figureAt(cols.rate),
      score: figureAt(cols.score),
      weight: figureAt(cols.weight),
    };
    let label = '';
    for (let c = 0; c < firstFigureCol; c++) {
      const text = cellText(sheet.raw(r, c));
      if (text && !/项目资金|执行进度/.test(normalize(text))) label += text;
    }
    const hasFigure = [figures.budget, figures.spent, figures.balance, figures.rate, figures.score].some(hasNumber);
    if (!hasFigure && !fundsKind(label)) {
      if (rows.length) break;
      continue;
    }
    const kind = fundsKind(label) ?? (rows.length === 0 ? 'total' : 'fiscal');
    if (!label) attachment.problems.push(`第${r + 1}行资金数据没有行名，按${kind === 'total' ? '资金总额' : '财政资金'}行处理`);
    const reason = cols.reason === undefined ? undefined : cellText(sheet.raw(r, cols.reason)) || undefined;
    const row: FundsRow = { kind, label, row: r };
    for (const [name, figure] of Object.entries(figures) as [keyof typeof figures, AttFigure | undefined][])
      if (figure && (figure.value !== null || name !== 'weight')) row[name] = figure;
    if (reason) row.reason = reason;
    rows.push(row);
  }
  attachment.funds = rows;
  if (!rows.length) attachment.problems.push('资金执行情况没有数据行');
  if (rows.length && !rows.some((x) => x.kind === 'total')) attachment.problems.push('未列示资金总额行');
  if (rows.length && !rows.some((x) => x.kind === 'fiscal')) attachment.problems.push('未列示财政资金行');
}
