/**
 * 情况说明 of the national 九张表 family (Shanghai/MoF wording): sections 一 to 十一. 五(三) goes by 项
 * with 决算数大于/小于预算数的主要原因; 机关运行经费, 政府采购 and 国有资产 have no table in this family,
 * so their figures come from the supplement.
 */
import { writeAmount, writeRate } from './phrases';
import {
  budgetOpening,
  change,
  isEmptyTable,
  reason,
  section2,
  section3,
  section4,
  section5,
  section6,
  section9,
  sentence,
  userAmount,
  writeCount,
} from './seedSections';
import type { Section } from './types';
import type { Values } from './values';
import { SectionWriter } from './writer';

function section1(v: Values, y: string, unit: string): Section {
  const w = new SectionWriter('一、收入支出决算总体情况说明');
  const total = v.cellOr0('T01', '收入总计');
  w.text(`${unit}${y}年度收入、支出总计`);
  writeAmount(w, total).text(`。与${Number(y) - 1}年度相比，`);
  change(w, v, '收入、支出总计', total, '上年.收入总计');
  w.text('。主要原因：');
  reason(w, v, '原因.收入支出总计').text('。');
  return w.build();
}

/** 五(三) by 项: name path, purpose, budget, 决算, 完成率 and why 决算 differs from 预算. */
function section5Items(v: Values, y: string): Section {
  const rows = v.rows('T05');
  const c = budgetOpening(v, y, v.cellOr0('T05', '合计', '小计'), '。具体情况如下：');
  const name = (code: string) => rows.find((r) => r.key === code)?.label ?? code;
  const items = rows.filter((r) => r.code?.length === 7 && !v.cellOr0('T05', r.key, '小计').value.isZero());
  items.forEach((r, i) => {
    const code = r.code!;
    const actual = v.cellOr0('T05', code, '小计');
    c.text(`${i + 1}、${name(code.slice(0, 3))}（类）${name(code.slice(0, 5))}（款）${r.label}（项）。主要用于：`);
    reason(c, v, `用途.项.${code}`).text('。年初预算为');
    const b = userAmount(c, v, `年初预算.项.${code}`);
    c.text('，支出决算为');
    writeAmount(c, actual);
    if (b) writeRate(c, '，完成年初预算的', actual, b);
    c.text('。');
    if (b) {
      const d = actual.value.minus(b.value);
      if (d.isZero()) c.text('决算数与预算数持平。');
      else {
        c.text(`决算数${d.gt(0) ? '大于' : '小于'}预算数的主要原因：`);
        reason(c, v, `原因.项.${code}`).text('。');
      }
    }
    c.end();
  });
  return c.build();
}

function section7(v: Values, y: string, unit: string): Section {
  const w = new SectionWriter('七、政府性基金预算财政拨款支出决算情况说明');
  if (!v.has('T07') || isEmptyTable(v, 'T07')) return w.text(`${unit}${y}年度无政府性基金预算财政拨款收入和支出。`).build();
  w.text(`${y}年度政府性基金预算财政拨款收入`);
  writeAmount(w, v.cellOr0('T07', '合计', '本年收入')).text('，支出');
  writeAmount(w, v.cellOr0('T07', '合计', '本年支出小计')).text('。');
  return w.build();
}

function section8(v: Values, y: string, unit: string): Section {
  const w = new SectionWriter('八、国有资本经营预算财政拨款支出决算情况说明');
  if (!v.has('T08') || isEmptyTable(v, 'T08')) return w.text(`${unit}${y}年度无国有资本经营预算财政拨款收入和支出。`).build();
  w.text(`${y}年度国有资本经营预算财政拨款支出`);
  writeAmount(w, v.cellOr0('T08', '合计', '合计')).text('。');
  return w.build();
}

function section10(v: Values, y: string, unit: string): Section {
  const w = new SectionWriter('十、机关运行经费支出情况说明');
  const cur = v.amount('本年.机关运行经费');
  if (cur && cur.value.isZero()) return w.text(`${unit}${y}年度无机关运行经费支出。`).build();
  w.text(`${unit}${y}年度机关运行经费支出`);
  if (!cur) return w.text(`${v.placeholder('本年.机关运行经费')}。`).build();
  writeAmount(w, cur).text('，');
  change(w, v, `比${Number(y) - 1}年度`, cur, '上年.机关运行经费');
  w.text('。主要原因：');
  reason(w, v, '原因.机关运行经费').text('。');
  return w.build();
}

function section11(v: Values, y: string, unit: string): Section[] {
  const head = new SectionWriter('十一、其他重要事项的情况说明').build();
  const a = new SectionWriter('（一）政府采购支出情况', 2);
  a.text(`${y}年度${unit}政府采购支出总额`);
  const total = userAmount(a, v, '政府采购.合计');
  if (total && !total.value.isZero()) {
    a.text('，其中：政府采购货物支出');
    userAmount(a, v, '政府采购.货物');
    a.text('、政府采购工程支出');
    userAmount(a, v, '政府采购.工程');
    a.text('、政府采购服务支出');
    userAmount(a, v, '政府采购.服务');
  }
  a.text('。');
  const b = new SectionWriter('（二）国有资产占用情况', 2);
  b.text(`截至${y}年12月31日，${unit}共有车辆`);
  writeCount(b, v, '数量.车辆');
  b.text('辆。单价100万元（含）以上设备（不含车辆）');
  writeCount(b, v, '数量.大型设备');
  b.text('台（套）。');
  const c = new SectionWriter('（三）预算绩效管理工作开展情况', 2);
  c.text(`${y}年度，${unit}二级项目绩效自评个数`);
  writeCount(c, v, '绩效.自评个数');
  c.text('个，涉及资金');
  userAmount(c, v, '绩效.涉及资金');
  c.text('。');
  if (v.supplement['其他事项']) c.end().text(sentence(String(v.supplement['其他事项'])));
  return [head, a.build(), b.build(), c.build()];
}

export function nationalSections(v: Values, year: string, unit: string): Section[] {
  const [head5, a5, b5] = section5(v, year);
  return [
    section1(v, year, unit),
    section2(v, year),
    section3(v, year),
    section4(v, year),
    head5,
    a5,
    b5,
    section5Items(v, year),
    section6(v, year),
    section7(v, year, unit),
    section8(v, year, unit),
    ...section9(v, year),
    section10(v, year, unit),
    ...section11(v, year, unit),
  ];
}
