/**
 * N10 — as Guangxi counties publish (柳城县 2023, 环江县 2020): titles 表一：… 表九： in the seed's order
 * (表七 政府性基金, 表八 国有资本经营预算财政拨款支出决算表, 表九 “三公”), 表九 titled 一般公共预算财政拨款
 * 安排的“三公”经费支出决算表; the year only in the sheet names (2023年表一 …). Unit B; codes split
 * 类 | 款 | 项; 六 two groups, 类 | 款 under 科目代码; 表八 with 本年支出 columns only, empty.
 *
 * Planted: 表七 2120814 农业生产发展支出 项目支出 1020.00 for 1200.00 (2023年表七!I9). Breaks T07-1 twice:
 * the row (本年支出小计 1200.00 against 0 + 1020.00) and 21208 项目支出 (1567.21 against 1020.00 + 367.21);
 * the cell is in both. T07-2 and X09 use 小计 and still hold.
 */
import { buildBook } from '../book';
import type { CorpusCase } from '../case';
import { chineseNumber, cloneUnit } from '../model';
import { nationalTitle, SEED_ORDER } from '../plans';
import { UNIT_B } from '../units/unitB';
import type { TableKey } from '../../../src/core/template';
import type { SheetPlan } from '../book';

const ORDER: TableKey[] = SEED_ORDER.filter((k) => k !== 'T10');
const TITLES: Partial<Record<TableKey, string>> = {
  T08: '国有资本经营预算财政拨款支出决算表',
  T09: '一般公共预算财政拨款安排的“三公”经费支出决算表',
};
const sheet = (key: TableKey) => `2023年表${chineseNumber(ORDER.indexOf(key) + 1)}`;

function unit() {
  const u = cloneUnit(UNIT_B);
  u.t07!.rows.find((r) => r.code === '2120814')!.values[4] = '1020.00';
  return u;
}

const PER: Partial<Record<TableKey, Partial<SheetPlan>>> = {
  T06: { economic: { groups: 2, split: true, codeHeader: '科目代码', drop: ['309', '311'] } },
  T08: { codedKind: 'seedCapital', notes: ['说明：本表无数据'] },
  T09: { sanGong: { layout: 'national' } },
};

function plans(): SheetPlan[] {
  return ORDER.map((key, i) => ({
    name: sheet(key),
    key,
    title: `表${chineseNumber(i + 1)}：${TITLES[key] ?? nationalTitle(key)}`,
    orgLabel: '部门名称',
    coded: { split: true },
    ...PER[key],
  }));
}

export const N10: CorpusCase = {
  id: 'N10',
  file: 'N10-部门决算.xlsx',
  family: 'national',
  variants: [
    '表一： … 表九： in the seed order (七 基金, 八 国资, 九 三公)',
    '一般公共预算财政拨款安排的“三公”经费支出决算表 (环江 2020)',
    'year only in the sheet names',
    '类|款|项 split codes',
    '六 two groups, 类|款 under 科目代码',
  ],
  planted: ['表七 2120814 项目支出 1020.00 (for 1200.00)'],
  build: () => buildBook({ unit: unit(), family: 'national', sheets: plans() }),
  tables: Object.fromEntries(ORDER.map((k) => [k, sheet(k)])),
  errors: [
    ['T07-1', '2023年表七', 'I9'],
    ['T07-1', '2023年表七', 'I9'],
  ],
  year: '2023',
  department: '青山县农业农村局',
  // 表七: headers 3–5, 合计 6, 212 at 7, 21208 at 8, 2120814 at 9 (E 年初, F 本年收入, G 小计, H 基本, I 项目).
  probes: [
    ['2023年表七', 'A9', '212'],
    ['2023年表七', 'C9', '14'],
    ['2023年表七', 'G9', 1200],
    ['2023年表七', 'I9', 1020],
    ['2023年表九', 'A1', '表九：一般公共预算财政拨款安排的“三公”经费支出决算表'],
  ],
};
