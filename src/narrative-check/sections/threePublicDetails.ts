/** 九(二) (N15): counts (团组, 人次, 辆, 批次), 保有量 against 公开10表, and the split of 公务接待费. */
import type { Ctx } from '../context';
import { fmt2, fmtFig, toWan, where } from '../figures';
import { isCount, isMoney, quote, type Mention } from '../text';
import { threePublicItemOf } from './threePublicItems';

/** A count must be whole; 保有量 is the vehicles of 公开10表; an item of 0 has no count above 0, a purchase no 0 vehicles. */
function checkCount(ctx: Ctx, count: Mention, itemCol: string): void {
  const vehicles = ctx.book.fig('T10', '车辆数合计');
  const fig = ctx.book.fig('T09', '决算数', itemCol);
  if (count.decimals > 0)
    ctx.rep.add({
      at: count.sentence,
      rule: 'N15',
      severity: 'error',
      message: `${count.label || count.unit}应为整数，写作${count.raw}${count.unit}。原文：${quote(count.sentence, count)}`,
    });
  if (/保有量$/.test(count.label)) {
    ctx.handled.add(count);
    if (vehicles && !count.value.eq(vehicles.value))
      ctx.rep.add({
        at: count.sentence,
        rule: 'N15',
        severity: count.value.gt(vehicles.value) ? 'error' : 'warning',
        figs: [vehicles],
        expected: fmtFig(vehicles),
        actual: count.raw,
        message: `公务用车保有量${count.raw}辆，${where(vehicles)}为${fmtFig(vehicles)}辆${count.value.gt(vehicles.value) ? '，保有量不能多于车辆总数' : '，通常应相等'}。原文：${quote(count.sentence, count)}`,
      });
    return;
  }
  if (fig && fig.value.isZero() && count.value.gt(0))
    ctx.rep.add({
      at: count.sentence,
      rule: 'N15',
      severity: 'warning',
      figs: [fig],
      message: `${itemCol}为0，但写有${count.raw}${count.unit}。原文：${quote(count.sentence, count)}`,
    });
  if (itemCol === '公务用车购置费' && count.unit === '辆' && fig && fig.value.gt(0) && count.value.isZero())
    ctx.rep.add({
      at: count.sentence,
      rule: 'N15',
      severity: 'warning',
      figs: [fig],
      message: `${where(fig)}为${fmtFig(fig)}万元，但购置车辆数写作0辆。原文：${quote(count.sentence, count)}`,
    });
}

/** 国内 + 国（境）外 = 公务接待费; 外事 is part of 国内 and cannot exceed it. */
function checkReceptionSplit(ctx: Ctx, mentions: Mention[]): void {
  const fig = ctx.book.fig('T09', '决算数', '公务接待费');
  if (!fig) return;
  const find = (label: RegExp) => mentions.find((m) => isMoney(m) && label.test(m.label));
  const home = find(/国内(公务)?接待费$/);
  const foreignAffairs = find(/外事接待费$/);
  const abroad = find(/国\(境\)外(公务)?接待费$/);
  for (const m of [home, foreignAffairs, abroad]) if (m) ctx.handled.add(m);
  if (home && abroad) {
    const sum = toWan(home).plus(toWan(abroad));
    const difference = sum.minus(fig.value);
    if (!difference.isZero())
      ctx.rep.add({
        at: home.sentence,
        rule: 'N15',
        severity: difference.abs().lte('0.01') ? 'info' : 'error',
        tail: difference.abs().lte('0.01') || undefined,
        figs: [fig],
        expected: fmtFig(fig),
        actual: fmt2(sum),
        difference: fmt2(difference),
        tolerance: '0.01',
        message: `国内接待费${fmt2(toWan(home))}万元与国（境）外接待费${fmt2(toWan(abroad))}万元合计${fmt2(sum)}万元，${where(fig)}为${fmtFig(fig)}万元。原文：${quote(home.sentence, home)}`,
      });
  }
  if (home && foreignAffairs && toWan(foreignAffairs).gt(toWan(home)))
    ctx.rep.add({
      at: foreignAffairs.sentence,
      rule: 'N15',
      severity: 'error',
      figs: [fig],
      message: `外事接待费${fmt2(toWan(foreignAffairs))}万元是国内接待费的一部分，不应大于国内接待费${fmt2(toWan(home))}万元。原文：${quote(foreignAffairs.sentence, foreignAffairs)}`,
    });
}

/** Each paragraph that names a “三公” item and gives counts. */
export function readThreePublicDetails(ctx: Ctx): void {
  for (const para of ctx.read.paragraphs) {
    const mentions = para.sentences.flatMap((s) => s.mentions);
    const itemMention = mentions.find((m) => threePublicItemOf(m));
    const counts = mentions.filter(isCount);
    if (!itemMention || counts.length === 0) continue;
    const item = threePublicItemOf(itemMention)!;
    for (const count of counts) checkCount(ctx, count, item.col);
    if (item.col === '公务接待费') checkReceptionSplit(ctx, mentions);
  }
}
