/** Finding table titles by their wording, whatever the sheet name, position or decoration. */
import type { SheetGrid } from '../core/grid';
import { normalize, stripEnumeration } from '../core/text';
import { TEMPLATES } from '../templates/tables';
import type { TemplateDef } from '../core/template';

export interface TitleHit {
  row: number;
  col: number;
  template: TemplateDef;
  /** Longer matched wording wins: "支出决算表" is inside the 基金 and 国资 titles. */
  score: number;
  text: string;
  /** Table code written in the title cell itself (公开02表 收入决算表). */
  code?: string;
}

const CODE = /公开0?(\d{1,2})表/;
// 表五 is one numeral, not "表五一" of "表五一般公共…"; a bare "1" or "1." before a title numbers it too.
const PREFIX =
  /^(?:附件\d*[:：]?|附?表(?:十[一二三四五六七八九]?|[一二三四五六七八九]|\d{1,2})[:：、.]?|公开0?\d{1,2}表[:：、.]?|\d{1,2}(?![\d年])[、.．]?)+/;
const SUFFIX = /(?:\(?公开0?\d{1,2}表\)?|\(\d{4}年度?\))$/;

const titleIndex: { template: TemplateDef; alias: string }[] = [];
for (const t of TEMPLATES) {
  for (const a of new Set([t.title, t.nationalTitle, ...t.aliases].filter(Boolean) as string[])) {
    titleIndex.push({ template: t, alias: normalize(a) });
  }
}
titleIndex.sort((a, b) => b.alias.length - a.alias.length);

/** Matches one cell's text against every title; undefined when it is no table title. */
export function matchTitle(raw: string): { template: TemplateDef; score: number; code?: string } | undefined {
  const n = normalize(raw);
  if (n.length < 4 || n.length > 60 || !/表/.test(n)) return undefined;
  const code = CODE.exec(n)?.[0];
  const text = stripEnumeration(n.replace(PREFIX, '')).replace(SUFFIX, '');
  for (const { template, alias } of titleIndex) {
    if (text === alias) return { template, score: 1000 + alias.length, code };
    // "2024年度收入支出决算总表", "阳城县政务服务中心收入决算表": a prefix, never a suffix.
    if (
      text.endsWith(alias) &&
      /[年度局院心委办所站队部厅室校会位门司处府馆团社组园场]$|^$/.test(text.slice(0, -alias.length).slice(-1) || '')
    ) {
      return { template, score: alias.length, code };
    }
  }
  return undefined;
}

/** The title a cell's text is, wherever the cell. Every title has 表 in it: most texts are passed over without normalising them. */
export function titleOf(v: unknown): ReturnType<typeof matchTitle> {
  if (typeof v !== 'string' || v.length > 80 || !v.includes('表')) return undefined;
  return matchTitle(v);
}

/** The title a cell holds, if any. */
export function titleAt(v: unknown, row: number, col: number): TitleHit | undefined {
  return hitAt(titleOf(v), v as string, row, col);
}

/** A title match placed at its cell. */
export function hitAt(m: ReturnType<typeof matchTitle>, text: string, row: number, col: number): TitleHit | undefined {
  return m && { row, col, template: m.template, score: m.score, text, code: m.code };
}

/** All title cells of a sheet, top to bottom. */
export function findTitles(sheet: SheetGrid): TitleHit[] {
  const hits: TitleHit[] = [];
  sheet.rows.forEach((r, row) => {
    if (!r) return;
    r.forEach((v, col) => {
      const hit = titleAt(v, row, col);
      if (hit) hits.push(hit);
    });
  });
  return hits;
}

/** A stand-alone table code cell ("公开02\n\n表" → 公开02表). */
export function codeOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const n = normalize(raw);
  const m = /^公开0?(\d{1,2})表$/.exec(n);
  return m ? `公开${m[1].padStart(2, '0')}表` : undefined;
}
