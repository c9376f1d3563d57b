/**
 * The figures a 情况说明 prints, section by section: amounts (X万元), percentages (P%), counts (N个/辆/台/
 * 人次/批次) and scores (N分), years left out. Sections are keyed by what their heading speaks of (the
 * checker's classification), so a hand-written text and a generated one meet whatever their numbering.
 */
import { classifyHeading } from '../../src/narrative-check/sections';

const FIGURE = /(\d+(?:,\d{3})*(?:\.\d+)?)(?=万元|%|个|辆|台|人次|批次|分)/g;
const H1 = /^[一二三四五六七八九十]+、/;
const H2 = /^（[一二三四五六七八九十]+）/;

export function figuresOf(text: string): number[] {
  return [...text.replace(/\d{4}年/g, '').matchAll(FIGURE)].map((m) => Number(m[1].replace(/,/g, '')));
}

/** Section kind → its text, from a plain text whose headings stand on their own lines. */
export function sectionsOfText(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let parent = '';
  let key = 'other';
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (H1.test(t) && t.length < 40) {
      parent = t;
      key = classifyHeading(t);
    } else if (H2.test(t) && t.length < 40) key = classifyHeading(t, parent);
    else {
      out.set(key, (out.get(key) ?? '') + t + '\n');
      continue;
    }
    if (!out.has(key)) out.set(key, '');
  }
  return out;
}
