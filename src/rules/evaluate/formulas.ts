/**
 * Written relations: a formula of the catalogue expanded over *, {类} and column * into concrete checks.
 * A fast pass on scaled integers drops every relation that holds before anything is built for it.
 */
import { Decimal } from '../../core/money';
import type { Figure, RecognizedTable } from '../../core/table';
import type { TableKey } from '../../core/template';
import { classifyScaled, scaledFromText, SCALE, type Scaled } from '../../core/tolerance';
import { parseFormula, type Formula, type Term } from '../formula';
import type { Check, RuleDef } from '../types';
import { MissingTable, total, type Context, type Resolved, type ResolvedCheck } from './context';

const formulaCache = new Map<string, Formula>();
function formula(text: string): Formula {
  let f = formulaCache.get(text);
  if (!f) formulaCache.set(text, (f = parseFormula(text)));
  return f;
}

type Operand = Extract<Term, { kind: 'ref' }>;
const tableKeyOf = (rule: RuleDef, term: Operand) => (term.table ?? rule.table) as TableKey;

/** Resolves one operand, with * and {类} already substituted. */
function resolveTerm(ctx: Context, rule: RuleDef, term: Term, row?: string, col?: string): Resolved[] {
  if (term.kind === 'literal') return [{ literal: new Decimal(term.value), sign: term.sign }];
  const key = tableKeyOf(rule, term);
  const table = ctx.table(key);
  if (!table) throw new MissingTable(key);
  const rowKey = term.row === '*' || term.row === '{类}' ? row! : term.row;
  const colKey = term.col === '*' ? col : (term.col ?? table.template.defaultColumn);
  if (rowKey === 'Σ类') {
    return table.rows
      .filter((x) => x.kind === 'class')
      .map((x) => ({
        figure: x.figures.get(colKey ?? ''),
        table,
        sign: term.sign,
        absent: !x.figures.has(colKey ?? ''),
        missingAt: { rowKey: x.key, colKey: colKey ?? '', rowFound: true },
      }));
  }
  const tableRow = table.rowIndex.get(rowKey);
  const figure = tableRow?.figures.get(colKey ?? '');
  const missingAt = figure ? {} : { missingAt: { rowKey, colKey: colKey ?? '', rowFound: !!tableRow } };
  return [{ figure, table, sign: term.sign, absent: !figure, ...missingAt }];
}

function tablesOf(f: Formula, rule: RuleDef): TableKey[] {
  return [...f.left, ...f.right].flatMap((t) => (t.kind === 'ref' ? [tableKeyOf(rule, t)] : []));
}

/** Expands a formula over *, {类} and column * into the concrete checks that do not hold. */
export function formulaChecks(ctx: Context, rule: RuleDef, check: Check): ResolvedCheck[] {
  const f = formula(check.formula);
  const when = check.when ? formula(check.when) : undefined;
  if (tablesOf(f, rule).some((k) => !ctx.has(k))) return []; // G01 reports the missing table
  const operands = [...f.left, ...f.right].filter((t): t is Operand => t.kind === 'ref');
  const base = {
    rule,
    severity: check.severity ?? rule.severity,
    title: check.title ?? rule.title,
    relation: f.relation as '=' | '≤' | '≥',
  };
  // `scope` is a thunk: the label is only needed when the relation is broken.
  const build = (row?: string, col?: string, scope?: () => string, scopeRow?: string, scopeCol?: string): ResolvedCheck | undefined => {
    if (when && !holds(ctx, rule, when, row, col)) return undefined;
    // Fast pass on scaled integers without building anything: most relations hold.
    const left = quickTotal(ctx, rule, f.left, row, col);
    const right = quickTotal(ctx, rule, f.right, row, col);
    // When repeating over rows, a row listed on one side only counts as 0 on the other (a 类 the other
    // table left out); a side with nothing at all to compare is no relation.
    const repeated = row !== undefined;
    if (repeated && (left.allAbsent || right.allAbsent) && left.allEmpty && right.allEmpty) return undefined;
    if (left.allAbsent && right.allAbsent) return undefined;
    if (classifyScaled(base.relation, left.value - right.value, left.radius + right.radius) === 'pass') return undefined;
    const resolved = {
      ...base,
      left: f.left.flatMap((t) => resolveTerm(ctx, rule, t, row, col)),
      right: f.right.flatMap((t) => resolveTerm(ctx, rule, t, row, col)),
      scope: scope?.(),
      scopeRow,
      scopeCol,
    };
    if (repeated && (left.allAbsent || right.allAbsent)) return resolved;
    // A figure the rule names but the table does not have is not a 0: the relation cannot be checked.
    // Repeating over rows, a row one table does not list is a 0 (a 类 it left out); a missing column is not.
    const missing = [...resolved.left, ...resolved.right].filter((x) => x.absent && x.table && (!repeated || x.missingAt?.rowFound));
    return missing.length ? { ...resolved, missing } : resolved;
  };
  const rowStar = operands.find((t) => t.row === '*');
  const classStar = operands.some((t) => t.row === '{类}');
  const colStar = operands.find((t) => t.col === '*');
  const out: ResolvedCheck[] = [];
  const keep = (c: ResolvedCheck | undefined) => c && out.push(c);
  if (rowStar) {
    const anchor = ctx.table(tableKeyOf(rule, rowStar))!;
    for (const r of anchor.rows) {
      if (r.figures.has(rowStar.col ?? '')) keep(build(r.key, undefined, () => ctx.rowName(anchor, r), r.key));
    }
  } else if (classStar) {
    const codes = new Set<string>();
    for (const t of operands)
      if (t.row === '{类}') for (const r of ctx.table(tableKeyOf(rule, t))!.rows) if (r.kind === 'class') codes.add(r.key);
    for (const code of codes) {
      const named = operands.map((t) => ctx.table(tableKeyOf(rule, t))!.rowIndex.get(code)).find(Boolean);
      keep(build(code, undefined, () => (named ? `${code} ${named.label.replace(/^[一二三四五六七八九十]+、/, '')}` : code), code));
    }
  } else if (colStar) {
    const anchor = ctx.table(tableKeyOf(rule, colStar))!;
    for (const col of anchor.rowIndex.get(colStar.row)?.figures.keys() ?? []) keep(build(undefined, col, () => col, undefined, col));
  } else keep(build());
  return out;
}

interface Quick extends Scaled {
  allAbsent: boolean;
  allEmpty: boolean;
}

/** Totals of one side of a formula, looked up and summed in place (the hot path of every check). */
function quickTotal(ctx: Context, rule: RuleDef, terms: Term[], row?: string, col?: string): Quick {
  const quick: Quick = { value: 0n, radius: 0n, allAbsent: true, allEmpty: true };
  for (const term of terms) {
    if (term.kind === 'literal') {
      const v = scaledFromText(term.value, SCALE);
      quick.value += term.sign < 0 ? -v : v;
      quick.allAbsent = false;
      if (v !== 0n) quick.allEmpty = false;
      continue;
    }
    const table = ctx.table(tableKeyOf(rule, term))!;
    const rowKey = term.row === '*' || term.row === '{类}' ? row! : term.row;
    const colKey = term.col === '*' ? col! : (term.col ?? table.template.defaultColumn ?? '');
    if (rowKey === 'Σ类') {
      for (const x of table.rows) if (x.kind === 'class') addFigure(ctx, quick, x.figures.get(colKey), table, term.sign);
    } else addFigure(ctx, quick, table.rowIndex.get(rowKey)?.figures.get(colKey), table, term.sign);
  }
  return quick;
}

function addFigure(ctx: Context, quick: Quick, fig: Figure | undefined, table: RecognizedTable, sign: 1 | -1): void {
  if (!fig) return;
  quick.allAbsent = false;
  if (fig.parsed.kind !== 'number') return;
  quick.allEmpty = false;
  const s = ctx.scaled(fig, table);
  quick.value += sign < 0 ? -s.value : s.value;
  quick.radius += s.radius;
}

/** Exact test of a `when` condition; false when any figure it names is not in the tables. */
function holds(ctx: Context, rule: RuleDef, f: Formula, row?: string, col?: string): boolean {
  try {
    const left = f.left.flatMap((t) => resolveTerm(ctx, rule, t, row, col));
    const right = f.right.flatMap((t) => resolveTerm(ctx, rule, t, row, col));
    if ([...left, ...right].some((x) => x.absent && !x.literal)) return false;
    const diff = total(ctx, left).value - total(ctx, right).value;
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
