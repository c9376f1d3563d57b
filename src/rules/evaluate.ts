/** Applies the rule catalogue to recognised tables and returns plain findings. */
import { Decimal, fmtMoney, fmtValue } from '../core/money';
import type { Figure, RecognizedTable, TableRow, Unit } from '../core/table';
import { codeLevel, LEVEL_NAMES } from '../core/table';
import type { TableKey } from '../core/template';
import { parseFormula, type Formula, type Term } from './formula';
import {
  classifyScaled,
  figureScaled,
  figureValue,
  scaledFromText,
  SCALE,
  unitFactor,
  unitShift,
  unscale,
  type Scaled,
} from '../core/tolerance';
import type { Finding, Severity } from '../core/findings';
import type { Check, RuleDef } from './types';

export interface Context {
  tables: Map<TableKey, RecognizedTable>;
  unit: Unit;
}

interface Resolved {
  figure?: Figure;
  table?: RecognizedTable;
  literal?: Decimal;
  sign: 1 | -1;
  /** Operand named in the formula but not present in the table (another year's row, a missing column). */
  absent?: boolean;
}

interface ResolvedCheck {
  rule: RuleDef;
  severity: Severity;
  /** Where the check applies, e.g. "2010350 事业运行" or "一般公共预算财政拨款". */
  scope?: string;
  /** Row / column every operand shares, left out of each operand's description. */
  scopeRow?: string;
  scopeCol?: string;
  title: string;
  left: Resolved[];
  right: Resolved[];
  relation: '=' | '≤' | '≥';
}

const formulaCache = new Map<string, Formula>();
function formula(text: string): Formula {
  let f = formulaCache.get(text);
  if (!f) formulaCache.set(text, (f = parseFormula(text)));
  return f;
}

function rowLabel(t: RecognizedTable, row: TableRow): string {
  if (row.code && row.kind !== 'class') return `${row.code} ${row.label}`.trim();
  if (row.code && t.template.kind !== 'items') return `${row.code} ${row.label}`.trim();
  return row.code ? row.label.replace(/^[一二三四五六七八九十]+、/, '') : row.key;
}

/** Resolves one operand, with * and {类} already substituted. */
function resolveTerm(ctx: Context, rule: RuleDef, term: Term, row?: string, col?: string): Resolved[] {
  if (term.kind === 'literal') return [{ literal: new Decimal(term.value), sign: term.sign }];
  const key = (term.table ?? rule.table) as TableKey;
  const t = ctx.tables.get(key);
  if (!t) throw new MissingTable(key);
  const r = term.row === '*' || term.row === '{类}' ? row! : term.row;
  const c = term.col === '*' ? col : (term.col ?? t.template.defaultColumn);
  if (r === 'Σ类') {
    return t.rows
      .filter((x) => x.kind === 'class')
      .map((x) => ({ figure: x.figures.get(c ?? ''), table: t, sign: term.sign, absent: !x.figures.has(c ?? '') }));
  }
  const tr = t.rowIndex.get(r);
  const fig = tr?.figures.get(c ?? '');
  return [{ figure: fig, table: t, sign: term.sign, absent: !fig }];
}

class MissingTable extends Error {
  constructor(readonly key: TableKey) {
    super(key);
  }
}

function tablesOf(f: Formula, rule: RuleDef): TableKey[] {
  return [...f.left, ...f.right].flatMap((t) => (t.kind === 'ref' ? [(t.table ?? rule.table) as TableKey] : []));
}

/** Expands a formula over *, {类} and column * into concrete checks. */
function expand(ctx: Context, rule: RuleDef, check: Check): ResolvedCheck[] {
  const f = formula(check.formula);
  const when = check.when ? formula(check.when) : undefined;
  if (tablesOf(f, rule).some((k) => !ctx.tables.has(k))) return []; // G01 reports the missing table
  const terms = [...f.left, ...f.right].filter((t): t is Extract<Term, { kind: 'ref' }> => t.kind === 'ref');
  const base = { rule, severity: check.severity ?? rule.severity, title: rule.title, relation: f.relation as '=' | '≤' | '≥' };
  // `scope` is a thunk: the label is only needed when the relation is broken.
  const build = (row?: string, col?: string, scope?: () => string, scopeRow?: string, scopeCol?: string): ResolvedCheck | undefined => {
    if (when && !holds(ctx, rule, when, row, col)) return undefined;
    // Fast pass on scaled integers without building anything: most relations hold.
    const l = quickTotal(ctx, rule, f.left, row, col);
    const r = quickTotal(ctx, rule, f.right, row, col);
    // Nothing to compare when one whole side is missing from the tables; when repeating over rows,
    // a row listed on one side only counts as 0 on the other (a 类 the other table left out).
    if (l.allAbsent || r.allAbsent) {
      if (row === undefined || (l.allEmpty && r.allEmpty)) return undefined;
    }
    if (classifyScaled(base.relation, l.value - r.value, l.radius + r.radius) === 'pass') return undefined;
    const left = f.left.flatMap((t) => resolveTerm(ctx, rule, t, row, col));
    const right = f.right.flatMap((t) => resolveTerm(ctx, rule, t, row, col));
    return { ...base, left, right, scope: scope?.(), scopeRow, scopeCol };
  };
  const rowStar = terms.find((t) => t.row === '*');
  const classStar = terms.some((t) => t.row === '{类}');
  const colStar = terms.find((t) => t.col === '*');
  const out: ResolvedCheck[] = [];
  if (rowStar) {
    const anchor = ctx.tables.get((rowStar.table ?? rule.table) as TableKey)!;
    for (const r of anchor.rows) {
      if (!r.figures.has(rowStar.col ?? '')) continue;
      const c = build(r.key, undefined, () => rowLabel(anchor, r), r.key);
      if (c) out.push(c);
    }
  } else if (classStar) {
    const codes = new Set<string>();
    for (const t of terms)
      if (t.row === '{类}')
        for (const r of ctx.tables.get((t.table ?? rule.table) as TableKey)!.rows) if (r.kind === 'class') codes.add(r.key);
    for (const code of codes) {
      const named = terms.map((t) => ctx.tables.get((t.table ?? rule.table) as TableKey)!.rowIndex.get(code)).find(Boolean);
      const c = build(code, undefined, () => (named ? `${code} ${named.label.replace(/^[一二三四五六七八九十]+、/, '')}` : code), code);
      if (c) out.push(c);
    }
  } else if (colStar) {
    const anchor = ctx.tables.get((colStar.table ?? rule.table) as TableKey)!;
    const cols = [...(anchor.rowIndex.get(colStar.row)?.figures.keys() ?? [])];
    for (const col of cols) {
      const c = build(undefined, col, () => col, undefined, col);
      if (c) out.push(c);
    }
  } else {
    const c = build();
    if (c) out.push(c);
  }
  return out;
}

interface Quick extends Scaled {
  allAbsent: boolean;
  allEmpty: boolean;
}

/** Totals of one side of a formula, looked up and summed in place (the hot path of every check). */
function quickTotal(ctx: Context, rule: RuleDef, terms: Term[], row?: string, col?: string): Quick {
  const q: Quick = { value: 0n, radius: 0n, allAbsent: true, allEmpty: true };
  for (const term of terms) {
    if (term.kind === 'literal') {
      const v = scaledFromText(term.value, SCALE);
      q.value += term.sign < 0 ? -v : v;
      q.allAbsent = false;
      if (v !== 0n) q.allEmpty = false;
      continue;
    }
    const t = ctx.tables.get((term.table ?? rule.table) as TableKey)!;
    const r = term.row === '*' || term.row === '{类}' ? row! : term.row;
    const c = term.col === '*' ? col! : (term.col ?? t.template.defaultColumn ?? '');
    if (r === 'Σ类') {
      for (const x of t.rows) if (x.kind === 'class') addFigure(ctx, q, x.figures.get(c), t, term.sign);
    } else addFigure(ctx, q, t.rowIndex.get(r)?.figures.get(c), t, term.sign);
  }
  return q;
}

function addFigure(ctx: Context, q: Quick, fig: Figure | undefined, t: RecognizedTable, sign: 1 | -1): void {
  if (!fig) return;
  q.allAbsent = false;
  if (fig.parsed.kind !== 'number') return;
  q.allEmpty = false;
  const s = scaledFigure(ctx, fig, t);
  q.value += sign < 0 ? -s.value : s.value;
  q.radius += s.radius;
}

/** Exact test of a `when` condition; false when any figure it names is not in the tables. */
function holds(ctx: Context, rule: RuleDef, f: Formula, row?: string, col?: string): boolean {
  try {
    const l = f.left.flatMap((t) => resolveTerm(ctx, rule, t, row, col));
    const r = f.right.flatMap((t) => resolveTerm(ctx, rule, t, row, col));
    if ([...l, ...r].some((x) => x.absent && !x.literal)) return false;
    const diff = total(ctx, l).value - total(ctx, r).value;
    switch (f.relation) {
      case '=':
        return diff === 0n;
      case '>':
        return diff > 0n;
      case '<':
        return diff < 0n;
      case '≥':
        return diff >= 0n;
      case '≤':
        return diff <= 0n;
    }
  } catch (e) {
    if (e instanceof MissingTable) return false;
    throw e;
  }
}

function factorOf(ctx: Context, t?: RecognizedTable): Decimal {
  return unitFactor(t?.unit ?? null, ctx.unit);
}

const NO_FIGURE: Scaled = { value: 0n, radius: 0n };

/** A figure's scaled value, computed once per check run. */
function scaledFigure(ctx: Context, fig: Figure, t: RecognizedTable | undefined): Scaled {
  const shift = unitShift(t?.unit ?? null, ctx.unit);
  const memo = fig.scaled;
  if (memo && memo.shift === shift) return memo;
  const s = figureScaled(fig, shift);
  fig.scaled = { shift, value: s.value, radius: s.radius };
  return fig.scaled;
}

function scaledOf(ctx: Context, x: Resolved): Scaled {
  if (x.literal) return { value: scaledFromText(x.literal.toFixed(), SCALE), radius: 0n };
  return x.figure ? scaledFigure(ctx, x.figure, x.table) : NO_FIGURE;
}

/** Σ of signed operands and Σ of their rounding half-widths, exactly. */
function total(ctx: Context, xs: Resolved[]): Scaled {
  let value = 0n;
  let radius = 0n;
  for (const x of xs) {
    const s = scaledOf(ctx, x);
    value += x.sign < 0 ? -s.value : s.value;
    radius += s.radius;
  }
  return { value, radius };
}

/** Checks generated from the codes present: 合计 = Σ类, 类 = Σ款 (or Σ项 when no 款 is listed), 款 = Σ项. */
function hierarchyChecks(ctx: Context, rule: RuleDef): ResolvedCheck[] {
  const t = ctx.tables.get(rule.table!);
  if (!t) return [];
  const out: ResolvedCheck[] = [];
  const codes = t.rows.filter((r) => r.code);
  const push = (parent: TableRow, children: TableRow[], what: string) => {
    if (children.length === 0) return;
    for (const col of t.columns) {
      const pf = parent.figures.get(col);
      if (!pf) continue;
      const ps = scaledFigure(ctx, pf, t);
      let diff = ps.value;
      let tol = ps.radius;
      for (const ch of children) {
        const f = ch.figures.get(col);
        if (!f) continue;
        const s = scaledFigure(ctx, f, t);
        diff -= s.value;
        tol += s.radius;
      }
      if (classifyScaled('=', diff, tol) === 'pass') continue;
      out.push({
        rule,
        severity: rule.severity,
        scope: `${parent.code ? `${parent.code} ${parent.label}` : '合计'}·${col}`,
        scopeCol: col,
        title: what,
        relation: '=',
        left: [{ figure: pf, table: t, sign: 1 }],
        right: children.map((c) => ({ figure: c.figures.get(col), table: t, sign: 1 as const, absent: !c.figures.has(col) })),
      });
    }
  };
  if (rule.hierarchy === 'total') {
    const total = t.rowIndex.get('合计');
    if (total)
      push(
        total,
        codes.filter((r) => codeLevel(r.code!) === 1),
        '合计应等于各类之和',
      );
    return out;
  }
  // Children by parent code, in one pass: linear in the number of 科目 rows.
  const byPrefix = new Map<string, TableRow[]>();
  for (const r of codes) {
    const level = codeLevel(r.code!);
    const keys = level === 2 ? [r.code!.slice(0, 3)] : level === 3 ? [r.code!.slice(0, 5), `${r.code!.slice(0, 3)}*`] : [];
    for (const k of keys) {
      const list = byPrefix.get(k);
      if (list) list.push(r);
      else byPrefix.set(k, [r]);
    }
  }
  for (const parent of codes) {
    const level = codeLevel(parent.code!);
    if (level !== 1 && level !== 2) continue;
    let children = byPrefix.get(parent.code!) ?? [];
    let childLevel = level + 1;
    if (children.length === 0 && level === 1) {
      children = byPrefix.get(`${parent.code}*`) ?? [];
      childLevel = 3;
    }
    push(parent, children, `${LEVEL_NAMES[level]}应等于其下各${LEVEL_NAMES[childLevel]}之和`);
  }
  return out;
}

/** 经济分类: each 3-digit 类 equals the sum of its 5-digit 款 (those not printed "——"). */
function economicChecks(ctx: Context, rule: RuleDef): ResolvedCheck[] {
  const t = ctx.tables.get(rule.table!);
  if (!t) return [];
  const col = t.template.defaultColumn!;
  const out: ResolvedCheck[] = [];
  for (const parent of t.rows.filter((r) => r.code?.length === 3)) {
    const pf = parent.figures.get(col);
    if (!pf || pf.parsed.kind === 'na') continue;
    const children = t.rows.filter((r) => r.code?.length === 5 && r.code.startsWith(parent.code!));
    if (children.length === 0) continue;
    out.push({
      rule,
      severity: rule.severity,
      scope: `${parent.code} ${parent.label}`,
      title: `${parent.label}应等于其下各款之和`,
      relation: '=',
      left: [{ figure: pf, table: t, sign: 1 }],
      right: children.map((c) => ({ figure: c.figures.get(col), table: t, sign: 1 as const })),
    });
  }
  return out;
}

function describe(ctx: Context, x: Resolved, cross: boolean, scope: { row?: string; col?: string }): string | undefined {
  if (x.literal) return fmtValue(x.literal, 'count');
  const f = x.figure;
  const t = x.table!;
  if (!f) return undefined;
  const row = t.rowIndex.get(f.rowKey)!;
  const showCol = (t.columns.length > 1 || t.template.kind === 'single') && f.colKey !== scope.col;
  const rowPart = f.rowKey === scope.row && !cross ? '' : rowLabel(t, row);
  const colPart = showCol ? (rowPart ? `·${f.colKey}` : f.colKey) : '';
  const shown = f.parsed.kind === 'number' ? fmtValue(figureValue(f, factorOf(ctx, t)), f.kind) : f.parsed.kind === 'na' ? '——' : '空';
  return `${cross ? `${t.id} ` : ''}${rowPart}${colPart}（${f.address}）${shown}`;
}

function side(ctx: Context, xs: Resolved[], cross: boolean, scope: { row?: string; col?: string }): string {
  const shown = xs.filter((x) => x.literal || (x.figure && x.figure.parsed.kind === 'number'));
  const list = (shown.length ? shown : xs.filter((x) => x.figure).slice(0, 1)).map((x, i) => {
    const d = describe(ctx, x, cross, scope) ?? '';
    return i === 0 ? (x.sign < 0 ? `−${d}` : d) : `${x.sign < 0 ? ' − ' : ' + '}${d}`;
  });
  if (list.length) return list.join('');
  const absent = xs.find((x) => x.absent && x.table);
  return absent ? `（${absent.table!.id}未列示）` : '（均为空）';
}

const REL_WORD = { '=': '应等于', '≤': '应不大于', '≥': '应不小于' } as const;

function toFinding(ctx: Context, c: ResolvedCheck): Finding | undefined {
  const ls = total(ctx, c.left);
  const rs = total(ctx, c.right);
  const outcome = classifyScaled(c.relation, ls.value - rs.value, ls.radius + rs.radius);
  if (outcome === 'pass') return undefined;
  // Only a broken relation pays for decimal.js and the message.
  const all = [...c.left, ...c.right];
  const l = unscale(ls.value);
  const r = unscale(rs.value);
  const diff = l.minus(r);
  const tol = unscale(ls.radius + rs.radius);
  const tables = [...new Set(all.filter((x) => x.table).map((x) => x.table!.id))];
  const cross = tables.length > 1;
  const kind = all.some((x) => x.figure?.kind === 'count') ? 'count' : 'money';
  const fmt = (d: Decimal) => (kind === 'count' ? fmtValue(d, 'count') : fmtMoney(d));
  const where = cross ? tables.join('与') : tables[0];
  const head = `${where}${c.scope ? ` ${c.scope}` : ''}：${c.title}。`;
  const scope = { row: c.scopeRow, col: c.scopeCol };
  const body = `${side(ctx, c.left, cross, scope)} ${REL_WORD[c.relation]} ${side(ctx, c.right, cross, scope)}`;
  const tail =
    outcome === 'tail'
      ? `相差 ${fmt(diff.abs())}，在尾数容差 ${fmt(tol)} 之内，属金额单位换算的尾数差异。`
      : `实际 ${fmt(l)}，应为 ${fmt(r)}，相差 ${fmt(diff)}（尾数容差 ${fmt(tol)}）。`;
  // The figures of the broken relation: every non-blank operand, and a blank total that should hold a value.
  const cells = all
    .filter((x, i) => x.figure && (x.figure.parsed.kind !== 'blank' || i === 0))
    .map((x) => ({ sheet: x.figure!.sheet, cell: x.figure!.address }));
  const first = c.left.find((x) => x.figure)?.figure ?? c.right.find((x) => x.figure)?.figure;
  return {
    rule: c.rule.id,
    severity: outcome === 'tail' ? 'info' : c.severity,
    tail: outcome === 'tail' || undefined,
    table: cross ? undefined : tables[0],
    sheet: first?.sheet,
    cell: first?.address,
    cells: dedupe(cells),
    expected: fmt(r),
    actual: fmt(l),
    difference: fmt(diff),
    tolerance: fmt(tol),
    message: head + body + '；' + tail,
  };
}

function dedupe(cells: { sheet: string; cell: string }[]) {
  const seen = new Set<string>();
  return cells.filter((c) => {
    const k = `${c.sheet}!${c.cell}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A finding about one cell that breaks a rule on its own (not a relation between figures). */
function cellFinding(
  rule: RuleDef,
  t: RecognizedTable,
  f: Figure,
  actual: string,
  label: string,
  what: string,
  expected?: string,
): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    table: t.id,
    sheet: f.sheet,
    cell: f.address,
    cells: [{ sheet: f.sheet, cell: f.address }],
    actual,
    ...(expected ? { expected } : {}),
    message: `${t.id} ${label}（${f.address}）：${rule.title}，${what}。`,
  };
}

function notApplicableFindings(ctx: Context, rule: RuleDef): Finding[] {
  const t = ctx.tables.get(rule.table!);
  if (!t) return [];
  const out: Finding[] = [];
  // A 类 printed "——" makes its 款 not applicable too (312 对企业补助 in the 基本支出明细表).
  const naClasses = t.rows
    .filter((r) => r.code?.length === 3 && [...r.figures.values()].some((f) => f.parsed.kind === 'na'))
    .map((r) => r.code!);
  for (const row of t.rows) {
    if (!row.code || ![...rule.mustBeEmpty!, ...naClasses].some((p) => row.code!.startsWith(p))) continue;
    for (const f of row.figures.values()) {
      if (f.parsed.kind !== 'number' || f.parsed.value.isZero()) continue;
      out.push(cellFinding(rule, t, f, fmtMoney(f.parsed.value), `${row.code} ${row.label}`, `此处填了 ${fmtMoney(f.parsed.value)}`, '——'));
    }
  }
  return out;
}

function integerFindings(ctx: Context, rule: RuleDef): Finding[] {
  const t = ctx.tables.get(rule.table!);
  if (!t) return [];
  const out: Finding[] = [];
  for (const row of t.rows) {
    for (const f of row.figures.values()) {
      if (f.kind !== 'count' || f.parsed.kind !== 'number') continue;
      const v = f.parsed.value;
      if (v.isInteger() && v.gte(0)) continue;
      out.push(cellFinding(rule, t, f, v.toString(), row.key, `此处为 ${v.toString()}`));
    }
  }
  return out;
}

/** Every finding of the catalogue over the recognised tables. */
export function evaluateRules(ctx: Context, rules: RuleDef[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.mustBeEmpty) findings.push(...notApplicableFindings(ctx, rule));
    if (rule.integers) findings.push(...integerFindings(ctx, rule));
    const checks: ResolvedCheck[] = [];
    if (rule.hierarchy) checks.push(...hierarchyChecks(ctx, rule));
    if (rule.economicHierarchy) checks.push(...economicChecks(ctx, rule));
    for (const c of rule.checks ?? []) checks.push(...expand(ctx, rule, typeof c === 'string' ? { formula: c } : c));
    for (const c of checks) {
      const f = toFinding(ctx, c);
      if (f) findings.push(f);
    }
  }
  return blame(findings);
}

/**
 * The cell to fix first: of a broken relation's cells, the one that breaks the most relations
 * (a wrong figure upsets every sum it is part of); ties go to the relation's total.
 */
function blame(findings: Finding[]): Finding[] {
  const count = new Map<string, number>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    for (const c of f.cells) count.set(`${c.sheet}!${c.cell}`, (count.get(`${c.sheet}!${c.cell}`) ?? 0) + 1);
  }
  for (const f of findings) {
    if (f.severity === 'info' || f.cells.length < 2) continue;
    let best = f.cells.find((c) => c.sheet === f.sheet && c.cell === f.cell) ?? f.cells[0];
    for (const c of f.cells) if ((count.get(`${c.sheet}!${c.cell}`) ?? 0) > (count.get(`${best.sheet}!${best.cell}`) ?? 0)) best = c;
    f.sheet = best.sheet;
    f.cell = best.cell;
  }
  return findings;
}
