/** 五(二) (N07): each 功能类 of 公开05表 with its share; a 类 the table has and the text leaves out is an error. */
import { amount, levels, valueOf, type Ctx } from '../context';
import { fmtFig, type Fig } from '../figures';
import { quote, type Mention } from '../text';
import { generalRowByName, generalTotal, generalTotalInT04 } from './generalBudget';
import { checkShareAfter, checkSharesTotal } from './shares';

export function readGeneralStructure(ctx: Ctx): void {
  const t = ctx.book.table('T05');
  if (!t) return;
  const totalFig = generalTotal(ctx);
  let total: Mention | undefined;
  const shares: Mention[] = [];
  const seen = new Set<string>();
  let failed = false;
  for (const m of levels(ctx)) {
    if (!total && /一般公共预算/.test(m.label)) {
      total = m;
      amount(ctx, m, totalFig, { rule: 'N07', what: '一般公共预算财政拨款支出', alternates: [generalTotalInT04(ctx)] });
      continue;
    }
    const { row, code } = generalRowByName(ctx, m.label);
    if (!row) {
      if (code)
        ctx.rep.add({
          at: m.sentence,
          rule: 'N07',
          severity: 'error',
          figs: totalFig ? [totalFig] : [],
          message: `列示了“${m.label}”${m.raw}万元，但${t.id}没有该类支出。原文：${quote(m.sentence, m)}`,
        });
      continue;
    }
    seen.add(row.key);
    const fig = ctx.book.figOf(t, row, '小计');
    amount(ctx, m, fig, { rule: 'N07', what: row.label, alternates: [ctx.book.fig('T04', row.key, '一般公共预算财政拨款')] });
    const whole = total ? valueOf(ctx, total) : totalFig?.value;
    const check = { rule: 'N07', what: `${row.label}占比`, formula: '该类支出 ÷ 一般公共预算财政拨款支出 × 100', figs: [fig, totalFig] };
    if (checkShareAfter(ctx, m, whole, shares, check)) failed = true;
  }
  if (!total && seen.size === 0) return;
  const omitted = t.rows
    .filter((r) => r.kind === 'class' && !seen.has(r.key))
    .map((r) => ctx.book.figOf(t, r, '小计'))
    .filter((f): f is Fig => !!f && !f.value.isZero());
  if (omitted.length)
    ctx.rep.add({
      rule: 'N07',
      severity: 'error',
      figs: omitted,
      message: `支出结构未列示${omitted.map((f) => `${f.label}${fmtFig(f)}万元`).join('、')}（${t.id}中不为0的类均应列示）。`,
    });
  checkSharesTotal(ctx, shares, '一般公共预算财政拨款支出结构', omitted.length === 0, 'N07', failed);
}
