/**
 * The precision a figure is published to, read from its cell's number format.
 * A formula result is stored with binary noise (75.26000000000752) but printed as "0.00" shows it; the
 * check judges the printed figure, so the format, not the stored double, decides its decimals.
 */

/** Most decimals of its own unit a figure is judged at: 0.000001 万元 is 0.01 元, finer than anything published. */
export const MAX_PLACES = 6;

const GENERAL = /^(general|g\/通用格式|常规|@)$/i;
// Date and time codes: a date format on a figure says nothing about money decimals.
const DATE_CODE = /[ymdhs]/i;

const cache = new Map<string, number | undefined>();

/**
 * Decimal places a format shows for a positive number: "0.00" → 2, "#,##0.00_);(#,##0.00)" → 2, "0" → 0,
 * "0.00%" → 4 (of the stored fraction). Undefined when the format does not fix them (General, text,
 * dates, scientific, a scaling comma as in "#,##0,") — the stored value then speaks for itself.
 */
export function publishedPlaces(format: string | null | undefined): number | undefined {
  if (!format) return undefined;
  const known = cache.get(format);
  if (known !== undefined || cache.has(format)) return known;
  const places = parseFormat(format);
  if (cache.size < 1000) cache.set(format, places);
  return places;
}

function parseFormat(format: string): number | undefined {
  // Literal text, escapes, colours/conditions/locales and padding carry no digits.
  const section = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '')
    .split(';')[0]
    .trim();
  if (section === '' || GENERAL.test(section)) return undefined;
  if (/E[+-]/i.test(section) || DATE_CODE.test(section.replace(/general/gi, ''))) return undefined;
  if (!/[0#?]/.test(section)) return undefined;
  // A comma after the last digit placeholder scales by 1000: the shown number is not the value.
  if (/[0#?],+(?![0#?,])/.test(section.replace(/\.[0#?]*/, ''))) return undefined;
  const dot = section.indexOf('.');
  const decimals = dot < 0 ? 0 : (/^[0#?]*/.exec(section.slice(dot + 1))?.[0].length ?? 0);
  const percent = (section.match(/%/g) ?? []).length;
  return decimals + 2 * percent;
}
