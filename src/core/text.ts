/** Text normalisation shared by recognition: the same words, however they were typed or exported. */

const QUOTES = /["'“”‘’「」『』]/g;
const SPACES = /[\s\u00a0\u3000]+/g;

/**
 * Folds full-width forms (NFKC: "（" → "(", "１" → "1", "：" → ":"), drops every kind of
 * whitespace and line break (PDF and export artefacts) and the quote marks around "三公".
 */
export function normalize(text: string): string {
  let folded = normalized.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFKC').replace(SPACES, '').replace(QUOTES, '');
    // Recognition asks for the same labels and headers again and again (and every workbook of a batch has them).
    if (normalized.size >= NORMALIZED_MAX) normalized.clear();
    normalized.set(text, folded);
  }
  return folded;
}

/** normalize() is pure and NFKC is costly: its answers, kept up to a bound. */
const normalized = new Map<string, string>();
const NORMALIZED_MAX = 50_000;

const ENUMERATION = /^(?:[一二三四五六七八九十]+[、.．]|\(?[一二三四五六七八九十]+\)|\d+[、.．](?!\d)|\(\d+\)|[①-⑳])/;

/** Removes leading list markers such as "一、", "(一)", "1.", "(1)" from an already normalised label. */
export function stripEnumeration(label: string): string {
  let s = label;
  for (let i = 0; i < 3; i++) {
    const t = s.replace(ENUMERATION, '');
    if (t === s) break;
    s = t;
  }
  return s;
}

/** Normalised label for matching row items: no whitespace, full-width folded, list markers removed. */
export function labelKey(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return stripEnumeration(normalize(String(raw)));
}

/** Text of a raw cell for display (numbers as written). */
export function cellText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return String(raw).trim();
}
