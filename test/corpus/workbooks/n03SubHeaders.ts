/**
 * N03 — national, unit B, sub-header rows under the value columns: 三 and 八 have a row of 决算数 under
 * their headers, 五 a row of 金额 and then a 栏次 row, 一 / 二 / 四 a 栏次 row. Titles "1 收入支出决算总表"
 * … "9 …", sheets named 1 … 9, unit line 编制单位：…, no year in any table: only in the file name.
 * 六: three column groups, code split 类 | 款 under 经济科目编码. 七: 预算数 row and 决算数 row.
 *
 * Planted:
 *  1. 六 30102 津贴补贴 1150.24 for 1105.24 (6!D8). Breaks T06-1 only (301 4325.45 against its items
 *     4370.45); each cell is in that one relation, so the finding names its total, 301 (6!D6).
 *  2. 五 2130101 行政运行 基本支出 1802.45 for 1820.45 (5!D17). Breaks T05-1 (小计 1820.45 against
 *     1802.45 + 0) and T05-2 (21301 基本支出 4136.11 against 1802.45 + 2315.66): both name 5!D17.
 *     (X08 三 ≥ 五 still holds: 1802.45 ≤ 1820.45.)
 */
import { buildBook } from '../book';
import type { CorpusCase } from '../case';
import { cloneUnit } from '../model';
import { nationalSheets, nationalTitle, notesFor } from '../plans';
import { UNIT_B } from '../units/unitB';

function unit() {
  const u = cloneUnit(UNIT_B);
  u.t06.personnel.find((i) => i.code === '30102')!.amount = '1150.24';
  u.t05.rows.find((r) => r.code === '2130101')!.values[1] = '1802.45';
  return u;
}

export const N03: CorpusCase = {
  id: 'N03',
  file: '青山县农业农村局2023年度部门决算.xlsx',
  family: 'national',
  variants: [
    'sub-header row 决算数 (三, 八) and 金额 + 栏次 (五)',
    '栏次 rows (一, 二, 四)',
    '"1" … "9" title prefix',
    'sheets named 1 … 9',
    '编制单位：',
    'year only in the file name',
    '六 three groups, 类|款 under 经济科目编码',
    '七 预算数 row / 决算数 row',
  ],
  planted: ['六 30102 津贴补贴 1150.24 (for 1105.24)', '五 2130101 行政运行 基本支出 1802.45 (for 1820.45)'],
  build: () =>
    buildBook({
      unit: unit(),
      family: 'national',
      sheets: nationalSheets({
        name: (_key, n) => String(n),
        title: (key, n) => `${n} ${nationalTitle(key)}`,
        common: { orgLabel: '编制单位', year: false },
        per: {
          T01: { summary: { family: 'national', ordinalRow: true } },
          T02: { coded: { ordinalRow: true } },
          T03: { coded: { subHeader: '决算数' } },
          T04: { summary: { family: 'national', ordinalRow: true } },
          T05: { coded: { subHeader: '金额', ordinalRow: true } },
          T06: { economic: { groups: 3, split: true, codeHeader: '经济科目编码' } },
          T09: { sanGong: { layout: 'twoRows' } },
          T07: { coded: { subHeader: '决算数' } },
          T08: { notes: notesFor('T08', '说明：本表无数据') },
        },
      }),
    }),
  tables: { T01: '1', T02: '2', T03: '3', T04: '4', T05: '5', T06: '6', T09: '7', T07: '8', T08: '9' },
  errors: [
    ['T06-1', '6', 'D6'],
    ['T05-1', '5', 'D17'],
    ['T05-2', '5', 'D17'],
  ],
  year: '2023',
  department: '青山县农业农村局',
  // 五: headers 3–4, 金额 row 5, 栏次 row 6, 合计 7, 2130101 is the 10th 科目 row (17);
  // 六: headers 3–5, data from row 6 (301 at 6, 30102 at 8), value column D for the first group.
  probes: [
    ['5', 'A17', '2130101'],
    ['5', 'D5', '金额'],
    ['5', 'D17', 1802.45],
    ['6', 'A6', '301'],
    ['6', 'D6', 4325.45],
    ['6', 'B8', '02'],
    ['6', 'D8', 1150.24],
    ['3', 'C5', '决算数'],
  ],
};
