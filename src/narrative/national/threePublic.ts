/**
 * 七 (national): 财政拨款“三公”经费 as units publish it — (一) each item's 预算, 决算 and 完成预算 rate
 * (公务用车购置及运行维护费 as one subtotal), why 决算 differs from 预算, the change from last year; (二)
 * each item's share, then counts and purposes. With no spending at all, one sentence.
 */
import { NATIONAL_HEADINGS, VEHICLE_COSTS_TOTAL } from '../../templates/narrativeSections';
import { breakdownConflict, formulaSource, shares, writeAmount, writeChange, writeRate, writeShare } from '../phrases';
import { writeUserCount, writeUserText } from '../sections/supplementPhrases';
import type { Section } from '../types';
import type { Val } from '../values';
import { SectionWriter } from '../writer';
import type { NationalContext } from './context';

const ABROAD = '因公出国（境）费';
const RECEPTION = '公务接待费';

type Side = '预算数' | '决算数';

/** The car subtotal as printed, or the sum of its parts where the table has no 小计. */
function vehicleCosts(ctx: NationalContext, side: Side): Val {
  const printed = ctx.values.cell('T09', side, VEHICLE_COSTS_TOTAL);
  if (printed) return printed;
  const purchase = ctx.values.cellOr0('T09', side, '公务用车购置费');
  const running = ctx.values.cellOr0('T09', side, '公务用车运行维护费');
  return { value: purchase.value.plus(running.value), source: formulaSource('公务用车购置费 + 公务用车运行维护费', purchase, running) };
}

function item(ctx: NationalContext, name: string, side: Side): Val {
  return name === VEHICLE_COSTS_TOTAL ? vehicleCosts(ctx, side) : ctx.values.cellOr0('T09', side, name);
}

const ITEMS = [ABROAD, VEHICLE_COSTS_TOTAL, RECEPTION];

/** "…预算为X万元，支出决算为Y万元，完成预算的P%" (no rate on a 0 budget). */
function writeBudgetActual(writer: SectionWriter, budget: Val, actual: Val): void {
  writer.text('预算为');
  writeAmount(writer, budget).text('，支出决算为');
  writeAmount(writer, actual);
  writeRate(writer, '，完成预算的', actual, budget);
}

function overviewSection(ctx: NationalContext): Section {
  const { values, year, unit, priorYear } = ctx;
  const writer = new SectionWriter(NATIONAL_HEADINGS['S9.1'], 2);
  const budget = values.cellOr0('T09', '预算数', '合计');
  const actual = values.cellOr0('T09', '决算数', '合计');
  writer.text(`${unit}${year}年度“三公”经费财政拨款支出`);
  writeBudgetActual(writer, budget, actual);
  writer.text('。其中：');
  ITEMS.forEach((name, i) => {
    writer.text(`${name}支出`);
    writeBudgetActual(writer, item(ctx, name, '预算数'), item(ctx, name, '决算数'));
    writer.text(i === ITEMS.length - 1 ? '。' : '；');
  });
  const difference = actual.value.minus(budget.value);
  if (difference.isZero()) writer.text('决算数与预算数持平。');
  else {
    writer.text(`决算数${difference.gt(0) ? '大于' : '小于'}预算数的主要原因：`);
    writeUserText(writer, values, '原因.三公预决算').text('。');
  }
  writer.end();
  const prior = values.amount('上年.三公.合计');
  const subject = `${year}年度“三公”经费财政拨款支出决算数`;
  if (!prior) writer.text(`${subject}比${priorYear}年度${values.placeholder('上年.三公.合计')}`);
  else if (prior.value.eq(actual.value)) writer.text(`${subject}与${priorYear}年度持平`);
  else writeChange(writer, `${subject}比${priorYear}年度`, actual, prior);
  writer.text('，主要原因：');
  writeUserText(writer, values, '原因.三公').text('。');
  return writer.build();
}

function detailsSection(ctx: NationalContext): Section {
  const { values, year, unit } = ctx;
  const writer = new SectionWriter(NATIONAL_HEADINGS['S9.2'], 2);
  const total = values.cellOr0('T09', '决算数', '合计');
  const actuals = ITEMS.map((name) => item(ctx, name, '决算数'));
  const parts = actuals.map((a) => a.value);
  const conflict = breakdownConflict(parts, total.value);
  const percents = shares(parts, total.value);
  writer.text(`${year}年度“三公”经费财政拨款支出决算中，`);
  ITEMS.forEach((name, i) => {
    writer.text(`${name}支出决算`);
    writeAmount(writer, actuals[i]);
    if (!conflict) writeShare(writer.text('，占'), percents, i, `${name} ÷ “三公”经费决算合计 × 100`, actuals[i], total);
    writer.text(i === ITEMS.length - 1 ? '。' : '；');
  });
  if (conflict) writer.text(conflict);
  writer.text('具体情况如下：').end();

  const [abroad, vehicles, reception] = actuals;
  writer.text(`1、${ABROAD}支出`);
  writeAmount(writer, abroad);
  if (abroad.value.isZero()) writer.text(`，${unit}${year}年度无因公出国（境）团组。`);
  else {
    writer.text(`，${year}年度因公出国（境）团组`);
    writeUserCount(writer, values, '数量.出国团组').text('个，累计');
    writeUserCount(writer, values, '数量.出国人次').text('人次。');
  }
  writer.end();

  const purchase = values.cellOr0('T09', '决算数', '公务用车购置费');
  const running = values.cellOr0('T09', '决算数', '公务用车运行维护费');
  writer.text(`2、${VEHICLE_COSTS_TOTAL}支出`);
  writeAmount(writer, vehicles).text('。其中：公务用车购置费');
  writeAmount(writer, purchase);
  if (purchase.value.isZero()) writer.text(`，${year}年度未使用财政拨款购置公务用车`);
  else {
    writer.text(`，${year}年度使用财政拨款购置公务用车`);
    writeUserCount(writer, values, '数量.购置车辆').text('辆');
  }
  writer.text('；公务用车运行维护费');
  writeAmount(writer, running);
  if (running.value.isZero()) writer.text('。');
  else {
    writer.text('，主要用于');
    writeUserText(writer, values, '用途.公务用车运行维护费').text(`。截至${year}年12月31日，使用财政拨款负担的公务用车保有量为`);
    writeUserCount(writer, values, '数量.保有车辆').text('辆。');
  }
  writer.end();

  writer.text(`3、${RECEPTION}支出`);
  writeAmount(writer, reception);
  if (reception.value.isZero()) writer.text(`，${unit}${year}年度无公务接待费支出。`);
  else {
    writer.text(`，${year}年度国内公务接待`);
    writeUserCount(writer, values, '数量.国内接待批次').text('批次，');
    writeUserCount(writer, values, '数量.国内接待人次').text('人次，主要用于');
    writeUserText(writer, values, '用途.国内接待').text('。');
  }
  return writer.build();
}

export function nationalThreePublicSections(ctx: NationalContext): Section[] {
  const { values, year, unit } = ctx;
  const budget = values.cellOr0('T09', '预算数', '合计');
  const actual = values.cellOr0('T09', '决算数', '合计');
  if (budget.value.isZero() && actual.value.isZero())
    return [new SectionWriter(NATIONAL_HEADINGS.S9).text(`${unit}${year}年度无“三公”经费财政拨款支出。`).build()];
  return [new SectionWriter(NATIONAL_HEADINGS.S9).build(), overviewSection(ctx), detailsSection(ctx)];
}
