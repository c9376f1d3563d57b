/** 一 and 四: the totals of income and expenditure (all funds, then 财政拨款 only) and their change from last year. */
import { SEED_HEADINGS } from '../../templates/narrativeSections';
import { writeAmount } from '../phrases';
import type { Section } from '../types';
import type { Val, Values } from '../values';
import { SectionWriter } from '../writer';
import { writeChangeOrPlaceholder, writeUserText } from './supplementPhrases';

/**
 * 一 and 四 say the same of different totals: "{Y}年度…收入总计X万元，支出总计Y万元。与上年相比，…。主要原因是…。"
 * (the seed joins the two changes with "，" in 一 and "；" in 四).
 */
function totalsSection(
  values: Values,
  year: string,
  heading: string,
  subject: string,
  income: Val,
  expenditure: Val,
  keys: { income: string; expenditure: string; reason: string },
  joiner: string,
): Section {
  const writer = new SectionWriter(heading);
  writer.text(`${year}年度${subject}收入总计`);
  writeAmount(writer, income).text('，支出总计');
  writeAmount(writer, expenditure).text('。与上年相比，');
  writeChangeOrPlaceholder(writer, values, `${subject}收入总计`, income, keys.income);
  writer.text(joiner);
  writeChangeOrPlaceholder(writer, values, `${subject}支出总计`, expenditure, keys.expenditure);
  writer.text('。主要原因是');
  writeUserText(writer, values, keys.reason).text('。');
  return writer.build();
}

/** 一、收入支出决算总体情况说明 (公开01表). */
export function incomeExpenditureTotalsSection(values: Values, year: string): Section {
  return totalsSection(
    values,
    year,
    SEED_HEADINGS.S1,
    '',
    values.cellOr0('T01', '收入总计'),
    values.cellOr0('T01', '支出总计'),
    { income: '上年.收入总计', expenditure: '上年.支出总计', reason: '原因.收入支出总计' },
    '，',
  );
}

/** 四、财政拨款收支决算总体情况说明 (公开04表). */
export function fiscalTotalsSection(values: Values, year: string): Section {
  return totalsSection(
    values,
    year,
    SEED_HEADINGS.S4,
    '财政拨款',
    values.cellOr0('T04', '收入总计'),
    values.cellOr0('T04', '支出总计', '合计'),
    { income: '上年.财政拨款收入总计', expenditure: '上年.财政拨款支出总计', reason: '原因.财政拨款收支总计' },
    '；',
  );
}
