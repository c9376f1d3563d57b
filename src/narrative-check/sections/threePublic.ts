/** 九 (N14, N02): the “三公” total and items against 公开09表 (决算, 预算, 完成率, share), and the items' changes against the total's. */
import { Decimal, ZERO } from '../../core/money';
import { THREE_PUBLIC_ITEMS, VEHICLE_COSTS_TOTAL } from '../../templates/narrativeSections';
import { SAME_AS_LAST_YEAR } from '../changes';
import { amount, isChangeAmount, valueOf, type Change, type Ctx } from '../context';
import { checkPercent, fmt2, sumTolerance, toWan, type Fig } from '../figures';
import { isCount, isMoney, isPercent, quote, type Mention, type Sentence } from '../text';
import { ACTUAL_LABEL, BUDGET_LABEL, RATE_LABEL } from './budgetWords';
import { SHARE_WORD } from './shares';
import { readThreePublicDetails } from './threePublicDetails';
import { checkRequiredStatements } from './threePublicRequired';
import { threePublicItemOf } from './threePublicItems';

/** "完成全年预算的P%" against 决算 ÷ 预算 (the budget as stated, else as in the table); a 0 budget is its own warning. */
function checkCompletionRate(
  ctx: Ctx,
  rate: Mention,
  actual: Decimal,
  budget: Fig | undefined,
  budgetStated: Decimal | undefined,
  what: string,
  figs: (Fig | undefined)[],
): void {
  ctx.handled.add(rate);
  const budgetValue = budgetStated ?? budget?.value;
  if (budgetValue === undefined) return;
  if (budgetValue.isZero()) {
    ctx.rep.add({
      at: rate.sentence,
      rule: 'W-BUDGET0',
      severity: 'warning',
      figs: figs.filter((f): f is Fig => !!f),
      actual: `${rate.raw}%`,
      message: `${what}预算数为0，不应写“完成全年预算的${rate.raw}%”。原文：${quote(rate.sentence, rate)}`,
    });
    return;
  }
  checkPercent(ctx.rep, rate, actual, budgetValue, { rule: 'N14', what: `${what}完成率`, formula: '支出决算 ÷ 全年预算 × 100', figs });
}

/** Which sentences speak of which item, and which of the total, for the check of the changes. */
export interface ThreePublicState {
  sentenceItem: Map<Sentence, string>;
  totalSentences: Set<Sentence>;
}

export function readThreePublic(ctx: Ctx): ThreePublicState {
  const state: ThreePublicState = { sentenceItem: new Map(), totalSentences: new Set() };
  const t9 = ctx.book.table('T09');
  if (!t9) return state;
  const budgetTotal = ctx.book.fig('T09', '预算数', '合计');
  const actualTotal = ctx.book.fig('T09', '决算数', '合计');
  for (const s of ctx.read.sentences) {
    const mentions = s.mentions;
    const itemMention = mentions.find((m) => threePublicItemOf(m));
    const hasCounts = mentions.some(isCount);
    if (itemMention) {
      const item = threePublicItemOf(itemMention)!;
      state.sentenceItem.set(s, item.col);
      const fig = ctx.book.fig('T09', '决算数', item.col);
      const budgetFig = ctx.book.fig('T09', '预算数', item.col);
      amount(ctx, itemMention, fig, { rule: hasCounts ? 'N15' : 'N14', what: `${item.col}支出决算` });
      const rest = mentions.slice(mentions.indexOf(itemMention) + 1);
      const budget = rest.find((m) => isMoney(m) && !isChangeAmount(m) && BUDGET_LABEL.test(m.label));
      if (budget) amount(ctx, budget, budgetFig, { rule: 'N14', what: `${item.col}全年预算` });
      const rate = rest.find((m) => isPercent(m) && RATE_LABEL.test(m.label));
      if (rate)
        checkCompletionRate(ctx, rate, valueOf(ctx, itemMention), budgetFig, budget ? toWan(budget) : undefined, item.col, [
          fig,
          budgetFig,
        ]);
      const share = rest.find((m) => isPercent(m) && SHARE_WORD.test(m.label));
      if (share && actualTotal) {
        ctx.handled.add(share);
        checkPercent(ctx.rep, share, valueOf(ctx, itemMention), actualTotal.value, {
          rule: 'N14',
          what: `${item.col}占比`,
          formula: `${item.col} ÷ “三公”经费决算合计 × 100`,
          figs: [fig, actualTotal],
        });
      }
      continue;
    }
    if (!/三公/.test(s.norm)) continue;
    const budget = mentions.find((m) => isMoney(m) && !isChangeAmount(m) && BUDGET_LABEL.test(m.label));
    const actual = mentions.find((m) => isMoney(m) && !isChangeAmount(m) && ACTUAL_LABEL.test(m.label));
    if (!budget && !actual) continue;
    state.totalSentences.add(s);
    if (budget) amount(ctx, budget, budgetTotal, { rule: 'N14', what: '“三公”经费全年预算' });
    if (actual) amount(ctx, actual, actualTotal, { rule: 'N14', what: '“三公”经费支出决算' });
    const rate = mentions.find((m) => isPercent(m) && RATE_LABEL.test(m.label));
    if (rate && actual)
      checkCompletionRate(ctx, rate, valueOf(ctx, actual), budgetTotal, budget ? toWan(budget) : undefined, '“三公”经费', [
        actualTotal,
        budgetTotal,
      ]);
  }
  readThreePublicDetails(ctx);
  if (ctx.kind === 'S9.2' || ctx.kind === 'S9') checkRequiredStatements(ctx);
  return state;
}

/** Σ of the items' changes equals the change of the total (each item either has a change or is "与上年相同"). */
export function checkThreePublicChanges(ctx: Ctx, changes: Change[], state: ThreePublicState): void {
  const total = changes.find((c) => state.totalSentences.has(c.sentence));
  if (!total) return;
  const deltas = new Map<string, Decimal>();
  for (const [s, col] of state.sentenceItem) {
    if (deltas.has(col)) continue;
    const change = changes.find((x) => x.sentence === s);
    if (change) deltas.set(col, change.delta);
    else if (SAME_AS_LAST_YEAR.test(s.norm)) deltas.set(col, ZERO);
  }
  // The text gives the two vehicle items either one by one or as their total.
  const items: readonly string[] = deltas.has(VEHICLE_COSTS_TOTAL)
    ? ['因公出国（境）费', VEHICLE_COSTS_TOTAL, '公务接待费']
    : THREE_PUBLIC_ITEMS;
  if (!items.every((k) => deltas.has(k))) return;
  const sum = items.reduce((a, k) => a.plus(deltas.get(k)!), ZERO);
  const difference = sum.minus(total.delta);
  if (difference.isZero()) return;
  const tolerance = sumTolerance(items.length);
  ctx.rep.add({
    at: total.sentence,
    rule: 'N02',
    severity: difference.abs().lte(tolerance) ? 'info' : 'warning',
    tail: difference.abs().lte(tolerance) || undefined,
    expected: fmt2(total.delta),
    actual: fmt2(sum),
    difference: fmt2(difference),
    tolerance: tolerance.toFixed(2),
    message: `“三公”经费各项比上年增减合计${fmt2(sum)}万元，与总额增减${fmt2(total.delta)}万元不一致。原文：${quote(total.sentence, total.m)}`,
  });
}
