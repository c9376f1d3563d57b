/** 二 and 三: income (公开02表) and expenditure (公开03表) by kind, each with its share of the total. */
import { EXPENDITURE_ITEMS, INCOME_ITEMS, SEED_HEADINGS } from '../../templates/narrativeSections';
import { formulaSource, shares, writeAmount } from '../phrases';
import type { Section } from '../types';
import type { Values } from '../values';
import { SectionWriter } from '../writer';

/** "{Y}年度X合计…万元，其中：" then one line per non-zero item with its share. */
function writeBreakdown(
  writer: SectionWriter,
  values: Values,
  year: string,
  table: 'T02' | 'T03',
  totalCol: string,
  what: string,
  items: readonly string[],
): void {
  const total = values.cellOr0(table, '合计', totalCol);
  writer.text(`${year}年度${what}`);
  writeAmount(writer, total).text('，其中：').end();
  const nonZero = items.map((item) => ({ item, val: values.cellOr0(table, '合计', item) })).filter((x) => !x.val.value.isZero());
  const percents = shares(
    nonZero.map((x) => x.val.value),
    total.value,
  );
  nonZero.forEach((x, i) => {
    writer.text(x.item);
    writeAmount(writer, x.val)
      .text('，占比')
      .fact(percents[i].toFixed(2), formulaSource(`${x.item} ÷ ${what} × 100`, x.val, total))
      .text(i === nonZero.length - 1 ? '%。' : '%；')
      .end();
  });
}

/** 二、收入决算情况说明. */
export function incomeSection(values: Values, year: string): Section {
  const writer = new SectionWriter(SEED_HEADINGS.S2);
  writeBreakdown(writer, values, year, 'T02', '本年收入合计', '收入合计', INCOME_ITEMS);
  return writer.build();
}

/** 三、支出决算情况说明. */
export function expenditureSection(values: Values, year: string): Section {
  const writer = new SectionWriter(SEED_HEADINGS.S3);
  writeBreakdown(writer, values, year, 'T03', '本年支出合计', '支出合计', EXPENDITURE_ITEMS);
  return writer.build();
}
