/** 二 and 三 (N03, N04): income (公开02表) and expenditure (公开03表) by kind, with each kind's share of the total. */
import type { TableKey } from '../../core/template';
import { EXPENDITURE_ITEMS, INCOME_ITEMS } from '../../templates/narrativeSections';
import { amount, levels, valueOf, type Ctx } from '../context';
import { fmtFig } from '../figures';
import type { Mention } from '../text';
import { checkShareAfter, checkSharesTotal } from './shares';

/** A figure of another table that also holds the item (公开01/04表): the text may have taken it from there. */
type Alternate = [TableKey, string, string?];

interface BreakdownItem {
  col: string;
  label: RegExp;
  alternate?: Alternate;
}

/** How the text names each income column, and where else the figure is printed. */
const INCOME_WORDS: Record<(typeof INCOME_ITEMS)[number], { label: RegExp; alternate: Alternate }> = {
  财政拨款收入: { label: /^财政拨款(收入)?$/, alternate: ['T04', '本年收入合计'] },
  上级补助收入: { label: /上级补助收入$/, alternate: ['T01', '上级补助收入'] },
  事业收入: { label: /^事业收入$/, alternate: ['T01', '事业收入'] },
  经营收入: { label: /^经营收入$/, alternate: ['T01', '经营收入'] },
  附属单位上缴收入: { label: /附属单位上缴收入$/, alternate: ['T01', '附属单位上缴收入'] },
  其他收入: { label: /^其他收入$/, alternate: ['T01', '其他收入'] },
};

/** How the text names each expenditure column. */
const EXPENDITURE_WORDS: Record<(typeof EXPENDITURE_ITEMS)[number], { label: RegExp }> = {
  基本支出: { label: /^基本支出$/ },
  项目支出: { label: /^项目支出$/ },
  上缴上级支出: { label: /上缴上级支出$/ },
  经营支出: { label: /^经营支出$/ },
  对附属单位补助支出: { label: /对附属单位补助支出$/ },
};

/** The total, each item and its share; items the text leaves out while the table has them are reported. */
function readBreakdown(
  ctx: Ctx,
  table: 'T02' | 'T03',
  totalCol: string,
  totalLabel: RegExp,
  totalAlternate: Alternate,
  items: BreakdownItem[],
  what: string,
): void {
  const t = ctx.book.table(table);
  if (!t) return;
  const totalFig = ctx.book.fig(table, '合计', totalCol);
  let total: Mention | undefined;
  const shares: Mention[] = [];
  const seen = new Set<string>();
  let failed = false;
  for (const m of levels(ctx)) {
    if (!total && totalLabel.test(m.label)) {
      total = m;
      amount(ctx, m, totalFig, { what, alternates: [ctx.book.fig(...totalAlternate)] });
      continue;
    }
    const item = items.find((it) => it.label.test(m.label));
    if (!item) continue;
    const fig = ctx.book.fig(table, '合计', item.col);
    seen.add(item.col);
    amount(ctx, m, fig, { what: item.col, alternates: item.alternate ? [ctx.book.fig(...item.alternate)] : [] });
    const whole = total ? valueOf(ctx, total) : totalFig?.value;
    const check = { rule: ctx.rule, what: `${item.col}占比`, formula: `${item.col} ÷ ${what} × 100`, figs: [fig, totalFig] };
    if (checkShareAfter(ctx, m, whole, shares, check)) failed = true;
  }
  const omitted = items
    .map((item) => ({ item, fig: ctx.book.fig(table, '合计', item.col) }))
    .filter((x) => x.fig && !x.fig.value.isZero() && !seen.has(x.item.col));
  if (ctx.read.mentions.length && omitted.length)
    ctx.rep.add({
      rule: ctx.rule,
      severity: 'warning',
      figs: omitted.map((x) => x.fig!),
      message: `${what}的构成未列示${omitted.map((x) => `${x.item.col}${fmtFig(x.fig!)}万元`).join('、')}（${t.id}合计行不为0）。`,
    });
  checkSharesTotal(ctx, shares, what, omitted.length === 0, ctx.rule, failed);
}

/** 二、收入决算 against 公开02表. */
export function readIncome(ctx: Ctx): void {
  readBreakdown(
    ctx,
    'T02',
    '本年收入合计',
    /(本年)?收入合计$/,
    ['T01', '本年收入合计'],
    INCOME_ITEMS.map((col) => ({ col, ...INCOME_WORDS[col] })),
    '收入合计',
  );
}

/** 三、支出决算 against 公开03表. */
export function readExpenditure(ctx: Ctx): void {
  readBreakdown(
    ctx,
    'T03',
    '本年支出合计',
    /(本年)?支出合计$/,
    ['T01', '本年支出合计'],
    EXPENDITURE_ITEMS.map((col) => ({ col, ...EXPENDITURE_WORDS[col] })),
    '支出合计',
  );
}
