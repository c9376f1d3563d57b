/**
 * Checks on the words themselves, in every section: template slots left in (W-PLACEHOLDER), doubled
 * words and punctuation, a missing "%", a sentence cut by a line break (W-TEXT), and years (N20, N18).
 */
import { DIRECTION_AMOUNT, type Ctx } from './context';
import { RENAMED_SUBJECTS } from './renamedSubjects';
import { isMoney, normText, quote, SIGNLESS_RATE, type Sentence } from './text';

const WORDS = '增加|减少|增长|下降|上升|降低|大于|小于|高于|低于|持平';
/** Matched on the original wording (both paren widths) so the slot is quoted as written. */
const SLOTS: RegExp[] = [
  /【[^】]*】/g,
  /[[［](?:待|请)[^\]］]*[\]］]/g,
  /[XＸ]{2,}|×{2,}|○{2,}|[*＊]{2,}|[_＿]{3,}/g,
  new RegExp(`(?:${WORDS})[（(](?:${WORDS})[)）]`, 'g'),
  /[（(]如[^)）]*(?:表述|填写|删除)[^)）]*[)）]|[（(]不涉及的不列[)）]/g,
];

function slotsIn(text: string): string[] {
  const out: string[] = [];
  for (const re of SLOTS) for (const m of text.matchAll(re)) out.push(m[0]);
  return out;
}

export function checkPlaceholders(ctx: Ctx, heading: string): void {
  for (const slot of slotsIn(heading))
    ctx.rep.add({
      at: ctx.headingAt,
      rule: 'W-PLACEHOLDER',
      severity: 'warning',
      actual: slot,
      message: `标题中留有模板占位符“${slot}”：“${heading.trim()}”`,
    });
  for (const s of ctx.read.sentences)
    for (const slot of slotsIn(s.text))
      ctx.rep.add({
        at: s,
        rule: 'W-PLACEHOLDER',
        severity: 'warning',
        actual: slot,
        message: `留有模板占位符“${slot}”，需填写或删除。原文：${quote(s)}`,
      });
}

const DOUBLED_WORD = /([\u4e00-\u9fff]{2,8})\1/g;
const DOUBLED_PUNCT = /([。，；：、！？,;:])\1+|[，；、,;][。]|。[，；,;]/g;
/** A whole-number rate without "%" ("增长13。"); one with decimals is read as a percentage (Mention.noSign). */
const NO_PERCENT =
  /(增长|下降|上升|降低|占比?|比重|完成(?:年初|全年)?预算的|完成率为?|执行率为?)(\d+)(?![\d.%])(?!万元|亿元|元|个|辆|年|人次|批次|台|倍)/g;

export function checkText(ctx: Ctx): void {
  for (const s of ctx.read.sentences) {
    const text = s.text.replace(/\s+/g, '');
    for (const m of text.matchAll(DOUBLED_WORD))
      ctx.rep.add({
        at: s,
        rule: 'W-TEXT',
        severity: 'warning',
        actual: m[0],
        expected: m[1],
        message: `词语重复“${m[0]}”。原文：${quote(s)}`,
      });
    for (const m of text.matchAll(DOUBLED_PUNCT))
      ctx.rep.add({ at: s, rule: 'W-TEXT', severity: 'warning', actual: m[0], message: `标点重复“${m[0]}”。原文：${quote(s)}` });
    const signless = [...s.norm.matchAll(NO_PERCENT)].map((m) => m[0]);
    for (const m of [...s.mentions, ...s.reasonMentions])
      if (m.noSign) signless.push(`${SIGNLESS_RATE.exec(s.norm.slice(Math.max(0, m.start - 24), m.start))?.[1] ?? ''}${m.raw}`);
    for (const m of signless.map((x) => [x]))
      ctx.rep.add({
        at: s,
        rule: 'W-TEXT',
        severity: 'warning',
        actual: m[0],
        expected: `${m[0]}%`,
        message: `百分数缺少“%”：“${m[0]}”。原文：${quote(s)}`,
      });
  }
  for (const b of ctx.read.broken)
    ctx.rep.add({
      rule: 'W-TEXT',
      severity: 'info',
      message: `句子在“${b.before.slice(-8)}”与“${b.after.slice(0, 8)}”之间换行断开（按同一句阅读），可能为排版问题。`,
    });
}

/** N20: every year is the report year or the one before; "截至…12月31日" is the report year (N18). */
export function checkYears(ctx: Ctx, heading: string): void {
  const y = ctx.year ? Number(ctx.year) : undefined;
  if (!y) return;
  // A heading or a title carries the report year itself, never the year before.
  for (const m of normText(heading).matchAll(/(\d{4})年/g)) {
    const v = Number(m[1]);
    if (v !== y)
      ctx.rep.add({
        at: ctx.headingAt,
        rule: 'N20',
        severity: 'error',
        expected: String(y),
        actual: m[1],
        message: `标题中的年度${m[1]}年与报告年度${y}年不符：“${heading.trim()}”`,
      });
  }
  for (const m of [...ctx.read.mentions, ...ctx.read.reasonMentions]) {
    if (m.unit !== '年' || m.decimals > 0) continue;
    const v = m.value.toNumber();
    if (v < 1990 || v > 2100) continue;
    const s: Sentence = m.sentence;
    const rest = s.norm.slice(m.end);
    if (/截至$|截止$|截止到$|截至到$/.test(s.norm.slice(0, m.start)) && /^\d{1,2}月\d{1,2}日/.test(rest)) {
      if (v !== y)
        ctx.rep.add({
          at: s,
          rule: 'N18',
          severity: 'error',
          expected: `${y}年12月31日`,
          actual: `${v}年${rest.match(/^\d{1,2}月\d{1,2}日/)![0]}`,
          message: `资产占用情况应截至报告年度${y}年末，写作“截至${v}年”。原文：${quote(s, m)}`,
        });
      continue;
    }
    if (v === y && /^与$/.test(s.norm.slice(Math.max(0, m.start - 1), m.start)) && /^(度)?相比/.test(rest)) {
      ctx.rep.add({
        at: s,
        rule: 'N20',
        severity: 'error',
        expected: `与${y - 1}年相比`,
        actual: `与${v}年相比`,
        message: `与上年比较应写“与${y - 1}年相比”，写作“与${v}年相比”。原文：${quote(s, m)}`,
      });
      continue;
    }
    if (v !== y && v !== y - 1)
      ctx.rep.add({
        at: s,
        rule: 'N20',
        severity: 'error',
        expected: `${y}或${y - 1}`,
        actual: String(v),
        message: `年度${v}年既不是报告年度${y}年，也不是上年${y - 1}年。原文：${quote(s, m)}`,
      });
  }
}

/** Opening and closing marks that must pair within a paragraph (after full-width folding). */
const PAIRS: [string, string][] = [
  ['(', ')'],
  ['“', '”'],
  ['《', '》'],
  ['【', '】'],
];

/** W-TEXT: a bracket or quotation mark opened and never closed (or closed and never opened) in a paragraph. */
export function checkPairs(ctx: Ctx): void {
  for (const p of ctx.read.paragraphs) {
    const text = normText(p.text);
    for (const [open, close] of PAIRS) {
      let depth = 0;
      let stray = false;
      for (const ch of text) {
        if (ch === open) depth++;
        else if (ch === close && --depth < 0) stray = true;
      }
      if (depth === 0 && !stray) continue;
      const sentence = p.sentences.find((s) => s.text.includes(open) || s.text.includes(close)) ?? p.sentences[0];
      ctx.rep.add({
        at: p,
        rule: 'W-TEXT',
        severity: 'warning',
        actual: depth > 0 ? open : close,
        message: `${open}${close}不成对：${depth > 0 ? `“${open}”未闭合` : `多出“${close}”`}。原文：${quote(sentence)}`,
      });
    }
  }
}

/** A 类 name ends in 支出 and stands alone; a shorter 款 name only counts marked as one ("…离退休（款）"). */
const usesOldName = (text: string, old: string) => (old.endsWith('支出') ? text.includes(old) : text.includes(`${old}(`));

/** W-OUTDATED: a 科目 under a name the 政府收支分类科目 has since replaced (the renamings are data). */
export function checkRenamedSubjects(ctx: Ctx, heading: string): void {
  for (const s of ctx.read.sentences)
    for (const r of RENAMED_SUBJECTS)
      if (usesOldName(normText(s.text), r.old))
        ctx.rep.add({
          at: s,
          rule: 'W-OUTDATED',
          severity: 'warning',
          expected: r.current,
          actual: r.old,
          message: `科目名称“${r.old}”已于${r.since}年起更名为“${r.current}”。原文：${quote(s)}`,
        });
  for (const r of RENAMED_SUBJECTS)
    if (usesOldName(normText(heading), r.old))
      ctx.rep.add({
        at: ctx.headingAt,
        rule: 'W-OUTDATED',
        severity: 'warning',
        expected: r.current,
        actual: r.old,
        message: `标题中的科目名称“${r.old}”已于${r.since}年起更名为“${r.current}”：“${heading.trim()}”`,
      });
}

const SAME_WORD = /与上年(度|同期)?(持平|相同|一致)|同比持平|基本持平/;

/**
 * W-DIR: one subject's clauses state a change twice, as an amount and as "与上年持平" ("减少0.07万元，与上年持平").
 * A new amount that is not a change starts another subject ("…0万元，与上年持平，公务接待费3万元，减少1万元").
 */
export function checkTwoWayChanges(ctx: Ctx): void {
  for (const s of ctx.read.sentences) {
    const quantity = s.norm.slice(0, s.reasonAt);
    const starts = s.mentions.filter((m) => isMoney(m) && !DIRECTION_AMOUNT.test(m.label)).map((m) => m.start);
    const bounds = [0, ...starts.filter((x) => x > 0), quantity.length];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const part = quantity.slice(bounds[i], bounds[i + 1]);
      const change = s.mentions.find(
        (m) => m.start >= bounds[i] && m.start < bounds[i + 1] && isMoney(m) && DIRECTION_AMOUNT.test(m.label),
      );
      const same = SAME_WORD.exec(part);
      if (!change || !same) continue;
      const word = DIRECTION_AMOUNT.exec(change.label)![1];
      ctx.rep.add({
        at: s,
        rule: 'W-DIR',
        severity: 'warning',
        actual: `${word}${change.raw}${change.unit}…${same[0]}`,
        message: `同一事项既写“${word}${change.raw}${change.unit}”又写“${same[0]}”，增减情况表述矛盾。原文：${quote(s, change)}`,
      });
    }
  }
}
