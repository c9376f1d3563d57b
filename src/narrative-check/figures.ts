/**
 * Table figures the narrative is read against (in 万元, counts as counts), the findings they lead to,
 * and the two comparisons of §2: amounts at two decimals, percentages within ±0.01 个百分点.
 */
import { Decimal, ZERO } from '../core/money';
import type { RecognizedTable, TableRow } from '../core/table';
import { normalize, stripEnumeration } from '../core/text';
import { TableLookup } from '../core/lookup';
import type { CellRef, Finding, FindingSeverity } from '../core/findings';
import type { TableKey } from '../core/template';
import { quote, type Mention, type Paragraph, type Sentence } from './text';

export interface Fig {
  value: Decimal;
  /** The cell(s) the value comes from (two for 行政单位 + 参公). */
  refs: CellRef[];
  /** Table id (公开06表). */
  table: string;
  /** Row (and column) as a reader names them: "30226 劳务费". */
  label: string;
  kind: 'money' | 'count';
}

/** The tables as the narrative is read against them: found and named through the one lookup, in 万元. */
export class Book {
  readonly lookup: TableLookup;

  constructor(tables: RecognizedTable[]) {
    this.lookup = new TableLookup(tables, '万元');
  }

  table(key: TableKey): RecognizedTable | undefined {
    return this.lookup.table(key);
  }

  rows(key: TableKey): TableRow[] {
    return this.lookup.rows(key);
  }

  /** A figure by row key and column key (the table's default column when omitted). */
  fig(key: TableKey, row: string, col?: string): Fig | undefined {
    const t = this.lookup.table(key);
    const r = t?.rowIndex.get(row);
    if (!t || !r) return undefined;
    return this.figOf(t, r, col);
  }

  figOf(t: RecognizedTable, r: TableRow, col?: string): Fig | undefined {
    const f = r.figures.get(col ?? this.lookup.defaultColumn(t));
    if (!f) return undefined;
    return {
      value: this.lookup.value(f, t),
      refs: [{ sheet: f.sheet, cell: f.address }],
      table: t.id,
      label: this.lookup.figureName(t, f),
      kind: f.kind,
    };
  }

  /** Sum of figures as one (the cells of all of them). */
  sum(figs: Fig[], label: string): Fig | undefined {
    if (figs.length === 0) return undefined;
    return {
      value: figs.reduce((s, f) => s.plus(f.value), ZERO),
      refs: figs.flatMap((f) => f.refs),
      table: figs[0].table,
      label,
      kind: figs[0].kind,
    };
  }

  /** True when the table holds no non-zero number (公开07/08 "本表无数据"). */
  isEmpty(key: TableKey): boolean {
    const t = this.lookup.table(key);
    if (!t) return true;
    return t.rows.every((r) => [...r.figures.values()].every((f) => f.parsed.kind !== 'number' || f.parsed.value.isZero()));
  }

  /** Non-zero figures of a table (for "本年度无此项收支" when the table has data). */
  nonZero(key: TableKey): Fig[] {
    const t = this.lookup.table(key);
    if (!t) return [];
    const out: Fig[] = [];
    for (const r of t.rows)
      for (const c of r.figures.keys()) {
        const f = this.figOf(t, r, c);
        if (f && !f.value.isZero()) out.push(f);
      }
    return out;
  }

  /** A row by its printed name (normalised; a unique prefix match is accepted: 因公出国(境)费 ~ 因公出国(境)费用). */
  rowByName(key: TableKey, name: string, filter: (r: TableRow) => boolean = () => true): TableRow | undefined {
    const n = nameKey(name);
    if (!n) return undefined;
    const rows = this.rows(key).filter(filter);
    const exact = rows.find((r) => nameKey(r.label) === n);
    if (exact) return exact;
    const near = rows.filter((r) => {
      const l = nameKey(r.label);
      return l.length >= 2 && n.length >= 2 && (l.startsWith(n) || n.startsWith(l)) && Math.abs(l.length - n.length) <= 1;
    });
    return near.length === 1 ? near[0] : undefined;
  }
}

/** A 科目 or item name for comparison: full-width folded, no spaces, quotes or list markers. */
export function nameKey(s: string): string {
  return stripEnumeration(normalize(s)).replace(/[“”"']/g, '');
}

export const fmt2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
const fmtCount = (d: Decimal) => d.toFixed(Math.max(0, d.decimalPlaces()));
export const fmtFig = (f: Fig) => (f.kind === 'count' ? fmtCount(f.value) : fmt2(f.value));
const cellsOf = (f: Fig) => f.refs.map((r) => r.cell).join('、');
export const where = (f: Fig) => `${f.table}“${f.label}”（${cellsOf(f)}）`;

/** Value of a narrative amount in 万元 (亿元 ×10000, 元 ÷10000); counts and percentages as written. */
export function toWan(m: Mention): Decimal {
  if (m.unit === '亿元') return m.value.times(10000);
  if (m.unit === '元') return m.value.div(10000);
  return m.value;
}

export interface AddFinding {
  rule: string;
  severity: FindingSeverity;
  message: string;
  figs?: Fig[];
  expected?: string;
  actual?: string;
  difference?: string;
  tolerance?: string;
  tail?: boolean;
  /** The sentence (or paragraph) the finding is about: the finding names that paragraph's own cell. */
  at?: Sentence | Paragraph;
}

/** Findings of one section: table cells first, then the narrative's own location when it has one. */
export class Reporter {
  constructor(
    readonly findings: Finding[],
    private readonly loc?: CellRef,
  ) {}

  add(a: AddFinding): void {
    const tableCells = (a.figs ?? []).flatMap((f) => f.refs);
    const paragraph = a.at && ('paragraph' in a.at ? a.at.paragraph : a.at);
    const loc: CellRef | undefined = this.loc && paragraph?.cell ? { sheet: this.loc.sheet, cell: paragraph.cell } : this.loc;
    const cells = [...tableCells, ...(loc ? [loc] : [])];
    const main = loc ?? tableCells[0];
    const f: Finding = { rule: a.rule, severity: a.severity, cells, message: a.message };
    if (a.tail) f.tail = true;
    if (a.figs?.length) f.table = a.figs[0].table;
    if (main) {
      f.sheet = main.sheet;
      f.cell = main.cell;
    }
    if (a.expected !== undefined) f.expected = a.expected;
    if (a.actual !== undefined) f.actual = a.actual;
    if (a.difference !== undefined) f.difference = a.difference;
    if (a.tolerance !== undefined) f.tolerance = a.tolerance;
    this.findings.push(f);
  }
}

export type Outcome = 'pass' | 'tail' | 'fail';

export interface AmountCheck {
  rule: string;
  /** What the number is, for the message ("收入总计", "劳务费"). */
  what: string;
  /** The same quantity in other tables: a 0.01 difference is a 尾数差异 only when the narrative equals one of them (§2.3). */
  alternates?: (Fig | undefined)[];
  /** An extra hint when the amount fails (e.g. "取自公开03表"). */
  hint?: (stated: Decimal) => string | undefined;
}

/**
 * A narrative amount against its table figure at two decimals ("2万元" = 2.00). Records the figure on
 * the mention (m.fig) so later percentages and changes use the table value.
 */
export function checkAmount(rep: Reporter, m: Mention, fig: Fig | undefined, c: AmountCheck, figs: WeakMap<Mention, Fig>): Outcome {
  if (!fig) return 'pass';
  figs.set(m, fig);
  const count = fig.kind === 'count';
  const stated = count ? m.value : toWan(m);
  const s2 = count ? stated : stated.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const t2 = count ? fig.value : fig.value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const unit = count ? m.unit : '万元';
  const shown = count ? fmtCount(m.value) : fmt2(s2);
  const q = quote(m.sentence, m);
  const at = m.sentence;
  if (s2.eq(t2)) {
    if (m.unit === '元')
      rep.add({
        rule: 'FORMAT',
        severity: 'info',
        at,
        figs: [fig],
        message: `${c.what}以“元”为单位书写（${m.raw}元），其余金额单位为万元：${q}`,
      });
    return 'pass';
  }
  const diff = s2.minus(t2);
  const base = { rule: c.rule, at, figs: [fig], expected: fmtFig(fig), actual: shown, difference: count ? fmtCount(diff) : fmt2(diff) };
  if (!count && diff.abs().lte('0.01')) {
    const alt = (c.alternates ?? []).find((a): a is Fig => !!a && a.value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).eq(s2));
    if (alt) {
      rep.add({
        ...base,
        figs: [fig, alt],
        severity: 'info',
        tail: true,
        tolerance: '0.01',
        message: `${c.what}：情况说明为${shown}万元，与${where(alt)}一致，与${where(fig)}${fmtFig(fig)}万元相差${fmt2(diff.abs())}万元（尾数差异）。原文：${q}`,
      });
      return 'tail';
    }
  }
  const nonZero = !t2.isZero();
  const yuan =
    !count &&
    nonZero &&
    (stated.div(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).eq(t2) ||
      (m.unit === '元' && m.value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).eq(t2)));
  const hint = c.hint?.(s2);
  rep.add({
    ...base,
    severity: 'error',
    tolerance: count ? '0' : '0.00',
    message: yuan
      ? `${c.what}：情况说明写作${m.raw}${m.unit}，约为${where(fig)}${fmtFig(fig)}万元的10000倍，疑似元/万元单位混用。原文：${q}`
      : `${c.what}：情况说明为${shown}${unit}，${where(fig)}为${fmtFig(fig)}${unit}，${diff.gt(0) ? '多' : '少'}${count ? fmtCount(diff.abs()) : fmt2(diff.abs())}${unit}${hint ? `（${hint}）` : ''}。原文：${q}`,
  });
  return 'fail';
}

export interface PercentCheck {
  rule: string;
  what: string;
  /** How the percentage is recomputed, in words ("基本支出 ÷ 支出合计 × 100"). */
  formula: string;
  figs: (Fig | undefined)[];
}

/** Percentage rounded half-up to two decimals. */
export function pct(part: Decimal, whole: Decimal): Decimal {
  return part.div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * A stated percentage against part ÷ whole × 100 from the displayed amounts: equal passes (fewer decimals
 * but numerically equal is a FORMAT note), ±0.01 个百分点 is a 尾数差异, beyond is an error.
 */
export function checkPercent(rep: Reporter, m: Mention, part: Decimal, whole: Decimal, c: PercentCheck): Outcome {
  if (whole.isZero()) return 'pass';
  const rec = pct(part, whole);
  const diff = m.value.minus(rec);
  const figs = c.figs.filter((f): f is Fig => !!f);
  const q = quote(m.sentence, m);
  const base = {
    rule: c.rule,
    at: m.sentence,
    figs,
    expected: rec.toFixed(2),
    actual: m.raw,
    difference: diff.toFixed(2),
    tolerance: '0.01',
  };
  if (diff.isZero()) {
    if (m.decimals !== 2)
      rep.add({
        rule: 'FORMAT',
        severity: 'info',
        at: m.sentence,
        figs,
        expected: rec.toFixed(2),
        actual: m.raw,
        message: `${c.what}写作${m.raw}%，数值正确，但模板要求保留两位小数（${rec.toFixed(2)}%）：${q}`,
      });
    return 'pass';
  }
  if (diff.abs().lte('0.01')) {
    rep.add({
      ...base,
      severity: 'info',
      tail: true,
      message: `${c.what}：情况说明为${m.raw}%，按${c.formula}重算为${rec.toFixed(2)}%，相差${diff.abs().toFixed(2)}个百分点（尾数差异，允许±0.01）。原文：${q}`,
    });
    return 'tail';
  }
  rep.add({
    ...base,
    severity: 'error',
    message: `${c.what}：情况说明为${m.raw}%，按${c.formula}（${fmt2(part)} ÷ ${fmt2(whole)} × 100）应为${rec.toFixed(2)}%，相差${diff.abs().toFixed(2)}个百分点。原文：${q}`,
  });
  return 'fail';
}

/** Tolerance of a sum of n displayed terms against a displayed total (§2.1): 0.005·(n+1), rounded up to 0.01. */
export function sumTolerance(n: number): Decimal {
  return new Decimal(0.005).times(n + 1).toDecimalPlaces(2, Decimal.ROUND_UP);
}
