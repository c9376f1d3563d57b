/**
 * Money and counts as decimal.js values. Floating point never touches an amount:
 * host doubles are read through their shortest decimal form and rounded half-up for display.
 */
import DecimalBase from 'decimal.js';
import type { RawValue } from './grid';
import { MAX_PLACES, publishedPlaces } from './numberFormat';

export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** Placeholders meaning "no figure": blank and the dash family. "——" additionally means "not applicable". */
const NOT_APPLICABLE = /^[—–－-]{2,}$|^——$/;
const DASH = /^[—–－-]$/;

/**
 * A number as written: its canonical decimal text ("403.05"), decimals, and the decimal.js value made
 * only when asked for (most figures are only ever summed, which the rules do in scaled integers).
 */
export class NumberCell {
  readonly kind = 'number' as const;
  // Made for the few figures a message shows (declared, not defined: no field on the others).
  declare private cached?: Decimal;
  /** The text as given, or made from the units when first asked for (a stored number's rarely is). */
  private written: string | undefined;
  /**
   * The digits of `text` as one signed integer (403.05 → 40305): the rules' fast path scales it by a power of
   * ten instead of reading the text again (exact while the text has at most 15 digits, as every figure the fast
   * path takes has).
   */
  readonly units: number;
  /** `text`, or (text undefined) the units it is made from: an exact integer below 2^51 of `decimals` places. */
  constructor(
    text: string | undefined,
    readonly decimals: number,
    /** Decimal places the cell's number format prints, when it fixes them; the rounding band follows it. */
    readonly published?: number,
    units?: number,
  ) {
    this.written = text;
    this.units = text === undefined ? units! : digitsOf(text);
  }
  get text(): string {
    return (this.written ??= textOfUnits(this.units, this.decimals));
  }
  get value(): Decimal {
    return (this.cached ??= new Decimal(this.text));
  }
  /** Digits before the point, as written ("-403.05" → 3, "0.5" → 1): |value| < 10^integerDigits. */
  integerDigits(): number {
    const t = this.written;
    if (t !== undefined) {
      const dot = t.indexOf('.');
      const end = dot < 0 ? t.length : dot;
      return t.charCodeAt(0) === 45 /* - */ ? end - 1 : end;
    }
    const size = Math.abs(this.units);
    let digits = 1;
    while (digits < POW10.length && size >= POW10[digits]) digits++;
    return Math.max(1, digits - this.decimals);
  }
}

/** Exact powers of ten as doubles (10^22 is the last a double holds exactly). */
const POW10: number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** The canonical text of units of `decimals` places: 40305, 2 → "403.05"; 5, 2 → "0.05"; −15, 1 → "-1.5". */
function textOfUnits(units: number, decimals: number): string {
  const digits = String(units < 0 ? -units : units);
  const sign = units < 0 ? '-' : '';
  if (decimals === 0) return sign + digits;
  if (digits.length > decimals) return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return `${sign}0.${digits.padStart(decimals, '0')}`;
}

/** The digits of a canonical decimal text as a signed integer, accumulated as core/tolerance.ts fastFromText does. */
function digitsOf(text: string): number {
  let n = 0;
  const negative = text.charCodeAt(0) === 45; /* - */
  for (let i = negative ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 /* . */) n = n * 10 + (c - 48);
  }
  return negative ? -n : n;
}

/** `outOfRange`: a stored number no figure can be (infinite, or 10^15 and beyond, past Excel's 15 digits). */
export type ParsedCell = { kind: 'blank' } | { kind: 'na' } | NumberCell | { kind: 'text'; text: string; outOfRange?: boolean };

// Most cells of a table are blank: one shared, frozen answer each instead of an object per cell.
const BLANK: ParsedCell = Object.freeze({ kind: 'blank' as const });
const NA: ParsedCell = Object.freeze({ kind: 'na' as const });
// 'na' is "——": not applicable, the cell must stay empty.

/** Canonical plain decimal text of a finite number; exponent forms go through decimal.js. */
function plainText(s: string, negative = false, published?: number): NumberCell {
  let t = s;
  if (/e/i.test(t)) t = new Decimal(t).toFixed();
  if (t.startsWith('+')) t = t.slice(1);
  if (t.includes('.')) t = t.replace(/0+$/, '').replace(/\.$/, '');
  if (t.startsWith('.')) t = `0${t}`;
  if (t.startsWith('-.')) t = `-0${t.slice(1)}`;
  if (/^-?0+\d/.test(t)) t = t.replace(/^(-?)0+(?=\d)/, '$1');
  if (t === '-0') t = '0';
  if (negative && t !== '0') t = t.startsWith('-') ? t.slice(1) : `-${t}`;
  const dot = t.indexOf('.');
  return new NumberCell(t, dot < 0 ? 0 : t.length - dot - 1, published);
}

/** Below this, raw × 10^k is within a quarter of its integer when raw is a k-place decimal. */
const EXACT_UNITS = 2 ** 51;

/** No 决算 amount reaches this; Excel keeps 15 significant digits, so beyond it a double holds no exact figure. */
const MAX_MAGNITUDE = 1e15;

/**
 * A number as a host stores it. A formula result carries binary noise (75.26000000000752); the figure is
 * what the cell prints: Excel's 15 significant digits, rounded half-up to the places its format shows
 * (at most MAX_PLACES when the format fixes none), so a workbook of formulas reads like one of values.
 */
function storedNumber(raw: number, format?: string | null): ParsedCell {
  if (!Number.isFinite(raw) || Math.abs(raw) >= MAX_MAGNITUDE) return { kind: 'text', text: String(raw), outOfRange: true };
  const published = publishedPlaces(format);
  const places = Math.min(published ?? MAX_PLACES, MAX_PLACES);
  // The text String(raw) writes is the shortest decimal that reads back as raw. While raw × 10^k stays below 2^51,
  // the k-place decimals read back as distinct doubles and the nearest one is Math.round(raw × 10^k): the first k
  // whose decimal reads back as raw is that text's decimals, found without writing the text.
  for (let k = 0; k <= places; k++) {
    const scaled = raw * POW10[k];
    if (!(Math.abs(scaled) < EXACT_UNITS)) break;
    const units = Math.round(scaled);
    if (units / POW10[k] === raw) return new NumberCell(undefined, k, published, units + 0); // + 0: no −0
  }
  const t = String(raw);
  if (!t.includes('e')) {
    const dot = t.indexOf('.');
    const decimals = dot < 0 ? 0 : t.length - dot - 1;
    if (decimals <= places) return new NumberCell(t === '-0' ? '0' : t, decimals, published);
  }
  return plainText(new Decimal(raw.toPrecision(15)).toDecimalPlaces(places).toFixed(), false, published);
}

const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;

/**
 * Parses one cell: numbers, numbers stored as text ("1,234.56", full-width digits, "(12.00)"), dashes, blanks.
 * `format` is the cell's number format, when the host reports one (it applies to stored numbers only:
 * a number written as text is printed as written).
 */
export function parseCell(raw: RawValue, format?: string | null): ParsedCell {
  if (raw === null || raw === undefined || raw === '') return BLANK;
  if (typeof raw === 'number') return storedNumber(raw, format);
  if (typeof raw === 'boolean') return { kind: 'text', text: String(raw) };
  // NFKC folds full-width digits and turns no-break and thin spaces into plain ones.
  let s = raw.normalize('NFKC').trim();
  const compact = s.replace(/\s+/g, '');
  if (compact === '') return BLANK;
  if (NOT_APPLICABLE.test(compact)) return NA;
  if (DASH.test(compact)) return BLANK;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  // A space inside the digits ("1 234.56", a thin or no-break space) is not a clean number: the cell is
  // reported (R02), never read as a guess.
  s = s.replace(/^[−–]\s*/, '-');
  if (!NUMBER_TEXT.test(s)) return { kind: 'text', text: String(raw).trim() };
  return plainText(s.replace(/,/g, ''), negative);
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
