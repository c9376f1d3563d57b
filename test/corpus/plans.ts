/** The nine national tables and the ten seed tables as sheet plans: titles, numbers, usual notes. */
import type { TableKey } from '../../src/core/template';
import type { SheetPlan } from './book';

/** National order: 一 … 六, 七 三公, 八 政府性基金, 九 国有资本经营. */
export const NATIONAL_ORDER: TableKey[] = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T09', 'T07', 'T08'];
export const SEED_ORDER: TableKey[] = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10'];

export const NATIONAL_TITLES: Record<Exclude<TableKey, 'T10'>, string> = {
  T01: '收入支出决算总表',
  T02: '收入决算表',
  T03: '支出决算表',
  T04: '财政拨款收入支出决算总表',
  T05: '一般公共预算财政拨款支出决算表',
  T06: '一般公共预算财政拨款基本支出决算表',
  T09: '财政拨款“三公”经费支出决算表',
  T07: '政府性基金预算财政拨款收入支出决算表',
  T08: '国有资本经营预算财政拨款收入支出决算表',
};

export const SEED_TITLES: Record<TableKey, string> = {
  ...NATIONAL_TITLES,
  T06: '一般公共预算财政拨款基本支出决算明细表',
  T08: '国有资本经营预算财政拨款支出决算表',
  T10: '部门决算公开相关信息统计表',
};

const NOTES: Partial<Record<TableKey, string>> = {
  T01: '注：本表反映部门本年度的总收支和年末结转结余情况。',
  T02: '注：本表反映部门本年度取得的各项收入情况。',
  T03: '注：本表反映部门本年度各项支出情况。',
  T04: '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。',
  T05: '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
  T06: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
  T07: '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
  T08: '注：本表反映部门本年度国有资本经营预算财政拨款收入、支出及结转和结余情况。',
  T09: '注：本表反映部门本年度“三公”经费支出预决算情况。',
  T10: '注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。',
};

export const nationalTitle = (key: TableKey): string => NATIONAL_TITLES[key as Exclude<TableKey, 'T10'>];

export const NATIONAL_NUMBER = (key: TableKey) => NATIONAL_ORDER.indexOf(key) + 1;

/** The usual note under a table, then any extra lines (说明：本表无数据). */
export function notesFor(key: TableKey, ...extra: string[]): string[] {
  return [NOTES[key] ?? '', ...extra].filter(Boolean);
}

type PerTable = Partial<Record<TableKey, Partial<SheetPlan>>>;

/**
 * Nine national sheet plans: `name(key, n)` names each sheet (n = 1 … 9 in national order), `title(key, n)`
 * writes its title; `order` is the order of the sheets in the workbook; `per` overrides any table's plan.
 */
export function nationalSheets(o: {
  name: (key: TableKey, n: number) => string;
  title?: (key: TableKey, n: number) => string;
  order?: TableKey[];
  common: Partial<SheetPlan>;
  per: PerTable;
}): SheetPlan[] {
  return (o.order ?? NATIONAL_ORDER).map((key) => {
    const n = NATIONAL_NUMBER(key);
    const base = nationalTitle(key);
    return {
      name: o.name(key, n),
      key,
      title: o.title ? o.title(key, n) : base,
      notes: notesFor(key),
      ...o.common,
      ...o.per[key],
    };
  });
}

/** Ten seed sheet plans (公开01表 … 公开10表), with the table code on its own line. */
export function seedSheets(o: { order?: TableKey[]; common: Partial<SheetPlan>; per: PerTable }): SheetPlan[] {
  return (o.order ?? SEED_ORDER).map((key) => {
    const code = `公开${key.slice(1)}表`;
    return {
      name: code,
      key,
      title: SEED_TITLES[key],
      code,
      orgLabel: key === 'T10' ? '单位名称' : '部门名称',
      year: true,
      notes: notesFor(key),
      ...o.common,
      ...o.per[key],
    };
  });
}
