/** 十 (N16–N19): 机关运行经费, 政府采购 and 国有资产 against 公开10表, and the counts of 预算绩效. */
import { ZERO } from '../../core/money';
import { PROCUREMENT_KINDS } from '../../templates/narrativeSections';
import { VEHICLE_KEYS } from '../../templates/tables';
import { amount, levels, type Ctx } from '../context';
import { fmt2, fmtFig, toWan, where, type Fig } from '../figures';
import { isMoney, quote, type Mention } from '../text';

/** 十(一) (N16): 行政单位 + 参照公务员法管理事业单位, and "无机关运行经费" when there is some. */
export function readRunningCosts(ctx: Ctx): void {
  const parts = [ctx.book.fig('T10', '行政单位'), ctx.book.fig('T10', '参照公务员法管理事业单位')].filter((f): f is Fig => !!f);
  const total = ctx.book.sum(parts, '机关运行经费（行政单位 + 参照公务员法管理事业单位）');
  if (!total) return;
  const text = ctx.read.paragraphs.map((p) => p.norm).join('');
  if (/无机关运行经费|未发生机关运行经费|没有机关运行经费/.test(text) && !total.value.isZero())
    ctx.rep.add({
      at: ctx.read.sentences[0],
      rule: 'N16',
      severity: 'error',
      figs: [total],
      expected: fmtFig(total),
      actual: '无',
      message: `情况说明称无机关运行经费，但${where(total)}为${fmtFig(total)}万元。原文：${quote(ctx.read.sentences[0])}`,
    });
  for (const m of levels(ctx))
    if (/机关运行经费(支出)?(决算(数)?)?$/.test(m.label)) amount(ctx, m, total, { rule: 'N16', what: '机关运行经费' });
}

/** How the text names each kind of 政府采购. */
const PROCUREMENT_KIND_LABEL: Record<(typeof PROCUREMENT_KINDS)[number], RegExp> = {
  货物: /货物(类)?(支出)?$/,
  工程: /工程(类)?(支出)?$/,
  服务: /服务(类)?(支出)?$/,
};

/** [label, item of 公开10表, what]: the total first, then the kinds. */
const PROCUREMENT_WORDS: [RegExp, string, string][] = [
  [/政府采购(支出|合同)?(总额|合计|总计|金额)$|政府采购支出$/, '政府采购合计', '政府采购支出总额'],
  ...PROCUREMENT_KINDS.map((kind): [RegExp, string, string] => [PROCUREMENT_KIND_LABEL[kind], kind, `政府采购${kind}支出`]),
];

/** 十(二) (N17): the total 政府采购 and its 货物 / 工程 / 服务. */
export function readProcurement(ctx: Ctx): void {
  for (const m of levels(ctx)) {
    const words = PROCUREMENT_WORDS.find(([label]) => label.test(m.label));
    if (words) amount(ctx, m, ctx.book.fig('T10', words[1]), { rule: 'N17', what: words[2] });
  }
}

/** 十(三) (N18): vehicles in total and by kind, equipment of 100万元 or more; a vehicle kind left out is reported. */
export function readAssets(ctx: Ctx): void {
  const t = ctx.book.table('T10');
  if (!t) return;
  const seen = new Set<string>();
  let anyVehicles = false;
  for (const m of ctx.read.mentions) {
    if (m.unit === '辆') {
      const kind = VEHICLE_KEYS.find((k) => m.label.endsWith(k) || m.label.endsWith(k.replace(/用车$/, '')));
      if (kind) {
        seen.add(kind);
        anyVehicles = true;
        amount(ctx, m, ctx.book.fig('T10', kind), { rule: 'N18', what: kind });
      } else if (/车辆(数|总数|合计)?$|公务用车$/.test(m.label)) {
        anyVehicles = true;
        amount(ctx, m, ctx.book.fig('T10', '车辆数合计'), { rule: 'N18', what: '车辆总数' });
      }
    } else if (m.unit === '台(套)' && /设备/.test(m.label)) {
      amount(ctx, m, ctx.book.fig('T10', '单价100万元(含)以上设备(不含车辆)'), {
        rule: 'N18',
        what: '单价100万元（含）以上设备（不含车辆）',
      });
    }
  }
  if (!anyVehicles) return;
  const omitted = VEHICLE_KEYS.filter((k) => !seen.has(k))
    .map((k) => ctx.book.fig('T10', k))
    .filter((f): f is Fig => !!f && !f.value.isZero());
  if (omitted.length)
    ctx.rep.add({
      rule: 'N18',
      severity: 'warning',
      figs: omitted,
      message: `车辆构成未列示${omitted.map((f) => `${f.label}${fmtFig(f)}辆`).join('、')}（${t.id}中不为0）。`,
    });
}

/** 十(四) (N19): the projects by grade add up to 自评个数; 涉及资金 is the 项目支出 of 公开05表. */
export function readPerformance(ctx: Ctx): void {
  let selfEvaluated: Mention | undefined;
  const grades: Mention[] = [];
  for (const m of ctx.read.mentions) {
    if (m.unit === '个' && /自评(个数|项目(个数|数)?)$|个数$/.test(m.label)) selfEvaluated ??= m;
    else if (m.unit === '个' && /^(个)?项目?自评等级为["“]?(优|良|中|差|合格|不合格)/.test(m.after)) grades.push(m);
    else if (isMoney(m) && /涉及(资金|金额)$/.test(m.label)) {
      ctx.handled.add(m);
      const projects = ctx.book.fig('T05', '合计', '项目支出');
      if (projects && !toWan(m).toDecimalPlaces(2).eq(projects.value.toDecimalPlaces(2)))
        ctx.rep.add({
          at: m.sentence,
          rule: 'N19',
          severity: 'warning',
          figs: [projects],
          expected: fmtFig(projects),
          actual: fmt2(toWan(m)),
          message: `绩效自评涉及资金${fmt2(toWan(m))}万元，与${where(projects)}${fmtFig(projects)}万元不同；自评覆盖全部二级项目时二者应相等。原文：${quote(m.sentence, m)}`,
        });
    }
  }
  if (selfEvaluated && grades.length >= 2) {
    const sum = grades.reduce((a, g) => a.plus(g.value), ZERO);
    if (!sum.eq(selfEvaluated.value))
      ctx.rep.add({
        at: selfEvaluated.sentence,
        rule: 'N19',
        severity: 'error',
        expected: selfEvaluated.raw,
        actual: sum.toString(),
        message: `绩效自评个数${selfEvaluated.raw}个，但各等级项目数合计${sum.toString()}个。原文：${quote(selfEvaluated.sentence, selfEvaluated)}`,
      });
  }
}
