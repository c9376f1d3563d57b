/**
 * N02: "X增加/减少Δ万元，增长/下降P%". The prior year is not in the tables, so it is recovered from the
 * current figure and Δ (上年 = 本年 ∓ Δ) and P is recomputed from it; the direction words must agree
 * with each other and with the numbers (W-DIR), and a prior of 0 admits no percentage (W-ZERO).
 */
import { DIRECTION_AMOUNT, valueOf, type Change, type Ctx } from './context';
import { checkPercent, fmt2, pct, toWan } from './figures';
import { isMoney, isPercent, quote, sameSubject, type Mention, type Sentence } from './text';

const PCT_WORD = /^(增加|减少|增长|下降|上升|降低|增幅|降幅|增长率|下降率)$/;
const UP = /增加|增长|上升|增幅/;
const COMPARE = /^(?:与上年度?同期相比|与上年度?相比|与上一?年度?相比|相比|比上年度?决算数?|比上年度?|较上年度?决算数?|较上年度?|同比)/;

/** The figure a change is about: an earlier amount naming the same subject, else the last amount in the paragraph. */
function current(ctx: Ctx, m: Mention, subject: string): Mention | undefined {
  const earlier = ctx.read.mentions.filter(
    (x) => x.index < m.index && isMoney(x) && !DIRECTION_AMOUNT.test(x.label) && !/单价$/.test(x.label),
  );
  if (subject) {
    const named = earlier.filter((x) => sameSubject(x.label, subject));
    if (named.length) return named[named.length - 1];
  }
  const inPara = earlier.filter((x) => x.sentence.paragraph === m.sentence.paragraph);
  return inPara[inPara.length - 1];
}

export function readChanges(ctx: Ctx): Change[] {
  const out: Change[] = [];
  for (const s of ctx.read.sentences) {
    const ms = s.mentions;
    ms.forEach((m, i) => {
      if (!isMoney(m)) return;
      const d = DIRECTION_AMOUNT.exec(m.label);
      if (!d) return;
      const sign = UP.test(d[1]) ? 1 : -1;
      const subject = m.label
        .slice(0, -d[1].length)
        .replace(COMPARE, '')
        .replace(/^[的了]/, '');
      const next = ms[i + 1];
      const p = next && isPercent(next) && PCT_WORD.test(next.label) ? next : undefined;
      ctx.handled.add(m);
      if (p) ctx.handled.add(p);
      const curM = current(ctx, m, subject);
      if (!curM) return;
      const cur = valueOf(ctx, curM);
      const delta = toWan(m).times(sign);
      const prior = cur.minus(delta);
      const change: Change = { m, pct: p, cur, curFig: ctx.figs.get(curM), delta, prior, sentence: s };
      out.push(change);
      judge(ctx, change, d[1], s);
    });
  }
  return out;
}

function judge(ctx: Ctx, c: Change, word: string, s: Sentence): void {
  const { m, pct: p, cur, delta, prior } = c;
  const figs = c.curFig ? [c.curFig] : [];
  const q = quote(s, p ?? m);
  const abs = delta.abs();
  if (p && (UP.test(p.label) ? 1 : -1) !== (delta.gt(0) ? 1 : -1)) {
    ctx.rep.add({
      rule: 'W-DIR',
      severity: 'warning',
      at: s,
      figs,
      message: `增减方向前后矛盾：金额写“${word}”，百分比写“${p.label}”。原文：${q}`,
    });
    return;
  }
  if (prior.lt(0)) {
    ctx.rep.add({
      rule: 'W-DIR',
      severity: 'warning',
      at: s,
      figs,
      expected: '减少',
      actual: word,
      message: `“${word}${fmt2(abs)}万元”大于本年数${fmt2(cur)}万元，倒推上年数为负，方向词应为“减少”。原文：${q}`,
    });
    return;
  }
  if (!p) return;
  if (prior.isZero()) {
    ctx.rep.add({
      rule: 'W-ZERO',
      severity: 'warning',
      at: s,
      figs,
      expected: '无百分比',
      actual: `${p.raw}%`,
      message: `上年数为0（本年${fmt2(cur)}万元，${word}${fmt2(abs)}万元），增长率无意义，不应写“${p.label}${p.raw}%”，宜写“${word}${fmt2(abs)}万元”并说明原因。原文：${q}`,
    });
    return;
  }
  const rec = pct(abs, prior);
  if (p.value.minus(rec).abs().gt('0.01')) {
    // The percentage may fit the opposite direction: the words, not the figures, are wrong.
    const other = cur.plus(delta);
    if (other.gt(0) && p.value.minus(pct(abs, other)).abs().lte('0.01')) {
      const opposite = delta.gt(0) ? '减少' : '增加';
      ctx.rep.add({
        rule: 'W-DIR',
        severity: 'warning',
        at: s,
        figs,
        expected: opposite,
        actual: word,
        message: `方向词与数据不符：按“${word}”倒推上年数为${fmt2(prior)}万元，${p.label}率应为${rec.toFixed(2)}%；按“${opposite}”倒推上年数为${fmt2(other)}万元，恰为${p.raw}%。原文：${q}`,
      });
      return;
    }
  }
  checkPercent(ctx.rep, p, abs, prior, {
    rule: 'N02',
    what: `${p.label}率`,
    formula: `|增减额| ÷ 上年数（本年${fmt2(cur)} ${delta.gt(0) ? '−' : '+'} ${fmt2(abs)} = ${fmt2(prior)}）× 100`,
    figs,
  });
}

/** "与上年相同/持平" without figures: a change of 0. */
export const SAME_AS_LAST_YEAR = /与上年(度|决算)?(相同|持平|一致)|持平/;
