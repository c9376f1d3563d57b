/** 七 and 八 (N12, N13): 政府性基金 (公开07表) and 国有资本经营 (公开08表), and "本年度无此项收支" against an empty table. */
import { amount, levels, type Ctx } from '../context';
import { fmtFig } from '../figures';
import { quote } from '../text';
import { readSubjectItems } from './generalDetails';

interface FundColumn {
  label: RegExp;
  col: string;
  what: string;
}

function readFundSection(ctx: Ctx, key: 'T07' | 'T08', columns: FundColumn[]): void {
  const t = ctx.book.table(key);
  if (!t) return;
  const text = ctx.read.paragraphs.map((p) => p.norm).join('');
  const saysNone = /无此项|无(政府性基金|国有资本经营)|没有(政府性基金|国有资本经营)|本表无数据|无相关(收入|支出|收支)/.test(text);
  const empty = ctx.book.isEmpty(key);
  if (saysNone && !empty) {
    const figs = ctx.book.nonZero(key).slice(0, 6);
    ctx.rep.add({
      at: ctx.read.sentences.find((s) => /无/.test(s.norm)) ?? ctx.read.sentences[0],
      rule: ctx.rule,
      severity: 'error',
      figs,
      message: `情况说明称本年度无此项收支，但${t.id}有数据：${figs.map((f) => `${f.label}${fmtFig(f)}万元`).join('、')}。原文：${quote(ctx.read.sentences.find((s) => /无/.test(s.norm)) ?? ctx.read.sentences[0])}`,
    });
  }
  let matched = 0;
  for (const m of levels(ctx)) {
    const column = columns.find((x) => x.label.test(m.label));
    if (!column) continue;
    matched++;
    amount(ctx, m, ctx.book.fig(key, '合计', column.col), { what: column.what });
  }
  if (!saysNone && text && !empty && matched === 0)
    ctx.rep.add({
      rule: ctx.rule,
      severity: 'warning',
      figs: ctx.book.nonZero(key).slice(0, 3),
      message: `${t.id}有数据，情况说明未写明收支金额。`,
    });
  if (!saysNone && text && empty && matched === 0)
    ctx.rep.add({
      at: ctx.read.sentences[0],
      rule: ctx.rule,
      severity: 'warning',
      message: `${t.id}无数据，情况说明应写明“本年度无此项收支”。原文：${quote(ctx.read.sentences[0])}`,
    });
}

/** 七、政府性基金预算财政拨款收支决算 against 公开07表. */
export function readGovernmentFunds(ctx: Ctx): void {
  readFundSection(ctx, 'T07', [
    { label: /年初结转和结余$/, col: '年初结转和结余', what: '政府性基金年初结转和结余' },
    { label: /年末结转和结余$/, col: '年末结转和结余', what: '政府性基金年末结转和结余' },
    { label: /收入$/, col: '本年收入', what: '政府性基金预算财政拨款收入' },
    { label: /支出(小计|合计)?$/, col: '本年支出小计', what: '政府性基金预算财政拨款支出' },
  ]);
  // Items written as in 五(三) ("X（类）Y（款）Z（项）…支出决算为…") against the rows of the fund table.
  readSubjectItems(ctx, { key: 'T07', col: '本年支出小计' }, 'N12', true);
}

/** 八、国有资本经营预算财政拨款支出决算 against 公开08表. */
export function readStateCapital(ctx: Ctx): void {
  readFundSection(ctx, 'T08', [{ label: /支出(小计|合计)?$/, col: '合计', what: '国有资本经营预算财政拨款支出' }]);
}
