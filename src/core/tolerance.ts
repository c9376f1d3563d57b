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
  if (f === to) return FACTOR.same;
  return f === '元' ? FACTOR.yuanToWan : FACTOR.wanToYuan;
}

// decimal.js values are immutable: one of each factor serves every figure.
const FACTOR = { same: new Decimal(1), yuanToWan: new Decimal('0.0001'), wanToYuan: new Decimal(10000) };

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
const TEN_TO_SCALE = new Decimal(10).pow(SCALE);

export function unscale(v: bigint): Decimal {
  const digits = (v < 0n ? -v : v).toString();
  // Within the precision the division is exact: the same value is read from the digits with the point put in.
  if (digits.length > Decimal.precision) return new Decimal(v.toString()).div(TEN_TO_SCALE);
  const whole = digits.length > SCALE ? digits.slice(0, -SCALE) : '0';
  return new Decimal(`${v < 0n ? '-' : ''}${whole}.${digits.slice(-SCALE).padStart(SCALE, '0')}`);
}

export type Outcome = 'pass' | 'tail' | 'fail';

/** Classifies left − right = diff against the band for a relation: pass, 尾数差异 (tail) or fail. */
export function classifyScaled(relation: '=' | '≤' | '≥', diff: bigint, tolerance: bigint): Outcome {
  const excess = relation === '=' ? (diff < 0n ? -diff : diff) : relation === '≤' ? diff : -diff;
  if (excess <= 0n) return 'pass';
  return excess <= tolerance ? 'tail' : 'fail';
}

/*
 * The fast path. Most workbooks print every amount to two decimals of a unit, and their largest totals have
 * a dozen digits: such figures are held exactly by plain JS integers (doubles are exact below 2^53), which
 * add without allocating anything. A lookup decides once, from the finest places and the largest magnitude
 * of all its figures, whether that holds (lookup.ts `fastScale`); every sum then stays in one representation:
 * JS integers when it fits, the BigInt scale above when a magnitude or a precision cannot be held exactly.
 *
 * Fast units are halves of 10^-places of the report unit: 0.01 万元 at places 2 is 2, its band (0.005) is 1.
 * Both are integers for every figure of at most `places` decimals in the report unit, whatever its band.
 */

/** Largest sum the fast path lets a relation reach: below it every partial sum of integers is exact. */
export const FAST_LIMIT = 2 ** 52;

/**
 * Finest report-unit places the fast path takes: beyond 11 the BigInt path rounds the value or drops the band
 * (its scale is 12), so such a workbook takes that path and keeps its answers.
 */
export const FAST_MAX_PLACES = SCALE - 1;

/** Exact powers of ten as doubles (10^22 is the last one a double holds exactly). */
const POW10: number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** 10^n as a double: exact up to 10^22, an approximation beyond (used only for bounds). */
export function pow10(n: number): number {
  return n >= 0 && n < POW10.length ? POW10[n] : 10 ** n;
}

/** Digits before the point of a canonical decimal text ("-403.05" → 3): |value| < 10^intDigits. */
export function intDigits(text: string): number {
  const dot = text.indexOf('.');
  const end = dot < 0 ? text.length : dot;
  return text.charCodeAt(0) === 45 /* - */ ? end - 1 : end;
}

/** Digits after the point of a canonical decimal text. */
function fractionDigits(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * A canonical decimal text ("-403.05") shifted by `places` decimals and multiplied by `times`, as a JS integer.
 * The caller guarantees the text has at most `places` decimals and the result is below FAST_LIMIT: then every
 * step is an exact integer operation on doubles.
 */
export function fastFromText(text: string, places: number, times: number): number {
  let n = 0;
  let i = 0;
  const negative = text.charCodeAt(0) === 45; /* - */
  if (negative) i = 1;
  let fraction = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) fraction = 0;
    else {
      n = n * 10 + (c - 48);
      if (fraction >= 0) fraction++;
    }
  }
  const v = n * (times * pow10(places - (fraction < 0 ? 0 : fraction)));
  return negative ? -v : v;
}

/** The fast units a literal of a formula takes, or undefined when it has more places than the scale. */
export function fastLiteral(text: string, places: number): { value: number; bound: number } | undefined {
  if (fractionDigits(text) > places) return undefined;
  return { value: fastFromText(text, places, 2), bound: 2 * pow10(intDigits(text) + places) };
}

/** Classifies left − right = diff against the band, in fast units (the same answer as classifyScaled). */
export function classifyFast(relation: '=' | '≤' | '≥', diff: number, tolerance: number): Outcome {
  const excess = relation === '=' ? (diff < 0 ? -diff : diff) : relation === '≤' ? diff : -diff;
  if (excess <= 0) return 'pass';
  return excess <= tolerance ? 'tail' : 'fail';
}
