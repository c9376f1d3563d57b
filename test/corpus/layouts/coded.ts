/**
 * Tables whose rows are 功能分类科目 (二 三 五 八 九 / 公开02 03 05 07 08).
 *
 * Contiguous codes: A 科目编码 | B 科目名称 | C… values; two header rows (项目 over A:B, then the code words).
 * Split codes:      A 类 | B 款 | C 项 | D 科目名称 | E… values; three header rows (项目; 科目编码 over A:C;
 *                   类 款 项). Value headers are merged down the header rows, or grouped (本年支出 over
 *                   小计 | 基本支出 | 项目支出).
 * Then, as asked: a sub-header row (决算数 / 金额 in every value column), a 栏次 row, and the data: the
 * 合计 row first (合计 merged over the label columns), then one row per 科目 in the order given.
 */
import type { CodedTable, Money } from '../model';
import type { SheetWriter } from '../sheet';

export type CodedKind = 'income' | 'expense' | 'general' | 'fund' | 'capital' | 'seedCapital';

interface ValueHeader {
  word: string;
  group?: string;
}

const spend = (first: string): ValueHeader[] => [first, '基本支出', '项目支出'].map((word) => ({ word, group: '本年支出' }));

export const CODED_HEADERS: Record<CodedKind, ValueHeader[]> = {
  income: ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'].map((word) => ({
    word,
  })),
  expense: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'].map((word) => ({ word })),
  general: spend('小计'),
  fund: [{ word: '年初结转和结余' }, { word: '本年收入' }, ...spend('小计'), { word: '年末结转和结余' }],
  capital: [{ word: '年初结转和结余' }, { word: '本年收入' }, ...spend('小计'), { word: '年末结转和结余' }],
  seedCapital: spend('合计'),
};

export interface CodedOptions {
  split?: boolean;
  /** Split codes printed as a staircase: 类 only on the 类 row, 款 only on the 款 row, 项 alone. */
  staircase?: boolean;
  /** Header of the code column(s): 科目编码 (national) or 科目代码 (seed). */
  codeHeader?: string;
  /** A row of 决算数 / 金额 under the value headers. */
  subHeader?: string;
  ordinalRow?: boolean;
}

export interface CodedPlacement {
  /** Row of the 合计 row; 科目 row i is at total + 1 + i. */
  total: number;
  /** Column of the first value. */
  firstValue: number;
  /** Row after the table. */
  end: number;
}

function codeCells(code: string, staircase: boolean): string[] {
  const l = code.slice(0, 3);
  const k = code.slice(3, 5);
  const x = code.slice(5, 7);
  if (!staircase) return [l, k, x];
  return code.length === 3 ? [l, '', ''] : code.length === 5 ? ['', k, ''] : ['', '', x];
}

/** Writes the table from header row `h`. An empty table (null) keeps its headers and an empty 合计 row. */
export function writeCoded(w: SheetWriter, h: number, kind: CodedKind, t: CodedTable | null, o: CodedOptions): CodedPlacement {
  const headers = CODED_HEADERS[kind];
  const codeCols = o.split ? 3 : 1;
  const nameCol = codeCols + 1;
  const first = nameCol + 1;
  const last = first + headers.length - 1;
  const depth = o.split ? 3 : 2;

  w.merged(h, 1, h, nameCol, '项目');
  headers.forEach((hd, i) => {
    const c = first + i;
    if (!hd.group) w.merged(h, c, h + depth - 1, c, hd.word);
    else {
      if (i === 0 || headers[i - 1].group !== hd.group) {
        const span = headers.filter((x) => x.group === hd.group).length;
        w.merged(h, c, h, c + span - 1, hd.group);
      }
      w.merged(h + 1, c, h + depth - 1, c, hd.word);
    }
  });
  const codeWord = o.codeHeader ?? '科目编码';
  if (o.split) {
    w.merged(h + 1, 1, h + 1, 3, codeWord);
    w.merged(h + 1, nameCol, h + 2, nameCol, '科目名称');
    ['类', '款', '项'].forEach((x, i) => w.text(h + 2, i + 1, x));
  } else {
    w.text(h + 1, 1, codeWord);
    w.text(h + 1, 2, '科目名称');
  }
  let r = h + depth;
  if (o.subHeader) {
    headers.forEach((_, i) => w.text(r, first + i, o.subHeader!));
    r++;
  }
  if (o.ordinalRow) {
    w.merged(r, 1, r, nameCol, '栏次');
    headers.forEach((_, i) => w.text(r, first + i, String(i + 1)));
    r++;
  }
  const total = r;
  w.merged(r, 1, r, nameCol, '合计');
  const totals: Money[] = t?.total ?? headers.map(() => null);
  totals.forEach((v, i) => w.money(r, first + i, v, i === 0));
  r++;
  for (const row of t?.rows ?? []) {
    if (o.split) codeCells(row.code, !!o.staircase).forEach((x, i) => w.code(r, i + 1, x));
    else w.code(r, 1, row.code);
    w.text(r, nameCol, row.name, 'left');
    row.values.forEach((v, i) => w.money(r, first + i, v, i === 0));
    r++;
  }
  w.borders(h, 1, r - 1, last);
  w.widths([...(o.split ? [6, 6, 6] : [12]), 36, ...headers.map(() => 14)]);
  return { total, firstValue: first, end: r };
}
