/**
 * 一 收入支出决算总表 and 四 财政拨款收入支出决算总表: income items on the left, expense by 功能类 on the
 * right. National layout: 项目 | 决算数 on each side, no 行次; seed layout: 项目 | 行次 | 金额 and a 栏次 row.
 *
 * National 一 (width 4):  A 项目 | B 决算数 | C 项目 | D 决算数; headers 收入/支出, then 项目/决算数.
 * National 四 (width 7):  A 项目 | B 决算数 | C 项目 | D 合计 | E 一般公共预算 | F 政府性基金 | G 国有资本经营;
 *                         three header rows (收入/支出; 项目, 决算数 over D:G; the four fund words).
 * Seed 公开01 (width 6) / 公开04 (width 9): a 行次 column after each 项目, 栏次 row under the headers.
 * Data rows: one per 功能类 (income items beside the first ones), then the totals block.
 */
import { CLASS_ROWS, chineseNumber, FUND_LABELS, INCOME_LABELS, type FiscalSummaryTable, type Money, type SummaryTable } from '../model';
import type { SheetWriter } from '../sheet';

export interface SummaryOptions {
  family: 'national' | 'seed';
  /** Header over the amount columns of a national table (决算数 or 金额). */
  valueWord?: string;
  /** A 栏次 row under the headers of a national table (the seed layout always has one). */
  ordinalRow?: boolean;
  /** The 功能类 rows printed (Shanghai's template lacks the two 债务 rows). */
  classRows?: { code: string; name: string }[];
}

interface Side {
  label: string;
  line?: number;
  /** undefined: a filler row without figure cells. */
  values?: Money[];
}

function writeSides(w: SheetWriter, top: number, rows: [Side, Side][], seed: boolean, expenseCol: number): number {
  rows.forEach(([inc, exp], i) => {
    const r = top + i;
    w.text(r, 1, inc.label, 'left');
    if (seed) w.text(r, 2, inc.line ? String(inc.line) : '');
    if (inc.values) w.money(r, seed ? 3 : 2, inc.values[0], true);
    w.text(r, expenseCol, exp.label, 'left');
    if (seed) w.text(r, expenseCol + 1, exp.line ? String(exp.line) : '');
    const first = expenseCol + (seed ? 2 : 1);
    exp.values?.forEach((v, k) => w.money(r, first + k, v));
  });
  return top + rows.length;
}

/** Writes 一 from header row `h`; returns the row after the table. */
export function writeSummary(w: SheetWriter, h: number, t: SummaryTable, o: SummaryOptions): number {
  const seed = o.family === 'seed';
  const classes = o.classRows ?? CLASS_ROWS;
  const word = o.valueWord ?? '决算数';
  let d: number;
  if (seed) {
    w.merged(h, 1, h, 3, '收入');
    w.merged(h, 4, h, 6, '支出');
    ['项目', '行次', '金额', '项目', '行次', '金额'].forEach((x, i) => w.text(h + 1, i + 1, x));
    ['栏次', '', '1', '栏次', '', '2'].forEach((x, i) => w.text(h + 2, i + 1, x));
    d = h + 3;
  } else {
    w.merged(h, 1, h, 2, '收入');
    w.merged(h, 3, h, 4, '支出');
    ['项目', word, '项目', word].forEach((x, i) => w.text(h + 1, i + 1, x));
    if (o.ordinalRow) ['栏次', '1', '栏次', '2'].forEach((x, i) => w.text(h + 2, i + 1, x));
    d = h + (o.ordinalRow ? 3 : 2);
  }
  const n = classes.length;
  const rows: [Side, Side][] = classes.map((c, i) => [
    i < 8 ? { label: `${chineseNumber(i + 1)}、${INCOME_LABELS[i]}`, line: i + 1, values: [t.income[i]] } : { label: '', line: i + 1 },
    { label: `${chineseNumber(i + 1)}、${c.name}`, line: n + 6 + i, values: [t.classes[c.code] ?? null] },
  ]);
  const line = (k: number) => n + 1 + k;
  rows.push(
    [
      { label: '本年收入合计', line: line(0), values: [t.incomeTotal] },
      { label: '本年支出合计', line: line(n + 5), values: [t.expenseTotal] },
    ],
    [
      { label: '使用非财政拨款结余（含专用结余）', line: line(1), values: [t.unusedBalance] },
      { label: '结余分配', line: line(n + 6), values: [t.distribution] },
    ],
    [
      { label: '年初结转和结余', line: line(2), values: [t.opening] },
      { label: '年末结转和结余', line: line(n + 7), values: [t.closing] },
    ],
  );
  if (seed)
    rows.push([
      { label: '', line: line(3) },
      { label: '', line: line(n + 8) },
    ]);
  rows.push([
    { label: '总计', line: line(4), values: [t.incomeGrand] },
    { label: '总计', line: line(n + 9), values: [t.expenseGrand] },
  ]);
  const end = writeSides(w, d, rows, seed, seed ? 4 : 3);
  w.borders(h, 1, end - 1, seed ? 6 : 4);
  w.widths(seed ? [34, 6, 14, 34, 6, 14] : [36, 16, 36, 16]);
  return end;
}

/** Writes 四 from header row `h`; returns the row after the table. */
export function writeFiscalSummary(w: SheetWriter, h: number, t: FiscalSummaryTable, o: SummaryOptions): number {
  const seed = o.family === 'seed';
  const classes = o.classRows ?? CLASS_ROWS;
  const word = o.valueWord ?? '决算数';
  const width = seed ? 9 : 7;
  const expenseCol = seed ? 4 : 3;
  let d: number;
  if (seed) {
    w.merged(h, 1, h, 3, '收入');
    w.merged(h, 4, h, 9, '支出');
    ['项目', '行次', '金额', '项目', '行次', '合计', ...FUND_LABELS].forEach((x, i) => w.text(h + 1, i + 1, x));
    ['栏次', '', '1', '栏次', '', '2', '3', '4', '5'].forEach((x, i) => w.text(h + 2, i + 1, x));
    d = h + 3;
  } else {
    w.merged(h, 1, h, 2, '收入');
    w.merged(h, 3, h, 7, '支出');
    w.merged(h + 1, 1, h + 2, 1, '项目');
    w.merged(h + 1, 2, h + 2, 2, word);
    w.merged(h + 1, 3, h + 2, 3, '项目');
    w.merged(h + 1, 4, h + 1, 7, word);
    ['合计', ...FUND_LABELS].forEach((x, i) => w.text(h + 2, 4 + i, x));
    if (o.ordinalRow) ['栏次', '1', '栏次', '2', '3', '4', '5'].forEach((x, i) => w.text(h + 3, i + 1, x));
    d = h + (o.ordinalRow ? 4 : 3);
  }
  const n = classes.length;
  const blank4: Money[] = [null, null, null, null];
  const rows: [Side, Side][] = classes.map((c, i) => [
    i < 3 ? { label: `${chineseNumber(i + 1)}、${FUND_LABELS[i]}`, line: i + 1, values: [t.income[i]] } : { label: '', line: i + 1 },
    { label: `${chineseNumber(i + 1)}、${c.name}`, line: n + 7 + i, values: t.classes[c.code] ?? blank4 },
  ]);
  const line = (k: number) => n + 1 + k;
  rows.push(
    [
      { label: '本年收入合计', line: line(0), values: [t.incomeTotal] },
      { label: '本年支出合计', line: line(n + 6), values: t.expenseTotal },
    ],
    [
      { label: '年初财政拨款结转和结余', line: line(1), values: [t.opening] },
      { label: '年末财政拨款结转和结余', line: line(n + 7), values: t.closing },
    ],
    ...FUND_LABELS.map((label, k): [Side, Side] => [
      { label, line: line(2 + k), values: [t.openingSplit[k]] },
      { label: '', line: line(n + 8 + k) },
    ]),
    [
      { label: '总计', line: line(5), values: [t.incomeGrand] },
      { label: '总计', line: line(n + 11), values: t.expenseGrand },
    ],
  );
  const end = writeSides(w, d, rows, seed, expenseCol);
  w.borders(h, 1, end - 1, width);
  w.widths(seed ? [30, 6, 14, 30, 6, 14, 14, 14, 14] : [30, 14, 30, 14, 14, 14, 14]);
  return end;
}
