/**
 * Rules inside one 项目支出绩效自评表 (ATT-1 … ATT-6, domain notes §3.1).
 * Amounts are added exactly in scaled integers; each figure brings its own rounding band:
 * ±0.005 for a figure shown to 0–2 decimals, half its last place beyond (as figureScaled does).
 */
import { Decimal, fmtMoney } from '../core/money';
import { classifyScaled, halfOfLastPlace, SCALE, scaledFromText, unscale, type Outcome } from '../core/tolerance';
import type { CellRef, Finding, FindingSeverity } from '../core/findings';
import { mainFunds } from './recognize';
import type { AttFigure, AttText, Attachment, FundsRow, Grade } from './types';

/** The template's 分值 of the execution rate. */
export const RATE_WEIGHT = '10';
/** Tail band of a percentage, in percentage points. */
export const RATE_TAIL = new Decimal('0.01');
/** Tail band of the execution-rate score (ATT-3). */
export const SCORE_TAIL = new Decimal('0.01');

export interface Scaled {
  value: bigint;
  radius: bigint;
}

/** A figure in 10^-SCALE units with its rounding half-width; blanks and text are 0 with no band. */
export function scaled(f: AttFigure | undefined): Scaled {
  if (!f || f.value === null) return { value: 0n, radius: 0n };
  const d = Math.max(2, f.decimals);
  return { value: scaledFromText(f.value, SCALE), radius: halfOfLastPlace(d, SCALE) };
}

export const has = (f: AttFigure | undefined): f is AttFigure & { value: string } => !!f && f.value !== null;
const dec = (f: AttFigure & { value: string }) => new Decimal(f.value);

/** Grade for a 总分 (财政部 bands): 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. */
export function gradeFor(total: Decimal): Grade {
  return total.gte(90) ? '优' : total.gte(80) ? '良' : total.gte(60) ? '中' : '差';
}

export const amount = (v: bigint): string => fmtMoney(unscale(v));
/** Points and percentages as the figure needs: "88", "9.5", "100.01". */
export const plain = (d: Decimal): string => d.toFixed(Math.max(0, Math.min(6, d.decimalPlaces())));
const shown = (f: AttFigure | undefined): string => (has(f) ? f.value : f?.text ? `“${f.text}”` : '空');

export function tableId(a: Attachment): string {
  return `项目支出绩效自评表（${a.projectName}）`;
}
const who = (a: Attachment) => `“${a.projectName}”项目支出绩效自评表`;

function rowName(f: FundsRow): string {
  const l = f.label.replace(/[:：\s]+$/, '').trim();
  return l ? `${l}行` : f.kind === 'total' ? '资金总额行' : f.kind === 'fiscal' ? '财政资金行' : '资金行';
}

function refs(xs: (AttFigure | AttText | undefined)[]): CellRef[] {
  const seen = new Set<string>();
  const out: CellRef[] = [];
  for (const x of xs) {
    if (!x) continue;
    const k = `${x.sheet}!${x.cell}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ sheet: x.sheet, cell: x.cell });
  }
  return out;
}

function make(
  a: Attachment,
  rule: string,
  severity: FindingSeverity,
  outcome: Outcome | 'fail',
  first: AttFigure | AttText | undefined,
  cells: (AttFigure | AttText | undefined)[],
  message: string,
  extra: Partial<Pick<Finding, 'expected' | 'actual' | 'difference' | 'tolerance'>> = {},
): Finding {
  const f: Finding = {
    rule,
    severity: outcome === 'tail' ? 'info' : severity,
    table: tableId(a),
    sheet: first?.sheet ?? a.sheet,
    cell: first?.cell,
    cells: refs([first, ...cells]),
    message,
    ...extra,
  };
  if (outcome === 'tail') f.tail = true;
  return f;
}

const TAIL_WORDS = '属金额单位换算的尾数差异';

/** ATT-1 资金结(转)余 = 全年预算数 − 全年执行数 (band: the three figures' own). */
export function checkBalance(a: Attachment): Finding[] {
  const out: Finding[] = [];
  for (const f of a.funds) {
    if (!has(f.budget) && !has(f.spent) && !has(f.balance)) continue;
    const b = scaled(f.budget);
    const s = scaled(f.spent);
    const z = scaled(f.balance);
    const expected = b.value - s.value;
    const diff = z.value - expected;
    const tol = b.radius + s.radius + z.radius;
    const outcome = classifyScaled('=', diff, tol);
    if (outcome === 'pass') continue;
    const head = `${who(a)} ${rowName(f)}：资金结(转)余应等于全年预算数减全年执行数。`;
    const body = `全年预算数（${f.budget?.cell ?? '—'}）${shown(f.budget)} − 全年执行数（${f.spent?.cell ?? '—'}）${shown(f.spent)} = ${amount(expected)}，资金结(转)余（${f.balance?.cell ?? '—'}）填报 ${shown(f.balance)}；`;
    const tail =
      outcome === 'tail'
        ? `相差 ${amount(diff < 0n ? -diff : diff)}，在尾数容差 ${amount(tol)} 之内，${TAIL_WORDS}。`
        : `相差 ${amount(diff)}（尾数容差 ${amount(tol)}）。`;
    out.push(
      make(a, 'ATT-1', 'error', outcome, f.balance ?? f.budget, [f.budget, f.spent], head + body + tail, {
        expected: amount(expected),
        actual: has(f.balance) ? amount(z.value) : '空',
        difference: amount(diff),
        tolerance: amount(tol),
      }),
    );
  }
  return out;
}

/** ATT-2 执行率 = 全年执行数 ÷ 全年预算数 × 100, written to 2 decimals (±0.01 pp tail). */
export function checkRate(a: Attachment): Finding[] {
  const out: Finding[] = [];
  for (const f of a.funds) {
    if (!has(f.budget) && !has(f.spent) && !has(f.rate)) continue;
    const budget = has(f.budget) ? dec(f.budget) : new Decimal(0);
    const spent = has(f.spent) ? dec(f.spent) : new Decimal(0);
    if (budget.isZero()) {
      if (spent.lte(0)) continue;
      const balance = has(f.balance) && dec(f.balance).isNegative() ? `，资金结(转)余（${f.balance.cell}）为负数 ${f.balance.value}` : '';
      out.push(
        make(
          a,
          'ATT-2',
          'warning',
          'fail',
          f.rate ?? f.budget,
          [f.budget, f.spent, f.balance],
          `${who(a)} ${rowName(f)}：全年预算数（${f.budget?.cell ?? '—'}）为 ${shown(f.budget)} 而全年执行数（${f.spent?.cell ?? '—'}）为 ${shown(f.spent)}${balance}，执行率无法计算（填报 ${has(f.rate) ? `${f.rate.value}%` : '空'}）。请核实全年预算数（预算调整后应不小于执行数），或说明无预算支出的原因。`,
          { actual: has(f.rate) ? f.rate.value : '空' },
        ),
      );
      continue;
    }
    const exact = spent.div(budget).times(100);
    const expected = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const calc = `全年执行数（${f.spent?.cell ?? '—'}）${shown(f.spent)} ÷ 全年预算数（${f.budget?.cell ?? '—'}）${shown(f.budget)} × 100 = ${expected.toFixed(2)}%`;
    if (!has(f.rate)) {
      out.push(
        make(a, 'ATT-2', 'error', 'fail', f.rate ?? f.budget, [f.budget, f.spent], `${who(a)} ${rowName(f)}：执行率未填写；${calc}。`, {
          expected: expected.toFixed(2),
          actual: '空',
        }),
      );
      continue;
    }
    const stated = dec(f.rate);
    const diff = stated.minus(expected);
    const outcome: Outcome = diff.isZero() ? 'pass' : diff.abs().lte(RATE_TAIL) ? 'tail' : 'fail';
    if (outcome === 'pass') continue;
    const head = `${who(a)} ${rowName(f)}：执行率应为全年执行数除以全年预算数。${calc}，执行率（${f.rate.cell}）填报 ${f.rate.value}%；`;
    const tail =
      outcome === 'tail'
        ? `相差 ${plain(diff.abs())} 个百分点，在 ±${RATE_TAIL.toFixed(2)} 个百分点的尾数容差之内。`
        : `相差 ${plain(diff)} 个百分点（尾数容差 ±${RATE_TAIL.toFixed(2)}）。`;
    out.push(
      make(a, 'ATT-2', 'error', outcome, f.rate, [f.budget, f.spent], head + tail, {
        expected: expected.toFixed(2),
        actual: f.rate.value,
        difference: plain(diff),
        tolerance: RATE_TAIL.toFixed(2),
      }),
    );
  }
  return out;
}

/** ATT-3 执行率得分 = min(执行率, 100)% × 分值 (10), from the 执行率 as written. */
export function checkRateScore(a: Attachment): Finding[] {
  const out: Finding[] = [];
  for (const f of a.funds) {
    if (!has(f.rate)) continue;
    const weight = has(f.weight) ? dec(f.weight) : new Decimal(RATE_WEIGHT);
    const rate = Decimal.min(Decimal.max(dec(f.rate), 0), 100);
    const expected = rate.div(100).times(weight);
    const calc = `min(执行率 ${f.rate.value}%, 100%) × 分值 ${plain(weight)} = ${plain(expected.toDecimalPlaces(4))}`;
    if (!has(f.score)) {
      out.push(
        make(a, 'ATT-3', 'warning', 'fail', f.score ?? f.rate, [f.rate], `${who(a)} ${rowName(f)}：执行率得分未填写；${calc}。`, {
          expected: plain(expected.toDecimalPlaces(4)),
          actual: '空',
        }),
      );
      continue;
    }
    const diff = dec(f.score).minus(expected);
    const outcome: Outcome = diff.isZero() ? 'pass' : diff.abs().lte(SCORE_TAIL) ? 'tail' : 'fail';
    if (outcome === 'pass') continue;
    const tail =
      outcome === 'tail'
        ? `相差 ${plain(diff.abs().toDecimalPlaces(4))}，在尾数容差 ${SCORE_TAIL.toFixed(2)} 之内。`
        : `相差 ${plain(diff.toDecimalPlaces(4))}。`;
    out.push(
      make(
        a,
        'ATT-3',
        'warning',
        outcome,
        f.score,
        [f.rate, f.weight],
        `${who(a)} ${rowName(f)}：执行率得分应为执行率（不超过100%）乘以分值。${calc}，得分（${f.score.cell}）填报 ${f.score.value}；${tail}`,
        {
          expected: plain(expected.toDecimalPlaces(4)),
          actual: f.score.value,
          difference: plain(diff.toDecimalPlaces(4)),
          tolerance: SCORE_TAIL.toFixed(2),
        },
      ),
    );
  }
  return out;
}

/** Σ 指标得分 + 执行率得分, exactly; with the figures it adds. */
export function scoreSum(a: Attachment): { sum: Decimal; indicators: Decimal; rateScore?: AttFigure; cells: AttFigure[] } {
  let indicators = new Decimal(0);
  const cells: AttFigure[] = [];
  for (const x of a.indicators) {
    if (has(x.score)) {
      indicators = indicators.plus(dec(x.score));
      cells.push(x.score);
    }
  }
  const main = mainFunds(a);
  const rateScore = main?.score;
  const sum = has(rateScore) ? indicators.plus(dec(rateScore)) : indicators;
  return { sum, indicators, rateScore, cells };
}

/** Compact list of indicator 得分 cells: "J12:J19" when they are one column run, else listed. */
function cellList(cells: AttFigure[]): string {
  if (!cells.length) return '—';
  const sameCol = cells.every((c) => c.col === cells[0].col);
  const consecutive = cells.every((c, i) => i === 0 || c.row === cells[i - 1].row + 1);
  return sameCol && consecutive && cells.length > 1
    ? `${cells[0].cell}:${cells[cells.length - 1].cell}`
    : cells.map((c) => c.cell).join('、');
}

/** ATT-4 总分 = Σ 指标得分 + 执行率得分 (exact), and every 得分 ≤ its 分值. */
export function checkTotalScore(a: Attachment): Finding[] {
  const out: Finding[] = [];
  for (const x of a.indicators) {
    if (!has(x.score) || !has(x.weight)) continue;
    if (dec(x.score).lte(dec(x.weight))) continue;
    const name = [x.level2, x.level3].filter(Boolean).join('·') || x.level1;
    out.push(
      make(
        a,
        'ATT-4',
        'error',
        'fail',
        x.score,
        [x.weight],
        `${who(a)} 指标“${name}”：得分（${x.score.cell}）${x.score.value} 超过分值（${x.weight.cell}）${x.weight.value}。`,
        { expected: `≤ ${x.weight.value}`, actual: x.score.value, difference: plain(dec(x.score).minus(dec(x.weight))) },
      ),
    );
  }
  const t = a.totalScore;
  const { sum, indicators, rateScore, cells } = scoreSum(a);
  if (!a.indicators.length && !has(t)) return out;
  // Not found is not zero: without any indicator 得分 the 总分 cannot be recomputed.
  if (!cells.length) {
    const why = a.problems.length ? a.problems.join('；') : '各指标的得分均为空';
    out.push(
      make(a, 'ATT-4', 'warning', 'fail', t, [], `${who(a)}：无法核对总分，未找到各指标的得分（${why}）；请确认绩效指标表的“得分”列。`, {
        actual: has(t) ? t.value : '空',
      }),
    );
    return out;
  }
  const parts = `各指标得分合计 ${plain(indicators)}（${cellList(cells)}）+ 执行率得分 ${has(rateScore) ? `${rateScore.value}（${rateScore.cell}）` : '0（未填）'} = ${plain(sum)}`;
  if (!has(t)) {
    out.push(
      make(a, 'ATT-4', 'error', 'fail', t, [...cells, rateScore], `${who(a)}：总分未填写；${parts}。`, {
        expected: plain(sum),
        actual: '空',
      }),
    );
    return out;
  }
  const diff = dec(t).minus(sum);
  if (diff.isZero()) return out;
  const regrade = gradeFor(sum);
  const gradeNote = regrade !== gradeFor(dec(t)) ? `按 ${plain(sum)} 分，等级应为“${regrade}”而非“${gradeFor(dec(t))}”。` : '';
  out.push(
    make(
      a,
      'ATT-4',
      'error',
      'fail',
      t,
      [...cells, rateScore],
      `${who(a)}：总分应等于各指标得分之和加执行率得分。${parts}，总分（${t.cell}）填报 ${t.value}，相差 ${plain(diff)}。${gradeNote}`,
      { expected: plain(sum), actual: t.value, difference: plain(diff), tolerance: '0' },
    ),
  );
  return out;
}

/** ATT-5 等级 from the 总分 as written: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. */
export function checkGrade(a: Attachment): Finding[] {
  const t = a.totalScore;
  if (!has(t)) return [];
  const expected = gradeFor(dec(t));
  const g = a.grade;
  const stated = g?.text.replace(/^.*[:：]/, '').trim();
  const norm = stated === '优秀' ? '优' : stated === '良好' ? '良' : stated;
  if (norm === expected) return [];
  const msg = !g?.text
    ? `${who(a)}：等级未填写；总分（${t.cell}）${t.value} 对应等级“${expected}”（优≥90，良80–<90，中60–<80，差<60）。`
    : `${who(a)}：等级（${g.cell}）填报“${g.text}”，但总分（${t.cell}）${t.value} 对应等级“${expected}”（优≥90，良80–<90，中60–<80，差<60）。`;
  return [make(a, 'ATT-5', 'error', 'fail', g ?? t, [t], msg, { expected, actual: g?.text || '空' })];
}

const SAME_COLUMNS = [
  ['declared', '年初预算数（目标申报数）'],
  ['planned', '年初预算数（预算编制数）'],
  ['budget', '全年预算数'],
  ['spent', '全年执行数'],
] as const;

/** ATT-6 the 资金总额 row equals the 财政资金 row (budget and execution), within the figures' bands. */
export function checkTotalVsFiscal(a: Attachment): Finding[] {
  const total = a.funds.find((f) => f.kind === 'total');
  const fiscal = a.funds.find((f) => f.kind === 'fiscal');
  if (!total || !fiscal) return [];
  const out: Finding[] = [];
  for (const [k, what] of SAME_COLUMNS) {
    const x = total[k];
    const y = fiscal[k];
    if (!has(x) && !has(y)) continue;
    const sx = scaled(x);
    const sy = scaled(y);
    const diff = sx.value - sy.value;
    const tol = sx.radius + sy.radius;
    const outcome = classifyScaled('=', diff, tol);
    if (outcome === 'pass') continue;
    const tail =
      outcome === 'tail'
        ? `相差 ${amount(diff < 0n ? -diff : diff)}，在尾数容差 ${amount(tol)} 之内，${TAIL_WORDS}。`
        : `相差 ${amount(diff)}（尾数容差 ${amount(tol)}）。`;
    out.push(
      make(
        a,
        'ATT-6',
        'warning',
        outcome,
        x ?? y,
        [y],
        `${who(a)}：资金来源只有财政资金时，${rowName(total)}与${rowName(fiscal)}应一致。${what}：${rowName(total)}（${x?.cell ?? '—'}）${shown(x)}，${rowName(fiscal)}（${y?.cell ?? '—'}）${shown(y)}；${tail}`,
        {
          expected: has(y) ? amount(sy.value) : '空',
          actual: has(x) ? amount(sx.value) : '空',
          difference: amount(diff),
          tolerance: amount(tol),
        },
      ),
    );
  }
  return out;
}

/** ATT-1 … ATT-6 on one attachment, in rule order. */
export function checkAttachment(a: Attachment): Finding[] {
  return [...checkBalance(a), ...checkRate(a), ...checkRateScore(a), ...checkTotalScore(a), ...checkGrade(a), ...checkTotalVsFiscal(a)];
}
