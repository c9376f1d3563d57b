/**
 * One reader per section of the seed family's 情况说明 (一 … 十), found by the words of its heading.
 * Each reads the sentences for the slots the template defines and compares them with the tables.
 */
import { Decimal, ZERO } from '../core/money';
import type { TableRow } from '../core/table';
import { classCodeForLabel } from '../templates/functionClasses';
import { VEHICLE_KEYS } from '../templates/tables';
import type { TableKey } from '../core/template';
import { SAME_AS_LAST_YEAR } from './changes';
import { amount, isChangeAmount, levels, valueOf, type Change, type Ctx, type SectionKind } from './context';
import { checkPercent, fmt2, fmtFig, nameKey, sumTolerance, toWan, where, type Fig } from './figures';
import { cleanLabel, isCount, isMoney, isPercent, normText, quote, type Mention, type Paragraph, type Sentence } from './text';

export function classify(heading: string, parent = ''): SectionKind {
  const own = normText(heading);
  const h = normText(parent) + own;
  if (/三公/.test(h)) return /总体/.test(own) ? 'S9.1' : /具体/.test(own) ? 'S9.2' : 'S9';
  if (/国有资本经营/.test(h)) return 'S8';
  if (/政府性基金/.test(h)) return 'S7';
  if (/机关运行经费/.test(h)) return 'S10.1';
  if (/政府采购/.test(h)) return 'S10.2';
  if (/国有资产|资产占用/.test(h)) return 'S10.3';
  if (/绩效/.test(h)) return 'S10.4';
  if (/其他重要事项/.test(h)) return 'S10';
  if (/基本支出/.test(h)) return 'S6';
  if (/一般公共预算/.test(h)) return /总体/.test(own) ? 'S5.1' : /结构/.test(own) ? 'S5.2' : /具体/.test(own) ? 'S5.3' : 'S5';
  if (/财政拨款收支|财政拨款收入支出/.test(h)) return 'S4';
  if (/收入支出决算总体|收支决算总体|收入支出/.test(h)) return 'S1';
  if (/收入决算/.test(h)) return 'S2';
  if (/支出决算/.test(h)) return 'S3';
  return 'other';
}

export const RULE_OF: Record<SectionKind, string> = {
  S1: 'N01',
  S2: 'N03',
  S3: 'N04',
  S4: 'N05',
  S5: 'N06',
  'S5.1': 'N06',
  'S5.2': 'N07',
  'S5.3': 'N08',
  S6: 'N10',
  S7: 'N12',
  S8: 'N13',
  S9: 'N14',
  'S9.1': 'N14',
  'S9.2': 'N15',
  S10: 'N16',
  'S10.1': 'N16',
  'S10.2': 'N17',
  'S10.3': 'N18',
  'S10.4': 'N19',
  other: 'N20',
};

const SHARE_WORD = /^(占比|占|比重|占比重|所占比例|占总额的|占合计的)$/;

/** The next mention in the same sentence, when it is a share ("占比P%"). */
function shareAfter(m: Mention): Mention | undefined {
  const ms = m.sentence.mentions;
  const n = ms[ms.indexOf(m) + 1];
  return n && isPercent(n) && SHARE_WORD.test(n.label) ? n : undefined;
}

/** Stated shares of one breakdown must total 100.00 ± 0.01 per item (§4.1 plug). */
function sharesTotal(ctx: Ctx, shares: Mention[], what: string, complete: boolean, rule: string, failed: boolean): void {
  // A share already wrong on its own is reported once, not again through the total.
  if (!complete || failed || shares.length < 2) return;
  const total = shares.reduce((s, m) => s.plus(m.value), ZERO);
  const tol = new Decimal('0.01').times(shares.length);
  const diff = total.minus(100);
  if (diff.abs().gt(tol))
    ctx.rep.add({
      rule,
      severity: 'error',
      expected: '100.00',
      actual: total.toFixed(2),
      difference: diff.toFixed(2),
      tolerance: tol.toFixed(2),
      message: `${what}各项占比合计${total.toFixed(2)}%，应为100.00%（允许±${tol.toFixed(2)}）。原文：${quote(shares[0].sentence)}`,
    });
}

// ── 一 收入支出决算总体情况 (N01) ─────────────────────────────────────────────

function readS1(ctx: Ctx): void {
  for (const m of levels(ctx)) {
    const l = m.label;
    if (/财政拨款/.test(l)) continue;
    if (/收入支出总计$|收支总计$/.test(l)) amount(ctx, m, ctx.book.fig('T01', '收入总计'), { what: '收入支出总计' });
    else if (/收入总计$/.test(l)) amount(ctx, m, ctx.book.fig('T01', '收入总计'), { what: '收入总计' });
    else if (/支出总计$/.test(l)) amount(ctx, m, ctx.book.fig('T01', '支出总计'), { what: '支出总计' });
  }
}

// ── 二 / 三 收入、支出决算 (N03, N04) ─────────────────────────────────────────

interface BreakdownItem {
  col: string;
  re: RegExp;
  alt?: [TableKey, string, string?];
}

function readBreakdown(
  ctx: Ctx,
  table: 'T02' | 'T03',
  totalCol: string,
  totalRe: RegExp,
  totalAlt: [TableKey, string, string?],
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
    if (!total && totalRe.test(m.label)) {
      total = m;
      amount(ctx, m, totalFig, { what, alternates: [ctx.book.fig(...totalAlt)] });
      continue;
    }
    const item = items.find((it) => it.re.test(m.label));
    if (!item) continue;
    const fig = ctx.book.fig(table, '合计', item.col);
    seen.add(item.col);
    amount(ctx, m, fig, { what: item.col, alternates: item.alt ? [ctx.book.fig(...item.alt)] : [] });
    const p = shareAfter(m);
    const whole = total ? valueOf(ctx, total) : totalFig?.value;
    if (p && whole) {
      ctx.handled.add(p);
      shares.push(p);
      if (
        checkPercent(ctx.rep, p, valueOf(ctx, m), whole, {
          rule: ctx.rule,
          what: `${item.col}占比`,
          formula: `${item.col} ÷ ${what} × 100`,
          figs: [fig, totalFig],
        }) === 'fail'
      )
        failed = true;
    }
  }
  const omitted = items
    .map((it) => ({ it, fig: ctx.book.fig(table, '合计', it.col) }))
    .filter((x) => x.fig && !x.fig.value.isZero() && !seen.has(x.it.col));
  if (ctx.read.mentions.length && omitted.length)
    ctx.rep.add({
      rule: ctx.rule,
      severity: 'warning',
      figs: omitted.map((x) => x.fig!),
      message: `${what}的构成未列示${omitted.map((x) => `${x.it.col}${fmtFig(x.fig!)}万元`).join('、')}（${t.id}合计行不为0）。`,
    });
  sharesTotal(ctx, shares, what, omitted.length === 0, ctx.rule, failed);
}

function readS2(ctx: Ctx): void {
  readBreakdown(
    ctx,
    'T02',
    '本年收入合计',
    /(本年)?收入合计$/,
    ['T01', '本年收入合计'],
    [
      { col: '财政拨款收入', re: /^财政拨款(收入)?$/, alt: ['T04', '本年收入合计'] },
      { col: '上级补助收入', re: /上级补助收入$/, alt: ['T01', '上级补助收入'] },
      { col: '事业收入', re: /^事业收入$/, alt: ['T01', '事业收入'] },
      { col: '经营收入', re: /^经营收入$/, alt: ['T01', '经营收入'] },
      { col: '附属单位上缴收入', re: /附属单位上缴收入$/, alt: ['T01', '附属单位上缴收入'] },
      { col: '其他收入', re: /^其他收入$/, alt: ['T01', '其他收入'] },
    ],
    '收入合计',
  );
}

function readS3(ctx: Ctx): void {
  readBreakdown(
    ctx,
    'T03',
    '本年支出合计',
    /(本年)?支出合计$/,
    ['T01', '本年支出合计'],
    [
      { col: '基本支出', re: /^基本支出$/ },
      { col: '项目支出', re: /^项目支出$/ },
      { col: '上缴上级支出', re: /上缴上级支出$/ },
      { col: '经营支出', re: /^经营支出$/ },
      { col: '对附属单位补助支出', re: /对附属单位补助支出$/ },
    ],
    '支出合计',
  );
}

// ── 四 财政拨款收支决算总体情况 (N05) ─────────────────────────────────────────

function readS4(ctx: Ctx): void {
  for (const m of levels(ctx)) {
    const l = m.label;
    if (/收入支出总计$|收支总计$/.test(l)) amount(ctx, m, ctx.book.fig('T04', '收入总计'), { what: '财政拨款收入支出总计' });
    else if (/收入总计$/.test(l)) amount(ctx, m, ctx.book.fig('T04', '收入总计'), { what: '财政拨款收入总计' });
    else if (/支出总计$/.test(l)) amount(ctx, m, ctx.book.fig('T04', '支出总计', '合计'), { what: '财政拨款支出总计' });
  }
}

// ── 五 一般公共预算财政拨款支出 (N06, N07, N08, N09) ──────────────────────────

const generalTotal = (ctx: Ctx) => ctx.book.fig('T05', '合计', '小计');
const generalAlt = (ctx: Ctx) => ctx.book.fig('T04', '本年支出合计', '一般公共预算财政拨款');

function readS51(ctx: Ctx): void {
  const total = levels(ctx).find((m) => /一般公共预算/.test(m.label));
  if (!total) return;
  amount(ctx, total, generalTotal(ctx), { rule: 'N06', what: '一般公共预算财政拨款支出', alternates: [generalAlt(ctx)] });
  const ms = total.sentence.mentions;
  const p = ms.slice(ms.indexOf(total) + 1).find((x) => isPercent(x) && /^占.*(支出合计|支出总计|支出)的?$/.test(x.label));
  const all = ctx.book.fig('T03', '合计', '本年支出合计') ?? ctx.book.fig('T01', '本年支出合计');
  if (p && all) {
    ctx.handled.add(p);
    checkPercent(ctx.rep, p, valueOf(ctx, total), all.value, {
      rule: 'N06',
      what: '占本年支出合计的比例',
      formula: '一般公共预算财政拨款支出 ÷ 本年支出合计 × 100',
      figs: [generalTotal(ctx), all],
    });
  }
}

/** A 功能类 (or other 科目) row of 公开05表 by the name the narrative gives it. */
function t05Row(ctx: Ctx, name: string): { row?: TableRow; code?: string } {
  const n = nameKey(name.replace(/\((类|款|项)\)$/, ''));
  const code = classCodeForLabel(n);
  if (code) return { row: ctx.book.table('T05')?.rowIndex.get(code), code };
  return { row: ctx.book.rowByName('T05', n, (r) => !!r.code) };
}

function readS52(ctx: Ctx): void {
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
      amount(ctx, m, totalFig, { rule: 'N07', what: '一般公共预算财政拨款支出', alternates: [generalAlt(ctx)] });
      continue;
    }
    const { row, code } = t05Row(ctx, m.label);
    if (!row) {
      if (code)
        ctx.rep.add({
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
    const p = shareAfter(m);
    const whole = total ? valueOf(ctx, total) : totalFig?.value;
    if (p && whole) {
      ctx.handled.add(p);
      shares.push(p);
      if (
        checkPercent(ctx.rep, p, valueOf(ctx, m), whole, {
          rule: 'N07',
          what: `${row.label}占比`,
          formula: `该类支出 ÷ 一般公共预算财政拨款支出 × 100`,
          figs: [fig, totalFig],
        }) === 'fail'
      )
        failed = true;
    }
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
  sharesTotal(ctx, shares, '一般公共预算财政拨款支出结构', omitted.length === 0, 'N07', failed);
}

const LEVEL_LEN: Record<string, number> = { 类: 3, 款: 5, 项: 7 };

const children = (rows: TableRow[], parent: TableRow, len: number) =>
  rows
    .filter((r) => r.code?.length === len && r.code.startsWith(parent.code!))
    .map((r) => `${r.code} ${r.label}`)
    .join('、');

/**
 * N09: "X（类）Y（款）Z（项）" must name rows of 公开05表 with the same codes, each under the one before.
 * Returns the deepest row named.
 */
function readHierarchy(ctx: Ctx, para: Paragraph): TableRow | undefined {
  const t = ctx.book.table('T05');
  if (!t) return undefined;
  const parts = para.norm.split(/\((类|款|项)\)/);
  if (parts.length < 3) return undefined;
  let parent: TableRow | undefined;
  let last: TableRow | undefined;
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const level = parts[i + 1];
    const raw = parts[i];
    const chained = i > 0 && !!parent && !/[,;:。、]/.test(raw);
    const name = cleanLabel(raw.split(/[,;:。、]/).pop() ?? '');
    if (!name) continue;
    const len = LEVEL_LEN[level];
    const same = t.rows.filter(
      (r) => r.code?.length === len && (nameKey(r.label) === nameKey(name) || (len === 3 && classCodeForLabel(nameKey(name)) === r.code)),
    );
    const row = chained ? same.find((r) => r.code!.startsWith(parent!.code!)) : same[0];
    if (!row) {
      const message = same.length
        ? `科目“${name}（${level}）”在${t.id}中为${same.map((r) => r.code).join('、')}，不在“${parent!.label}（${parent!.code}）”之下。原文：${quote(para.sentences[0])}`
        : chained
          ? `${t.id}中“${parent!.code} ${parent!.label}”之下没有名为“${name}”的${level}（该类下的${level}为：${children(t.rows, parent!, len) || '无'}）。原文：${quote(para.sentences[0])}`
          : `${t.id}中没有名为“${name}”的${level}级科目。原文：${quote(para.sentences[0])}`;
      const figs = [parent ? ctx.book.figOf(t, parent, '小计') : undefined, ...same.map((r) => ctx.book.figOf(t, r, '小计'))].filter(
        (f): f is Fig => !!f,
      );
      ctx.rep.add({ rule: 'N09', severity: 'error', figs, message });
      parent = undefined;
      continue;
    }
    parent = row;
    last = row;
  }
  return last;
}

const BUDGET = /(年初|全年)?预算(数)?$/;
const ACTUAL = /(支出)?决算(数)?$|决算支出$/;
const RATE = /完成(年初|全年)?预算(数)?的$|(预算)?(完成|执行)率$/;

/** 大于/小于/持平 between 决算 and 预算 must match the figures. */
function directionWords(ctx: Ctx, para: Paragraph, actual: Decimal, budget: Decimal, figs: Fig[]): void {
  const w = /决算数?(大于|高于|超过|多于|小于|低于|少于|等于)(年初)?预算数?|决算数?与(年初)?预算数?(持平|相同|一致)/.exec(para.norm);
  if (!w || /(大于|小于|高于|低于)\((大于|小于|高于|低于)\)/.test(para.norm)) return;
  const word = w[1] ?? w[4];
  const want = /大于|高于|超过|多于/.test(word) ? 1 : /小于|低于|少于/.test(word) ? -1 : 0;
  const got = actual.cmp(budget);
  if (want === got) return;
  const right = got > 0 ? '大于' : got < 0 ? '小于' : '持平';
  ctx.rep.add({
    rule: 'W-DIR',
    severity: 'warning',
    figs,
    expected: right,
    actual: word,
    message: `决算数${fmt2(actual)}万元、预算数${fmt2(budget)}万元，应为“${right}”，情况说明写作“${word}”。原文：${quote(para.sentences.find((s) => s.norm.includes(w[0])) ?? para.sentences[0])}`,
  });
}

function readS53(ctx: Ctx): void {
  const t = ctx.book.table('T05');
  if (!t) return;
  for (const para of ctx.read.paragraphs) {
    let row = readHierarchy(ctx, para);
    if (!row) {
      const head = /^(.*?)(?:\(类\))?(?:年初预算|全年预算|预算数)/.exec(cleanLabel(para.norm.split(/[,;:。]/)[0]));
      if (!head) continue;
      if (/一般公共预算/.test(head[1])) row = t.rowIndex.get('合计');
      else row = t05Row(ctx, head[1]).row;
    }
    if (!row) continue;
    ctx.paraSubject.set(para, row.key);
    const ms = para.sentences.flatMap((s) => s.mentions);
    const budget = ms.find((m) => isMoney(m) && !isChangeAmount(m) && BUDGET.test(m.label));
    const actual = ms.find((m) => isMoney(m) && !isChangeAmount(m) && ACTUAL.test(m.label));
    const rate = ms.find((m) => isPercent(m) && RATE.test(m.label));
    const fig = ctx.book.figOf(t, row, '小计');
    const alt = row.key === '合计' ? generalAlt(ctx) : ctx.book.fig('T04', row.key, '一般公共预算财政拨款');
    const what = row.key === '合计' ? '一般公共预算财政拨款支出决算' : `${row.label}决算`;
    if (actual) amount(ctx, actual, fig, { rule: 'N08', what, alternates: [alt] });
    if (budget) {
      ctx.handled.add(budget);
      const b = toWan(budget);
      if (row.key === '合计') ctx.shared.totalBudget = { value: b, m: budget, rep: ctx.rep };
      else if (row.code?.length === 3) ctx.shared.classBudgets.set(row.key, b);
    }
    const a = actual ? valueOf(ctx, actual) : fig?.value;
    if (rate) {
      ctx.handled.add(rate);
      if (budget && toWan(budget).isZero())
        ctx.rep.add({
          rule: 'W-BUDGET0',
          severity: 'warning',
          figs: fig ? [fig] : [],
          actual: `${rate.raw}%`,
          message: `年初预算为0，“完成年初预算的${rate.raw}%”无意义，应删去完成率或改用全年预算。原文：${quote(rate.sentence, rate)}`,
        });
      else if (budget && a)
        checkPercent(ctx.rep, rate, a, toWan(budget), {
          rule: 'N08',
          what: '预算完成率',
          formula: '支出决算 ÷ 年初预算 × 100',
          figs: [fig],
        });
    }
    if (budget && a) directionWords(ctx, para, a, toWan(budget), fig ? [fig] : []);
  }
}

function postS51(ctx: Ctx, changes: Change[]): void {
  const c = changes[0];
  if (c) ctx.shared.general = { change: c, rep: ctx.rep };
}

function postS53(ctx: Ctx, changes: Change[]): void {
  ctx.shared.classChangeRep ??= ctx.rep;
  for (const [para, key] of ctx.paraSubject) {
    if (key.length !== 3) continue;
    const c = changes.find((x) => x.sentence.paragraph === para);
    if (c) ctx.shared.classChanges.set(key, { delta: c.delta, prior: c.prior });
    else if (SAME_AS_LAST_YEAR.test(para.norm)) {
      const cur = ctx.book.fig('T05', key, '小计')?.value ?? ZERO;
      ctx.shared.classChanges.set(key, { delta: ZERO, prior: cur });
    }
  }
}

// ── 六 基本支出 (N10, N11) ─────────────────────────────────────────────────────

const GROUP_CLASSES = { 人员: ['301', '303'], 公用: ['302', '307', '310', '312', '313', '399'] } as const;
type Group = keyof typeof GROUP_CLASSES;

interface GroupList {
  total?: Fig;
  economic: { row: TableRow; stated: Decimal }[];
  byClass: { code: string; stated: Decimal }[];
  names: Set<string>;
  sentence?: Sentence;
}

function readS6(ctx: Ctx): void {
  const t6 = ctx.book.table('T06');
  const groups: Record<Group, GroupList> = {
    人员: { economic: [], byClass: [], names: new Set() },
    公用: { economic: [], byClass: [], names: new Set() },
  };
  let group: Group | undefined;
  const economicRow = (name: string) => ctx.book.rowByName('T06', name, (r) => !!r.code && (r.code.length === 5 || r.code.length === 3));
  for (const s of ctx.read.sentences) {
    // Amounts and name-only lists ("主要包括基本工资、津贴补贴…") in the order written.
    const events: ({ at: number; m: Mention } | { at: number; names: string[] })[] = s.mentions.map((m) => ({ at: m.start, m }));
    for (const seg of s.norm.matchAll(/主要包括([^;。]*)/g)) {
      if (/\d/.test(seg[1])) continue;
      const names = seg[1]
        .split(/[、,]/)
        .map((x) => x.replace(/^(和|及|以及)/, '').replace(/等$/, ''))
        .filter((x) => x.length >= 2);
      events.push({ at: seg.index!, names });
    }
    events.sort((a, b) => a.at - b.at);
    for (const e of events) {
      if ('names' in e) {
        if (!group || !t6) continue;
        for (const name of e.names) {
          const row = economicRow(name);
          const g = groups[group];
          g.sentence ??= s;
          if (!row) {
            ctx.rep.add({
              rule: 'N11',
              severity: 'warning',
              message: `${group}经费列举的“${name}”在${t6.id}中找不到对应科目。原文：${quote(s)}`,
            });
            continue;
          }
          g.names.add(row.key);
          const fig = ctx.book.figOf(t6, row);
          if (fig && fig.value.isZero())
            ctx.rep.add({
              rule: 'N11',
              severity: 'warning',
              figs: [fig],
              message: `${group}经费列举了“${name}”，但${where(fig)}为0。原文：${quote(s)}`,
            });
        }
        continue;
      }
      const m = e.m;
      if (!isMoney(m) || isChangeAmount(m)) continue;
      const l = m.label;
      if (/基本支出$/.test(l)) {
        const basic05 = ctx.book.fig('T05', '合计', '基本支出');
        const basic03 = ctx.book.fig('T03', '合计', '基本支出');
        amount(ctx, m, basic05, {
          rule: 'N10',
          what: '财政拨款基本支出',
          hint: (st) =>
            basic03 && !basic03.value.eq(basic05?.value ?? ZERO) && basic03.value.toDecimalPlaces(2).eq(st)
              ? `与${where(basic03)}相同，疑似误取公开03表（含非财政拨款）的基本支出`
              : undefined,
        });
        continue;
      }
      if (/人员经费(合计)?$/.test(l)) {
        group = '人员';
        groups.人员.total = ctx.book.fig('T06', '人员经费合计');
        amount(ctx, m, groups.人员.total, { rule: 'N10', what: '人员经费' });
        continue;
      }
      if (/(日常)?公用经费(合计)?$/.test(l)) {
        group = '公用';
        groups.公用.total = ctx.book.fig('T06', '公用经费合计');
        amount(ctx, m, groups.公用.total, { rule: 'N10', what: '公用经费' });
        continue;
      }
      if (!group) continue;
      const g = groups[group];
      g.sentence ??= s;
      const row = t6 ? economicRow(l) : undefined;
      if (row && t6) {
        g.economic.push({ row, stated: toWan(m) });
        g.names.add(row.key);
        amount(ctx, m, ctx.book.figOf(t6, row), { rule: 'N11', what: `${group}经费中的${row.label}` });
        continue;
      }
      const code = classCodeForLabel(nameKey(l));
      if (code) {
        // 人员经费 by 功能类 (the seed's form): each at most the 类's 基本支出 in 公开05表.
        ctx.handled.add(m);
        g.byClass.push({ code, stated: toWan(m) });
        const basic = ctx.book.fig('T05', code, '基本支出');
        if (!basic || toWan(m).toDecimalPlaces(2).gt(basic.value.toDecimalPlaces(2).plus('0.01')))
          ctx.rep.add({
            rule: 'N11',
            severity: 'error',
            figs: basic ? [basic] : [],
            expected: basic ? `≤ ${fmtFig(basic)}` : '0',
            actual: fmt2(toWan(m)),
            message: `${group}经费中的${l}${fmt2(toWan(m))}万元，超过${basic ? `${where(basic)}${fmtFig(basic)}万元` : '公开05表该类基本支出（无此类）'}。原文：${quote(s, m)}`,
          });
        continue;
      }
      if (t6 && /[费金资贴]$/.test(l))
        ctx.rep.add({
          rule: 'N11',
          severity: 'warning',
          message: `${group}经费列举的“${l}”在${t6.id}中找不到对应科目。原文：${quote(s, m)}`,
        });
    }
  }
  if (!t6) return;
  if (groups.人员.byClass.length && !groups.人员.economic.length && groups.人员.sentence)
    ctx.rep.add({
      rule: 'N11',
      severity: 'info',
      figs: groups.人员.total ? [groups.人员.total] : [],
      message: `人员经费按功能类列示（各类基本支出扣除公用经费），不是按${t6.id}经济分类科目（基本工资、津贴补贴…）列举，无法逐项与${t6.id}核对。原文：${quote(groups.人员.sentence)}`,
    });
  for (const gname of Object.keys(groups) as Group[]) {
    const g = groups[gname];
    const q = g.sentence ? quote(g.sentence) : '';
    if (g.names.size > 0) {
      const omitted = t6.rows
        .filter((r) => r.code?.length === 5 && GROUP_CLASSES[gname].some((c) => r.code!.startsWith(c)) && !g.names.has(r.key))
        .map((r) => ctx.book.figOf(t6, r))
        .filter((f): f is Fig => !!f && !f.value.isZero());
      if (omitted.length)
        ctx.rep.add({
          rule: 'N11',
          severity: 'warning',
          figs: omitted,
          message: `${gname}经费未列举${omitted.map((f) => `${f.label.replace(/^\d+ /, '')}${fmtFig(f)}万元`).join('、')}（${t6.id}中不为0）。原文：${q}`,
        });
    }
    // A listed item that differs from its table figure while the list adds up exactly to the total:
    // the rounding difference of the table was pushed into that item (the seed's 劳务费 0.06).
    const wrong = g.economic.filter((x) => !x.stated.toDecimalPlaces(2).eq(ctx.book.figOf(t6, x.row)?.value.toDecimalPlaces(2) ?? ZERO));
    if (g.total && wrong.length) {
      const statedSum = g.economic.reduce((a, x) => a.plus(x.stated), ZERO);
      const tableSum = g.economic.reduce((a, x) => a.plus(ctx.book.figOf(t6, x.row)?.value ?? ZERO), ZERO);
      if (statedSum.eq(g.total.value) && !tableSum.eq(g.total.value))
        ctx.rep.add({
          rule: 'N11',
          severity: 'info',
          figs: [g.total],
          expected: fmt2(tableSum),
          actual: fmt2(statedSum),
          message: `${gname}经费所列各项合计${fmt2(statedSum)}万元恰等于${where(g.total)}，但按${t6.id}逐项金额合计为${fmt2(tableSum)}万元：${wrong.map((x) => x.row.label).join('、')}的金额疑为凑平表内尾数差异而改写。原文：${q}`,
        });
    }
    const listed = g.economic.length ? g.economic.map((x) => x.stated) : g.byClass.map((x) => x.stated);
    if (g.total && listed.length >= 2) {
      const sum = listed.reduce((a, b) => a.plus(b), ZERO);
      const diff = sum.minus(g.total.value);
      const tol = sumTolerance(listed.length);
      const complete =
        g.byClass.length > 0 ||
        t6.rows.every(
          (r) =>
            !(r.code?.length === 5 && GROUP_CLASSES[gname].some((c) => r.code!.startsWith(c))) ||
            g.names.has(r.key) ||
            (ctx.book.figOf(t6, r)?.value.isZero() ?? true),
        );
      if (!diff.isZero() && (complete || diff.gt(0)))
        ctx.rep.add({
          rule: 'N11',
          severity: diff.abs().lte(tol) ? 'info' : 'warning',
          tail: diff.abs().lte(tol) || undefined,
          figs: [g.total],
          expected: fmtFig(g.total),
          actual: fmt2(sum),
          difference: fmt2(diff),
          tolerance: tol.toFixed(2),
          message: `${gname}经费所列${listed.length}项合计${fmt2(sum)}万元，与${where(g.total)}${fmtFig(g.total)}万元相差${fmt2(diff.abs())}万元${diff.abs().lte(tol) ? '（尾数差异）' : ''}。原文：${q}`,
        });
    }
  }
}

// ── 七 / 八 政府性基金、国有资本经营 (N12, N13) ───────────────────────────────

function readFund(ctx: Ctx, key: 'T07' | 'T08', cols: { re: RegExp; col: string; what: string }[]): void {
  const t = ctx.book.table(key);
  if (!t) return;
  const all = ctx.read.paragraphs.map((p) => p.norm).join('');
  const none = /无此项|无(政府性基金|国有资本经营)|没有(政府性基金|国有资本经营)|本表无数据|无相关(收入|支出|收支)/.test(all);
  const empty = ctx.book.isEmpty(key);
  if (none && !empty) {
    const figs = ctx.book.nonZero(key).slice(0, 6);
    ctx.rep.add({
      rule: ctx.rule,
      severity: 'error',
      figs,
      message: `情况说明称本年度无此项收支，但${t.id}有数据：${figs.map((f) => `${f.label}${fmtFig(f)}万元`).join('、')}。原文：${quote(ctx.read.sentences.find((s) => /无/.test(s.norm)) ?? ctx.read.sentences[0])}`,
    });
  }
  let matched = 0;
  for (const m of levels(ctx)) {
    const c = cols.find((x) => x.re.test(m.label));
    if (!c) continue;
    matched++;
    amount(ctx, m, ctx.book.fig(key, '合计', c.col), { what: c.what });
  }
  if (!none && all && !empty && matched === 0)
    ctx.rep.add({
      rule: ctx.rule,
      severity: 'warning',
      figs: ctx.book.nonZero(key).slice(0, 3),
      message: `${t.id}有数据，情况说明未写明收支金额。`,
    });
  if (!none && all && empty && matched === 0)
    ctx.rep.add({
      rule: ctx.rule,
      severity: 'warning',
      message: `${t.id}无数据，情况说明应写明“本年度无此项收支”。原文：${quote(ctx.read.sentences[0])}`,
    });
}

function readS7(ctx: Ctx): void {
  readFund(ctx, 'T07', [
    { re: /年初结转和结余$/, col: '年初结转和结余', what: '政府性基金年初结转和结余' },
    { re: /年末结转和结余$/, col: '年末结转和结余', what: '政府性基金年末结转和结余' },
    { re: /收入$/, col: '本年收入', what: '政府性基金预算财政拨款收入' },
    { re: /支出(小计|合计)?$/, col: '本年支出小计', what: '政府性基金预算财政拨款支出' },
  ]);
}

function readS8(ctx: Ctx): void {
  readFund(ctx, 'T08', [{ re: /支出(小计|合计)?$/, col: '合计', what: '国有资本经营预算财政拨款支出' }]);
}

// ── 九 三公 (N14, N15) ──────────────────────────────────────────────────────────

const SAN_GONG: { col: string; re: RegExp }[] = [
  { col: '公务用车购置及运行维护费', re: /公务用车购置及运行(维护)?费(支出)?(决算(数)?)?$/ },
  { col: '因公出国（境）费', re: /因公出国\(境\)费(用)?(支出)?(决算(数)?)?$/ },
  { col: '公务用车购置费', re: /公务用车购置(费)?(支出)?(决算(数)?)?$/ },
  { col: '公务用车运行维护费', re: /公务用车运行(维护)?费(支出)?(决算(数)?)?$/ },
  { col: '公务接待费', re: /公务接待费(支出)?(决算(数)?)?$/ },
];

const itemOf = (m: Mention) => (isMoney(m) && !isChangeAmount(m) ? SAN_GONG.find((x) => x.re.test(m.label)) : undefined);

function rateCheck(
  ctx: Ctx,
  rate: Mention,
  actual: Decimal,
  budget: Fig | undefined,
  budgetStated: Decimal | undefined,
  what: string,
  figs: (Fig | undefined)[],
): void {
  ctx.handled.add(rate);
  const b = budgetStated ?? budget?.value;
  if (b === undefined) return;
  if (b.isZero()) {
    ctx.rep.add({
      rule: 'W-BUDGET0',
      severity: 'warning',
      figs: figs.filter((f): f is Fig => !!f),
      actual: `${rate.raw}%`,
      message: `${what}预算数为0，不应写“完成全年预算的${rate.raw}%”。原文：${quote(rate.sentence, rate)}`,
    });
    return;
  }
  checkPercent(ctx.rep, rate, actual, b, { rule: 'N14', what: `${what}完成率`, formula: '支出决算 ÷ 全年预算 × 100', figs });
}

interface SanGongState {
  sentenceItem: Map<Sentence, string>;
  totalSentences: Set<Sentence>;
}

function readS9(ctx: Ctx): SanGongState {
  const st: SanGongState = { sentenceItem: new Map(), totalSentences: new Set() };
  const t9 = ctx.book.table('T09');
  if (!t9) return st;
  const budgetTotal = ctx.book.fig('T09', '预算数', '合计');
  const actualTotal = ctx.book.fig('T09', '决算数', '合计');
  for (const s of ctx.read.sentences) {
    const ms = s.mentions;
    const itemM = ms.find((m) => itemOf(m));
    const hasCounts = ms.some(isCount);
    if (itemM) {
      const item = itemOf(itemM)!;
      st.sentenceItem.set(s, item.col);
      const fig = ctx.book.fig('T09', '决算数', item.col);
      const bud = ctx.book.fig('T09', '预算数', item.col);
      amount(ctx, itemM, fig, { rule: hasCounts ? 'N15' : 'N14', what: `${item.col}支出决算` });
      const rest = ms.slice(ms.indexOf(itemM) + 1);
      const budgetM = rest.find((m) => isMoney(m) && !isChangeAmount(m) && BUDGET.test(m.label));
      if (budgetM) amount(ctx, budgetM, bud, { rule: 'N14', what: `${item.col}全年预算` });
      const rate = rest.find((m) => isPercent(m) && RATE.test(m.label));
      if (rate) rateCheck(ctx, rate, valueOf(ctx, itemM), bud, budgetM ? toWan(budgetM) : undefined, item.col, [fig, bud]);
      const share = rest.find((m) => isPercent(m) && SHARE_WORD.test(m.label));
      if (share && actualTotal) {
        ctx.handled.add(share);
        checkPercent(ctx.rep, share, valueOf(ctx, itemM), actualTotal.value, {
          rule: 'N14',
          what: `${item.col}占比`,
          formula: `${item.col} ÷ “三公”经费决算合计 × 100`,
          figs: [fig, actualTotal],
        });
      }
      continue;
    }
    if (!/三公/.test(s.norm)) continue;
    const budgetM = ms.find((m) => isMoney(m) && !isChangeAmount(m) && BUDGET.test(m.label));
    const actualM = ms.find((m) => isMoney(m) && !isChangeAmount(m) && ACTUAL.test(m.label));
    if (!budgetM && !actualM) continue;
    st.totalSentences.add(s);
    if (budgetM) amount(ctx, budgetM, budgetTotal, { rule: 'N14', what: '“三公”经费全年预算' });
    if (actualM) amount(ctx, actualM, actualTotal, { rule: 'N14', what: '“三公”经费支出决算' });
    const rate = ms.find((m) => isPercent(m) && RATE.test(m.label));
    if (rate && actualM)
      rateCheck(ctx, rate, valueOf(ctx, actualM), budgetTotal, budgetM ? toWan(budgetM) : undefined, '“三公”经费', [
        actualTotal,
        budgetTotal,
      ]);
  }
  readSanGongDetails(ctx);
  return st;
}

/** 九(二): counts (团组, 人次, 辆, 批次), 保有量 against 公开10表, the 接待 split. */
function readSanGongDetails(ctx: Ctx): void {
  const vehicles = ctx.book.fig('T10', '车辆数合计');
  for (const para of ctx.read.paragraphs) {
    const ms = para.sentences.flatMap((s) => s.mentions);
    const itemM = ms.find((m) => itemOf(m));
    const counts = ms.filter(isCount);
    if (!itemM || counts.length === 0) continue;
    const item = itemOf(itemM)!;
    const fig = ctx.book.fig('T09', '决算数', item.col);
    for (const c of counts) {
      if (c.decimals > 0)
        ctx.rep.add({
          rule: 'N15',
          severity: 'error',
          message: `${c.label || c.unit}应为整数，写作${c.raw}${c.unit}。原文：${quote(c.sentence, c)}`,
        });
      if (/保有量$/.test(c.label)) {
        ctx.handled.add(c);
        if (vehicles && !c.value.eq(vehicles.value))
          ctx.rep.add({
            rule: 'N15',
            severity: c.value.gt(vehicles.value) ? 'error' : 'warning',
            figs: [vehicles],
            expected: fmtFig(vehicles),
            actual: c.raw,
            message: `公务用车保有量${c.raw}辆，${where(vehicles)}为${fmtFig(vehicles)}辆${c.value.gt(vehicles.value) ? '，保有量不能多于车辆总数' : '，通常应相等'}。原文：${quote(c.sentence, c)}`,
          });
        continue;
      }
      if (fig && fig.value.isZero() && c.value.gt(0))
        ctx.rep.add({
          rule: 'N15',
          severity: 'warning',
          figs: [fig],
          message: `${item.col}为0，但写有${c.raw}${c.unit}。原文：${quote(c.sentence, c)}`,
        });
      if (item.col === '公务用车购置费' && c.unit === '辆' && fig && fig.value.gt(0) && c.value.isZero())
        ctx.rep.add({
          rule: 'N15',
          severity: 'warning',
          figs: [fig],
          message: `${where(fig)}为${fmtFig(fig)}万元，但购置车辆数写作0辆。原文：${quote(c.sentence, c)}`,
        });
    }
    if (item.col !== '公务接待费' || !fig) continue;
    const find = (re: RegExp) => ms.find((m) => isMoney(m) && re.test(m.label));
    const home = find(/国内(公务)?接待费$/);
    const foreign = find(/外事接待费$/);
    const abroad = find(/国\(境\)外(公务)?接待费$/);
    for (const m of [home, foreign, abroad]) if (m) ctx.handled.add(m);
    if (home && abroad) {
      const sum = toWan(home).plus(toWan(abroad));
      const diff = sum.minus(fig.value);
      if (!diff.isZero())
        ctx.rep.add({
          rule: 'N15',
          severity: diff.abs().lte('0.01') ? 'info' : 'error',
          tail: diff.abs().lte('0.01') || undefined,
          figs: [fig],
          expected: fmtFig(fig),
          actual: fmt2(sum),
          difference: fmt2(diff),
          tolerance: '0.01',
          message: `国内接待费${fmt2(toWan(home))}万元与国（境）外接待费${fmt2(toWan(abroad))}万元合计${fmt2(sum)}万元，${where(fig)}为${fmtFig(fig)}万元。原文：${quote(home.sentence, home)}`,
        });
    }
    if (home && foreign && toWan(foreign).gt(toWan(home)))
      ctx.rep.add({
        rule: 'N15',
        severity: 'error',
        figs: [fig],
        message: `外事接待费${fmt2(toWan(foreign))}万元是国内接待费的一部分，不应大于国内接待费${fmt2(toWan(home))}万元。原文：${quote(foreign.sentence, foreign)}`,
      });
  }
}

/** Σ of the items' changes equals the change of the total (each item either has a change or is "与上年相同"). */
function postS9(ctx: Ctx, changes: Change[], st: SanGongState): void {
  const total = changes.find((c) => st.totalSentences.has(c.sentence));
  if (!total) return;
  const deltas = new Map<string, Decimal>();
  for (const [s, col] of st.sentenceItem) {
    if (deltas.has(col)) continue;
    const c = changes.find((x) => x.sentence === s);
    if (c) deltas.set(col, c.delta);
    else if (SAME_AS_LAST_YEAR.test(s.norm)) deltas.set(col, ZERO);
  }
  const split = deltas.has('公务用车购置及运行维护费')
    ? ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费']
    : ['因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'];
  if (!split.every((k) => deltas.has(k))) return;
  const sum = split.reduce((a, k) => a.plus(deltas.get(k)!), ZERO);
  const diff = sum.minus(total.delta);
  if (diff.isZero()) return;
  const tol = sumTolerance(split.length);
  ctx.rep.add({
    rule: 'N02',
    severity: diff.abs().lte(tol) ? 'info' : 'warning',
    tail: diff.abs().lte(tol) || undefined,
    expected: fmt2(total.delta),
    actual: fmt2(sum),
    difference: fmt2(diff),
    tolerance: tol.toFixed(2),
    message: `“三公”经费各项比上年增减合计${fmt2(sum)}万元，与总额增减${fmt2(total.delta)}万元不一致。原文：${quote(total.sentence, total.m)}`,
  });
}

// ── 十 其他重要事项 (N16, N17, N18, N19) ────────────────────────────────────────

function readS101(ctx: Ctx): void {
  const parts = [ctx.book.fig('T10', '行政单位'), ctx.book.fig('T10', '参照公务员法管理事业单位')].filter((f): f is Fig => !!f);
  const total = ctx.book.sum(parts, '机关运行经费（行政单位 + 参照公务员法管理事业单位）');
  if (!total) return;
  const all = ctx.read.paragraphs.map((p) => p.norm).join('');
  if (/无机关运行经费|未发生机关运行经费|没有机关运行经费/.test(all) && !total.value.isZero())
    ctx.rep.add({
      rule: 'N16',
      severity: 'error',
      figs: [total],
      expected: fmtFig(total),
      actual: '无',
      message: `情况说明称无机关运行经费，但${where(total)}为${fmtFig(total)}万元。原文：${quote(ctx.read.sentences[0])}`,
    });
  for (const m of levels(ctx))
    if (/机关运行经费(支出)?(决算(数)?)?$/.test(m.label)) amount(ctx, m, total, { rule: 'N16', what: '机关运行经费' });
}

function readS102(ctx: Ctx): void {
  const cols: [RegExp, string, string][] = [
    [/政府采购(支出|合同)?(总额|合计|总计|金额)$|政府采购支出$/, '政府采购合计', '政府采购支出总额'],
    [/货物(类)?(支出)?$/, '货物', '政府采购货物支出'],
    [/工程(类)?(支出)?$/, '工程', '政府采购工程支出'],
    [/服务(类)?(支出)?$/, '服务', '政府采购服务支出'],
  ];
  for (const m of levels(ctx)) {
    const c = cols.find(([re]) => re.test(m.label));
    if (c) amount(ctx, m, ctx.book.fig('T10', c[1]), { rule: 'N17', what: c[2] });
  }
}

function readS103(ctx: Ctx): void {
  const t = ctx.book.table('T10');
  if (!t) return;
  const seen = new Set<string>();
  let any = false;
  for (const m of ctx.read.mentions) {
    if (m.unit === '辆') {
      const type = VEHICLE_KEYS.find((k) => m.label.endsWith(k) || m.label.endsWith(k.replace(/用车$/, '')));
      if (type) {
        seen.add(type);
        any = true;
        amount(ctx, m, ctx.book.fig('T10', type), { rule: 'N18', what: type });
      } else if (/车辆(数|总数|合计)?$|公务用车$/.test(m.label)) {
        any = true;
        amount(ctx, m, ctx.book.fig('T10', '车辆数合计'), { rule: 'N18', what: '车辆总数' });
      }
    } else if (m.unit === '台(套)' && /设备/.test(m.label)) {
      amount(ctx, m, ctx.book.fig('T10', '单价100万元(含)以上设备(不含车辆)'), {
        rule: 'N18',
        what: '单价100万元（含）以上设备（不含车辆）',
      });
    }
  }
  if (!any) return;
  const omitted = VEHICLE_KEYS.filter((k) => !seen.has(k))
    .map((k) => ctx.book.fig('T10', k))
    .filter((f): f is Fig => !!f && !f.value.isZero());
  if (omitted.length)
    ctx.rep.add({
      rule: 'N18',
      severity: 'warning',
      figs: omitted,
      message: `车辆构成未列示${omitted.map((f) => `${f.label}${fmtFig(f)}辆`).join('、')}（${t.id}中不为0）。`,
    });
}

function readS104(ctx: Ctx): void {
  let n: Mention | undefined;
  const grades: Mention[] = [];
  for (const m of ctx.read.mentions) {
    if (m.unit === '个' && /自评(个数|项目(个数|数)?)$|个数$/.test(m.label)) n ??= m;
    else if (m.unit === '个' && /^(个)?项目?自评等级为["“]?(优|良|中|差|合格|不合格)/.test(m.after)) grades.push(m);
    else if (isMoney(m) && /涉及(资金|金额)$/.test(m.label)) {
      ctx.handled.add(m);
      const proj = ctx.book.fig('T05', '合计', '项目支出');
      if (proj && !toWan(m).toDecimalPlaces(2).eq(proj.value.toDecimalPlaces(2)))
        ctx.rep.add({
          rule: 'N19',
          severity: 'warning',
          figs: [proj],
          expected: fmtFig(proj),
          actual: fmt2(toWan(m)),
          message: `绩效自评涉及资金${fmt2(toWan(m))}万元，与${where(proj)}${fmtFig(proj)}万元不同；自评覆盖全部二级项目时二者应相等。原文：${quote(m.sentence, m)}`,
        });
    }
  }
  if (n && grades.length >= 2) {
    const sum = grades.reduce((a, g) => a.plus(g.value), ZERO);
    if (!sum.eq(n.value))
      ctx.rep.add({
        rule: 'N19',
        severity: 'error',
        expected: n.raw,
        actual: sum.toString(),
        message: `绩效自评个数${n.raw}个，但各等级项目数合计${sum.toString()}个。原文：${quote(n.sentence, n)}`,
      });
  }
}

// ── generic: "占X的P%" not read by a section reader ──────────────────────────────

export function readOtherShares(ctx: Ctx): void {
  for (const p of ctx.read.mentions) {
    if (!isPercent(p) || ctx.handled.has(p)) continue;
    const base = /^占(.+?)的?(比例|比重)?$/.exec(p.label)?.[1];
    if (!base || base === '比') continue;
    const ms = p.sentence.mentions;
    const before = ms.slice(0, ms.indexOf(p)).filter(isMoney);
    const part = before[before.length - 1];
    const whole = ctx.read.mentions.filter(
      (x) =>
        x.index < p.index &&
        isMoney(x) &&
        x !== part &&
        (x.label === base || (x.label.length >= 2 && (base.endsWith(x.label) || x.label.endsWith(base)))),
    );
    const w = whole[whole.length - 1];
    if (!part || !w) continue;
    ctx.handled.add(p);
    checkPercent(ctx.rep, p, valueOf(ctx, part), valueOf(ctx, w), {
      rule: ctx.rule,
      what: `${part.label}占${base}的比例`,
      formula: `${part.label} ÷ ${base} × 100`,
      figs: [ctx.figs.get(part), ctx.figs.get(w)],
    });
  }
}

// ── dispatch ─────────────────────────────────────────────────────────────────────

export interface Reader {
  read(ctx: Ctx): unknown;
  post?(ctx: Ctx, changes: Change[], state: unknown): void;
}

const READERS: Partial<Record<SectionKind, Reader[]>> = {
  S1: [{ read: readS1 }],
  S2: [{ read: readS2 }],
  S3: [{ read: readS3 }],
  S4: [{ read: readS4 }],
  'S5.1': [{ read: readS51, post: postS51 }],
  'S5.2': [{ read: readS52 }],
  'S5.3': [{ read: readS53, post: postS53 }],
  S6: [{ read: readS6 }],
  S7: [{ read: readS7 }],
  S8: [{ read: readS8 }],
  'S9.1': [{ read: readS9, post: (c, ch, st) => postS9(c, ch, st as SanGongState) }],
  'S9.2': [{ read: readS9, post: (c, ch, st) => postS9(c, ch, st as SanGongState) }],
  'S10.1': [{ read: readS101 }],
  'S10.2': [{ read: readS102 }],
  'S10.3': [{ read: readS103 }],
  'S10.4': [{ read: readS104 }],
};

/** Readers for a section; a level-1 section with its own text and no sub-sections gets its parts' readers. */
export function readersFor(kind: SectionKind): Reader[] {
  if (kind === 'S5') return [...READERS['S5.1']!, ...READERS['S5.2']!, ...READERS['S5.3']!];
  if (kind === 'S9') return READERS['S9.1']!;
  if (kind === 'S10') return [...READERS['S10.1']!, ...READERS['S10.2']!, ...READERS['S10.3']!, ...READERS['S10.4']!];
  return READERS[kind] ?? [];
}
