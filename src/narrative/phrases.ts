/**
 * The wording conventions of 情况说明: amounts to two decimals in 万元, percentages to two decimals,
 * half-up (decimal.js, never toFixed on doubles), year-on-year and completion phrases.
 */
import { Decimal } from '../core/money';
import type { Source } from './types';
import type { Val } from './values';
import type { SectionWriter } from './writer';

export const amountText = (d: Decimal) => d.toFixed(2);
export const percent = (part: Decimal, whole: Decimal) => part.div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

export function formulaSource(formula: string, ...inputs: (Val | undefined)[]): Source {
  return { kind: 'formula', formula, inputs: inputs.filter((v): v is Val => !!v).map((v) => v.source) };
}

/** "403.05万元" with the figure traced. */
export function writeAmount(w: SectionWriter, v: Val): SectionWriter {
  return w.fact(amountText(v.value), v.source).text('万元');
}

/** Shares of one breakdown; `adjusted` is the share that absorbed the rounding remainder, if any. */
export interface Shares {
  values: Decimal[];
  adjusted?: number;
}

/**
 * Shares of one breakdown, each rounded half-up on its own. With `plug` (a family whose published shares
 * must total exactly 100.00, as the seed's do), when the parts make up the whole and the rounded shares
 * do not total 100.00, the largest absorbs the remainder and is named as adjusted.
 */
export function shares(parts: Decimal[], total: Decimal, plug = false): Shares {
  if (total.isZero()) return { values: parts.map(() => new Decimal(0)) };
  const values = parts.map((p) => percent(p, total));
  const partsSum = parts.reduce((s, p) => s.plus(p), new Decimal(0));
  const rounded = values.reduce((s, p) => s.plus(p), new Decimal(0));
  if (!plug || !partsSum.eq(total) || rounded.eq(100) || values.length === 0) return { values };
  let largest = 0;
  parts.forEach((p, i) => {
    if (p.gt(parts[largest])) largest = i;
  });
  values[largest] = values[largest].plus(new Decimal(100).minus(rounded));
  return { values, adjusted: largest };
}

/**
 * The parts of a breakdown do not make up its total beyond the rounding band ((n+1) × 0.005万元), or one
 * part exceeds it: a share of such a total would print a misprint as fact (占比1007.17%).
 */
export function breakdownConflict(parts: Decimal[], total: Decimal): string | undefined {
  const sum = parts.reduce((s, p) => s.plus(p), new Decimal(0));
  const band = new Decimal(0.005).times(parts.length + 1);
  if (total.isZero() || sum.minus(total).abs().gt(band) || parts.some((p) => p.gt(total.plus(band))))
    return `【核对：各项合计${amountText(sum)}万元与合计数${amountText(total)}万元不符，占比未计算】`;
  return undefined;
}

/** "P%" of one part with its formula, naming the share adjusted to make the set total 100.00. */
export function writeShare(w: SectionWriter, s: Shares, i: number, formula: string, part: Val, total: Val): SectionWriter {
  const note = s.adjusted === i ? '（尾差调整：各项占比合计100.00%）' : '';
  return w.fact(s.values[i].toFixed(2), formulaSource(formula + note, part, total)).text('%');
}

/**
 * Year-on-year phrase: 增加X万元，增长Y% / 减少X万元，下降Y% / 与上年持平; no percentage when the
 * prior figure is 0 (undefined growth). `subject` prefixes the phrase ("收入总计").
 */
export function writeChange(w: SectionWriter, subject: string, cur: Val, prev: Val, opts: { same?: string } = {}): SectionWriter {
  const delta = cur.value.minus(prev.value);
  const deltaSrc = formulaSource('本年 − 上年', cur, prev);
  w.text(subject);
  if (delta.isZero()) return w.text(opts.same ?? '与上年持平');
  w.text(delta.gt(0) ? '增加' : '减少')
    .fact(amountText(delta.abs()), deltaSrc)
    .text('万元');
  if (prev.value.isZero()) return w;
  const pct = percent(delta.abs(), prev.value.abs());
  return w
    .text(delta.gt(0) ? '，增长' : '，下降')
    .fact(pct.toFixed(2), formulaSource('|本年 − 上年| ÷ 上年 × 100', cur, prev))
    .text('%');
}

/** "完成年初预算的77.49%"; nothing when the budget is 0 (W-BUDGET0). */
export function writeRate(w: SectionWriter, words: string, actual: Val, budget: Val): SectionWriter {
  if (budget.value.isZero()) return w;
  return w
    .text(words)
    .fact(percent(actual.value, budget.value).toFixed(2), formulaSource('决算 ÷ 预算 × 100', actual, budget))
    .text('%');
}
