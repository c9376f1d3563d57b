/**
 * 五(三) (national): the total against its 年初预算 and why they differ, then one paragraph per 项 with
 * its purpose, budget, 决算, 完成率 and why 决算 differs from 预算.
 */
import { writeAmount, writeRate } from '../phrases';
import { writeBudgetOpening } from '../sections/generalBudget';
import { writeUserAmount, writeUserText } from '../sections/supplementPhrases';
import type { Section } from '../types';
import type { Val } from '../values';
import type { SectionWriter } from '../writer';
import type { NationalContext } from './context';
import { itemPath, nonZeroItems } from './items';

/** "决算数大于/小于预算数的主要原因：…。" or "决算数与预算数持平。" */
function writeBudgetDifference(writer: SectionWriter, ctx: NationalContext, actual: Val, budget: Val, reasonKey: string): void {
  const difference = actual.value.minus(budget.value);
  if (difference.isZero()) {
    writer.text('决算数与预算数持平。');
    return;
  }
  writer.text(`决算数${difference.gt(0) ? '大于' : '小于'}预算数的主要原因：`);
  writeUserText(writer, ctx.values, reasonKey).text('。');
}

export function nationalGeneralDetailsSection(ctx: NationalContext): Section {
  const { values, year } = ctx;
  const total = values.cellOr0('T05', '合计', '小计');
  const writer = writeBudgetOpening(values, year, total, '。', false);
  const budget = values.amount('年初预算.一般公共预算');
  if (budget) writeBudgetDifference(writer, ctx, total, budget, '原因.一般公共预算预决算');
  writer.text('具体情况如下：').end();
  nonZeroItems(values, 'T05', '小计').forEach((item, i) => {
    const actual = values.cellOr0('T05', item.code, '小计');
    writer.text(`${i + 1}、${itemPath(values, 'T05', item)}。主要用于：`);
    writeUserText(writer, values, `用途.项.${item.code}`).text('。年初预算为');
    const itemBudget = writeUserAmount(writer, values, `年初预算.项.${item.code}`);
    writer.text('，支出决算为');
    writeAmount(writer, actual);
    if (itemBudget) writeRate(writer, '，完成年初预算的', actual, itemBudget);
    writer.text('。');
    if (itemBudget) writeBudgetDifference(writer, ctx, actual, itemBudget, `原因.项.${item.code}`);
    writer.end();
  });
  return writer.build();
}
