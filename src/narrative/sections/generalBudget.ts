/** 五: 一般公共预算财政拨款支出 (公开05表): the total, its structure by 功能类, and each 类 against its 年初预算. */
import { SEED_HEADINGS } from '../../templates/narrativeSections';
import { breakdownConflict, formulaSource, percent, shares, writeAmount, writeRate, writeShare } from '../phrases';
import type { Section } from '../types';
import type { Val, Values } from '../values';
import { SectionWriter } from '../writer';
import { writeChangeOrPlaceholder, writeUserAmount, writeUserText } from './supplementPhrases';

/** 功能类 rows of 公开05表 with a non-zero 小计, in table order. */
function generalClasses(values: Values) {
  return values.rows('T05').filter((r) => r.kind === 'class' && !values.cellOr0('T05', r.key, '小计').value.isZero());
}

/** 五(一): the total, its share of all expenditure, and its change from last year. */
export function generalOverviewSection(values: Values, year: string, total: Val): Section {
  const allExpenditure = values.cellOr0('T03', '合计', '本年支出合计');
  const writer = new SectionWriter(SEED_HEADINGS['S5.1'], 2);
  writer.text(`${year}年一般公共预算财政拨款决算支出`);
  writeAmount(writer, total).text('，占本年支出合计的');
  if (!allExpenditure.value.isZero())
    writer
      .fact(
        percent(total.value, allExpenditure.value).toFixed(2),
        formulaSource('一般公共预算财政拨款支出 ÷ 本年支出合计 × 100', total, allExpenditure),
      )
      .text('%');
  writer.text('。与上年相比，');
  writeChangeOrPlaceholder(writer, values, '一般公共预算财政拨款支出', total, '上年.一般公共预算财政拨款支出');
  writer.text('。主要原因是');
  writeUserText(writer, values, '原因.一般公共预算').text('。');
  return writer.build();
}

/** 五(二): each non-zero 功能类 with its share of the total (`plug`: shares total exactly 100.00). */
export function generalStructureSection(values: Values, year: string, total: Val, plug = true): Section {
  const classes = generalClasses(values);
  const writer = new SectionWriter(SEED_HEADINGS['S5.2'], 2);
  writer.text(`${year}年度一般公共预算财政拨款支出`);
  writeAmount(writer, total).text('，主要用于以下方面：').end();
  const amounts = classes.map((r) => values.cellOr0('T05', r.key, '小计'));
  const parts = amounts.map((x) => x.value);
  const conflict = breakdownConflict(parts, total.value);
  const percents = shares(parts, total.value, plug);
  classes.forEach((r, i) => {
    writer.text(`${r.label}(类)`);
    writeAmount(writer, amounts[i]);
    if (!conflict) writeShare(writer.text('，占比'), percents, i, '该类支出 ÷ 一般公共预算财政拨款支出 × 100', amounts[i], total);
    writer.text(i === classes.length - 1 ? '。' : '；').end();
  });
  if (conflict && classes.length) writer.text(conflict);
  return writer.build();
}

/** 五(三) by 功能类: each 类's 年初预算, 决算, 完成率, purpose and change from last year. */
function generalDetailsByClassSection(values: Values, year: string, total: Val): Section {
  const writer = writeBudgetOpening(values, year, total, '。其中：');
  for (const r of generalClasses(values)) {
    const actual = values.cellOr0('T05', r.key, '小计');
    writer.text(`${r.label}年初预算`);
    const budget = writeUserAmount(writer, values, `年初预算.类.${r.key}`);
    writer.text('，支出决算');
    writeAmount(writer, actual);
    if (budget) writeRate(writer, '，完成年初预算的', actual, budget);
    writer.text('，用于');
    writeUserText(writer, values, `用途.类.${r.key}`).text('。');
    writeChangeOrPlaceholder(writer, values, '较上年决算', actual, `上年.类.${r.key}`, '与上年决算持平');
    writer.text('，主要原因是');
    writeUserText(writer, values, `原因.类.${r.key}`).text('。').end();
  }
  return writer.build();
}

/** 五(三)'s opening: the total 年初预算, its 决算 and 完成率, then `lead` ("。其中："), ending the paragraph unless told not to. */
export function writeBudgetOpening(values: Values, year: string, total: Val, lead: string, end = true): SectionWriter {
  const writer = new SectionWriter(SEED_HEADINGS['S5.3'], 2);
  writer.text(`${year}年度一般公共预算财政拨款支出年初预算`);
  const budget = writeUserAmount(writer, values, '年初预算.一般公共预算');
  writer.text('，支出决算');
  writeAmount(writer, total);
  if (budget) writeRate(writer, '，完成年初预算的', total, budget);
  writer.text(lead);
  return end ? writer.end() : writer;
}

/** 五 as the seed family writes it: the heading, then (一) overview, (二) structure, (三) by 功能类. */
export function generalBudgetSections(values: Values, year: string): Section[] {
  const heading = new SectionWriter(SEED_HEADINGS.S5).build();
  const total = values.cellOr0('T05', '合计', '小计');
  return [
    heading,
    generalOverviewSection(values, year, total),
    generalStructureSection(values, year, total),
    generalDetailsByClassSection(values, year, total),
  ];
}
