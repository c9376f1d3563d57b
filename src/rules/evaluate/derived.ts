/**
 * The registry of derived checks: one evaluator per kind (rules/types.ts `Derived`). Relations come back
 * as checks for the common message builder; rules about single cells come back as findings.
 */
import { fmtMoney } from '../../core/money';
import type { Finding } from '../../core/findings';
import type { FastSum } from '../../core/lookup';
import { codeLevel, LEVEL_NAMES, type Figure, type RecognizedTable, type TableRow } from '../../core/table';
import { classifyFast, classifyScaled, type Outcome } from '../../core/tolerance';
import type { Derived, DerivedKind, RuleDef } from '../types';
import { type Context, type ResolvedCheck } from './context';
import { cellFinding } from './messages';

export interface DerivedOutcome {
  checks?: ResolvedCheck[];
  findings?: Finding[];
}

type Evaluator<K extends DerivedKind> = (
  ctx: Context,
  rule: RuleDef,
  table: RecognizedTable,
  spec: Extract<Derived, { kind: K }>,
) => DerivedOutcome;

export const DERIVED: { [K in DerivedKind]: Evaluator<K> } = {
  'class-total': (ctx, rule, table) => {
    const grandTotal = table.rowIndex.get('合计');
    const classes = table.rows.filter((r) => r.code && codeLevel(r.code) === 1);
    return { checks: grandTotal ? sumChecks(ctx, rule, table, grandTotal, classes, '合计应等于各类之和') : [] };
  },
  'code-hierarchy': (ctx, rule, table) => ({ checks: codeHierarchy(ctx, rule, table) }),
  'economic-hierarchy': (ctx, rule, table) => ({ checks: economicHierarchy(rule, table) }),
  'not-applicable': (_ctx, rule, table, spec) => ({ findings: notApplicable(rule, table, spec.codes) }),
  'integer-counts': (_ctx, rule, table) => ({ findings: integerCounts(rule, table) }),
};

/** Runs one derived check of a rule on the rule's table (nothing when the table is absent: G01 says so). */
export function evaluateDerived(ctx: Context, rule: RuleDef, spec: Derived): DerivedOutcome {
  const table = ctx.table(rule.table!);
  if (!table) return {};
  return (DERIVED[spec.kind] as Evaluator<typeof spec.kind>)(ctx, rule, table, spec as never);
}

/** Rows by their position in table.rows, for sums read from the fast columns. */
interface Positions {
  parent: number;
  children: number[];
}

/**
 * parent = Σ children in every column, kept only where it does not hold. With `at` (the rows' positions), the
 * fast sums are read from the table's fast columns instead of the figures.
 */
function sumChecks(
  ctx: Context,
  rule: RuleDef,
  table: RecognizedTable,
  parent: TableRow,
  children: TableRow[],
  title: string,
  at?: Positions,
): ResolvedCheck[] {
  if (children.length === 0) return [];
  const out: ResolvedCheck[] = [];
  // One representation for all of this parent's sums: JS integers when n + 1 figures stay exact in them.
  const fast = ctx.fastFits(children.length + 1);
  const sum: FastSum = { value: 0, radius: 0 };
  for (const col of table.columns) {
    const parentFigure = parent.figures.get(col);
    if (!parentFigure) continue;
    if (fast && at) {
      const column = ctx.fastColumn(table, col);
      let value = column.value[at.parent];
      let radius = column.radius[at.parent];
      for (const i of at.children) {
        value -= column.value[i];
        radius += column.radius[i];
      }
      if (classifyFast('=', value, radius) === 'pass') continue;
    } else if (fast) {
      sum.value = 0;
      sum.radius = 0;
      ctx.addFast(sum, parentFigure, table, 1);
      for (const child of children) {
        const f = child.figures.get(col);
        if (f) ctx.addFast(sum, f, table, -1);
      }
      if (classifyFast('=', sum.value, sum.radius) === 'pass') continue;
    } else if (exactSum(ctx, table, parentFigure, children, col) === 'pass') continue;
    out.push({
      rule,
      severity: rule.severity,
      scope: `${parent.code ? `${parent.code} ${parent.label}` : '合计'}·${col}`,
      scopeCol: col,
      title,
      relation: '=',
      left: [{ figure: parentFigure, table, sign: 1 }],
      right: children.map((c) => ({ figure: c.figures.get(col), table, sign: 1 as const, absent: !c.figures.has(col) })),
    });
  }
  return out;
}

/** parent − Σ children of one column in the BigInt scale, classified. */
function exactSum(ctx: Context, table: RecognizedTable, parentFigure: Figure, children: TableRow[], col: string): Outcome {
  const parentScaled = ctx.scaled(parentFigure, table);
  let diff = parentScaled.value;
  let tolerance = parentScaled.radius;
  for (const child of children) {
    const f = child.figures.get(col);
    if (!f) continue;
    const s = ctx.scaled(f, table);
    diff -= s.value;
    tolerance += s.radius;
  }
  return classifyScaled('=', diff, tolerance);
}

/** 类 = Σ款 (or Σ项 when no 款 is listed), 款 = Σ项: children found by code prefix in one pass. */
function codeHierarchy(ctx: Context, rule: RuleDef, table: RecognizedTable): ResolvedCheck[] {
  const rows = table.rows;
  // Children (their positions in table.rows) by their parent's code: 款 under their 类, 项 under their 款, and 项
  // also under their 类 (for a 类 whose 款 are not listed).
  const byParent = new Map<string, number[]>();
  const itemsByClass = new Map<string, number[]>();
  const file = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  for (let i = 0; i < rows.length; i++) {
    const code = rows[i].code;
    if (!code) continue;
    const level = codeLevel(code);
    if (level === 2) file(byParent, code.slice(0, 3), i);
    else if (level === 3) {
      file(byParent, code.slice(0, 5), i);
      file(itemsByClass, code.slice(0, 3), i);
    }
  }
  const out: ResolvedCheck[] = [];
  for (let i = 0; i < rows.length; i++) {
    const parent = rows[i];
    if (!parent.code) continue;
    const level = codeLevel(parent.code);
    if (level !== 1 && level !== 2) continue;
    let children = byParent.get(parent.code) ?? [];
    let childLevel = level + 1;
    if (children.length === 0 && level === 1) {
      children = itemsByClass.get(parent.code) ?? [];
      childLevel = 3;
    }
    const title = `${LEVEL_NAMES[level]}应等于其下各${LEVEL_NAMES[childLevel]}之和`;
    const childRows = children.map((at) => rows[at]);
    const broken = sumChecks(ctx, rule, table, parent, childRows, title, { parent: i, children });
    for (const c of broken) out.push(c);
  }
  return out;
}

/** 经济分类: each 3-digit 类 equals the sum of its 5-digit 款 (those not printed "——"). */
function economicHierarchy(rule: RuleDef, table: RecognizedTable): ResolvedCheck[] {
  const col = table.template.defaultColumn!;
  const out: ResolvedCheck[] = [];
  for (const parent of table.rows.filter((r) => r.code?.length === 3)) {
    const parentFigure = parent.figures.get(col);
    if (!parentFigure || parentFigure.parsed.kind === 'na') continue;
    const children = table.rows.filter((r) => r.code?.length === 5 && r.code.startsWith(parent.code!));
    if (children.length === 0) continue;
    out.push({
      rule,
      severity: rule.severity,
      scope: `${parent.code} ${parent.label}`,
      title: `${parent.label}应等于其下各款之和`,
      relation: '=',
      left: [{ figure: parentFigure, table, sign: 1 }],
      right: children.map((c) => ({ figure: c.figures.get(col), table, sign: 1 as const })),
    });
  }
  return out;
}

function notApplicable(rule: RuleDef, table: RecognizedTable, codes: string[]): Finding[] {
  const out: Finding[] = [];
  // A 类 printed "——" makes its 款 not applicable too (312 对企业补助 in the 基本支出明细表).
  const naClasses = table.rows
    .filter((r) => r.code?.length === 3 && [...r.figures.values()].some((f) => f.parsed.kind === 'na'))
    .map((r) => r.code!);
  for (const row of table.rows) {
    if (!row.code || ![...codes, ...naClasses].some((p) => row.code!.startsWith(p))) continue;
    for (const f of row.figures.values()) {
      if (f.parsed.kind !== 'number' || f.parsed.value.isZero()) continue;
      const amount = fmtMoney(f.parsed.value);
      out.push(cellFinding(rule, table, f, amount, `${row.code} ${row.label}`, `此处填了 ${amount}`, '——'));
    }
  }
  return out;
}

function integerCounts(rule: RuleDef, table: RecognizedTable): Finding[] {
  const out: Finding[] = [];
  for (const row of table.rows) {
    for (const f of row.figures.values()) {
      if (f.kind !== 'count' || f.parsed.kind !== 'number') continue;
      const v = f.parsed.value;
      if (v.isInteger() && v.gte(0)) continue;
      out.push(cellFinding(rule, table, f, v.toString(), row.key, `此处为 ${v.toString()}`));
    }
  }
  return out;
}
