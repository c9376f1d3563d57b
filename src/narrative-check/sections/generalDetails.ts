/** 五(三) (N08): per 类, 项 or total the 年初预算, 决算, 完成率 and 大于/小于 wording; budgets and changes kept for later sums. */
import { Decimal, ZERO } from '../../core/money';
import { SAME_AS_LAST_YEAR } from '../changes';
import { amount, isChangeAmount, valueOf, type Change, type Ctx } from '../context';
import { checkPercent, fmt2, toWan, type Fig } from '../figures';
import { cleanLabel, isMoney, isPercent, quote, type Paragraph } from '../text';
import { ACTUAL_LABEL, BUDGET_LABEL, RATE_LABEL } from './budgetWords';
import { generalRowByName, generalTotalInT04 } from './generalBudget';
import { readSubjectHierarchy } from './subjectHierarchy';

/** 大于/小于/持平 between 决算 and 预算 must match the figures. */
function checkDirectionWords(ctx: Ctx, para: Paragraph, actual: Decimal, budget: Decimal, figs: Fig[]): void {
  const wording = /决算数?(大于|高于|超过|多于|小于|低于|少于|等于)(年初)?预算数?|决算数?与(年初)?预算数?(持平|相同|一致)/.exec(para.norm);
  // A template left with both words ("大于（小于）") is reported as a slot, not here.
  if (!wording || /(大于|小于|高于|低于)\((大于|小于|高于|低于)\)/.test(para.norm)) return;
  const word = wording[1] ?? wording[4];
  const stated = /大于|高于|超过|多于/.test(word) ? 1 : /小于|低于|少于/.test(word) ? -1 : 0;
  const actualDirection = actual.cmp(budget);
  if (stated === actualDirection) return;
  const right = actualDirection > 0 ? '大于' : actualDirection < 0 ? '小于' : '持平';
  ctx.rep.add({
    rule: 'W-DIR',
    severity: 'warning',
    figs,
    expected: right,
    actual: word,
    message: `决算数${fmt2(actual)}万元、预算数${fmt2(budget)}万元，应为“${right}”，情况说明写作“${word}”。原文：${quote(para.sentences.find((s) => s.norm.includes(wording[0])) ?? para.sentences[0])}`,
  });
}

export function readGeneralDetails(ctx: Ctx): void {
  const t = ctx.book.table('T05');
  if (!t) return;
  for (const para of ctx.read.paragraphs) {
    let row = readSubjectHierarchy(ctx, para);
    if (!row) {
      const head = /^(.*?)(?:\(类\))?(?:年初预算|全年预算|预算数)/.exec(cleanLabel(para.norm.split(/[,;:。]/)[0]));
      if (!head) continue;
      if (/一般公共预算/.test(head[1])) row = t.rowIndex.get('合计');
      else row = generalRowByName(ctx, head[1]).row;
    }
    if (!row) continue;
    ctx.paraSubject.set(para, row.key);
    const mentions = para.sentences.flatMap((s) => s.mentions);
    const budget = mentions.find((m) => isMoney(m) && !isChangeAmount(m) && BUDGET_LABEL.test(m.label));
    const actual = mentions.find((m) => isMoney(m) && !isChangeAmount(m) && ACTUAL_LABEL.test(m.label));
    const rate = mentions.find((m) => isPercent(m) && RATE_LABEL.test(m.label));
    const fig = ctx.book.figOf(t, row, '小计');
    const alternate = row.key === '合计' ? generalTotalInT04(ctx) : ctx.book.fig('T04', row.key, '一般公共预算财政拨款');
    const what = row.key === '合计' ? '一般公共预算财政拨款支出决算' : `${row.label}决算`;
    if (actual) amount(ctx, actual, fig, { rule: 'N08', what, alternates: [alternate] });
    if (budget) {
      ctx.handled.add(budget);
      const budgetValue = toWan(budget);
      if (row.key === '合计') ctx.shared.totalBudget = { value: budgetValue, m: budget, rep: ctx.rep };
      else if (row.code?.length === 3) ctx.shared.classBudgets.set(row.key, budgetValue);
    }
    const actualValue = actual ? valueOf(ctx, actual) : fig?.value;
    if (rate) {
      ctx.handled.add(rate);
      if (budget && toWan(budget).isZero())
        ctx.rep.add({
          rule: 'W-BUDGET0',
          severity: 'warning',
          figs: fig ? [fig] : [],
          actual: `${rate.raw}%`,
          message: `年初预算为0，“完成年初预算的${rate.raw}%”无意义，应删去完成率或改用全年预算。原文：${quote(rate.sentence, rate)}`,
        });
      else if (budget && actualValue)
        checkPercent(ctx.rep, rate, actualValue, toWan(budget), {
          rule: 'N08',
          what: '预算完成率',
          formula: '支出决算 ÷ 年初预算 × 100',
          figs: [fig],
        });
    }
    if (budget && actualValue) checkDirectionWords(ctx, para, actualValue, toWan(budget), fig ? [fig] : []);
  }
}

/** Each 类's change (or "与上年相同"), for the cross-section check against the total of 五(一). */
export function recordClassChanges(ctx: Ctx, changes: Change[]): void {
  ctx.shared.classChangeRep ??= ctx.rep;
  for (const [para, key] of ctx.paraSubject) {
    if (key.length !== 3) continue;
    const change = changes.find((x) => x.sentence.paragraph === para);
    if (change) ctx.shared.classChanges.set(key, { delta: change.delta, prior: change.prior });
    else if (SAME_AS_LAST_YEAR.test(para.norm)) {
      const current = ctx.book.fig('T05', key, '小计')?.value ?? ZERO;
      ctx.shared.classChanges.set(key, { delta: ZERO, prior: current });
    }
  }
}
