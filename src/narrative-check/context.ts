/** What a section reader works with: the tables, the section's words, where to report, what others found. */
import { Decimal } from '../core/money';
import type { NarrativeSectionKey } from '../templates/narrativeSections';
import { checkAmount, toWan, type AmountCheck, type Book, type Fig, type Outcome, type Reporter } from './figures';
import { isMoney, type Mention, type Paragraph, type ReadText, type Sentence } from './text';

/** The section a heading names; 'other' for a heading none of the readers knows. */
export type SectionKind = NarrativeSectionKey | 'other';

/** A year-on-year change read from "X增加/减少Δ万元，增长/下降P%". */
export interface Change {
  m: Mention;
  pct?: Mention;
  /** Current value the change is from (table figure when the amount was matched to one). */
  cur: Decimal;
  curFig?: Fig;
  /** Signed Δ (减少 negative). */
  delta: Decimal;
  prior: Decimal;
  sentence: Sentence;
}

/** Figures that sections report and later checks add up across sections. */
export interface Shared {
  /** 五(一): change of the 一般公共预算财政拨款支出 total. */
  general?: { change: Change; rep: Reporter };
  /** 五(三): change per 功能类 code. */
  classChanges: Map<string, { delta: Decimal; prior: Decimal }>;
  classChangeRep?: Reporter;
  /** 五(三): 年初预算 per 功能类, and the total. */
  classBudgets: Map<string, Decimal>;
  totalBudget?: { value: Decimal; m: Mention; rep: Reporter };
}

export interface Ctx {
  book: Book;
  year?: string;
  rep: Reporter;
  read: ReadText;
  kind: SectionKind;
  /** Rule id for findings of this section that have no more specific one. */
  rule: string;
  figs: WeakMap<Mention, Fig>;
  handled: Set<Mention>;
  shared: Shared;
  /** 五(三): the 科目 each paragraph is about (类 code or 合计). */
  paraSubject: Map<Paragraph, string>;
  /** The section's heading as a paragraph of its own, so a finding about it names the heading's cell. */
  headingAt?: Paragraph;
}

/** Value of an amount: the table figure it was matched to, else as stated (in 万元). */
export function valueOf(ctx: Ctx, m: Mention): Decimal {
  return ctx.figs.get(m)?.value ?? toWan(m);
}

export const DIRECTION_AMOUNT = /(增加|减少|增长|下降|上升|降低)$/;
export const isChangeAmount = (m: Mention) => isMoney(m) && DIRECTION_AMOUNT.test(m.label);

/** Amounts of the section that state a level (not a change, not a 单价 threshold). */
export function levels(ctx: Ctx): Mention[] {
  return ctx.read.mentions.filter((m) => isMoney(m) && !isChangeAmount(m) && !/单价$/.test(m.label));
}

export function amount(ctx: Ctx, m: Mention, fig: Fig | undefined, c: Omit<AmountCheck, 'rule'> & { rule?: string }): Outcome {
  ctx.handled.add(m);
  return checkAmount(ctx.rep, m, fig, { ...c, rule: c.rule ?? ctx.rule }, ctx.figs);
}
