/**
 * 第三部分 情况说明 in the seed (公开01–10表) family's order and wording, sections 一 to 十.
 * Every figure comes from the tables or the supplement; what neither gives becomes a 【待补充】 placeholder.
 */
import { ZERO } from '../core/money';
import { VEHICLE_KEYS } from '../templates/tables';
import { formulaSource, percent, shares, writeAmount, writeChange, writeRate } from './phrases';
import type { Section } from './types';
import type { Val, Values } from './values';
import { SectionWriter } from './writer';

/** A supplement amount or its placeholder. */
export function userAmount(w: SectionWriter, v: Values, key: string): Val | undefined {
  const a = v.amount(key);
  if (a) writeAmount(w, a);
  else w.text(v.placeholder(key));
  return a;
}

/** A count from the supplement (团组, 批次, 辆…) or its placeholder. */
export function writeCount(w: SectionWriter, v: Values, key: string): SectionWriter {
  const c = v.count(key);
  return c === undefined ? w.text(v.placeholder(key)) : w.fact(c, { kind: 'supplement', key });
}

/** Ends a user's text with a full stop unless it already ends in punctuation. */
export function sentence(t: string): string {
  return /[。；！？.]$/.test(t) ? t : `${t}。`;
}

export function reason(w: SectionWriter, v: Values, key: string): SectionWriter {
  return w.text(v.text(key) ?? v.placeholder(key));
}

/** "与上年相比…" or, without the prior figure, a placeholder naming it. */
export function change(w: SectionWriter, v: Values, subject: string, cur: Val, priorKey: string, same?: string): void {
  const prev = v.amount(priorKey);
  if (prev) writeChange(w, subject, cur, prev, { same });
  else w.text(`${subject}${v.placeholder(priorKey)}`);
}

/** 功能类 rows of 公开05表 with a non-zero 小计, in table order. */
export function generalClasses(v: Values) {
  return v.rows('T05').filter((r) => r.kind === 'class' && !v.cellOr0('T05', r.key, '小计').value.isZero());
}

/**
 * 一 and 四 say the same of different totals: "{Y}年度…收入总计X万元，支出总计Y万元。与上年相比，…。主要原因是…。"
 * (the seed joins the two changes with "，" in 一 and "；" in 四).
 */
function totalsSection(
  v: Values,
  y: string,
  heading: string,
  subject: string,
  inc: Val,
  exp: Val,
  keys: { inc: string; exp: string; reason: string },
  joiner: string,
): Section {
  const w = new SectionWriter(heading);
  w.text(`${y}年度${subject}收入总计`);
  writeAmount(w, inc).text('，支出总计');
  writeAmount(w, exp).text('。与上年相比，');
  change(w, v, `${subject}收入总计`, inc, keys.inc);
  w.text(joiner);
  change(w, v, `${subject}支出总计`, exp, keys.exp);
  w.text('。主要原因是');
  reason(w, v, keys.reason).text('。');
  return w.build();
}

export function section1(v: Values, y: string): Section {
  return totalsSection(
    v,
    y,
    '一、收入支出决算总体情况说明',
    '',
    v.cellOr0('T01', '收入总计'),
    v.cellOr0('T01', '支出总计'),
    { inc: '上年.收入总计', exp: '上年.支出总计', reason: '原因.收入支出总计' },
    '，',
  );
}

const INCOME_ITEMS = ['财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
const EXPENSE_ITEMS = ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];

/** "{Y}年度X合计…万元，其中：" then one line per non-zero item with its share. */
function breakdown(w: SectionWriter, v: Values, y: string, table: 'T02' | 'T03', totalCol: string, what: string, items: string[]): void {
  const total = v.cellOr0(table, '合计', totalCol);
  w.text(`${y}年度${what}`);
  writeAmount(w, total).text('，其中：').end();
  const vals = items.map((k) => ({ k, val: v.cellOr0(table, '合计', k) })).filter((x) => !x.val.value.isZero());
  const pct = shares(
    vals.map((x) => x.val.value),
    total.value,
  );
  vals.forEach((x, i) => {
    w.text(x.k);
    writeAmount(w, x.val)
      .text('，占比')
      .fact(pct[i].toFixed(2), formulaSource(`${x.k} ÷ ${what} × 100`, x.val, total))
      .text(i === vals.length - 1 ? '%。' : '%；')
      .end();
  });
}

export function section2(v: Values, y: string): Section {
  const w = new SectionWriter('二、收入决算情况说明');
  breakdown(w, v, y, 'T02', '本年收入合计', '收入合计', INCOME_ITEMS);
  return w.build();
}

export function section3(v: Values, y: string): Section {
  const w = new SectionWriter('三、支出决算情况说明');
  breakdown(w, v, y, 'T03', '本年支出合计', '支出合计', EXPENSE_ITEMS);
  return w.build();
}

export function section4(v: Values, y: string): Section {
  return totalsSection(
    v,
    y,
    '四、财政拨款收支决算总体情况说明',
    '财政拨款',
    v.cellOr0('T04', '收入总计'),
    v.cellOr0('T04', '支出总计', '合计'),
    { inc: '上年.财政拨款收入总计', exp: '上年.财政拨款支出总计', reason: '原因.财政拨款收支总计' },
    '；',
  );
}

export function section5(v: Values, y: string): Section[] {
  const head = new SectionWriter('五、一般公共预算财政拨款支出决算情况说明').build();
  const total = v.cellOr0('T05', '合计', '小计');
  const all = v.cellOr0('T03', '合计', '本年支出合计');

  const a = new SectionWriter('（一）一般公共预算财政拨款支出决算总体情况', 2);
  a.text(`${y}年一般公共预算财政拨款决算支出`);
  writeAmount(a, total).text('，占本年支出合计的');
  if (!all.value.isZero())
    a.fact(percent(total.value, all.value).toFixed(2), formulaSource('一般公共预算财政拨款支出 ÷ 本年支出合计 × 100', total, all)).text(
      '%',
    );
  a.text('。与上年相比，');
  change(a, v, '一般公共预算财政拨款支出', total, '上年.一般公共预算财政拨款支出');
  a.text('。主要原因是');
  reason(a, v, '原因.一般公共预算').text('。');

  const classes = generalClasses(v);
  const b = new SectionWriter('（二）一般公共预算财政拨款支出决算结构情况', 2);
  b.text(`${y}年度一般公共预算财政拨款支出`);
  writeAmount(b, total).text('，主要用于以下方面：').end();
  const vals = classes.map((r) => v.cellOr0('T05', r.key, '小计'));
  const pct = shares(
    vals.map((x) => x.value),
    total.value,
  );
  classes.forEach((r, i) => {
    b.text(`${r.label}(类)`);
    writeAmount(b, vals[i])
      .text('，占比')
      .fact(pct[i].toFixed(2), formulaSource('该类支出 ÷ 一般公共预算财政拨款支出 × 100', vals[i], total))
      .text(i === classes.length - 1 ? '%。' : '%；')
      .end();
  });

  const c = budgetOpening(v, y, total, '。其中：');
  classes.forEach((r, i) => {
    const actual = vals[i];
    c.text(`${r.label}年初预算`);
    const b2 = userAmount(c, v, `年初预算.类.${r.key}`);
    c.text('，支出决算');
    writeAmount(c, actual);
    if (b2) writeRate(c, '，完成年初预算的', actual, b2);
    c.text('，用于');
    reason(c, v, `用途.类.${r.key}`).text('。');
    change(c, v, '较上年决算', actual, `上年.类.${r.key}`, '与上年决算持平');
    c.text('，主要原因是');
    reason(c, v, `原因.类.${r.key}`).text('。').end();
  });
  return [head, a.build(), b.build(), c.build()];
}

/** 五(三)'s opening: the total 年初预算, its 决算 and 完成率, then `lead` ("。其中：" / "。具体情况如下："). */
export function budgetOpening(v: Values, y: string, total: Val, lead: string): SectionWriter {
  const c = new SectionWriter('（三）一般公共预算财政拨款支出决算具体情况', 2);
  c.text(`${y}年度一般公共预算财政拨款支出年初预算`);
  const budget = userAmount(c, v, '年初预算.一般公共预算');
  c.text('，支出决算');
  writeAmount(c, total);
  if (budget) writeRate(c, '，完成年初预算的', total, budget);
  return c.text(lead).end();
}

/**
 * 人员经费 by 功能类, as the seed prints it: each 类's 基本支出 in 公开05表, less the 公用经费 where it is
 * booked (the 类 holding the 行政运行/事业运行 项). Offered only when it adds up to 人员经费合计 exactly.
 */
function personnelByClass(v: Values): { label: string; val: Val }[] | undefined {
  const people = v.cell('T06', '人员经费合计');
  const office = v.cell('T06', '公用经费合计');
  if (!people || !office) return undefined;
  const rows = v.rows('T05');
  const classes = rows.filter((r) => r.kind === 'class' && !v.cellOr0('T05', r.key, '基本支出').value.isZero());
  const runner = classes.find((c) =>
    rows.some(
      (r) =>
        r.code?.length === 7 &&
        r.code.startsWith(c.key) &&
        /(01|02|50)$/.test(r.code) &&
        !v.cellOr0('T05', r.key, '基本支出').value.isZero(),
    ),
  );
  if (!runner) return undefined;
  const out = classes.map((c) => {
    const basic = v.cellOr0('T05', c.key, '基本支出');
    if (c !== runner) return { label: c.label, val: basic };
    return {
      label: c.label,
      val: { value: basic.value.minus(office.value), source: formulaSource('该类基本支出 − 公用经费合计', basic, office) },
    };
  });
  const total = out.reduce((s, x) => s.plus(x.val.value), ZERO);
  return total.eq(people.value) && out.every((x) => x.val.value.gt(0)) ? out : undefined;
}

/** Non-zero 经济分类 款 of 公开06表 under the given 类, in table order. */
function economicItems(v: Values, classes: string[]) {
  return v
    .rows('T06')
    .filter((r) => r.code?.length === 5 && classes.some((c) => r.code!.startsWith(c)))
    .map((r) => ({ label: r.label, val: v.cellOr0('T06', r.key) }))
    .filter((x) => !x.val.value.isZero());
}

function listItems(w: SectionWriter, items: { label: string; val: Val }[], sep: string): void {
  items.forEach((x, i) => {
    w.text(`${i ? sep : ''}${x.label}`);
    writeAmount(w, x.val);
  });
}

export function section6(v: Values, y: string): Section {
  const w = new SectionWriter('六、一般公共预算财政拨款基本支出决算情况说明');
  const basic = v.cellOr0('T05', '合计', '基本支出');
  const people = v.cellOr0('T06', '人员经费合计');
  const office = v.cellOr0('T06', '公用经费合计');
  w.text(`${y}年度财政拨款基本支出`);
  writeAmount(w, basic).text('，其中：').end();
  w.text('人员经费');
  writeAmount(w, people);
  const byClass = personnelByClass(v);
  const peopleItems = byClass ?? economicItems(v, ['301', '303']);
  if (peopleItems.length) {
    w.text('，主要包括');
    listItems(w, peopleItems, byClass ? '；' : '，');
  }
  w.text('；').end();
  w.text('公用经费');
  writeAmount(w, office);
  const officeItems = economicItems(v, ['302', '307', '310', '312', '313', '399']);
  if (officeItems.length) {
    w.text('，主要包括');
    listItems(w, officeItems, '，');
  }
  w.text('。');
  return w.build();
}

export function isEmptyTable(v: Values, table: 'T07' | 'T08'): boolean {
  return v.rows(table).every((r) => [...r.figures.values()].every((f) => f.parsed.kind !== 'number' || f.parsed.value.isZero()));
}

function section7(v: Values, y: string): Section {
  const w = new SectionWriter('七、政府性基金预算财政拨款收支决算情况说明');
  if (!v.has('T07') || isEmptyTable(v, 'T07')) return w.text('本年度无此项收支。').build();
  w.text(`${y}年度政府性基金预算财政拨款收入`);
  writeAmount(w, v.cellOr0('T07', '合计', '本年收入')).text('，支出');
  writeAmount(w, v.cellOr0('T07', '合计', '本年支出小计')).text('。');
  return w.build();
}

function section8(v: Values, y: string): Section {
  const w = new SectionWriter('八、国有资本经营预算财政拨款支出决算情况说明');
  if (!v.has('T08') || isEmptyTable(v, 'T08')) return w.text('本年度无此项支出。').build();
  w.text(`${y}年度国有资本经营预算财政拨款支出`);
  writeAmount(w, v.cellOr0('T08', '合计', '合计')).text('。');
  return w.build();
}

const SAN_GONG: { key: string; words: string; budgetCol: string }[] = [
  { key: '因公出国（境）费', words: '因公出国（境）费支出', budgetCol: '因公出国（境）费' },
  { key: '公务用车购置费', words: '公务用车购置费支出', budgetCol: '公务用车购置费' },
  { key: '公务用车运行维护费', words: '公务用车运行维护费支出', budgetCol: '公务用车运行维护费' },
  { key: '公务接待费', words: '公务接待费支出', budgetCol: '公务接待费' },
];

function sanGongChange(w: SectionWriter, v: Values, cur: Val, priorKey: string): void {
  const prev = v.amount(priorKey);
  if (!prev) {
    w.text(v.placeholder(priorKey));
    return;
  }
  if (cur.value.eq(prev.value)) {
    w.text('与上年相同');
    return;
  }
  writeChange(w, '比上年度', cur, prev);
}

export function section9(v: Values, y: string): Section[] {
  const head = new SectionWriter('九、财政拨款“三公”经费支出决算情况说明').build();
  const a = new SectionWriter('（一）“三公”经费财政拨款支出决算总体情况说明', 2);
  const budget = v.cellOr0('T09', '预算数', '合计');
  const actual = v.cellOr0('T09', '决算数', '合计');
  a.text(`${y}年度“三公”经费财政拨款支出全年预算`);
  writeAmount(a, budget).text('，支出决算');
  writeAmount(a, actual);
  writeRate(a, '，完成全年预算的', actual, budget);
  a.text('，');
  sanGongChange(a, v, actual, '上年.三公.合计');
  a.text('，主要原因是：');
  reason(a, v, '原因.三公').text('。其中：').end();
  SAN_GONG.forEach((item, i) => {
    const cur = v.cellOr0('T09', '决算数', item.key);
    const bud = v.cellOr0('T09', '预算数', item.budgetCol);
    a.text(item.words);
    writeAmount(a, cur).text('，');
    if (!bud.value.isZero()) writeRate(a, '完成全年预算的', cur, bud).text('，');
    sanGongChange(a, v, cur, `上年.三公.${item.key}`);
    a.text('，主要原因是：');
    reason(a, v, `原因.三公项.${item.key}`)
      .text(i === SAN_GONG.length - 1 ? '。' : '；')
      .end();
  });

  const b = new SectionWriter('（二）“三公”经费财政拨款支出决算具体情况说明', 2);
  const count = (key: string) => writeCount(b, v, key);
  const abroad = v.cellOr0('T09', '决算数', '因公出国（境）费');
  b.text('1、因公出国（境）费支出');
  writeAmount(b, abroad).text('，出国（境）团组共');
  count('数量.出国团组');
  b.text('个，');
  count('数量.出国人次');
  b.text('人次。主要用于：');
  reason(b, v, '用途.因公出国（境）费').text('。').end();
  const buy = v.cellOr0('T09', '决算数', '公务用车购置费');
  b.text('2、公务用车购置支出');
  writeAmount(b, buy).text('，使用财政拨款共购置公务用车');
  count('数量.购置车辆');
  b.text('辆，主要用于：');
  reason(b, v, '用途.公务用车购置费').text('。').end();
  const run = v.cellOr0('T09', '决算数', '公务用车运行维护费');
  b.text('3、公务用车运行维护费支出');
  writeAmount(b, run).text('，使用财政拨款负担的公务用车保有量共');
  // 保有量 defaults to the vehicles of 公开10表 when the supplement does not say.
  const vehicles = v.cell('T10', '车辆数合计');
  if (v.supplement['数量.保有车辆'] === undefined && vehicles) b.fact(vehicles.value.toString(), vehicles.source);
  else count('数量.保有车辆');
  b.text('辆，主要用于：');
  reason(b, v, '用途.公务用车运行维护费').text('。').end();
  const host = v.cellOr0('T09', '决算数', '公务接待费');
  b.text('4、公务接待费支出');
  writeAmount(b, host).text('，共接待');
  count('数量.接待批次');
  b.text('批次，');
  count('数量.接待人次');
  b.text('人次。国内接待费');
  userAmount(b, v, '接待.国内金额');
  b.text('，共接待');
  count('数量.国内接待批次');
  b.text('批次，');
  count('数量.国内接待人次');
  b.text('人次，其中外事接待费');
  userAmount(b, v, '接待.外事金额');
  b.text('，共接待');
  count('数量.外事接待批次');
  b.text('批次，');
  count('数量.外事接待人次');
  b.text('人次，主要是');
  reason(b, v, '用途.国内接待').text('；国（境）外接待费');
  userAmount(b, v, '接待.境外金额');
  b.text('，共接待国（境）外');
  count('数量.境外接待批次');
  b.text('批次，');
  count('数量.境外接待人次');
  b.text('人次，主要是');
  reason(b, v, '用途.国（境）外接待').text('。');
  return [head, a.build(), b.build()];
}

export function section10(v: Values, y: string): Section[] {
  const head = new SectionWriter('十、其他重要事项情况说明').build();
  const a = new SectionWriter('（一）机关运行经费支出情况说明', 2);
  const admin = v.cellOr0('T10', '行政单位');
  const civil = v.cellOr0('T10', '参照公务员法管理事业单位');
  const running: Val = { value: admin.value.plus(civil.value), source: formulaSource('行政单位 + 参照公务员法管理事业单位', admin, civil) };
  if (running.value.isZero()) a.text('本部门（单位）无机关运行经费。');
  else {
    a.text(`${y}年度本部门机关运行经费支出`);
    writeAmount(a, running).text('，');
    change(a, v, '比上年', running, '上年.机关运行经费');
    a.text('，主要原因是');
    reason(a, v, '原因.机关运行经费').text('。');
  }

  const b = new SectionWriter('（二）政府采购情况说明', 2);
  const total = v.cellOr0('T10', '政府采购合计');
  b.text(`${y}年度政府采购支出总额`);
  writeAmount(b, total);
  if (!total.value.isZero()) {
    b.text('，其中：政府采购货物支出');
    writeAmount(b, v.cellOr0('T10', '货物')).text('、政府采购工程支出');
    writeAmount(b, v.cellOr0('T10', '工程')).text('、政府采购服务支出');
    writeAmount(b, v.cellOr0('T10', '服务'));
  }
  b.text('。');

  const c = new SectionWriter('（三）国有资产占用情况说明', 2);
  const vehicles = v.cellOr0('T10', '车辆数合计');
  c.text(`截至${y}年12月31日，本部门（单位）共有车辆`).fact(vehicles.value.toString(), vehicles.source).text('辆');
  const kinds = VEHICLE_KEYS.map((k) => ({ k, val: v.cellOr0('T10', k) })).filter((x) => !x.val.value.isZero());
  if (kinds.length) {
    c.text('。其中：');
    kinds.forEach((x, i) => {
      c.text(`${i ? '；' : ''}${x.k}`)
        .fact(x.val.value.toString(), x.val.source)
        .text(`辆，${x.k}主要是`);
      reason(c, v, `用途.车辆.${x.k}`);
    });
  }
  const equip = v.cellOr0('T10', '单价100万元(含)以上设备(不含车辆)');
  c.text('。单价100万元（含）以上设备（不含车辆）').fact(equip.value.toString(), equip.source).text('台（套）。');

  const d = new SectionWriter('（四）预算绩效情况说明', 2);
  d.text('1、预算绩效管理工作开展情况').end();
  const n = (key: string) => writeCount(d, v, key);
  d.text(`${y}年二级项目绩效自评个数`);
  n('绩效.自评个数');
  d.text('个，涉及资金');
  userAmount(d, v, '绩效.涉及资金');
  d.text('：');
  (['优', '良', '中', '差'] as const).forEach((g, i) => {
    n(`绩效.${g}`);
    d.text(`个项目自评等级为“${g}”${i < 3 ? '，' : '。'}`);
  });
  d.text('对于自评结果为“中”和“差”的项目，采取的改进管理措施为');
  reason(d, v, '绩效.改进措施').text('。').end();
  d.text('附件：二级项目绩效自评表').end();
  d.text('2、其他需要说明的事项').end();
  d.text(sentence(v.supplement['其他事项'] ? String(v.supplement['其他事项']) : `${y}年本单位无其他需要说明的事项`));
  return [head, a.build(), b.build(), c.build(), d.build()];
}

export function seedSections(v: Values, year: string): Section[] {
  return [
    section1(v, year),
    section2(v, year),
    section3(v, year),
    section4(v, year),
    ...section5(v, year),
    section6(v, year),
    section7(v, year),
    section8(v, year),
    ...section9(v, year),
    ...section10(v, year),
  ];
}
