/**
 * Money and counts as decimal.js values. Floating point never touches an amount:
 * host doubles are read through their shortest decimal form and rounded half-up for display.
 */
import DecimalBase from 'decimal.js';
import type { RawValue } from './grid';

export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** Placeholders meaning "no figure": blank and the dash family. "——" additionally means "not applicable". */
const NOT_APPLICABLE = /^[—–－-]{2,}$|^——$/;
const DASH = /^[—–－\-]$/;

export type ParsedCell =
  | { kind: 'blank' }
  | { kind: 'na' } // "——": not applicable, must stay empty
  | { kind: 'number'; value: Decimal; decimals: number }
  | { kind: 'text'; text: string };

/** Number of decimal places a value was written with (403.05 → 2, 2 → 0). */
function decimalsOf(d: Decimal): number {
  return Math.max(0, d.decimalPlaces());
}

/**
 * Reads a host number. Doubles carry binary noise from Excel formulas (0.1+0.2);
 * 15 significant digits is what Excel itself shows, so it is the value the user sees.
 */
export function decimalFromNumber(n: number): Decimal {
  return new Decimal(Number(n.toPrecision(15)).toString());
}

const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;

/** Parses one cell: numbers, numbers stored as text ("1,234.56", full-width digits, "(12.00)"), dashes, blanks. */
export function parseCell(raw: RawValue): ParsedCell {
  if (raw === null || raw === undefined || raw === '') return { kind: 'blank' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'text', text: String(raw) };
    const value = decimalFromNumber(raw);
    return { kind: 'number', value, decimals: decimalsOf(value) };
  }
  if (typeof raw === 'boolean') return { kind: 'text', text: String(raw) };
  let s = raw.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
  if (s === '') return { kind: 'blank' };
  if (NOT_APPLICABLE.test(s)) return { kind: 'na' };
  if (DASH.test(s)) return { kind: 'blank' };
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  s = s.replace(/^[−–]/, '-');
  if (!NUMBER_TEXT.test(s)) return { kind: 'text', text: String(raw).trim() };
  let value = new Decimal(s.replace(/,/g, ''));
  if (negative) value = value.negated();
  return { kind: 'number', value, decimals: decimalsOf(value) };
}

/** Formats an amount with exactly two decimals, half-up: 2 → "2.00", 1.005 → "1.01". */
export function fmt2(d: Decimal): string {
  return d.toFixed(2);
}

/** Formats a figure for messages: two decimals for money, as is for counts. */
export function fmtValue(d: Decimal, kind: 'money' | 'count'): string {
  return kind === 'count' ? d.toFixed(Math.max(0, d.decimalPlaces())) : fmtMoney(d);
}

/** Money with two decimals, or more when the figure itself carries more (full-precision workbooks). */
export function fmtMoney(d: Decimal): string {
  return d.toFixed(Math.max(2, Math.min(6, d.decimalPlaces())));
}
