/**
 * 二 and 三: income (公开02表) and expenditure (公开03表) by kind, each with its share of the total; `plug`:
 * the family's shares must total exactly 100.00 (the seed's do).
 */
import { EXPENDITURE_ITEMS, INCOME_ITEMS, SEED_HEADINGS } from '../../templates/narrativeSections';
import { breakdownConflict, shares, writeAmount, writeShare } from '../phrases';
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
  plug: boolean,
): void {
  const total = values.cellOr0(table, '合计', totalCol);
  writer.text(`${year}年度${what}`);
  writeAmount(writer, total).text('，其中：').end();
  const nonZero = items.map((item) => ({ item, val: values.cellOr0(table, '合计', item) })).filter((x) => !x.val.value.isZero());
  const parts = nonZero.map((x) => x.val.value);
  const conflict = breakdownConflict(parts, total.value);
  const percents = shares(parts, total.value, plug);
  nonZero.forEach((x, i) => {
    writer.text(x.item);
    writeAmount(writer, x.val);
    if (!conflict) writeShare(writer.text('，占比'), percents, i, `${x.item} ÷ ${what} × 100`, x.val, total);
    writer.text(i === nonZero.length - 1 ? '。' : '；').end();
  });
  if (conflict && nonZero.length) writer.text(conflict);
}

/** 二、收入决算情况说明. */
export function incomeSection(values: Values, year: string, plug = true): Section {
  const writer = new SectionWriter(SEED_HEADINGS.S2);
  writeBreakdown(writer, values, year, 'T02', '本年收入合计', '收入合计', INCOME_ITEMS, plug);
  return writer.build();
}

/** 三、支出决算情况说明. */
export function expenditureSection(values: Values, year: string, plug = true): Section {
  const writer = new SectionWriter(SEED_HEADINGS.S3);
  writeBreakdown(writer, values, year, 'T03', '本年支出合计', '支出合计', EXPENDITURE_ITEMS, plug);
  return writer.build();
}
