/** 九: 财政拨款“三公”经费 (公开09表): the total and each item against its 全年预算, then counts and purposes. */
import { SEED_HEADINGS, THREE_PUBLIC_ITEMS } from '../../templates/narrativeSections';
import { writeAmount, writeChange, writeRate } from '../phrases';
import type { Section } from '../types';
import type { Val, Values } from '../values';
import { SectionWriter } from '../writer';
import { writeUserAmount, writeUserCount, writeUserText } from './supplementPhrases';

/** "比上年度增加…" / "与上年相同", or the placeholder of the prior figure. */
function writeThreePublicChange(writer: SectionWriter, values: Values, current: Val, priorKey: string): void {
  const prior = values.amount(priorKey);
  if (!prior) {
    writer.text(values.placeholder(priorKey));
    return;
  }
  if (current.value.eq(prior.value)) {
    writer.text('与上年相同');
    return;
  }
  writeChange(writer, '比上年度', current, prior);
}

/** 九(一): the total and each item: 决算, 完成率, change and why. */
function threePublicOverviewSection(values: Values, year: string): Section {
  const writer = new SectionWriter(SEED_HEADINGS['S9.1'], 2);
  const budget = values.cellOr0('T09', '预算数', '合计');
  const actual = values.cellOr0('T09', '决算数', '合计');
  writer.text(`${year}年度“三公”经费财政拨款支出全年预算`);
  writeAmount(writer, budget).text('，支出决算');
  writeAmount(writer, actual);
  writeRate(writer, '，完成全年预算的', actual, budget);
  writer.text('，');
  writeThreePublicChange(writer, values, actual, '上年.三公.合计');
  writer.text('，主要原因是：');
  writeUserText(writer, values, '原因.三公').text('。其中：').end();
  THREE_PUBLIC_ITEMS.forEach((item, i) => {
    const itemActual = values.cellOr0('T09', '决算数', item);
    const itemBudget = values.cellOr0('T09', '预算数', item);
    writer.text(`${item}支出`);
    writeAmount(writer, itemActual).text('，');
    if (!itemBudget.value.isZero()) writeRate(writer, '完成全年预算的', itemActual, itemBudget).text('，');
    writeThreePublicChange(writer, values, itemActual, `上年.三公.${item}`);
    writer.text('，主要原因是：');
    writeUserText(writer, values, `原因.三公项.${item}`)
      .text(i === THREE_PUBLIC_ITEMS.length - 1 ? '。' : '；')
      .end();
  });
  return writer.build();
}

/** 九(二): each item with its counts (团组, 人次, 辆, 批次) and purpose; 公务接待 split into 国内 and 国（境）外. */
function threePublicDetailsSection(values: Values): Section {
  const writer = new SectionWriter(SEED_HEADINGS['S9.2'], 2);
  const count = (key: string) => writeUserCount(writer, values, key);
  const purpose = (key: string) => writeUserText(writer, values, key);
  const actual = (item: string) => values.cellOr0('T09', '决算数', item);

  writer.text('1、因公出国（境）费支出');
  writeAmount(writer, actual('因公出国（境）费')).text('，出国（境）团组共');
  count('数量.出国团组');
  writer.text('个，');
  count('数量.出国人次');
  writer.text('人次。主要用于：');
  purpose('用途.因公出国（境）费').text('。').end();

  writer.text('2、公务用车购置支出');
  writeAmount(writer, actual('公务用车购置费')).text('，使用财政拨款共购置公务用车');
  count('数量.购置车辆');
  writer.text('辆，主要用于：');
  purpose('用途.公务用车购置费').text('。').end();

  writer.text('3、公务用车运行维护费支出');
  writeAmount(writer, actual('公务用车运行维护费')).text('，使用财政拨款负担的公务用车保有量共');
  // 保有量 defaults to the vehicles of 公开10表 when the supplement does not say.
  const vehicles = values.cell('T10', '车辆数合计');
  if (values.supplement['数量.保有车辆'] === undefined && vehicles) writer.fact(vehicles.value.toString(), vehicles.source);
  else count('数量.保有车辆');
  writer.text('辆，主要用于：');
  purpose('用途.公务用车运行维护费').text('。').end();

  writer.text('4、公务接待费支出');
  writeAmount(writer, actual('公务接待费')).text('，共接待');
  count('数量.接待批次');
  writer.text('批次，');
  count('数量.接待人次');
  writer.text('人次。国内接待费');
  writeUserAmount(writer, values, '接待.国内金额');
  writer.text('，共接待');
  count('数量.国内接待批次');
  writer.text('批次，');
  count('数量.国内接待人次');
  writer.text('人次，其中外事接待费');
  writeUserAmount(writer, values, '接待.外事金额');
  writer.text('，共接待');
  count('数量.外事接待批次');
  writer.text('批次，');
  count('数量.外事接待人次');
  writer.text('人次，主要是');
  purpose('用途.国内接待').text('；国（境）外接待费');
  writeUserAmount(writer, values, '接待.境外金额');
  writer.text('，共接待国（境）外');
  count('数量.境外接待批次');
  writer.text('批次，');
  count('数量.境外接待人次');
  writer.text('人次，主要是');
  purpose('用途.国（境）外接待').text('。');
  return writer.build();
}

/** 九 (the same in both families): the heading, (一) overview, (二) details. */
export function threePublicSections(values: Values, year: string): Section[] {
  const heading = new SectionWriter(SEED_HEADINGS.S9).build();
  return [heading, threePublicOverviewSection(values, year), threePublicDetailsSection(values)];
}
