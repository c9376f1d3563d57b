/** In any section, "占X的P%" that no section reader took: P against the amount before it ÷ the last amount named X. */
import { valueOf, type Ctx } from '../context';
import { checkPercent } from '../figures';
import { isMoney, isPercent } from '../text';

export function readOtherShares(ctx: Ctx): void {
  for (const share of ctx.read.mentions) {
    if (!isPercent(share) || ctx.handled.has(share)) continue;
    const base = /^占(.+?)的?(比例|比重)?$/.exec(share.label)?.[1];
    if (!base || base === '比') continue;
    const mentions = share.sentence.mentions;
    const amountsBefore = mentions.slice(0, mentions.indexOf(share)).filter(isMoney);
    const part = amountsBefore[amountsBefore.length - 1];
    const wholes = ctx.read.mentions.filter(
      (x) =>
        x.index < share.index &&
        isMoney(x) &&
        x !== part &&
        (x.label === base || (x.label.length >= 2 && (base.endsWith(x.label) || x.label.endsWith(base)))),
    );
    const whole = wholes[wholes.length - 1];
    if (!part || !whole) continue;
    ctx.handled.add(share);
    checkPercent(ctx.rep, share, valueOf(ctx, part), valueOf(ctx, whole), {
      rule: ctx.rule,
      what: `${part.label}占${base}的比例`,
      formula: `${part.label} ÷ ${base} × 100`,
      figs: [ctx.figs.get(part), ctx.figs.get(whole)],
    });
  }
}
