/** A broken relation, or a cell that breaks a rule on its own, as the finding the officer reads. */
import { Decimal, fmtMoney, fmtValue } from '../../core/money';
import type { CellRef, Finding } from '../../core/findings';
import type { Figure, RecognizedTable } from '../../core/table';
import { classifyScaled, unscale } from '../../core/tolerance';
import type { RuleDef } from '../types';
import { total, type Context, type Resolved, type ResolvedCheck } from './context';
import { recordRepairs } from './repairs';

interface Scope {
  row?: string;
  col?: string;
}

/** "公开03表 2010350 事业运行·基本支出（D10）199.12": table only across tables, row and column unless shared. */
function describe(ctx: Context, operand: Resolved, cross: boolean, scope: Scope): string | undefined {
  if (operand.literal) return fmtValue(operand.literal, 'count');
  const f = operand.figure;
  const table = operand.table!;
  if (!f) return undefined;
  const row = table.rowIndex.get(f.rowKey)!;
  const showCol = (table.columns.length > 1 || table.template.kind === 'single') && f.colKey !== scope.col;
  const rowPart = f.rowKey === scope.row && !cross ? '' : ctx.rowName(table, row);
  const colPart = showCol ? (rowPart ? `·${f.colKey}` : f.colKey) : '';
  const shown = f.parsed.kind === 'number' ? fmtValue(ctx.value(f, table), f.kind) : f.parsed.kind === 'na' ? '——' : '空';
  return `${cross ? `${table.id} ` : ''}${rowPart}${colPart}（${f.address}）${shown}`;
}

function side(ctx: Context, operands: Resolved[], cross: boolean, scope: Scope): string {
  const shown = operands.filter((x) => x.literal || (x.figure && x.figure.parsed.kind === 'number'));
  const list = (shown.length ? shown : operands.filter((x) => x.figure).slice(0, 1)).map((x, i) => {
    const d = describe(ctx, x, cross, scope) ?? '';
    return i === 0 ? (x.sign < 0 ? `−${d}` : d) : `${x.sign < 0 ? ' − ' : ' + '}${d}`;
  });
  if (list.length) return list.join('');
  const absent = operands.find((x) => x.absent && x.table);
  return absent ? `（${absent.table!.id}未列示）` : '（均为空）';
}

const RELATION_WORD = { '=': '应等于', '≤': '应不大于', '≥': '应不小于' } as const;

/** The finding of a relation that does not hold: an error or warning beyond the band, info (尾数差异) within. */
export function relationFinding(ctx: Context, check: ResolvedCheck): Finding | undefined {
  const leftTotal = total(ctx, check.left);
  const rightTotal = total(ctx, check.right);
  const outcome = classifyScaled(check.relation, leftTotal.value - rightTotal.value, leftTotal.radius + rightTotal.radius);
  if (outcome === 'pass') return undefined;
  // Only a broken relation pays for decimal.js and the message.
  const operands = [...check.left, ...check.right];
  const left = unscale(leftTotal.value);
  const right = unscale(rightTotal.value);
  const diff = left.minus(right);
  const tolerance = unscale(leftTotal.radius + rightTotal.radius);
  const tables = [...new Set(operands.filter((x) => x.table).map((x) => x.table!.id))];
  const cross = tables.length > 1;
  const kind = operands.some((x) => x.figure?.kind === 'count') ? 'count' : 'money';
  const fmt = (d: Decimal) => (kind === 'count' ? fmtValue(d, 'count') : fmtMoney(d));
  const where = cross ? tables.join('与') : tables[0];
  const head = `${where}${check.scope ? ` ${check.scope}` : ''}：${check.title}。`;
  const scope = { row: check.scopeRow, col: check.scopeCol };
  if (check.missing?.length) return missingFinding(check, head, cells(operands), first(check));
  const body = `${side(ctx, check.left, cross, scope)} ${RELATION_WORD[check.relation]} ${side(ctx, check.right, cross, scope)}`;
  const tail =
    outcome === 'tail'
      ? `相差 ${fmt(diff.abs())}，在尾数容差 ${fmt(tolerance)} 之内，属金额单位换算的尾数差异。`
      : `左边合计 ${fmt(left)}，右边合计 ${fmt(right)}，相差 ${fmt(diff)}（尾数容差 ${fmt(tolerance)}）。`;
  const firstFigure = first(check);
  const finding: Finding = {
    rule: check.rule.id,
    severity: outcome === 'tail' ? 'info' : check.severity,
    tail: outcome === 'tail' || undefined,
    table: cross ? undefined : tables[0],
    sheet: firstFigure?.sheet,
    cell: firstFigure?.address,
    cells: distinctCells(cells(operands)),
    expected: fmt(right),
    actual: fmt(left),
    difference: fmt(diff),
    tolerance: fmt(tolerance),
    message: head + body + '；' + tail,
  };
  if (outcome !== 'tail') recordRepairs(ctx, finding, check, diff, tolerance);
  return finding;
}

/** The figures of a broken relation: every non-blank operand, and a blank total that should hold a value. */
function cells(operands: Resolved[]): CellRef[] {
  return operands
    .filter((x, i) => x.figure && (x.figure.parsed.kind !== 'blank' || i === 0))
    .map((x) => ({ sheet: x.figure!.sheet, cell: x.figure!.address }));
}

const first = (check: ResolvedCheck) => check.left.find((x) => x.figure)?.figure ?? check.right.find((x) => x.figure)?.figure;

/**
 * A relation that does not hold while some of its figures were not found: not an error against 0, but
 * a warning that it cannot be checked, naming what is missing and where it was looked for.
 */
function missingFinding(check: ResolvedCheck, head: string, found: CellRef[], firstFigure: Figure | undefined): Finding {
  const names = [...new Set(check.missing!.map((x) => `${x.table!.id}“${missingName(x)}”`))];
  return {
    rule: 'R04',
    severity: 'warning',
    sheet: firstFigure?.sheet,
    cell: firstFigure?.address,
    cells: distinctCells(found),
    message: `${head}无法核对（规则 ${check.rule.id}）：未找到 ${names.join('、')}，请确认表中是否有该行（列）；未找到的数字不按 0 计算。`,
  };
}

/** What a missing operand was looked up as: "row·column" as the formula names it. */
function missingName(operand: Resolved): string {
  const { rowKey, colKey } = operand.missingAt ?? { rowKey: '', colKey: '' };
  return colKey && colKey !== operand.table!.template.defaultColumn ? `${rowKey}·${colKey}` : rowKey;
}

function distinctCells(cells: CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return cells.filter((c) => {
    const k = `${c.sheet}!${c.cell}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A finding about one cell that breaks a rule on its own (not a relation between figures). */
export function cellFinding(
  rule: RuleDef,
  table: RecognizedTable,
  f: Figure,
  actual: string,
  label: string,
  what: string,
  expected?: string,
): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    table: table.id,
    sheet: f.sheet,
    cell: f.address,
    cells: [{ sheet: f.sheet, cell: f.address }],
    actual,
    ...(expected ? { expected } : {}),
    message: `${table.id} ${label}（${f.address}）：${rule.title}，${what}。`,
  };
}
