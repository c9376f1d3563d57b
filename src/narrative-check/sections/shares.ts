/** Shares stated after an amount ("占比P%") and the check that the shares of one breakdown total 100%. */
import { Decimal, ZERO } from '../../core/money';
import { valueOf, type Ctx } from '../context';
import { checkPercent } from '../figures';
import { isPercent, quote, type Mention } from '../text';

/** The words before a percentage that make it a share of the whole. */
export const SHARE_WORD = /^(占比|占|比重|占比重|所占比例|占总额的|占合计的)$/;

/** The next mention in the same sentence, when it is a share ("占比P%"). */
export function shareAfter(m: Mention): Mention | undefined {
  const mentions = m.sentence.mentions;
  const next = mentions[mentions.indexOf(m) + 1];
  return next && isPercent(next) && SHARE_WORD.test(next.label) ? next : undefined;
}

/**
 * The share stated after an amount ("…万元，占P%"), checked against amount ÷ whole and kept for the 100% total;
 * true when it is wrong on its own.
 */
export function checkShareAfter(
  ctx: Ctx,
  m: Mention,
  whole: Decimal | undefined,
  shares: Mention[],
  check: Parameters<typeof checkPercent>[4],
): boolean {
  const share = shareAfter(m);
  if (!share || !whole) return false;
  ctx.handled.add(share);
  shares.push(share);
  return checkPercent(ctx.rep, share, valueOf(ctx, m), whole, check) === 'fail';
}

/** Stated shares of one breakdown must total 100.00 ± 0.01 per item (§4.1 plug). */
export function checkSharesTotal(ctx: Ctx, shares: Mention[], what: string, complete: boolean, rule: string, failed: boolean): void {
  // A share already wrong on its own is reported once, not again through the total.
  if (!complete || failed || shares.length < 2) return;
  const total = shares.reduce((sum, m) => sum.plus(m.value), ZERO);
  const tolerance = new Decimal('0.01').times(shares.length);
  const difference = total.minus(100);
  if (difference.abs().gt(tolerance))
    ctx.rep.add({
      at: shares[0].sentence,
      rule,
      severity: 'error',
      expected: '100.00',
      actual: total.toFixed(2),
      difference: difference.toFixed(2),
      tolerance: tolerance.toFixed(2),
      message: `${what}各项占比合计${total.toFixed(2)}%，应为100.00%（允许±${tolerance.toFixed(2)}）。原文：${quote(shares[0].sentence)}`,
    });
}
