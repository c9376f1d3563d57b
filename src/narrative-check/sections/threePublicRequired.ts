/**
 * 九(二) (W-REQUIRED): the statements a reviewer requires even when the amount is 0 — 因公出国（境） 团组 and
 * 人次, 公务用车购置费 and 公务用车运行维护费 each, 车辆保有量, 公务接待 批次 and 人次. A 【待补充】 slot counts as
 * written (it is reported as a placeholder).
 */
import type { Ctx } from '../context';
import { quote, type Paragraph } from '../text';

/** A figure or a blanked slot (□). */
const N = '(?:\\d+|□)';

interface Required {
  /** The paragraph about the item. */
  item: RegExp;
  /** What it must state, and how the message names it. */
  needs: { re: RegExp; what: string }[];
}

const REQUIRED: Required[] = [
  {
    item: /因公出国\(境\)/,
    needs: [
      { re: new RegExp(`团组[^,;。]{0,4}?${N}个|${N}个(出国\\(境\\))?团组`), what: '出国（境）团组数' },
      { re: new RegExp(`${N}人次`), what: '出国（境）人次' },
    ],
  },
  { item: /公务用车购置(?!及)/, needs: [{ re: new RegExp(`公务用车购置(费)?(支出)?[^,;。]{0,6}?${N}`), what: '公务用车购置费支出' }] },
  {
    item: /公务用车运行(维护)?费/,
    needs: [{ re: new RegExp(`公务用车运行(维护)?费(支出)?[^,;。]{0,6}?${N}`), what: '公务用车运行维护费支出' }],
  },
  { item: /公务用车/, needs: [{ re: new RegExp(`保有量[^,;。]{0,4}?${N}辆`), what: '公务用车保有量' }] },
  {
    item: /公务接待费/,
    needs: [
      { re: new RegExp(`${N}批次`), what: '公务接待批次' },
      { re: new RegExp(`${N}人次`), what: '公务接待人次' },
    ],
  },
];

export function checkRequiredStatements(ctx: Ctx): void {
  const paras = ctx.read.paragraphs;
  const all = paras.map((p) => p.norm).join('');
  if (!all || /无"三公"经费|无“三公”经费|没有财政拨款"三公"|没有财政拨款“三公”|未发生"三公"|未发生“三公”/.test(all)) return;
  for (const r of REQUIRED) {
    const own = paras.filter((p) => r.item.test(p.norm));
    for (const need of r.needs) {
      if (own.some((p) => need.re.test(p.norm))) continue;
      // The item's own paragraph ("1、因公出国（境）费支出…"), not one that only lists it among others.
      const main = own.find((p) => r.item.test(p.norm.replace(/^(?:\d+[、.]|[（(]\d+[)）])/, '').slice(0, 12))) ?? own[0];
      const at: Paragraph | undefined = main ?? ctx.headingAt;
      ctx.rep.add({
        at,
        rule: 'W-REQUIRED',
        severity: 'warning',
        expected: need.what,
        message: `“三公”经费具体情况未写明${need.what}（为0时也应写明）。${main?.sentences[0] ? `原文：${quote(main.sentences[0])}` : ''}`,
      });
    }
  }
}
