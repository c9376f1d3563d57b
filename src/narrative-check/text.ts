/**
 * Reading a 情况说明 the way a reviewer does: paragraphs, sentences, and every number with its unit
 * and the words just before it ("收入总计403.05万元" → label 收入总计, 403.05, 万元).
 * Parsing works on a normalised copy (full-width folded, whitespace dropped, 【待补充】 slots blanked);
 * quotations always come from the original wording.
 */
import { Decimal } from '../core/money';

export type MentionUnit = '万元' | '亿元' | '元' | '%' | '辆' | '个' | '人次' | '批次' | '台(套)' | '年' | '月' | '日';

export interface Mention {
  value: Decimal;
  /** Digits as written ("15.4", "1,234.50"). */
  raw: string;
  decimals: number;
  unit: MentionUnit;
  /** The words before the number, from the clause start or the previous number, list markers and fillers removed. */
  label: string;
  /** The words after the number up to the next clause boundary or number. */
  after: string;
  /** Offsets in the sentence's normalised text. */
  start: number;
  end: number;
  /** Order of the mention within its section. */
  index: number;
  sentence: Sentence;
  /** A percentage written without its "%" ("占76.23；"): read as one, reported as W-TEXT. */
  noSign?: boolean;
}

export interface Sentence {
  /** Original wording, with its closing punctuation. */
  text: string;
  norm: string;
  paragraph: Paragraph;
  /** Figures that state a quantity (not those of a reason clause). */
  mentions: Mention[];
  /** Figures inside a reason clause ("主要原因是…"): never a quantity of the sentence, only their years are checked. */
  reasonMentions: Mention[];
  /** Character offset of the sentence in its paragraph's original text. */
  offset: number;
  /** Where the reason clause starts in `norm` (its length when there is none). */
  reasonAt: number;
}

export interface Paragraph {
  text: string;
  norm: string;
  index: number;
  sentences: Sentence[];
  /** The cell holding the paragraph (its first line), when the text comes from a worksheet. */
  cell?: string;
}

/** A sentence break inside a paragraph (a line ending in the middle of a sentence, "下降\n\n15.4%"). */
export interface BrokenLine {
  before: string;
  after: string;
}

export interface ReadText {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  mentions: Mention[];
  /** Figures of reason clauses, for the year check only. */
  reasonMentions: Mention[];
  broken: BrokenLine[];
}

const MONEY_UNITS = new Set<MentionUnit>(['万元', '亿元', '元']);
const COUNT_UNITS = new Set<MentionUnit>(['辆', '个', '人次', '批次', '台(套)']);

export const isMoney = (m: Mention) => MONEY_UNITS.has(m.unit);
export const isPercent = (m: Mention) => m.unit === '%';
export const isCount = (m: Mention) => COUNT_UNITS.has(m.unit);

/** Full-width folded, whitespace removed. */
export function normText(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

/** Template slots written by the generator or left by hand in brackets: 【待补充：…】, [待填写]. */
export const BRACKET_SLOT = /【[^】]*】|\[(?:待|请)[^\]]*\]/g;

/** Normalised text with bracketed slots replaced by □, so their words are never read as figures or names. */
export function parseText(s: string): string {
  return normText(s).replace(BRACKET_SLOT, '□');
}

const LIST_MARKER = /^(?:\d+[、.](?!\d)|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|[①-⑳])/;

/** A line that is a list heading ("1、预算绩效管理工作开展情况"), not a sentence cut in two. */
function headingLike(line: string): boolean {
  return LIST_MARKER.test(line.trim()) && !/[。；;]/.test(line);
}

const SENTENCE_END = /[。；;！？!?：:]$/;

/**
 * Lines to paragraphs: a line that stops in the middle of a sentence (no closing punctuation, not a list
 * heading) continues on the next line unless that line opens a new list item.
 */
export function paragraphsOf(text: string): { paragraphs: string[]; broken: BrokenLine[]; firstLines: number[] } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const paragraphs: string[] = [];
  const broken: BrokenLine[] = [];
  /** Index (among the non-empty lines) of each paragraph's first line, to find its cell. */
  const firstLines: number[] = [];
  lines.forEach((line, i) => {
    const prev = paragraphs[paragraphs.length - 1];
    if (prev !== undefined && !SENTENCE_END.test(prev) && !headingLike(prev) && !LIST_MARKER.test(line) && !/^附件/.test(prev)) {
      broken.push({ before: prev, after: line });
      paragraphs[paragraphs.length - 1] = prev + line;
    } else {
      paragraphs.push(line);
      firstLines.push(i);
    }
  });
  return { paragraphs, broken, firstLines };
}

/** Splits at 。；！？ keeping the punctuation (doubled marks stay with their sentence). */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.match(/[^。；;！？!?]+[。；;！？!?]*|[。；;！？!?]+/g) ?? [];
}

const NUMBER =
  /(?<![\d.])(\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\.(\d+))?(万元|亿元|元|%|辆|个|人次|批次|台\(套\)|台套|台|套|年度|年|月|日)?/g;

function unitOf(u: string): MentionUnit {
  if (u === '年度') return '年';
  if (u === '台' || u === '套' || u === '台套') return '台(套)';
  return u as MentionUnit;
}

function isBoundary(s: string, i: number): boolean {
  const ch = s[i];
  if (';:。、!?'.includes(ch)) return true;
  if (ch !== ',') return false;
  // A thousands separator is not a clause boundary: digit , ddd (non-digit).
  return !(/\d/.test(s[i - 1] ?? '') && /^\d{3}(?!\d)/.test(s.slice(i + 1)));
}

const FILLERS = /^(?:其中|主要包括|包括|主要用于|主要是|分别为|分别是|此外|另外|以及|和|及)/;

/** The words naming a number: list markers, "其中/主要包括", and a trailing 为/共 removed. */
export function cleanLabel(s: string): string {
  let t = s;
  for (let i = 0; i < 6; i++) {
    const u = t
      .replace(/^[,;:。、!?]+/, '')
      .replace(LIST_MARKER, '')
      .replace(FILLERS, '');
    if (u === t) break;
    t = u;
  }
  return t.replace(/(共计|共|为|达到|达|约)$/, '');
}

/** The words before a number that make it a percentage even without its "%" sign. */
export const SIGNLESS_RATE = /(占比?|比重为?|占[^,;:。、\d]{1,20}的|增长|下降|上升|降低|完成(?:年初|全年)?预算的|完成率为?|执行率为?)$/;

/** Where a sentence's reason clause starts ("主要原因是…", "原因：…"); the sentence's length when it has none. */
export function reasonStart(norm: string): number {
  const m = /主要原因|原因(?:是|为|:|主要)/.exec(norm);
  return m ? m.index : norm.length;
}

/** Numbers with a unit in one sentence; years, days and counts included, bare numbers ("7*24") ignored. */
function mentionsOf(sentence: Sentence, firstIndex: number): Mention[] {
  const s = sentence.norm;
  const out: Mention[] = [];
  let lastEnd = 0;
  for (const m of s.matchAll(NUMBER)) {
    const start = m.index!;
    // A share or rate whose "%" was left out still counts as a percentage (and is reported as W-TEXT).
    const noSign = !m[3] && m[2] !== undefined && SIGNLESS_RATE.test(s.slice(Math.max(0, start - 24), start));
    if (!m[3] && !noSign) continue;
    const end = start + m[0].length;
    let from = lastEnd;
    for (let i = start - 1; i >= lastEnd; i--) {
      if (isBoundary(s, i)) {
        from = i + 1;
        break;
      }
    }
    const digits = m[1].replace(/,/g, '');
    const raw = m[2] !== undefined ? `${m[1]}.${m[2]}` : m[1];
    out.push({
      value: new Decimal(m[2] !== undefined ? `${digits}.${m[2]}` : digits),
      raw,
      decimals: m[2]?.length ?? 0,
      unit: noSign ? '%' : unitOf(m[3]),
      label: cleanLabel(s.slice(from, start)),
      after: '',
      start,
      end,
      index: firstIndex + out.length,
      sentence,
      ...(noSign ? { noSign } : {}),
    });
    lastEnd = end;
  }
  out.forEach((m, i) => {
    const stop = i + 1 < out.length ? out[i + 1].start : s.length;
    let to = stop;
    for (let j = m.end; j < stop; j++) {
      if (isBoundary(s, j)) {
        to = j;
        break;
      }
    }
    m.after = s.slice(m.end, to);
  });
  return out;
}

/** A section's text as paragraphs, sentences and figures; `cells` names the cell of each non-empty line. */
export function readText(text: string, cells?: (string | undefined)[]): ReadText {
  const { paragraphs: paras, broken, firstLines } = paragraphsOf(text);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  const reasonMentions: Mention[] = [];
  paras.forEach((p, index) => {
    const para: Paragraph = { text: p, norm: parseText(p), index, sentences: [], cell: cells?.[firstLines[index]] };
    let offset = 0;
    for (const st of sentencesOf(p)) {
      const norm = parseText(st);
      const sentence: Sentence = {
        text: st.trim(),
        norm,
        paragraph: para,
        mentions: [],
        reasonMentions: [],
        offset: p.indexOf(st, offset),
        reasonAt: reasonStart(norm),
      };
      offset = sentence.offset + st.length;
      const all = mentionsOf(sentence, mentions.length);
      sentence.mentions = all.filter((m) => m.start < sentence.reasonAt);
      sentence.reasonMentions = all.filter((m) => m.start >= sentence.reasonAt);
      // Renumber so the quantities of the section stay consecutive.
      sentence.mentions.forEach((m, i) => (m.index = mentions.length + i));
      mentions.push(...sentence.mentions);
      reasonMentions.push(...sentence.reasonMentions);
      para.sentences.push(sentence);
      sentences.push(sentence);
    }
    paragraphs.push(para);
  });
  return { paragraphs, sentences, mentions, reasonMentions, broken };
}

/** Either label ends with the other ("支出总计" ~ "财政拨款支出总计"); both at least two characters. */
export function sameSubject(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  return a.endsWith(b) || b.endsWith(a);
}

/**
 * The sentence as written, quoted. Long sentences are cut around the number the finding is about,
 * found by its digits (the k-th occurrence, as in the normalised text).
 */
export function quote(sentence: Sentence, m?: Mention): string {
  const text = sentence.text.replace(/\s+/g, '');
  if (!m || text.length <= 90) return `“${text}”`;
  let k = 0;
  for (let i = sentence.norm.indexOf(m.raw); i >= 0 && i < m.start; i = sentence.norm.indexOf(m.raw, i + 1)) k++;
  let at = -1;
  for (let i = 0, from = 0; i <= k; i++) {
    at = text.indexOf(m.raw, from);
    if (at < 0) break;
    from = at + 1;
  }
  if (at < 0) return `“${text}”`;
  const a = Math.max(0, at - 40);
  const b = Math.min(text.length, at + m.raw.length + 30);
  return `“${a > 0 ? '…' : ''}${text.slice(a, b)}${b < text.length ? '…' : ''}”`;
}
