/** 八 and 九 (national): 政府性基金 with its 项, 国有资本经营; or the sentence naming the unit that has none. */
import { NATIONAL_HEADINGS } from '../../templates/narrativeSections';
import { writeAmount } from '../phrases';
import { isEmptyTable } from '../sections/funds';
import { writeUserText } from '../sections/supplementPhrases';
import type { Section } from '../types';
import { SectionWriter } from '../writer';
import type { NationalContext } from './context';
import { itemPath, nonZeroItems } from './items';

export function nationalGovernmentFundsSection(ctx: NationalContext): Section {
  const { values, year, unit } = ctx;
  const writer = new SectionWriter(NATIONAL_HEADINGS.S7);
  if (!values.has('T07') || isEmptyTable(values, 'T07'))
    return writer.text(`${unit}${year}年度无政府性基金预算财政拨款收入和支出。`).build();
  const figure = (col: string) => values.cellOr0('T07', '合计', col);
  writer.text(`${unit}${year}年度政府性基金预算财政拨款年初结转和结余`);
  writeAmount(writer, figure('年初结转和结余')).text('，本年收入');
  writeAmount(writer, figure('本年收入')).text('，本年支出');
  writeAmount(writer, figure('本年支出小计')).text('，年末结转和结余');
  writeAmount(writer, figure('年末结转和结余')).text('。');
  const items = nonZeroItems(values, 'T07', '本年支出小计');
  if (items.length) writer.text('具体情况如下：').end();
  items.forEach((item, i) => {
    writer.text(`${i + 1}、${itemPath(values, 'T07', item)}：决算数为`);
    writeAmount(writer, values.cellOr0('T07', item.code, '本年支出小计')).text('，主要用于');
    writeUserText(writer, values, `用途.项.${item.code}`).text('。').end();
  });
  return writer.build();
}

export function nationalStateCapitalSection(ctx: NationalContext): Section {
  const { values, year, unit } = ctx;
  const writer = new SectionWriter(NATIONAL_HEADINGS.S8);
  if (!values.has('T08') || isEmptyTable(values, 'T08'))
    return writer.text(`${unit}${year}年度无国有资本经营预算财政拨款收入和支出。`).build();
  writer.text(`${unit}${year}年度国有资本经营预算财政拨款支出`);
  writeAmount(writer, values.cellOr0('T08', '合计', '合计')).text('。');
  return writer.build();
}
