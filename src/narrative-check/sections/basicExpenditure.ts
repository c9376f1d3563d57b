/** 六 (N10, N11): 基本支出, 人员经费 and 公用经费 against 公开05/06表, and the items each group lists. */
import { Decimal, ZERO } from '../../core/money';
import type { RecognizedTable, TableRow } from '../../core/table';
import { classCodeForLabel } from '../../templates/functionClasses';
import { OFFICE_CLASSES, PERSONNEL_CLASSES } from '../../templates/narrativeSections';
import { amount, isChangeAmount, type Ctx } from '../context';
import { fmt2, fmtFig, nameKey, sumTolerance, toWan, where, type Fig } from '../figures';
import { isMoney, quote, type Mention, type Sentence } from '../text';

/** The 经济分类 类 of 公开06表 each group is made of. */
const GROUP_CLASSES = { 人员: PERSONNEL_CLASSES, 公用: OFFICE_CLASSES } as const;
type Group = keyof typeof GROUP_CLASSES;

/** What the text lists under 人员经费 or 公用经费. */
interface GroupList {
  total?: Fig;
  /** Items of 公开06表 given with an amount. */
  economic: { row: TableRow; stated: Decimal }[];
  /** 功能类 given with an amount (人员经费 by 类). */
  byClass: { code: string; stated: Decimal }[];
  /** Row keys of 公开06表 named, with or without an amount. */
  names: Set<string>;
  sentence?: Sentence;
}

/** A sentence's amounts and its name-only lists ("主要包括基本工资、津贴补贴…"), in the order written. */
type Event = { at: number; m: Mention } | { at: number; names: string[] };

function eventsOf(s: Sentence): Event[] {
  const events: Event[] = s.mentions.map((m) => ({ at: m.start, m }));
  for (const list of s.norm.matchAll(/主要包括([^;。]*)/g)) {
    if (/\d/.test(list[1])) continue;
    const names = list[1]
      .split(/[、,]/)
      .map((x) => x.replace(/^(和|及|以及)/, '').replace(/等$/, ''))
      .filter((x) => x.length >= 2);
    events.push({ at: list.index!, names });
  }
  return events.sort((a, b) => a.at - b.at);
}

/** The section being read: the group the text is listing, and what each group lists. */
interface Reading {
  ctx: Ctx;
  t6?: RecognizedTable;
  group?: Group;
  groups: Record<Group, GroupList>;
}

const economicRow = (ctx: Ctx, name: string) =>
  ctx.book.rowByName('T06', name, (r) => !!r.code && (r.code.length === 5 || r.code.length === 3));

/** Names listed without amounts: each must be a 科目 of 公开06表 with a non-zero figure. */
function readNames(reading: Reading, s: Sentence, names: string[]): void {
  const { ctx, t6, group } = reading;
  if (!group || !t6) return;
  for (const name of names) {
    const row = economicRow(ctx, name);
    const list = reading.groups[group];
    list.sentence ??= s;
    if (!row) {
      ctx.rep.add({
        at: s,
        rule: 'N11',
        severity: 'warning',
        message: `${group}经费列举的“${name}”在${t6.id}中找不到对应科目。原文：${quote(s)}`,
      });
      continue;
    }
    list.names.add(row.key);
    const fig = ctx.book.figOf(t6, row);
    if (fig && fig.value.isZero())
      ctx.rep.add({
        at: s,
        rule: 'N11',
        severity: 'warning',
        figs: [fig],
        message: `${group}经费列举了“${name}”，但${where(fig)}为0。原文：${quote(s)}`,
      });
  }
}

/** An amount: 基本支出, a group's total (which opens the group), or an item of the open group. */
function readAmount(reading: Reading, s: Sentence, m: Mention): void {
  const { ctx, t6, groups } = reading;
  if (!isMoney(m) || isChangeAmount(m)) return;
  const label = m.label;
  if (/基本支出$/.test(label)) {
    const basic05 = ctx.book.fig('T05', '合计', '基本支出');
    const basic03 = ctx.book.fig('T03', '合计', '基本支出');
    amount(ctx, m, basic05, {
      rule: 'N10',
      what: '财政拨款基本支出',
      hint: (stated) =>
        basic03 && !basic03.value.eq(basic05?.value ?? ZERO) && basic03.value.toDecimalPlaces(2).eq(stated)
          ? `与${where(basic03)}相同，疑似误取公开03表（含非财政拨款）的基本支出`
          : undefined,
    });
    return;
  }
  if (/人员经费(合计)?$/.test(label)) {
    reading.group = '人员';
    groups.人员.total = ctx.book.fig('T06', '人员经费合计');
    amount(ctx, m, groups.人员.total, { rule: 'N10', what: '人员经费' });
    return;
  }
  if (/(日常)?公用经费(合计)?$/.test(label)) {
    reading.group = '公用';
    groups.公用.total = ctx.book.fig('T06', '公用经费合计');
    amount(ctx, m, groups.公用.total, { rule: 'N10', what: '公用经费' });
    return;
  }
  const group = reading.group;
  if (!group) return;
  const list = groups[group];
  list.sentence ??= s;
  const row = t6 ? economicRow(ctx, label) : undefined;
  if (row && t6) {
    list.economic.push({ row, stated: toWan(m) });
    list.names.add(row.key);
    amount(ctx, m, ctx.book.figOf(t6, row), { rule: 'N11', what: `${group}经费中的${row.label}` });
    return;
  }
  const code = classCodeForLabel(nameKey(label));
  if (code) {
    // 人员经费 by 功能类 (the seed's form): each at most the 类's 基本支出 in 公开05表.
    ctx.handled.add(m);
    list.byClass.push({ code, stated: toWan(m) });
    const basic = ctx.book.fig('T05', code, '基本支出');
    if (!basic || toWan(m).toDecimalPlaces(2).gt(basic.value.toDecimalPlaces(2).plus('0.01')))
      ctx.rep.add({
        at: s,
        rule: 'N11',
        severity: 'error',
        figs: basic ? [basic] : [],
        expected: basic ? `≤ ${fmtFig(basic)}` : '0',
        actual: fmt2(toWan(m)),
        message: `${group}经费中的${label}${fmt2(toWan(m))}万元，超过${basic ? `${where(basic)}${fmtFig(basic)}万元` : '公开05表该类基本支出（无此类）'}。原文：${quote(s, m)}`,
      });
    return;
  }
  if (t6 && /[费金资贴]$/.test(label))
    ctx.rep.add({
      at: s,
      rule: 'N11',
      severity: 'warning',
      message: `${group}经费列举的“${label}”在${t6.id}中找不到对应科目。原文：${quote(s, m)}`,
    });
}

/** A 款 of 公开06表 that belongs to the group. */
const inGroup = (r: TableRow, group: Group) => r.code?.length === 5 && GROUP_CLASSES[group].some((c) => r.code!.startsWith(c));

/** Per group: items of 公开06表 left out, an item rewritten to absorb the table's rounding, and the list's sum. */
function checkGroupList(ctx: Ctx, t6: RecognizedTable, group: Group, list: GroupList): void {
  const quoted = list.sentence ? quote(list.sentence) : '';
  if (list.names.size > 0) {
    const omitted = t6.rows
      .filter((r) => inGroup(r, group) && !list.names.has(r.key))
      .map((r) => ctx.book.figOf(t6, r))
      .filter((f): f is Fig => !!f && !f.value.isZero());
    if (omitted.length)
      ctx.rep.add({
        rule: 'N11',
        severity: 'warning',
        at: list.sentence,
        figs: omitted,
        message: `${group}经费未列举${omitted.map((f) => `${f.label.replace(/^\d+ /, '')}${fmtFig(f)}万元`).join('、')}（${t6.id}中不为0）。原文：${quoted}`,
      });
  }
  // A listed item that differs from its table figure while the list adds up exactly to the total:
  // the rounding difference of the table was pushed into that item (the seed's 劳务费 0.06).
  const wrong = list.economic.filter((x) => !x.stated.toDecimalPlaces(2).eq(ctx.book.figOf(t6, x.row)?.value.toDecimalPlaces(2) ?? ZERO));
  if (list.total && wrong.length) {
    const statedSum = list.economic.reduce((sum, x) => sum.plus(x.stated), ZERO);
    const tableSum = list.economic.reduce((sum, x) => sum.plus(ctx.book.figOf(t6, x.row)?.value ?? ZERO), ZERO);
    if (statedSum.eq(list.total.value) && !tableSum.eq(list.total.value))
      ctx.rep.add({
        rule: 'N11',
        severity: 'info',
        at: list.sentence,
        figs: [list.total],
        expected: fmt2(tableSum),
        actual: fmt2(statedSum),
        message: `${group}经费所列各项合计${fmt2(statedSum)}万元恰等于${where(list.total)}，但按${t6.id}逐项金额合计为${fmt2(tableSum)}万元：${wrong.map((x) => x.row.label).join('、')}的金额疑为凑平表内尾数差异而改写。原文：${quoted}`,
      });
  }
  const listed = list.economic.length ? list.economic.map((x) => x.stated) : list.byClass.map((x) => x.stated);
  if (list.total && listed.length >= 2) {
    const sum = listed.reduce((a, b) => a.plus(b), ZERO);
    const difference = sum.minus(list.total.value);
    const tolerance = sumTolerance(listed.length);
    // Only a complete list must add up; a partial one may only fall short.
    const complete =
      list.byClass.length > 0 ||
      t6.rows.every((r) => !inGroup(r, group) || list.names.has(r.key) || (ctx.book.figOf(t6, r)?.value.isZero() ?? true));
    if (!difference.isZero() && (complete || difference.gt(0)))
      ctx.rep.add({
        rule: 'N11',
        at: list.sentence,
        severity: difference.abs().lte(tolerance) ? 'info' : 'warning',
        tail: difference.abs().lte(tolerance) || undefined,
        figs: [list.total],
        expected: fmtFig(list.total),
        actual: fmt2(sum),
        difference: fmt2(difference),
        tolerance: tolerance.toFixed(2),
        message: `${group}经费所列${listed.length}项合计${fmt2(sum)}万元，与${where(list.total)}${fmtFig(list.total)}万元相差${fmt2(difference.abs())}万元${difference.abs().lte(tolerance) ? '（尾数差异）' : ''}。原文：${quoted}`,
      });
  }
}

export function readBasicExpenditure(ctx: Ctx): void {
  const t6 = ctx.book.table('T06');
  const reading: Reading = {
    ctx,
    t6,
    groups: {
      人员: { economic: [], byClass: [], names: new Set() },
      公用: { economic: [], byClass: [], names: new Set() },
    },
  };
  for (const s of ctx.read.sentences)
    for (const event of eventsOf(s)) {
      if ('names' in event) readNames(reading, s, event.names);
      else readAmount(reading, s, event.m);
    }
  if (!t6) return;
  const personnel = reading.groups.人员;
  if (personnel.byClass.length && !personnel.economic.length && personnel.sentence)
    ctx.rep.add({
      at: personnel.sentence,
      rule: 'N11',
      severity: 'info',
      figs: personnel.total ? [personnel.total] : [],
      message: `人员经费按功能类列示（各类基本支出扣除公用经费），不是按${t6.id}经济分类科目（基本工资、津贴补贴…）列举，无法逐项与${t6.id}核对。原文：${quote(personnel.sentence)}`,
    });
  for (const group of Object.keys(reading.groups) as Group[]) checkGroupList(ctx, t6, group, reading.groups[group]);
}
