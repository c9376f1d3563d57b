/** 一 (national): one total for income and expenditure (they are equal), its change and why. */
import { NATIONAL_HEADINGS } from '../../templates/narrativeSections';
import { writeAmount } from '../phrases';
import { writeChangeOrPlaceholder, writeUserText } from '../sections/supplementPhrases';
import type { Section } from '../types';
import { SectionWriter } from '../writer';
import type { NationalContext } from './context';

export function nationalTotalsSection({ values, year, unit, priorYear }: NationalContext): Section {
  const writer = new SectionWriter(NATIONAL_HEADINGS.S1);
  const total = values.cellOr0('T01', '收入总计');
  writer.text(`${unit}${year}年度收入、支出总计`);
  writeAmount(writer, total).text(`。与${priorYear}年度相比，`);
  writeChangeOrPlaceholder(writer, values, '收入、支出总计', total, '上年.收入总计');
  writer.text('。主要原因：');
  writeUserText(writer, values, '原因.收入支出总计').text('。');
  return writer.build();
}
