/**
 * A plain-text 情况说明 (or a whole 决算公开 document) into sections by its headings:
 * "一、…说明" … "十、…" (level 1) and "（一）…" (level 2). Only 第三部分 is kept when the text has parts.
 */

export interface SplitSection {
  heading: string;
  level: 1 | 2;
  text: string;
  /** 1-based line of the heading in the input (of the first line, for text before any heading). */
  line: number;
  /** 1-based input line of each non-empty line of `text`. */
  lines: number[];
  /** On the first section only: title and 目录 lines before the sections that carry a year. */
  preamble?: { text: string; line: number }[];
}

const PART = /^第[一二三四五六七八九十]+部分/;
const NARRATIVE_PART = /^第[一二三四五六七八九十]+部分\s*(?:\d{4}年度?)?[^\d]{0,12}?情况说明\s*$/;
const H1 = /^[一二三四五六七八九十]{1,3}、/;
const H2 = /^[（(][一二三四五六七八九十]{1,3}[)）]/;

/** A heading line: short, no sentence punctuation, no amounts, not a 目录 line with dots and a page number. */
function headingLike(line: string): boolean {
  return line.length <= 40 && !/[。；;，,]/.test(line) && !/\d+(\.\d+)?\s*(万元|%|％)/.test(line) && !/\.{3,}|…{2,}|\t\d+\s*$/.test(line);
}

export function splitNarrative(text: string): SplitSection[] {
  const lines = text.split(/\r?\n/);
  // Start after the 第三部分 情况说明 heading when there is one (the 目录 line carries a page number, so it does not match).
  let from = 0;
  for (let i = 0; i < lines.length; i++) if (NARRATIVE_PART.test(lines[i].trim())) from = i + 1;
  const out: SplitSection[] = [];
  const preamble: { text: string; line: number }[] = [];
  // Titles before the sections: the document title, the 目录 and the 第三部分 line itself.
  for (let i = 0; i < from; i++) {
    const line = lines[i].trim();
    if (/\d{4}年/.test(line) && (line.length <= 40 || /\.{3,}|…{2,}|\t\d+\s*$/.test(line))) preamble.push({ text: line, line: i + 1 });
  }
  let cur: SplitSection | undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    if (PART.test(line)) {
      if (out.length) break;
      if (/\d{4}年/.test(line)) preamble.push({ text: line, line: i + 1 });
      continue;
    }
    const h1 = H1.test(line) && headingLike(line);
    const h2 = H2.test(line) && headingLike(line);
    if (h1 || h2) {
      cur = { heading: line, level: h1 ? 1 : 2, text: '', line: i + 1, lines: [] };
      out.push(cur);
      continue;
    }
    if (!cur) {
      cur = { heading: '', level: 1, text: '', line: i + 1, lines: [] };
      out.push(cur);
    }
    cur.text += (cur.text ? '\n' : '') + line;
    cur.lines.push(i + 1);
  }
  if (preamble.length && out.length) out[0].preamble = preamble;
  return out;
}
