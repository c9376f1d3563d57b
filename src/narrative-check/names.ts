/**
 * W-NAME: the unit's name written two ways in one 情况说明 (规划与自然资源局 / 规划和自然资源局), or
 * otherwise than in the tables' 部门名称. Names are compared with 与/和/及 folded, so only the joining
 * word can differ.
 */
import type { Reporter } from './figures';
import { normText, quote, type Paragraph } from './text';

/** "X与Y局": a name joined by 与/和/及 and ending in an organ's word. */
const JOINED_NAME = /([\u4e00-\u9fff]{2})(与|和|及)([\u4e00-\u9fff]{1,8}?)(局|厅|委员会|中心|办公室|管理处)/g;

export interface PlacedParagraph {
  para: Paragraph;
  rep: Reporter;
}

/** The same joined name spelled with another joining word than its first use (or than the tables' 部门名称). */
export function checkUnitNames(paragraphs: PlacedParagraph[], department?: string): void {
  const first = new Map<string, string>();
  const dept = department ? normText(department) : '';
  for (const m of dept.matchAll(JOINED_NAME)) first.set(keyOf(m), m[0]);
  const reported = new Set<string>();
  for (const { para, rep } of paragraphs)
    for (const m of para.norm.matchAll(JOINED_NAME)) {
      const key = keyOf(m);
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, m[0]);
        continue;
      }
      if (seen === m[0] || reported.has(`${key}|${m[0]}`)) continue;
      reported.add(`${key}|${m[0]}`);
      const sentence = para.sentences.find((s) => s.norm.includes(m[0])) ?? para.sentences[0];
      const fromTables = dept.includes(seen);
      rep.add({
        at: para,
        rule: 'W-NAME',
        severity: 'warning',
        expected: seen,
        actual: m[0],
        message: `单位名称前后不一致：此处写作“${m[0]}”，${fromTables ? '表中部门名称' : '前文'}为“${seen}”。原文：${quote(sentence)}`,
      });
    }
}

const keyOf = (m: RegExpMatchArray) => `${m[1]}·${m[3]}${m[4]}`;
