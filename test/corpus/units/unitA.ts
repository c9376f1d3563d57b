/**
 * Unit A: the seed's real figures (阳城县政务服务中心 2024, samples/seed-data.ts), re-shaped for any layout.
 * They reconcile apart from the seed's eleven 尾数差异 (e.g. 20103 254.48 against 199.12 + 55.35 = 254.47,
 * 201 329.73 against 254.48 + 75.26 = 329.74, 302 18.48 against its items' 18.49): info, never errors.
 */
import { SEED_DATA, type LinedItem } from '../../../samples/seed-data';
import { CLASS_ROWS, type CodedTable, type EconItem, type Money, type UnitData } from '../model';

const S = SEED_DATA;

function coded(t: { total: Money[]; rows: { code: string; name: string; amounts: Money[] }[] }): CodedTable {
  return { total: [...t.total], rows: t.rows.map((r) => ({ code: r.code, name: r.name, values: [...r.amounts] })) };
}

const stripOrdinal = (label: string) => label.replace(/^[一二三四五六七八九十]+、/, '');

function classesOf(items: LinedItem[]): Record<string, Money[]> {
  const out: Record<string, Money[]> = {};
  for (const it of items) {
    const c = CLASS_ROWS.find((x) => x.name === stripOrdinal(it.label));
    if (c) out[c.code] = [...it.amounts];
  }
  return out;
}

const byLabel = (items: LinedItem[], label: string): Money[] => {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`unit A: no row ${label}`);
  return found.amounts;
};

const t01In = S.t01.rows.map((r) => r.income);
const t01Out = S.t01.rows.map((r) => r.expense);
const t04In = S.t04.rows.map((r) => r.income);
const t04Out = S.t04.rows.map((r) => r.expense);
const t01Classes = classesOf(t01Out);

/** 人员经费 is the seed's first column group; 公用经费 the other three, read column by column. */
const econColumn = (i: number): EconItem[] => S.t06.rows.map((r) => r[i]).filter((x): x is EconItem => !!x);

export const UNIT_A: UnitData = {
  department: S.department,
  year: S.year,
  unit: '万元',
  t01: {
    income: t01In.slice(0, 8).map((i) => i.amounts[0]),
    incomeTotal: byLabel(t01In, '本年收入合计')[0],
    unusedBalance: byLabel(t01In, '使用非财政拨款结余（含专用结余）')[0],
    opening: byLabel(t01In, '年初结转和结余')[0],
    incomeGrand: byLabel(t01In, '总计')[0],
    classes: Object.fromEntries(Object.entries(t01Classes).map(([k, v]) => [k, v[0]])),
    expenseTotal: byLabel(t01Out, '本年支出合计')[0],
    distribution: byLabel(t01Out, '结余分配')[0],
    closing: byLabel(t01Out, '年末结转和结余')[0],
    expenseGrand: byLabel(t01Out, '总计')[0],
  },
  t02: coded(S.t02),
  t03: coded(S.t03),
  t04: {
    income: t04In.slice(0, 3).map((i) => i.amounts[0]),
    incomeTotal: byLabel(t04In, '本年收入合计')[0],
    opening: byLabel(t04In, '年初财政拨款结转和结余')[0],
    openingSplit: t04In.slice(28, 31).map((i) => i.amounts[0]),
    incomeGrand: byLabel(t04In, '总计')[0],
    classes: classesOf(t04Out),
    expenseTotal: [...byLabel(t04Out, '本年支出合计')],
    closing: [...byLabel(t04Out, '年末财政拨款结转和结余')],
    expenseGrand: [...byLabel(t04Out, '总计')],
  },
  t05: coded(S.t05),
  t06: {
    personnel: econColumn(0),
    public: [...econColumn(1), ...econColumn(2), ...econColumn(3)],
    personnelTotal: S.t06.personnelTotal,
    publicTotal: S.t06.publicTotal,
  },
  t07: null,
  t08: null,
  t09: { budget: S.t09.values.slice(0, 6), actual: S.t09.values.slice(6, 12) },
  t10: {
    purchase: [1, 2, 3, 4].map(infoValue),
    running: [5, 6].map(infoValue),
    vehicles: [7, 8, 9, 10, 11, 12, 13, 14, 15].map((l) => count(infoValue(l))),
    equipment: count(infoValue(17)),
  },
};

function infoValue(line: number): Money {
  const row = S.t10.rows.find((r) => r.kind === 'item' && r.line === line);
  return row && row.kind === 'item' ? row.value : null;
}

function count(v: Money): number | null {
  return v === null ? null : Number(v);
}

/**
 * Unit A without any “三公” spending (for the empty 七): the seed's 30231 公务用车运行维护费 1.28 is booked
 * as 30299 其他商品和服务支出 instead, so 302 and every total stay as published.
 */
export function unitAWithoutSanGong(): UnitData {
  const u = structuredClone(UNIT_A);
  const car = u.t06.public.find((i) => i.code === '30231')!;
  const other = u.t06.public.find((i) => i.code === '30299')!;
  other.amount = car.amount;
  car.amount = null;
  u.t09 = { budget: [null, null, null, null, null, null], actual: [null, null, null, null, null, null] };
  return u;
}
