/**
 * 五(三) (N08, N09, W-DIR): the total and each item — a 类 paragraph (seed) or a numbered 项 item over several
 * paragraphs (national) — with its 年初预算, 支出决算 (and the amount in its heading), 完成率 and the 大于/小于
 * wording, each against the item's own row; budgets and changes kept for the sums across sections.
 */
import { Decimal, ZERO } from '../../core/money';
import type { TableRow } from '../../core/table';
import { SAME_AS_LAST_YEAR } from '../changes';
import { amount, isChangeAmount, valueOf, type Change, type Ctx } from '../context';
import { checkPercent, fmt2, toWan, type Fig } from '../figures';
import { cleanLabel, isMoney, isPercent, quote, type Mention, type Paragraph } from '../text';
import { ACTUAL_LABEL, BUDGET_LABEL, RATE_LABEL } from './budgetWords';
import { generalRowByName, generalTotalInT04 } from './generalBudget';
import { resolveSubject, type SubjectTable } from './subjectHierarchy';

/** An item of 五(三): its paragraphs, the first naming the subject. */
interface Item {
  paras: Paragraph[];
}

const NUMBERED = /^(?:\d+[、.．](?!\d)|[（(]\d+[)）])/;

/**
 * Paragraphs into items: a numbered paragraph opens an item and the unnumbered paragraphs after it
 * ("主要用于…", "年初预算为…", "决算数大于预算数的主要原因…") belong to it; any other paragraph is an item alone.
 */
function itemsOf(paragraphs: Paragraph[]): Item[] {
  const items: Item[] = [];
  let open: Item | undefined;
  for (const para of paragraphs) {
    if (NUMBERED.test(para.norm)) {
      open = { paras: [para] };
      items.push(open);
    } else if (open && !/\((类|款|项)\)/.test(subjectOf(para)) && !/^(其中|\d{4}年)/.test(para.norm)) open.paras.push(para);
    else {
      open = undefined;
      items.push({ paras: [para] });
    }
  }
  return items;
}

/** The words naming the item's subject: its first sentence up to the budget, the purpose or a reason. */
function subjectOf(para: Paragraph): string {
  const first = para.sentences[0];
  if (!first) return '';
  const own = first.norm.slice(0, first.reasonAt);
  const cut = /主要用于|用于|年初预算|全年预算|预算数|支出决算|决算数|\d/.exec(own.replace(NUMBERED, ''));
  return cut ? own.replace(NUMBERED, '').slice(0, cut.index) : own.replace(NUMBERED, '');
}

/** 大于/小于/持平 between 决算 and 预算 must match the item's own figures. */
function checkDirectionWords(ctx: Ctx, item: Item, actual: Decimal, budget: Decimal, figs: Fig[]): void {
  for (const para of item.paras) {
    const wording = /决算数?(大于|高于|超过|多于|小于|低于|少于|等于)(年初)?预算数?|决算数?与(年初)?预算数?(持平|相同|一致)/.exec(
      para.norm,
    );
    // A template left with both words ("大于（小于）") is reported as a slot, not here.
    if (!wording || /(大于|小于|高于|低于)\((大于|小于|高于|低于)\)/.test(para.norm)) continue;
    const word = wording[1] ?? wording[4];
    const stated = /大于|高于|超过|多于/.test(word) ? 1 : /小于|低于|少于/.test(word) ? -1 : 0;
    const actualDirection = actual.cmp(budget);
    if (stated === actualDirection) continue;
    const right = actualDirection > 0 ? '大于' : actualDirection < 0 ? '小于' : '持平';
    const sentence = para.sentences.find((s) => s.norm.includes(wording[0])) ?? para.sentences[0];
    ctx.rep.add({
      at: sentence,
      rule: 'W-DIR',
      severity: 'warning',
      figs,
      expected: right,
      actual: word,
      message: `决算数${fmt2(actual)}万元、预算数${fmt2(budget)}万元，应为“${right}”，情况说明写作“${word}”。原文：${quote(sentence)}`,
    });
  }
}

/** The amount written in an item's heading ("…行政运行（项）1820.45万元"), if any. */
function headingAmount(item: Item): Mention | undefined {
  const first = item.paras[0].sentences[0]?.mentions[0];
  return first && isMoney(first) && !isChangeAmount(first) && /\((类|款|项)\)(支出)?(决算(数)?)?$/.test(first.label) ? first : undefined;
}

/** The row an unmarked paragraph is about: "一般公共预算…" is the total, "<类名>年初预算…" its 类. */
function unmarkedRow(ctx: Ctx, table: SubjectTable, para: Paragraph): TableRow | undefined {
  const head = /^(.*?)(?:\(类\))?(?:年初预算|全年预算|预算数)/.exec(cleanLabel(para.norm.split(/[,;:。]/)[0]));
  if (!head) return undefined;
  const t = ctx.book.table(table.key);
  if (/一般公共预算|政府性基金|财政拨款/.test(head[1])) return t?.rowIndex.get('合计');
  return table.key === 'T05' ? generalRowByName(ctx, head[1]).row : ctx.book.rowByName(table.key, head[1], (r) => !!r.code);
}

/** Each item of a section against its table: 五(三) against 公开05表, a fund section's items against its own table. */
export function readSubjectItems(ctx: Ctx, table: SubjectTable, rule: string, markedOnly = false): void {
  const t = ctx.book.table(table.key);
  if (!t) return;
  for (const item of itemsOf(ctx.read.paragraphs)) {
    const mentions = item.paras.flatMap((p) => p.sentences.flatMap((s) => s.mentions));
    const budget = mentions.find((m) => isMoney(m) && !isChangeAmount(m) && BUDGET_LABEL.test(m.label));
    const actual = mentions.find((m) => isMoney(m) && !isChangeAmount(m) && ACTUAL_LABEL.test(m.label));
    const rate = mentions.find((m) => isPercent(m) && RATE_LABEL.test(m.label));
    const inHeading = headingAmount(item);
    const stated = actual ?? inHeading;
    const subject = subjectOf(item.paras[0]);
    const resolved = resolveSubject(ctx, table, subject, item.paras[0].sentences[0], stated && toWan(stated));
    if (resolved.unresolved) continue;
    if (markedOnly && !resolved.marked) continue;
    const row = resolved.row ?? (resolved.marked ? undefined : unmarkedRow(ctx, table, item.paras[0]));
    if (!row) continue;
    for (const p of item.paras) ctx.paraSubject.set(p, row.key);
    const fig = ctx.book.figOf(t, row, table.col);
    const total = row.key === '合计';
    const alternate =
      table.key !== 'T05' ? undefined : total ? generalTotalInT04(ctx) : ctx.book.fig('T04', row.key, '一般公共预算财政拨款');
    const what = total ? (table.key === 'T05' ? '一般公共预算财政拨款支出决算' : `${t.id}支出决算`) : `${row.label}决算`;
    if (inHeading) amount(ctx, inHeading, fig, { rule, what, alternates: [alternate] });
    if (actual) amount(ctx, actual, fig, { rule, what, alternates: [alternate] });
    if (budget) {
      ctx.handled.add(budget);
      const budgetValue = toWan(budget);
      if (table.key === 'T05' && total) ctx.shared.totalBudget = { value: budgetValue, m: budget, rep: ctx.rep };
      else if (table.key === 'T05' && row.code?.length === 3) ctx.shared.classBudgets.set(row.key, budgetValue);
    }
    const actualValue = actual ? valueOf(ctx, actual) : inHeading ? valueOf(ctx, inHeading) : fig?.value;
    if (rate) {
      ctx.handled.add(rate);
      if (budget && toWan(budget).isZero())
        ctx.rep.add({
          at: rate.sentence,
          rule: 'W-BUDGET0',
          severity: 'warning',
          figs: fig ? [fig] : [],
          actual: `${rate.raw}%`,
          message: `年初预算为0，“完成年初预算的${rate.raw}%”无意义，应删去完成率或改用全年预算。原文：${quote(rate.sentence, rate)}`,
        });
      else if (budget && actualValue)
        checkPercent(ctx.rep, rate, actualValue, toWan(budget), {
          rule,
          what: '预算完成率',
          formula: '支出决算 ÷ 年初预算 × 100',
          figs: [fig],
        });
    }
    if (budget && actualValue) checkDirectionWords(ctx, item, actualValue, toWan(budget), fig ? [fig] : []);
  }
}

/** 五(三) against 公开05表. */
export function readGeneralDetails(ctx: Ctx): void {
  readSubjectItems(ctx, { key: 'T05', col: '小计' }, 'N08');
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
