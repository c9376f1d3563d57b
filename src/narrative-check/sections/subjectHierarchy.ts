/**
 * 五(三) and the fund sections (N09): "X（类）Y（款）Z（项）" resolved to one row of the table by code, name,
 * near name and amount together. A name not in the table is reported once; the row it stands for is found by
 * the amount the item states (and a near name), so the amounts are then checked against that row and never
 * against its parent; when nothing identifies it, nothing more is checked.
 */
import { Decimal } from '../../core/money';
import type { RecognizedTable, TableRow } from '../../core/table';
import type { TableKey } from '../../core/template';
import { classCodeForLabel } from '../../templates/functionClasses';
import type { Ctx } from '../context';
import { nameKey, type Fig } from '../figures';
import { cleanLabel, quote, type Sentence } from '../text';

/** Length of a 科目代码 at each level. */
const CODE_LENGTH: Record<string, number> = { 类: 3, 款: 5, 项: 7 };

/** The table and column an item's 支出决算 is read from. */
export interface SubjectTable {
  key: TableKey;
  col: string;
}

export interface Resolved {
  row?: TableRow;
  /** A name was wrong and no row could be identified: the item's amounts are not checked. */
  unresolved?: boolean;
  /** At least one "（类）/（款）/（项）" marker was read. */
  marked: boolean;
}

/** Similarity of two names: shared character bigrams (Dice), 0 … 1. */
function nearness(a: string, b: string): number {
  const grams = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const x = grams(a);
  const y = grams(b);
  if (!x.length || !y.length) return 0;
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** The row a wrong name stands for: the one candidate whose figure is the stated amount (a near name breaks ties). */
function identify(ctx: Ctx, t: RecognizedTable, col: string, candidates: TableRow[], name: string, stated?: Decimal): TableRow | undefined {
  const value = (r: TableRow) => ctx.book.figOf(t, r, col)?.value.toDecimalPlaces(2);
  const byAmount = stated ? candidates.filter((r) => value(r)?.eq(stated.toDecimalPlaces(2))) : [];
  const ranked = (rows: TableRow[]) => rows.map((r) => ({ r, n: nearness(nameKey(r.label), nameKey(name)) })).sort((a, b) => b.n - a.n);
  if (byAmount.length === 1) return byAmount[0];
  if (byAmount.length > 1) {
    const [a, b] = ranked(byAmount);
    return a.n > (b?.n ?? 0) ? a.r : undefined;
  }
  // No amount to go by: only the single row under its parent, with a near name, is identified.
  if (!stated && candidates.length === 1 && nearness(nameKey(candidates[0].label), nameKey(name)) >= 0.5) return candidates[0];
  return undefined;
}

/**
 * Reads the 类/款/项 path of an item's subject (its own words only, never a reason clause) and returns the
 * row it names. `stated` is the item's 支出决算 as written, used to identify a row whose name is wrong.
 */
export function resolveSubject(ctx: Ctx, table: SubjectTable, subject: string, sentence: Sentence, stated?: Decimal): Resolved {
  const t = ctx.book.table(table.key);
  const parts = subject.split(/\((类|款|项)\)/);
  if (!t || parts.length < 3) return { marked: parts.length >= 3 };
  let parent: TableRow | undefined;
  let last: TableRow | undefined;
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const level = parts[i + 1];
    const before = parts[i];
    // Written right after its parent's "（类）" with no punctuation between: it must be under that parent.
    const chained = i > 0 && !!parent && !/[,;:。、]/.test(before);
    const name = cleanLabel(before.split(/[,;:。、]/).pop() ?? '');
    if (!name) continue;
    const codeLength = CODE_LENGTH[level];
    const sameName = t.rows.filter(
      (r) =>
        r.code?.length === codeLength &&
        (nameKey(r.label) === nameKey(name) || (codeLength === 3 && classCodeForLabel(nameKey(name)) === r.code)),
    );
    const row = chained ? sameName.find((r) => r.code!.startsWith(parent!.code!)) : sameName[0];
    if (row) {
      parent = row;
      last = row;
      continue;
    }
    const candidates = t.rows.filter((r) => r.code?.length === codeLength && (!parent || r.code.startsWith(parent.code!)));
    // The deepest level named decides the amount; a wrong 类/款 above a right 项 is found by the 项.
    const deepest = i + 3 >= parts.length;
    const meant = deepest ? identify(ctx, t, table.col, candidates, name, stated) : undefined;
    const figs = [meant ?? parent, ...sameName].map((r) => r && ctx.book.figOf(t, r, table.col)).filter((f): f is Fig => !!f);
    const where = parent ? `“${parent.code} ${parent.label}”之下` : '';
    const known = sameName.length
      ? `科目“${name}（${level}）”在${t.id}中为${sameName.map((r) => r.code).join('、')}${parent ? `，不在“${parent.label}（${parent.code}）”之下` : ''}`
      : `${t.id}中${where}没有名为“${name}”的${level}级科目`;
    const listed = parent ? `（该级科目为：${candidates.map((r) => `${r.code} ${r.label}`).join('、') || '无'}）` : '';
    const then = meant
      ? `；按所述金额应为“${meant.code} ${meant.label}”，金额按该科目核对`
      : deepest
        ? `${listed}；无法确定所指科目，未核对金额`
        : listed;
    ctx.rep.add({ at: sentence, rule: 'N09', severity: 'error', figs, message: `${known}${then}。原文：${quote(sentence)}` });
    if (!deepest) {
      parent = undefined;
      continue;
    }
    return meant ? { row: meant, marked: true } : { unresolved: true, marked: true };
  }
  return { row: last, marked: true };
}
