/**
 * Rounding-aware comparison (after XBRL Calculations 1.1): a figure published to 0.01 of its unit
 * stands for [v − 0.005, v + 0.005]; a relation holds when the operands' intervals overlap.
 * A non-zero difference inside that band is a 尾数差异 (info), never an error.
 */
import { Decimal, ZERO } from '../core/money';
import type { Figure, Unit } from '../core/table';

/** Factor converting a table's unit into the report unit (元 → 万元 is ÷10000). */
export function unitFactor(from: Unit | null, to: Unit): Decimal {
  const f = from ?? '万元';
  if (f === to) return new Decimal(1);
  return f === '元' ? new Decimal('0.0001') : new Decimal(10000);
}

/** Value in the report unit; blanks, "——" and non-numbers count as 0. */
export function figureValue(fig: Figure, factor: Decimal): Decimal {
  return fig.parsed.kind === 'number' ? (fig.kind === 'count' ? fig.parsed.value : fig.parsed.value.times(factor)) : ZERO;
}

/**
 * Half-width of the figure's rounding interval in the report unit: 0.005 of its unit for a figure
 * shown to two decimals; half its last place for a full-precision figure; 0 for blanks and counts.
 */
export function figureRadius(fig: Figure, factor: Decimal): Decimal {
  if (fig.parsed.kind !== 'number' || fig.kind === 'count') return ZERO;
  const d = fig.parsed.decimals;
  const half = d <= 2 ? new Decimal('0.005') : new Decimal(5).times(new Decimal(10).pow(-(d + 1)));
  return half.times(factor);
}

export type Outcome = 'pass' | 'tail' | 'fail';

/** Classifies left − right = diff against the band for a relation. */
export function classify(relation: '=' | '≤' | '≥', diff: Decimal, tolerance: Decimal): Outcome {
  const excess = relation === '=' ? diff.abs() : relation === '≤' ? diff : diff.negated();
  if (excess.lte(0)) return 'pass';
  return excess.lte(tolerance) ? 'tail' : 'fail';
}
