/**
 * 情况说明 of the national 九张表 family (Shanghai/MoF wording): sections 一 to 十一. 五(三) goes by 项
 * with 决算数大于/小于预算数的主要原因; 机关运行经费, 政府采购 and 国有资产 have no table in this family,
 * so their figures come from the supplement.
 */
import { NATIONAL_HEADINGS, PROCUREMENT_KINDS } from '../templates/narrativeSections';
import { writeAmount, writeRate } from './phrases';
import { basicExpenditureSection } from './sections/basicExpenditure';
import { expenditureSection, incomeSection } from './sections/breakdown';
import { isEmptyTable } from './sections/funds';
import { generalBudgetSections, writeBudgetOpening } from './sections/generalBudget';
import { withFullStop, writeChangeOrPlaceholder, writeUserAmount, writeUserCount, writeUserText } from './sections/supplementPhrases';
import { threePublicSections } from './sections/threePublic';
import { fiscalTotalsSection } from './sections/totals';
import type { Section } from './types';
import type { Values } from './values';
import { SectionWriter } from './writer';

/** 一: one total for income and expenditure (they are equal), its change and why. */
function nationalTotalsSection(values: Values, year: string, unit: string): Section {
  const writer = new SectionWriter(NATIONAL_HEADINGS.S1);
  const total = values.cellOr0('T01', '收入总计');
  writer.text(`${unit}${year}年度收入、支出总计`);
  writeAmount(writer, total).text(`。与${Number(year) - 1}年度相比，`);
  writeChangeOrPlaceholder(writer, values, '收入、支出总计', total, '上年.收入总计');
  writer.text('。主要原因：');
  writeUserText(writer, values, '原因.收入支出总计').text('。');
  return writer.build();
}

/** 五(三) by 项: name path, purpose, budget, 决算, 完成率 and why 决算 differs from 预算. */
function generalDetailsByItemSection(values: Values, year: string): Section {
  const rows = values.rows('T05');
  const writer = writeBudgetOpening(values, year, values.cellOr0('T05', '合计', '小计'), '。具体情况如下：');
  const name = (code: string) => rows.find((r) => r.key === code)?.label ?? code;
  const items = rows.filter((r) => r.code?.length === 7 && !values.cellOr0('T05', r.key, '小计').value.isZero());
  items.forEach((r, i) => {
    const code = r.code!;
    const actual = values.cellOr0('T05', code, '小计');
    writer.text(`${i + 1}、${name(code.slice(0, 3))}（类）${name(code.slice(0, 5))}（款）${r.label}（项）。主要用于：`);
    writeUserText(writer, values, `用途.项.${code}`).text('。年初预算为');
    const budget = writeUserAmount(writer, values, `年初预算.项.${code}`);
    writer.text('，支出决算为');
    writeAmount(writer, actual);
    if (budget) writeRate(writer, '，完成年初预算的', actual, budget);
    writer.text('。');
    if (budget) {
      const difference = actual.value.minus(budget.value);
      if (difference.isZero()) writer.text('决算数与预算数持平。');
      else {
        writer.text(`决算数${difference.gt(0) ? '大于' : '小于'}预算数的主要原因：`);
        writeUserText(writer, values, `原因.项.${code}`).text('。');
      }
    }
    writer.end();
  });
  return writer.build();
}

/** 七: 政府性基金, or a sentence naming the unit that has none. */
function nationalGovernmentFundsSection(values: Values, year: string, unit: string): Section {
  const writer = new SectionWriter(NATIONAL_HEADINGS.S7);
  if (!values.has('T07') || isEmptyTable(values, 'T07'))
    return writer.text(`${unit}${year}年度无政府性基金预算财政拨款收入和支出。`).build();
  writer.text(`${year}年度政府性基金预算财政拨款收入`);
  writeAmount(writer, values.cellOr0('T07', '合计', '本年收入')).text('，支出');
  writeAmount(writer, values.cellOr0('T07', '合计', '本年支出小计')).text('。');
  return writer.build();
}

/** 八: 国有资本经营, or a sentence naming the unit that has none. */
function nationalStateCapitalSection(values: Values, year: string, unit: string): Section {
  const writer = new SectionWriter(NATIONAL_HEADINGS.S8);
  if (!values.has('T08') || isEmptyTable(values, 'T08'))
    return writer.text(`${unit}${year}年度无国有资本经营预算财政拨款收入和支出。`).build();
  writer.text(`${year}年度国有资本经营预算财政拨款支出`);
  writeAmount(writer, values.cellOr0('T08', '合计', '合计')).text('。');
  return writer.build();
}

/** 十: 机关运行经费 from the supplement, its change and why. */
function nationalRunningCostsSection(values: Values, year: string, unit: string): Section {
  const writer = new SectionWriter(NATIONAL_HEADINGS['S10.1']);
  const current = values.amount('本年.机关运行经费');
  if (current && current.value.isZero()) return writer.text(`${unit}${year}年度无机关运行经费支出。`).build();
  writer.text(`${unit}${year}年度机关运行经费支出`);
  if (!current) return writer.text(`${values.placeholder('本年.机关运行经费')}。`).build();
  writeAmount(writer, current).text('，');
  writeChangeOrPlaceholder(writer, values, `比${Number(year) - 1}年度`, current, '上年.机关运行经费');
  writer.text('。主要原因：');
  writeUserText(writer, values, '原因.机关运行经费').text('。');
  return writer.build();
}

/** 十一: 政府采购, 国有资产 and 预算绩效, all from the supplement. */
function nationalOtherMattersSections(values: Values, year: string, unit: string): Section[] {
  const heading = new SectionWriter(NATIONAL_HEADINGS.S10).build();
  const procurement = new SectionWriter(NATIONAL_HEADINGS['S10.2'], 2);
  procurement.text(`${year}年度${unit}政府采购支出总额`);
  const total = writeUserAmount(procurement, values, '政府采购.合计');
  if (total && !total.value.isZero())
    PROCUREMENT_KINDS.forEach((kind, i) => {
      procurement.text(`${i ? '、' : '，其中：'}政府采购${kind}支出`);
      writeUserAmount(procurement, values, `政府采购.${kind}`);
    });
  procurement.text('。');
  const assets = new SectionWriter(NATIONAL_HEADINGS['S10.3'], 2);
  assets.text(`截至${year}年12月31日，${unit}共有车辆`);
  writeUserCount(assets, values, '数量.车辆');
  assets.text('辆。单价100万元（含）以上设备（不含车辆）');
  writeUserCount(assets, values, '数量.大型设备');
  assets.text('台（套）。');
  const performance = new SectionWriter(NATIONAL_HEADINGS['S10.4'], 2);
  performance.text(`${year}年度，${unit}二级项目绩效自评个数`);
  writeUserCount(performance, values, '绩效.自评个数');
  performance.text('个，涉及资金');
  writeUserAmount(performance, values, '绩效.涉及资金');
  performance.text('。');
  if (values.supplement['其他事项']) performance.end().text(withFullStop(String(values.supplement['其他事项'])));
  return [heading, procurement.build(), assets.build(), performance.build()];
}

export function nationalSections(values: Values, year: string, unit: string): Section[] {
  // 五(三) by 功能类 is built and dropped (the national family writes it by 项): its supplement keys still
  // enter the missing list, as they always have.
  const [generalHeading, generalOverview, generalStructure] = generalBudgetSections(values, year);
  return [
    nationalTotalsSection(values, year, unit),
    incomeSection(values, year),
    expenditureSection(values, year),
    fiscalTotalsSection(values, year),
    generalHeading,
    generalOverview,
    generalStructure,
    generalDetailsByItemSection(values, year),
    basicExpenditureSection(values, year),
    nationalGovernmentFundsSection(values, year, unit),
    nationalStateCapitalSection(values, year, unit),
    ...threePublicSections(values, year),
    nationalRunningCostsSection(values, year, unit),
    ...nationalOtherMattersSections(values, year, unit),
  ];
}
