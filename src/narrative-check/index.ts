/**
 * 情况说明 checker: reads the text of 第三部分 as a reviewer does and compares every number it states with
 * the tables — amounts by the words around them, percentages recomputed from the amounts, change and
 * completion wording, years, template slots left in and cosmetic slips. It never uses the generator's facts.
 *
 *   checkNarrative({ sections: splitNarrative(text) }, recognition.tables, { year: '2024' })
 */
import { Decimal, ZERO } from '../core/money';
import type { RecognizedTable } from '../core/table';
import type { CellRef, Finding } from '../core/findings';
import { readChanges } from './changes';
import type { Ctx, Shared } from './context';
import { Book, fmt2, Reporter, sumTolerance } from './figures';
import { classifyHeading, readersFor, readOtherShares, RULE_OF } from './sections';
import { normText, quote, readText } from './text';
import { checkUnitNames, type PlacedParagraph } from './names';
import type { Paragraph } from './text';
import { checkPairs, checkPlaceholders, checkRenamedSubjects, checkText, checkTwoWayChanges, checkYears } from './wording';

export interface NarrativeSectionInput {
  heading: string;
  text: string;
  /** Where the section's text lives in the workbook, when it does; findings then point there too. */
  sheet?: string;
  cell?: string;
  /** The heading's own cell. */
  headingCell?: string;
  /** The cell of each non-empty line of `text`, in order: a finding names its paragraph's cell. */
  cells?: (string | undefined)[];
  /** Lines before the first section (document title, 第三部分, 目录 lines): their years are checked. */
  preamble?: { text: string; cell?: string }[];
}

export interface NarrativeInput {
  sections: NarrativeSectionInput[];
}

export interface NarrativeCheckOptions {
  /** Report year; by default the year of the tables, else the most frequent year in the text. */
  year?: string;
  /** The unit's name (部门名称); by default the tables'. */
  department?: string;
}

export { splitNarrative, type SplitSection } from './split';

const LEVEL2 = /^\s*[（(][一二三四五六七八九十]{1,3}[)）]/;

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
}

function reportYear(input: NarrativeInput, tables: RecognizedTable[], opts: NarrativeCheckOptions): string | undefined {
  if (opts.year) return opts.year;
  const fromTables = mostFrequent(tables.map((t) => t.year).filter((y): y is string => !!y && /^\d{4}$/.test(y)));
  if (fromTables) return fromTables;
  const text = input.sections.map((s) => `${s.heading}\n${s.text}`).join('\n');
  return mostFrequent([...normText(text).matchAll(/(\d{4})年度?/g)].map((m) => m[1]).filter((y) => Number(y) >= 1990 && Number(y) <= 2100));
}

export function checkNarrative(input: NarrativeInput, tables: RecognizedTable[], opts: NarrativeCheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const book = new Book(tables);
  const year = reportYear(input, tables, opts);
  const shared: Shared = { classChanges: new Map(), classBudgets: new Map() };
  const placed: PlacedParagraph[] = [];
  checkPreamble(input, findings, year);
  let parent = '';
  input.sections.forEach((section, i) => {
    const level2 = LEVEL2.test(section.heading);
    if (!level2) parent = section.heading;
    const kind = classifyHeading(section.heading, level2 ? parent : '');
    // A level-1 heading immediately followed by its sub-sections is a title only; its readers run on the parts.
    const hasParts = !level2 && LEVEL2.test(input.sections[i + 1]?.heading ?? '');
    const location: CellRef | undefined = section.sheet && section.cell ? { sheet: section.sheet, cell: section.cell } : undefined;
    const rep = new Reporter(findings, location);
    const ctx: Ctx = {
      book,
      year,
      rep,
      read: readText(section.text ?? '', section.cells),
      kind,
      rule: RULE_OF[kind],
      figs: new WeakMap(),
      handled: new Set(),
      shared,
      paraSubject: new Map(),
      headingAt: headingParagraph(section.heading, section.headingCell),
    };
    placed.push({ para: ctx.headingAt!, rep }, ...ctx.read.paragraphs.map((para) => ({ para, rep })));
    checkPlaceholders(ctx, section.heading);
    checkText(ctx);
    checkPairs(ctx);
    checkYears(ctx, section.heading);
    checkRenamedSubjects(ctx, section.heading);
    checkTwoWayChanges(ctx);
    const readers = hasParts && !ctx.read.mentions.length ? [] : readersFor(kind);
    const states = readers.map((r) => r.read(ctx));
    const changes = readChanges(ctx);
    readers.forEach((r, k) => r.post?.(ctx, changes, states[k]));
    readOtherShares(ctx);
  });
  crossSection(shared, book);
  checkUnitNames(placed, opts.department ?? mostFrequent(tables.map((t) => t.department).filter((d): d is string => !!d)));
  return dedupe(findings);
}

/** A heading as a paragraph of its own (its words, its cell). */
function headingParagraph(heading: string, cell?: string): Paragraph {
  return { text: heading, norm: normText(heading), index: -1, sentences: [], cell };
}

/** G03/N20: a document title, 第三部分 or 目录 line before the sections names the report year, never another. */
function checkPreamble(input: NarrativeInput, findings: Finding[], year?: string): void {
  const first = input.sections[0];
  if (!year || !first?.preamble) return;
  const rep = new Reporter(findings, first.sheet && first.cell ? { sheet: first.sheet, cell: first.cell } : undefined);
  for (const line of first.preamble)
    for (const m of normText(line.text).matchAll(/(\d{4})年/g))
      if (m[1] !== year)
        rep.add({
          at: headingParagraph(line.text, line.cell),
          rule: 'N20',
          severity: 'error',
          expected: year,
          actual: m[1],
          message: `标题中的年度${m[1]}年与报告年度${year}年不符：“${line.text.trim()}”`,
        });
}

/** 五(三) against 五(一)/五(三) totals: Σ 类 年初预算 = 总 年初预算; Σ 类 上年数 = 总 上年数. */
function crossSection(shared: Shared, book: Book): void {
  const classes = book.rows('T05').filter((r) => r.kind === 'class' && !(book.fig('T05', r.key, '小计')?.value.isZero() ?? true));
  if (classes.length === 0) return;
  const totalBudget = shared.totalBudget;
  if (totalBudget && classes.every((r) => shared.classBudgets.has(r.key))) {
    const sum = classes.reduce((s, r) => s.plus(shared.classBudgets.get(r.key)!), ZERO);
    const difference = sum.minus(totalBudget.value);
    const tolerance = sumTolerance(classes.length);
    if (!difference.isZero())
      totalBudget.rep.add({
        at: totalBudget.m.sentence,
        rule: 'N08',
        severity: difference.abs().lte(tolerance) ? 'info' : 'warning',
        tail: difference.abs().lte(tolerance) || undefined,
        expected: fmt2(totalBudget.value),
        actual: fmt2(sum),
        difference: fmt2(difference),
        tolerance: tolerance.toFixed(2),
        message: `各类年初预算合计${fmt2(sum)}万元，与一般公共预算财政拨款支出年初预算${fmt2(totalBudget.value)}万元相差${fmt2(difference.abs())}万元。原文：${quote(totalBudget.m.sentence, totalBudget.m)}`,
      });
  }
  const general = shared.general;
  if (general && classes.every((r) => shared.classChanges.has(r.key))) {
    const priors = classes.reduce((s, r) => s.plus(shared.classChanges.get(r.key)!.prior), ZERO);
    const difference = priors.minus(general.change.prior);
    const tolerance = sumTolerance(classes.length);
    if (!difference.isZero()) {
      const rep = shared.classChangeRep ?? general.rep;
      rep.add({
        at: general.change.sentence,
        rule: 'N02',
        severity: difference.abs().lte(tolerance) ? 'info' : 'warning',
        tail: difference.abs().lte(tolerance) || undefined,
        figs: general.change.curFig ? [general.change.curFig] : [],
        expected: fmt2(general.change.prior),
        actual: fmt2(priors),
        difference: fmt2(difference),
        tolerance: tolerance.toFixed(2),
        message: `由五（三）各类“较上年决算”增减额倒推的上年数合计${fmt2(priors)}万元，与五（一）倒推的上年一般公共预算财政拨款支出${fmt2(general.change.prior)}万元相差${fmt2(difference.abs())}万元${difference.abs().lte(tolerance) ? '（尾数差异）' : ''}；各类增减额合计${fmt2(sumDeltas(shared))}万元，总额增减${fmt2(general.change.delta)}万元。原文：${quote(general.change.sentence, general.change.m)}`,
      });
    }
  }
}

function sumDeltas(shared: Shared): Decimal {
  return [...shared.classChanges.values()].reduce((s, c) => s.plus(c.delta), ZERO);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.rule}|${f.severity}|${f.message}|${f.cells.map((c) => `${c.sheet}!${c.cell}`).join(',')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
