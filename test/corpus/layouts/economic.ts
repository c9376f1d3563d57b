/**
 * 六 一般公共预算财政拨款基本支出决算表 / 公开06表: column groups side by side, each
 * 经济分类科目编码 | 科目名称 | 决算数; 人员经费 in the first group, 公用经费 in the others.
 *
 * Group g starts at column g × (codeWidth + 2) + 1. Headers: 人员经费 / 公用经费 merged over their groups;
 * then per group the code header (merged over 类 | 款 when split), 科目名称, 决算数; then 类 | 款 (split).
 * Split codes: the class row "301" | "", an item "301" | "01". Data row i holds item i of every group.
 * Closing row: 人员经费合计 merged over the first group's code and name, its figure under 决算数;
 * 公用经费合计 merged over the next group's code and name (or, `spanClosing`, over everything up to the
 * last group's name, its figure in the last 决算数 column, as the seed prints it).
 */
import type { BasicTable, EconItem } from '../model';
import type { SheetWriter } from '../sheet';

export interface EconomicOptions {
  /** Number of column groups: 2 or 3 (national), 4 (seed). */
  groups: number;
  split?: boolean;
  /** 经济分类科目编码, 科目编码, 科目代码, 经济科目编码, 编码. */
  codeHeader: string;
  spanClosing?: boolean;
  /** Leave out items whose code starts so (the national table prints no 309 / 311 rows). */
  drop?: string[];
}

export interface EconomicPlacement {
  /** First data row. */
  top: number;
  /** Closing row (人员经费合计 / 公用经费合计). */
  closing: number;
  /** Where each printed item stands: code → [row, value column]. */
  at: Map<string, [number, number]>;
  personnelTotal: [number, number];
  publicTotal: [number, number];
}

/** Splits the 公用经费 items over `n` groups: by class (302 alone, the rest together) or in equal runs. */
function publicGroups(items: EconItem[], n: number): EconItem[][] {
  if (n === 1) return [items];
  if (n === 2) {
    const cut = items.findIndex((x, i) => i > 0 && x.code.length === 3);
    return [items.slice(0, cut), items.slice(cut)];
  }
  const size = Math.ceil(items.length / n);
  return Array.from({ length: n }, (_, g) => items.slice(g * size, (g + 1) * size));
}

export function writeEconomic(w: SheetWriter, h: number, t: BasicTable, o: EconomicOptions): EconomicPlacement {
  const keep = (x: EconItem) => !(o.drop ?? []).some((p) => x.code.startsWith(p));
  const lists = [t.personnel.filter(keep), ...publicGroups(t.public.filter(keep), o.groups - 1)];
  const cw = o.split ? 2 : 1;
  const gw = cw + 2;
  const start = (g: number) => g * gw + 1;
  const width = o.groups * gw;

  w.merged(h, 1, h, gw, '人员经费');
  w.merged(h, gw + 1, h, width, '公用经费');
  const depth = o.split ? 2 : 1;
  lists.forEach((_, g) => {
    const c = start(g);
    w.merged(h + 1, c, h + 1, c + cw - 1, o.codeHeader);
    w.merged(h + 1, c + cw, h + depth, c + cw, '科目名称');
    w.merged(h + 1, c + cw + 1, h + depth, c + cw + 1, '决算数');
    if (o.split) {
      w.text(h + 2, c, '类');
      w.text(h + 2, c + 1, '款');
    }
  });
  const top = h + 1 + depth;
  const at = new Map<string, [number, number]>();
  const rows = Math.max(...lists.map((l) => l.length));
  lists.forEach((list, g) => {
    const c = start(g);
    list.forEach((item, i) => {
      const r = top + i;
      if (o.split) {
        w.code(r, c, item.code.slice(0, 3));
        w.code(r, c + 1, item.code.slice(3));
      } else w.code(r, c, item.code);
      w.text(r, c + cw, item.name, 'left');
      w.money(r, c + cw + 1, item.amount);
      at.set(item.code, [r, c + cw + 1]);
    });
  });
  const closing = top + rows;
  w.merged(closing, 1, closing, cw + 1, '人员经费合计');
  w.money(closing, cw + 2, t.personnelTotal);
  const lastGroup = o.spanClosing ? o.groups - 1 : 1;
  w.merged(closing, start(1), closing, start(lastGroup) + cw, '公用经费合计');
  const publicCol = start(lastGroup) + cw + 1;
  w.money(closing, publicCol, t.publicTotal);
  w.borders(h, 1, closing, width);
  w.widths(Array.from({ length: o.groups }, () => [...(o.split ? [6, 5] : [9]), 24, 11]).flat());
  return { top, closing, at, personnelTotal: [closing, cw + 2], publicTotal: [closing, publicCol] };
}
