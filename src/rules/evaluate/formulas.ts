/**
 * Written relations: a formula of the catalogue expanded over *, {类} and column * into concrete checks.
 * A fast pass on scaled integers drops every relation that holds before anything is built for it.
 */
import { Decimal } from '../../core/money';
import type { Figure, RecognizedTable, TableRow } from '../../core/table';
import type { TableKey } from '../../core/template';
import { A_NUMBER, NO_FIGURE, type FastColumn, type FastSum } from '../../core/lookup';
import { classifyFast, classifyScaled, fastLiteral, scaledFromText, SCALE } from '../../core/tolerance';
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

/** Whether a table the formula names is not in the workbook (checked for every formula: no arrays built). */
function namesMissingTable(ctx: Context, f: Formula, rule: RuleDef): boolean {
  for (const side of [f.left, f.right]) for (const t of side) if (t.kind === 'ref' && !ctx.has(tableKeyOf(rule, t))) return true;
  return false;
}

/** Expands a formula over *, {类} and column * into the concrete checks that do not hold. */
export function formulaChecks(ctx: Context, rule: RuleDef, check: Check): ResolvedCheck[] {
  const f = formula(check.formula);
  const when = check.when ? formula(check.when) : undefined;
  if (namesMissingTable(ctx, f, rule)) return []; // G01 reports the missing table
  const operands = [...f.left, ...f.right].filter((t): t is Operand => t.kind === 'ref');
  const base = {
    rule,
    severity: check.severity ?? rule.severity,
    title: check.title ?? rule.title,
    relation: f.relation as '=' | '≤' | '≥',
  };
  // Fast path when every sum of this formula stays exact in JS integers (decided once per formula and check).
  const fast = fastFormula(ctx, rule, f);
  // `scope` is a thunk: the label is only needed when the relation is broken.
  // `own`: the anchor table's row being repeated over, so its own operands need no lookup by key.
  const build = (
    row?: string,
    col?: string,
    scope?: () => string,
    scopeRow?: string,
    scopeCol?: string,
    own?: OwnRow,
  ): ResolvedCheck | undefined => {
    if (when && !holds(ctx, rule, when, row, col)) return undefined;
    // When repeating over rows, a row listed on one side only counts as 0 on the other (a 类 the other
    // table left out); a side with nothing at all to compare is no relation.
    const repeated = row !== undefined;
    let left: Presence;
    let right: Presence;
    let resolvedLeft: Resolved[] | undefined;
    let resolvedRight: Resolved[] | undefined;
    if (fast) {
      // Fast pass on JS integers without building anything: most relations hold.
      const l = quickTotal(ctx, fast.left, fast.leftSum, row, col, own);
      const r = quickTotal(ctx, fast.right, fast.rightSum, row, col, own);
      left = l;
      right = r;
      if (!fillable(repeated, left, right)) return undefined;
      if (classifyFast(base.relation, l.value - r.value, l.radius + r.radius) === 'pass') return undefined;
    } else {
      // The exact path (a magnitude or precision the fast units cannot hold): operands resolved first.
      resolvedLeft = f.left.flatMap((t) => resolveTerm(ctx, rule, t, row, col));
      resolvedRight = f.right.flatMap((t) => resolveTerm(ctx, rule, t, row, col));
      left = presence(resolvedLeft);
      right = presence(resolvedRight);
      if (!fillable(repeated, left, right)) return undefined;
      const l = total(ctx, resolvedLeft);
      const r = total(ctx, resolvedRight);
      if (classifyScaled(base.relation, l.value - r.value, l.radius + r.radius) === 'pass') return undefined;
    }
    const resolved = {
      ...base,
      left: resolvedLeft ?? f.left.flatMap((t) => resolveTerm(ctx, rule, t, row, col)),
      right: resolvedRight ?? f.right.flatMap((t) => resolveTerm(ctx, rule, t, row, col)),
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
    // One scope thunk and one OwnRow for all rows (build reads them before the next row): nothing made per row.
    const own: OwnRow = { table: anchor, row: anchor.rows[0], index: 0 };
    const scope = () => ctx.rowName(anchor, own.row);
    // A row is its own operand only where its key finds it (a repeated key finds the last of its rows).
    const unique = ctx.rowsKeyedUniquely(anchor);
    const rows = anchor.rows;
    // Which rows to build at all: a row its key finds, where the relation holds, is dropped by the column pass.
    const ownRow = new Uint8Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (r.figures.has(rowStar.col ?? '')) ownRow[i] = unique || anchor.rowIndex.get(r.key) === r ? 2 : 1;
    }
    const passes = fast && !when ? passingRows(ctx, fast, base.relation, anchor, ownRow) : undefined;
    for (let i = 0; i < rows.length; i++) {
      if (ownRow[i] === 0 || passes?.[i]) continue;
      const r = rows[i];
      own.row = r;
      own.index = i;
      keep(build(r.key, undefined, scope, r.key, undefined, ownRow[i] === 2 ? own : undefined));
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

/** Whether a side names anything at all, and any figure or non-zero literal. */
interface Presence {
  allAbsent: boolean;
  allEmpty: boolean;
}

/** Whether there is a relation to judge: not when neither side names anything (or, repeating, one side). */
function fillable(repeated: boolean, left: Presence, right: Presence): boolean {
  if (repeated && (left.allAbsent || right.allAbsent) && left.allEmpty && right.allEmpty) return false;
  return !(left.allAbsent && right.allAbsent);
}

/** Presence of resolved operands, as quickTotal reports it. */
function presence(operands: Resolved[]): Presence {
  let allAbsent = true;
  let allEmpty = true;
  for (const x of operands) {
    if (x.literal) {
      allAbsent = false;
      if (scaledFromText(x.literal.toFixed(), SCALE) !== 0n) allEmpty = false;
    } else if (x.figure) {
      allAbsent = false;
      if (x.figure.parsed.kind === 'number') allEmpty = false;
    }
  }
  return { allAbsent, allEmpty };
}

/** An operand of a formula compiled for the fast pass: its table, row and column found once per formula. */
interface FastOperand {
  sign: 1 | -1;
  /** A literal, in fast units. */
  literal?: number;
  table?: RecognizedTable;
  /** The row key; undefined for * and {类} (the row the formula is repeated over). */
  row?: string;
  /** The column key; undefined for column * (the column the formula is repeated over). */
  col?: string;
  /** For Σ类: every 类 row of the table. */
  classRows?: TableRow[];
  /** The operand's column in fast units, once read (a row of the anchor table is then read by position). */
  column?: FastColumn;
}

interface FastFormula {
  left: FastOperand[];
  right: FastOperand[];
  /** The two running sums, reused by every relation of the formula. */
  leftSum: Quick;
  rightSum: Quick;
}

/**
 * Whether every sum of a formula stays exact in the lookup's fast units: its literals have no more places
 * than the scale, and the most figures one side can name (a Σ类 names every 类 row), times the largest
 * figure, stays below FAST_LIMIT. Undefined: the formula takes the BigInt path.
 */
function fastFormula(ctx: Context, rule: RuleDef, f: Formula): FastFormula | undefined {
  const scale = ctx.fastScale();
  if (!scale) return undefined;
  let figures = 0;
  let extra = 0;
  let fits = true;
  const compile = (terms: Term[]): FastOperand[] =>
    terms.map((term): FastOperand => {
      if (term.kind === 'literal') {
        const lit = fastLiteral(term.value, scale.places);
        if (!lit) fits = false;
        else extra += lit.bound;
        return { sign: term.sign, literal: lit?.value ?? 0 };
      }
      const table = ctx.table(tableKeyOf(rule, term))!;
      const row = term.row === '*' || term.row === '{类}' ? undefined : term.row;
      const col = term.col === '*' ? undefined : (term.col ?? table.template.defaultColumn ?? '');
      if (row === 'Σ类') {
        const classRows = table.rows.filter((x) => x.kind === 'class');
        figures += classRows.length;
        return { sign: term.sign, table, row, col, classRows };
      }
      figures++;
      return { sign: term.sign, table, row, col };
    });
  const left = compile(f.left);
  const right = compile(f.right);
  if (!fits || !ctx.fastFits(figures, extra)) return undefined;
  const quick = (): Quick => ({ value: 0, radius: 0, allAbsent: true, allEmpty: true });
  return { left, right, leftSum: quick(), rightSum: quick() };
}

interface Quick extends Presence, FastSum {}

/** A table's row a formula is repeated over, with the table: `table.rowIndex.get(row.key) === row`. */
interface OwnRow {
  table: RecognizedTable;
  row: TableRow;
  /** Its position in table.rows. */
  index: number;
}

/** Totals of one side of a formula in fast units, looked up and summed in place (the hot path of every check). */
function quickTotal(ctx: Context, operands: FastOperand[], quick: Quick, row?: string, col?: string, own?: OwnRow): Quick {
  quick.value = 0;
  quick.radius = 0;
  quick.allAbsent = true;
  quick.allEmpty = true;
  for (const op of operands) {
    if (op.literal !== undefined) {
      quick.value += op.sign < 0 ? -op.literal : op.literal;
      quick.allAbsent = false;
      if (op.literal !== 0) quick.allEmpty = false;
      continue;
    }
    const table = op.table!;
    const colKey = op.col ?? col!;
    if (op.row === undefined && op.col !== undefined && own?.table === table) {
      // The anchor's own row: its figure read from the column by position.
      const column = (op.column ??= ctx.fastColumn(table, op.col));
      const state = column.state[own.index];
      if (state === NO_FIGURE) continue;
      quick.allAbsent = false;
      if (state !== A_NUMBER) continue;
      quick.allEmpty = false;
      quick.value += op.sign < 0 ? -column.value[own.index] : column.value[own.index];
      quick.radius += column.radius[own.index];
    } else if (op.classRows) {
      for (const x of op.classRows) addFigure(ctx, quick, x.figures.get(colKey), table, op.sign);
    } else {
      const tableRow = op.row === undefined && own?.table === table ? own.row : table.rowIndex.get(op.row ?? row!);
      addFigure(ctx, quick, tableRow?.figures.get(colKey), table, op.sign);
    }
  }
  return quick;
}

/** One side of a formula over every row of its anchor table: values and bands in fast units, presence flags. */
interface SideColumns {
  value: Float64Array;
  radius: Float64Array;
  /** Bit 1: some operand is there (not allAbsent); bit 2: some is a number or a non-zero literal (not allEmpty). */
  flags: Uint8Array;
}

const PRESENT = 1;
const NOT_EMPTY = 2;

/**
 * The fast pass of a formula repeated over rows, column by column instead of row by row: 1 for each row that
 * build() would drop (its own row, `ownRow` 2, where the sides are no relation or the relation holds), the very
 * sums quickTotal makes, operand by operand in the same order. Rows marked 0 or 1 in `ownRow` are left to build().
 */
function passingRows(ctx: Context, fast: FastFormula, relation: '=' | '≤' | '≥', anchor: RecognizedTable, ownRow: Uint8Array): Uint8Array {
  const n = ownRow.length;
  const left = sideColumns(ctx, fast.left, anchor, ownRow, 0);
  const right = sideColumns(ctx, fast.right, anchor, ownRow, 1);
  const passes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (ownRow[i] !== 2) continue;
    // fillable(true, left, right) and classifyFast, as build() asks them.
    const leftAbsent = (left.flags[i] & PRESENT) === 0;
    const rightAbsent = (right.flags[i] & PRESENT) === 0;
    const bothEmpty = (left.flags[i] & NOT_EMPTY) === 0 && (right.flags[i] & NOT_EMPTY) === 0;
    const fillable = !((leftAbsent || rightAbsent) && bothEmpty) && !(leftAbsent && rightAbsent);
    if (!fillable || classifyFast(relation, left.value[i] - right.value[i], left.radius[i] + right.radius[i]) === 'pass') passes[i] = 1;
  }
  return passes;
}

/** Two sides' columns, reused by every formula (zeroed before use; only the first n entries are read). */
const SIDES: SideColumns[] = [];

function sideBuffers(which: number, n: number): SideColumns {
  let side = SIDES[which];
  if (!side || side.flags.length < n) {
    const size = Math.max(n, 1024);
    side = SIDES[which] = { value: new Float64Array(size), radius: new Float64Array(size), flags: new Uint8Array(size) };
  } else {
    side.value.fill(0, 0, n);
    side.radius.fill(0, 0, n);
    side.flags.fill(0, 0, n);
  }
  return side;
}

function sideColumns(ctx: Context, operands: FastOperand[], anchor: RecognizedTable, ownRow: Uint8Array, which: number): SideColumns {
  const n = ownRow.length;
  const side = sideBuffers(which, n);
  const { value, radius, flags } = side;
  const rows = anchor.rows;
  const one: FastSum = { value: 0, radius: 0 };
  for (const op of operands) {
    if (op.literal !== undefined) {
      const v = op.sign < 0 ? -op.literal : op.literal;
      const f = op.literal !== 0 ? PRESENT | NOT_EMPTY : PRESENT;
      for (let i = 0; i < n; i++) {
        value[i] += v;
        flags[i] |= f;
      }
      continue;
    }
    const table = op.table!;
    const colKey = op.col!; // the formula is repeated over rows: no column *
    if (op.row === undefined && op.col !== undefined && table === anchor) {
      // The anchor's own row: as quickTotal reads it, from the column by position.
      const column = (op.column ??= ctx.fastColumn(table, op.col));
      const { state, value: cv, radius: cr } = column;
      for (let i = 0; i < n; i++) {
        const s = state[i];
        if (s === NO_FIGURE) continue;
        if (s !== A_NUMBER) {
          flags[i] |= PRESENT;
          continue;
        }
        flags[i] |= PRESENT | NOT_EMPTY;
        value[i] += op.sign < 0 ? -cv[i] : cv[i];
        radius[i] += cr[i];
      }
      continue;
    }
    for (let i = 0; i < n; i++) {
      if (ownRow[i] !== 2) continue;
      if (op.classRows) for (const x of op.classRows) addAt(ctx, side, i, one, x.figures.get(colKey), table, op.sign);
      else {
        const tableRow = op.row === undefined && table === anchor ? rows[i] : table.rowIndex.get(op.row ?? rows[i].key);
        addAt(ctx, side, i, one, tableRow?.figures.get(colKey), table, op.sign);
      }
    }
  }
  return side;
}

/** addFigure into row i of a side's columns (through `one`, so the sum is the one addFigure makes). */
function addAt(
  ctx: Context,
  side: SideColumns,
  i: number,
  one: FastSum,
  fig: Figure | undefined,
  table: RecognizedTable,
  sign: 1 | -1,
): void {
  if (!fig) return;
  side.flags[i] |= PRESENT;
  if (fig.parsed.kind !== 'number') return;
  side.flags[i] |= NOT_EMPTY;
  one.value = 0;
  one.radius = 0;
  ctx.addFast(one, fig, table, sign);
  side.value[i] += one.value;
  side.radius[i] += one.radius;
}

function addFigure(ctx: Context, quick: Quick, fig: Figure | undefined, table: RecognizedTable, sign: 1 | -1): void {
  if (!fig) return;
  quick.allAbsent = false;
  if (fig.parsed.kind !== 'number') return;
  quick.allEmpty = false;
  ctx.addFast(quick, fig, table, sign);
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
