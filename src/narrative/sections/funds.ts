/** 七 and 八: 政府性基金 (公开07表) and 国有资本经营 (公开08表) 财政拨款, or "本年度无此项收支" when the table is empty. */
import { SEED_HEADINGS } from '../../templates/narrativeSections';
import { writeAmount } from '../phrases';
import type { Section } from '../types';
import type { Values } from '../values';
import { SectionWriter } from '../writer';

/** No figure of the table is a non-zero number. */
export function isEmptyTable(values: Values, table: 'T07' | 'T08'): boolean {
  return values.rows(table).every((r) => [...r.figures.values()].every((f) => f.parsed.kind !== 'number' || f.parsed.value.isZero()));
}

/** 七、政府性基金预算财政拨款收支决算情况说明. */
export function governmentFundsSection(values: Values, year: string): Section {
  const writer = new SectionWriter(SEED_HEADINGS.S7);
  if (!values.has('T07') || isEmptyTable(values, 'T07')) return writer.text('本年度无此项收支。').build();
  writer.text(`${year}年度政府性基金预算财政拨款收入`);
  writeAmount(writer, values.cellOr0('T07', '合计', '本年收入')).text('，支出');
  writeAmount(writer, values.cellOr0('T07', '合计', '本年支出小计')).text('。');
  return writer.build();
}

/** 八、国有资本经营预算财政拨款支出决算情况说明. */
export function stateCapitalSection(values: Values, year: string): Section {
  const writer = new SectionWriter(SEED_HEADINGS.S8);
  if (!values.has('T08') || isEmptyTable(values, 'T08')) return writer.text('本年度无此项支出。').build();
  writer.text(`${year}年度国有资本经营预算财政拨款支出`);
  writeAmount(writer, values.cellOr0('T08', '合计', '合计')).text('。');
  return writer.build();
}
