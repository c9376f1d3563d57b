/** 一 and 四 (N01, N05): 收入总计 and 支出总计 of 公开01表, then of 公开04表 (财政拨款 only). */
import { amount, levels, type Ctx } from '../context';

/** 一、收入支出决算总体情况 against 公开01表. */
export function readIncomeExpenditureTotals(ctx: Ctx): void {
  for (const m of levels(ctx)) {
    const label = m.label;
    if (/财政拨款/.test(label)) continue;
    if (/收入支出总计$|收支总计$/.test(label)) amount(ctx, m, ctx.book.fig('T01', '收入总计'), { what: '收入支出总计' });
    else if (/收入总计$/.test(label)) amount(ctx, m, ctx.book.fig('T01', '收入总计'), { what: '收入总计' });
    else if (/支出总计$/.test(label)) amount(ctx, m, ctx.book.fig('T01', '支出总计'), { what: '支出总计' });
  }
}

/** 四、财政拨款收支决算总体情况 against 公开04表. */
export function readFiscalTotals(ctx: Ctx): void {
  for (const m of levels(ctx)) {
    const label = m.label;
    if (/收入支出总计$|收支总计$/.test(label)) amount(ctx, m, ctx.book.fig('T04', '收入总计'), { what: '财政拨款收入支出总计' });
    else if (/收入总计$/.test(label)) amount(ctx, m, ctx.book.fig('T04', '收入总计'), { what: '财政拨款收入总计' });
    else if (/支出总计$/.test(label)) amount(ctx, m, ctx.book.fig('T04', '支出总计', '合计'), { what: '财政拨款支出总计' });
  }
}
