/**
 * Prior-year figures read from last year's workbook: every 上年 figure the narrative needs that the
 * tables hold. A 类 spent this year but absent last year had nothing: its prior figure is 0.
 */
import type { RecognizedTable } from '../core/table';
import type { Supplement } from './supplement';
import { Values } from './values';

const SAN_GONG_ITEMS = ['因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'];

export function priorSupplement(prior: RecognizedTable[], current: RecognizedTable[]): Supplement {
  const v = new Values(prior, {});
  const out: Supplement = {};
  const put = (key: string, val?: { value: { toFixed(n: number): string } }) => {
    if (val) out[key] = val.value.toFixed(2);
  };
  put('上年.收入总计', v.cell('T01', '收入总计'));
  put('上年.支出总计', v.cell('T01', '支出总计'));
  put('上年.财政拨款收入总计', v.cell('T04', '收入总计'));
  put('上年.财政拨款支出总计', v.cell('T04', '支出总计', '合计'));
  put('上年.一般公共预算财政拨款支出', v.cell('T05', '合计', '小计'));
  if (v.has('T05')) {
    const classes = new Set(
      current
        .find((t) => t.key === 'T05')
        ?.rows.filter((r) => r.kind === 'class')
        .map((r) => r.key) ?? [],
    );
    for (const r of v.rows('T05')) if (r.kind === 'class') classes.add(r.key);
    for (const code of classes) out[`上年.类.${code}`] = v.cellOr0('T05', code, '小计').value.toFixed(2);
  }
  if (v.has('T09')) {
    put('上年.三公.合计', v.cell('T09', '决算数', '合计'));
    for (const item of SAN_GONG_ITEMS) put(`上年.三公.${item}`, v.cellOr0('T09', '决算数', item));
  }
  if (v.has('T10'))
    out['上年.机关运行经费'] = v.cellOr0('T10', '行政单位').value.plus(v.cellOr0('T10', '参照公务员法管理事业单位').value).toFixed(2);
  return out;
}
