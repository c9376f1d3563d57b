/**
 * Rounding-aware comparison (after XBRL Calculations 1.1): a figure published to 0.01 of its unit
 * stands for [v − 0.005, v + 0.005]; a relation holds when the operands' intervals overlap.
 * A non-zero difference inside that band is a 尾数差异 (info), never an error.
 */
import { Decimal } from './money';
import type { Figure, Unit } from './table';

/** Factor converting a table's unit into the report unit (元 → 万元 is ÷10000). */
export function unitFactor(from: Unit | null, to: Unit): Decimal {
  const f = from ?? '万元';
  if (f === to) return new Decimal(1);
  return f === '元' ? new Decimal('0.0001') : new Decimal(10000);
}

/**
 * The rules add thousands of figures; they do it exactly in integers: every amount scaled to
 * 10^-SCALE of the report unit (a 元 figure with 分 in a 万元 report needs 6 places; 12 leave room).
 */
export const SCALE = 12;
const TEN = 10n;

/** Exact integer of a decimal text shifted by `shift` places (rounded half-up beyond that). */
export function scaledFromText(text: string, shift: number): bigint {
  const negative = text.startsWith('-');
  const t = negative ? text.slice(1) : text;
  const dot = t.indexOf('.');
  const int = dot < 0 ? t : t.slice(0, dot);
  const frac = dot < 0 ? '' : t.slice(dot + 1);
  let digits: bigint;
  if (frac.length <= shift) digits = BigInt(int + frac + '0'.repeat(shift - frac.length));
  else {
    const keep = frac.length - shift;
    const all = BigInt(int + frac);
    const div = TEN ** BigInt(keep);
    digits = all / div + ((all % div) * 2n >= div ? 1n : 0n);
  }
  return negative ? -digits : digits;
}

/** Decimal places by which a table's unit is shifted into the report unit (元 → 万元: −4). */
export function unitShift(from: Unit | null, to: Unit): number {
  const f = from ?? '万元';
  return f === to ? 0 : f === '元' ? -4 : 4;
}

export interface Scaled {
  value: bigint;
  radius: bigint;
}

const ZERO_SCALED: Scaled = { value: 0n, radius: 0n };

/**
 * A figure's value and rounding half-width in 10^-SCALE of the report unit: 0.005 of its unit for a figure
 * shown to two decimals (or to what its number format prints), half its last place for a full-precision one,
 * 0 for blanks and counts.
 */
export function figureScaled(fig: Figure, shift: number): Scaled {
  const p = fig.parsed;
  if (p.kind !== 'number') return ZERO_SCALED;
  if (fig.kind === 'count') return { value: scaledFromText(p.text, SCALE), radius: 0n };
  const places = SCALE + shift;
  return { value: scaledFromText(p.text, places), radius: halfOfLastPlace(p.published ?? Math.max(2, p.decimals), places) };
}

/**
 * Half of the last place of a figure printed to `decimals` places, in 10^-places units: 0.005 for two
 * decimals. A figure written finer than the scale holds (a text number with 15 decimals) counts as exact.
 */
export function halfOfLastPlace(decimals: number, places: number): bigint {
  const exponent = places - decimals - 1;
  return exponent >= 0 ? 5n * TEN ** BigInt(exponent) : 0n;
}

/** Back to decimal.js for messages. */
export function unscale(v: bigint): Decimal {
  return new Decimal(v.toString()).div(new Decimal(10).pow(SCALE));
}

export type Outcome = 'pass' | 'tail' | 'fail';

/** Classifies left − right = diff against the band for a relation: pass, 尾数差异 (tail) or fail. */
export function classifyScaled(relation: '=' | '≤' | '≥', diff: bigint, tolerance: bigint): Outcome {
  const excess = relation === '=' ? (diff < 0n ? -diff : diff) : relation === '≤' ? diff : -diff;
  if (excess <= 0n) return 'pass';
  return excess <= tolerance ? 'tail' : 'fail';
}
