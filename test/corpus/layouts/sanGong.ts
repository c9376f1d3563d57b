/**
 * 七 财政拨款“三公”经费支出决算表 / 公开09表 in the layouts real workbooks use. Items, in data order:
 * 合计, 因公出国（境）费, 公务用车购置及运行费 小计, 公务用车购置费, 公务用车运行费, 公务接待费.
 *
 * national:   one data row; headers: the items (car item over its three parts), the parts, then
 *             预算数 | 决算数 under each: A:B 合计, C:D 出国, E:F 小计, G:H 购置, I:J 运行, K:L 接待,
 *             then Shaanxi's M:N 会议费, O:P 培训费, or Shanghai's 机关运行经费决算数 (M, with a top row
 *             一般公共预算财政拨款“三公”经费 over A:L).
 * transposed: A 项目 | B 预算数 | C 决算数, one row per item; `receptionFirst` prints them as some county
 *             tables do: 因公出国（境）费用, 公务接待费, then the car item with 运行维护费 before 购置费.
 * twoRows:    A 项目 | B… the six items; a 预算数 row and a 决算数 row.
 * seed:       预算数 over A:F and 决算数 over G:L, the items under each, 栏次 1–12, one data row.
 */
import type { Money, SanGongTable } from '../model';
import type { SheetWriter } from '../sheet';

export type SanGongLayout = 'national' | 'transposed' | 'twoRows' | 'seed';

export interface SanGongOptions {
  layout: SanGongLayout;
  /** 公务用车购置及运行费 (national) or 公务用车购置及运行维护费 (seed). */
  carWord?: string;
  /** 公务用车运行费 or 公务用车运行维护费. */
  runWord?: string;
  ordinalRow?: boolean;
  /** Transposed only: 公务接待费 before the car item, 运行 before 购置, 因公出国（境）费用. */
  receptionFirst?: boolean;
}

const OUTING = '因公出国（境）费';
const RECEPTION = '公务接待费';
const PURCHASE = '公务用车购置费';

/** Writes the table from header row `h`; returns the row after it. */
export function writeSanGong(w: SheetWriter, h: number, t: SanGongTable, o: SanGongOptions): number {
  const car = o.carWord ?? '公务用车购置及运行费';
  const run = o.runWord ?? '公务用车运行费';
  switch (o.layout) {
    case 'national':
      return national(w, h, t, car, run, !!o.ordinalRow);
    case 'transposed':
      return transposed(w, h, t, car, run, !!o.receptionFirst);
    case 'twoRows':
      return twoRows(w, h, t, car, run);
    case 'seed':
      return seed(w, h, t, car, run);
  }
}

function national(w: SheetWriter, h: number, t: SanGongTable, car: string, run: string, ordinal: boolean): number {
  const extras: [string, Money[]][] = [];
  if (t.meeting) extras.push(['会议费', t.meeting]);
  if (t.training) extras.push(['培训费', t.training]);
  const shanghai = t.runningCost !== undefined;
  const width = 12 + extras.length * 2 + (shanghai ? 1 : 0);
  if (shanghai) {
    w.merged(h, 1, h, 12, '一般公共预算财政拨款“三公”经费');
    w.merged(h, 13, h + 3, 13, '机关运行经费决算数');
    h++;
  }
  w.merged(h, 1, h + 1, 2, '合计');
  w.merged(h, 3, h + 1, 4, OUTING);
  w.merged(h, 5, h, 10, car);
  w.merged(h, 11, h + 1, 12, RECEPTION);
  extras.forEach(([word], i) => w.merged(h, 13 + 2 * i, h + 1, 14 + 2 * i, word));
  w.merged(h + 1, 5, h + 1, 6, '小计');
  w.merged(h + 1, 7, h + 1, 8, PURCHASE);
  w.merged(h + 1, 9, h + 1, 10, run);
  const pairs = 6 + extras.length;
  for (let i = 0; i < pairs; i++) {
    w.text(h + 2, 1 + 2 * i, '预算数');
    w.text(h + 2, 2 + 2 * i, '决算数');
  }
  let r = h + 3;
  if (ordinal) {
    for (let c = 1; c <= width; c++) w.text(r, c, String(c));
    r++;
  }
  for (let i = 0; i < 6; i++) {
    w.money(r, 1 + 2 * i, t.budget[i], i === 0);
    w.money(r, 2 + 2 * i, t.actual[i]);
  }
  extras.forEach(([, v], i) => {
    w.money(r, 13 + 2 * i, v[0]);
    w.money(r, 14 + 2 * i, v[1]);
  });
  if (shanghai) w.money(r, 13, t.runningCost ?? null);
  w.borders(shanghai ? h - 1 : h, 1, r, width);
  w.widths(Array.from({ length: width }, () => 11));
  return r + 1;
}

function transposed(w: SheetWriter, h: number, t: SanGongTable, car: string, run: string, receptionFirst: boolean): number {
  ['项目', '预算数', '决算数'].forEach((x, i) => w.text(h, i + 1, x));
  // [label, index into the six figures]
  const rows: [string, number][] = receptionFirst
    ? [
        ['合计', 0],
        ['1.因公出国（境）费用', 1],
        [`2.${RECEPTION}`, 5],
        [`3.${car}`, 2],
        [`其中：（1）${run}`, 4],
        [`（2）${PURCHASE}`, 3],
      ]
    : [
        ['合计', 0],
        [`1.${OUTING}`, 1],
        [`2.${car}`, 2],
        [`其中：（1）${PURCHASE}`, 3],
        [`（2）${run}`, 4],
        [`3.${RECEPTION}`, 5],
      ];
  rows.forEach(([label, k], i) => {
    const r = h + 1 + i;
    w.text(r, 1, label, 'left');
    w.money(r, 2, t.budget[k], true);
    w.money(r, 3, t.actual[k]);
  });
  const end = h + 1 + rows.length;
  w.borders(h, 1, end - 1, 3);
  w.widths([34, 14, 14]);
  return end;
}

function twoRows(w: SheetWriter, h: number, t: SanGongTable, car: string, run: string): number {
  w.merged(h, 1, h + 1, 1, '项目');
  w.merged(h, 2, h + 1, 2, '合计');
  w.merged(h, 3, h + 1, 3, OUTING);
  w.merged(h, 4, h, 6, car);
  w.merged(h, 7, h + 1, 7, RECEPTION);
  ['小计', PURCHASE, run].forEach((x, i) => w.text(h + 1, 4 + i, x));
  (
    [
      ['预算数', t.budget],
      ['决算数', t.actual],
    ] as const
  ).forEach(([word, values], k) => {
    const r = h + 2 + k;
    w.text(r, 1, word);
    values.forEach((v, i) => w.money(r, 2 + i, v, i === 0));
  });
  w.borders(h, 1, h + 3, 7);
  w.widths([10, 12, 14, 12, 14, 14, 12]);
  return h + 4;
}

function seed(w: SheetWriter, h: number, t: SanGongTable, car: string, run: string): number {
  (['预算数', '决算数'] as const).forEach((word, k) => {
    const c = 1 + 6 * k;
    w.merged(h, c, h, c + 5, word);
    w.merged(h + 1, c, h + 2, c, '合计');
    w.merged(h + 1, c + 1, h + 2, c + 1, OUTING);
    w.merged(h + 1, c + 2, h + 1, c + 4, car);
    w.merged(h + 1, c + 5, h + 2, c + 5, RECEPTION);
    ['小计', PURCHASE, run].forEach((x, i) => w.text(h + 2, c + 2 + i, x));
  });
  for (let c = 1; c <= 12; c++) w.text(h + 3, c, String(c));
  const r = h + 4;
  t.budget.forEach((v, i) => w.money(r, 1 + i, v, i === 0));
  t.actual.forEach((v, i) => w.money(r, 7 + i, v));
  w.borders(h, 1, r, 12);
  w.widths(Array.from({ length: 12 }, () => 11));
  return r + 1;
}
