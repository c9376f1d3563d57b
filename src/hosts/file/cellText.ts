/** A cell's displayed text from its value and number format: enough of Excel's formats for 决算 tables. */
import type { RawValue } from '../../core/grid';

function grouped(s: string): string {
  const [int, frac] = s.split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const g = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + g + (frac !== undefined ? '.' + frac : '');
}

/** Formats a number as `numFmt` shows it (decimals, thousands separator, percent); General otherwise. */
export function formatNumber(v: number, numFmt?: string): string {
  const fmt = (numFmt ?? '').split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (!fmt || /general/i.test(fmt) || !/[0#]/.test(fmt)) {
    if (!Number.isFinite(v)) return String(v);
    // General: at most 11 significant digits, no floating-point tails (0.1 + 0.2 shows 0.3).
    return String(Number(v.toPrecision(11)));
  }
  const percent = fmt.includes('%');
  const x = percent ? v * 100 : v;
  const dot = /[0#]\.([0#]+)/.exec(fmt);
  const decimals = dot ? dot[1].length : 0;
  let s = x.toFixed(decimals);
  if (/^-0(\.0+)?$/.test(s)) s = s.slice(1);
  if (/[0#],[0#]/.test(fmt)) s = grouped(s);
  return percent ? `${s}%` : s;
}

export function cellText(v: RawValue, numFmt?: string): string {
  if (v === null) return '';
  if (typeof v === 'number') return formatNumber(v, numFmt);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}
