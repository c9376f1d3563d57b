/** 五(一) (N06): the 一般公共预算财政拨款支出 total and its share of all expenditure. */
import type { Change, Ctx } from '../context';
import { amount, levels, valueOf } from '../context';
import { checkPercent } from '../figures';
import { isPercent } from '../text';
import { generalTotal, generalTotalInT04 } from './generalBudget';

export function readGeneralOverview(ctx: Ctx): void {
  const total = levels(ctx).find((m) => /一般公共预算/.test(m.label));
  if (!total) return;
  amount(ctx, total, generalTotal(ctx), { rule: 'N06', what: '一般公共预算财政拨款支出', alternates: [generalTotalInT04(ctx)] });
  const mentions = total.sentence.mentions;
  const share = mentions.slice(mentions.indexOf(total) + 1).find((x) => isPercent(x) && /^占.*(支出合计|支出总计|支出)的?$/.test(x.label));
  const allExpenditure = ctx.book.fig('T03', '合计', '本年支出合计') ?? ctx.book.fig('T01', '本年支出合计');
  if (share && allExpenditure) {
    ctx.handled.add(share);
    checkPercent(ctx.rep, share, valueOf(ctx, total), allExpenditure.value, {
      rule: 'N06',
      what: '占本年支出合计的比例',
      formula: '一般公共预算财政拨款支出 ÷ 本年支出合计 × 100',
      figs: [generalTotal(ctx), allExpenditure],
    });
  }
}

/** The total's change, for the cross-section check against the 类 of 五(三). */
export function recordGeneralChange(ctx: Ctx, changes: Change[]): void {
  const change = changes[0];
  if (change) ctx.shared.general = { change, rep: ctx.rep };
}
