/**
 * Unit A in 元: figures in 元 as the 决算 software stores them, chosen so that each rounds to the seed's
 * published 万元 figure where the seed has one (199.12 ← 1991204.37). In 元 every relation holds exactly
 * (the seed's 尾数差异 come from rounding these to 万元), so this workbook has no tail at all.
 *
 *   a 2010350 1991204.37   b 2010399 553548.20   c 2019999 752573.00
 *   d 2080505  262904.16   e 2080506 131452.08   f 2089999   5500.00
 *   g 2101102  113620.55   h 2210201 219708.00
 *   20103 = a + b = 2544752.57; 201 = 2544752.57 + c = 3297325.57
 *   20805 = d + e = 394356.24; 208 = 394356.24 + f = 399856.24
 *   合计 = 3297325.57 + 399856.24 + 113620.55 + 219708.00 = 4030510.36
 *   基本 = a + d + e + f + g + h = 2724389.16; 项目 = b + c = 1306121.20; 2724389.16 + 1306121.20 = 4030510.36
 */
import type { CodedRow, Money, UnitData } from '../model';
import { UNIT_A } from './unitA';

const _ = null;

/** [code, name, total, basic, project] rows of 二 / 三 / 五 (all 一般公共预算, so 二's 财政拨款收入 = total). */
const ROWS: [string, string, string, Money, Money][] = [
  ['201', '一般公共服务支出', '3297325.57', '1991204.37', '1306121.20'],
  ['20103', '政府办公厅（室）及相关机构事务', '2544752.57', '1991204.37', '553548.20'],
  ['2010350', '事业运行', '1991204.37', '1991204.37', _],
  ['2010399', '其他政府办公厅（室）及相关机构事务支出', '553548.20', _, '553548.20'],
  ['20199', '其他一般公共服务支出', '752573.00', _, '752573.00'],
  ['2019999', '其他一般公共服务支出', '752573.00', _, '752573.00'],
  ['208', '社会保障和就业支出', '399856.24', '399856.24', _],
  ['20805', '行政事业单位养老支出', '394356.24', '394356.24', _],
  ['2080505', '机关事业单位基本养老保险缴费支出', '262904.16', '262904.16', _],
  ['2080506', '机关事业单位职业年金缴费支出', '131452.08', '131452.08', _],
  ['20899', '其他社会保障和就业支出', '5500.00', '5500.00', _],
  ['2089999', '其他社会保障和就业支出', '5500.00', '5500.00', _],
  ['210', '卫生健康支出', '113620.55', '113620.55', _],
  ['21011', '行政事业单位医疗', '113620.55', '113620.55', _],
  ['2101102', '事业单位医疗', '113620.55', '113620.55', _],
  ['221', '住房保障支出', '219708.00', '219708.00', _],
  ['22102', '住房改革支出', '219708.00', '219708.00', _],
  ['2210201', '住房公积金', '219708.00', '219708.00', _],
];

const TOTAL = '4030510.36';
const BASIC = '2724389.16';
const PROJECT = '1306121.20';

const rows = (pick: (r: (typeof ROWS)[number]) => Money[]): CodedRow[] => ROWS.map((r) => ({ code: r[0], name: r[1], values: pick(r) }));

/** Same items as unit A, in 元. 30229 46730.00 keeps 302 at 184830.00 (18.48 万元 as published). */
const AMOUNTS: Record<string, Money> = {
  // 301: 879300.00 + 114500.00 + 200.00 + 749374.37 + 262904.16 + 131452.08 + 113620.55 + 5500.00
  //      + 219708.00 + 63000.00 = 2539559.16 (= 基本 2724389.16 − 公用 184830.00)
  '301': '2539559.16',
  '30101': '879300.00',
  '30102': '114500.00',
  '30103': '200.00',
  '30107': '749374.37',
  '30108': '262904.16',
  '30109': '131452.08',
  '30110': '113620.55',
  '30112': '5500.00',
  '30113': '219708.00',
  '30199': '63000.00',
  // 302: 29700 + 20000 + 2200 + 500 + 20000 + 6800 + 4200 + 700 + 9800 + 31400 + 46730 + 12800 = 184830.00
  '302': '184830.00',
  '30201': '29700.00',
  '30202': '20000.00',
  '30205': '2200.00',
  '30207': '500.00',
  '30211': '20000.00',
  '30215': '6800.00',
  '30216': '4200.00',
  '30226': '700.00',
  '30227': '9800.00',
  '30228': '31400.00',
  '30229': '46730.00',
  '30231': '12800.00',
};

function inYuan(items: UnitData['t06']['personnel']): UnitData['t06']['personnel'] {
  return items.map((i) => ({ ...i, amount: i.amount === '——' ? i.amount : (AMOUNTS[i.code] ?? null) }));
}

const classes = { '201': '3297325.57', '208': '399856.24', '210': '113620.55', '221': '219708.00' };

export const UNIT_A_YUAN: UnitData = {
  department: UNIT_A.department,
  year: UNIT_A.year,
  unit: '元',
  t01: {
    income: [TOTAL, _, _, _, _, _, _, _],
    incomeTotal: TOTAL,
    unusedBalance: _,
    opening: _,
    incomeGrand: TOTAL,
    classes,
    expenseTotal: TOTAL,
    distribution: _,
    closing: _,
    expenseGrand: TOTAL,
  },
  t02: { total: [TOTAL, TOTAL, _, _, _, _, _], rows: rows((r) => [r[2], r[2], _, _, _, _, _]) },
  t03: { total: [TOTAL, BASIC, PROJECT, _, _, _], rows: rows((r) => [r[2], r[3], r[4], _, _, _]) },
  t04: {
    income: [TOTAL, _, _],
    incomeTotal: TOTAL,
    opening: _,
    openingSplit: [_, _, _],
    incomeGrand: TOTAL,
    classes: Object.fromEntries(Object.entries(classes).map(([k, v]) => [k, [v, v, _, _]])),
    expenseTotal: [TOTAL, TOTAL, _, _],
    closing: [_, _, _, _],
    expenseGrand: [TOTAL, TOTAL, _, _],
  },
  t05: { total: [TOTAL, BASIC, PROJECT], rows: rows((r) => [r[2], r[3], r[4]]) },
  t06: {
    personnel: inYuan(UNIT_A.t06.personnel),
    public: inYuan(UNIT_A.t06.public),
    personnelTotal: '2539559.16',
    publicTotal: '184830.00',
  },
  t07: null,
  t08: null,
  t09: { budget: ['12800.00', _, '12800.00', _, '12800.00', _], actual: ['12800.00', _, '12800.00', _, '12800.00', _] },
  t10: structuredClone(UNIT_A.t10),
};
