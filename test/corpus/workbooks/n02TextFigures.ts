/**
 * N02 — national, unit B (invented, 2023), contiguous codes, every figure stored as text exactly as
 * printed: thousands separators in each table's first value column only ("20,323.21" beside "20218.21"),
 * "0.00" in every empty figure cell. Titles 附表1：… 附表9：…, sheets Sheet1 … Sheet9 in shuffled order,
 * unit line 单位名称：…. 六: two groups, contiguous codes under 科目代码. 七: transposed (items as rows).
 *
 * Planted:
 *  1. 一 卫生健康支出 printed 180.03 for 180.30 (Sheet3!D13). Breaks T01-2 (本年支出合计 20412.61 against
 *     Σ类 20412.34: 0.27 > 27 × 0.005) and X02 (三 210 180.30): the cell is in both, so both name it.
 *  2. 七 公务接待费 决算数 8.10 for 8.00 (Sheet2!C9). Breaks T09-2: 合计 51.00 against 0.00 + 43.00 + 8.10
 *     = 51.10 (0.10 > 4 × 0.005). Every cell is in that one relation only: the finding names the total,
 *     决算数 合计 (Sheet2!C4).
 */
import { buildBook } from '../book';
import type { CorpusCase } from '../case';
import { cloneUnit } from '../model';
import { nationalSheets, nationalTitle, notesFor } from '../plans';
import { UNIT_B } from '../units/unitB';
import type { TableKey } from '../../../src/core/template';

const SHEETS: Partial<Record<TableKey, string>> = {
  T05: 'Sheet1',
  T09: 'Sheet2',
  T01: 'Sheet3',
  T08: 'Sheet4',
  T03: 'Sheet5',
  T06: 'Sheet6',
  T02: 'Sheet7',
  T07: 'Sheet8',
  T04: 'Sheet9',
};

function unit() {
  const u = cloneUnit(UNIT_B);
  u.t01.classes['210'] = '180.03';
  u.t09.actual[5] = '8.10';
  return u;
}

export const N02: CorpusCase = {
  id: 'N02',
  file: 'N02-青山县农业农村局-文本数字.xlsx',
  family: 'national',
  variants: [
    'contiguous codes',
    'figures as text, thousands separators in the first value column only',
    '"0.00" in every empty cell',
    '附表1： title prefix',
    'Sheet1 … Sheet9, shuffled',
    '单位名称：',
    '六 two groups, contiguous, 科目代码',
    '七 transposed',
  ],
  planted: ['一 卫生健康支出 180.03 (for 180.30)', '七 公务接待费 决算数 8.10 (for 8.00)'],
  build: () =>
    buildBook({
      unit: unit(),
      family: 'national',
      style: { text: true, thousands: 'first', zeros: true },
      sheets: nationalSheets({
        name: (key) => SHEETS[key]!,
        title: (key, n) => `附表${n}：${nationalTitle(key)}`,
        order: Object.keys(SHEETS) as TableKey[],
        common: { orgLabel: '单位名称', year: true },
        per: {
          T01: { summary: { family: 'national', valueWord: '金额' } },
          T06: { economic: { groups: 2, codeHeader: '科目代码', drop: ['309', '311'] } },
          T09: { sanGong: { layout: 'transposed' } },
          T08: { notes: notesFor('T08', '说明：本表无数据。') },
        },
      }),
    }),
  tables: { ...SHEETS },
  errors: [
    ['T01-2', 'Sheet3', 'D13'],
    ['X02', 'Sheet3', 'D13'],
    ['T09-2', 'Sheet2', 'C4'],
  ],
  year: '2023',
  department: '青山县农业农村局',
  // 一: headers rows 3–4, 功能类 rows from 5 (卫生健康 is the 9th); 二: 合计 row 5; 七: header 3, 合计 4 … 接待 9.
  probes: [
    ['Sheet3', 'C13', '九、卫生健康支出'],
    ['Sheet3', 'D13', '180.03'],
    ['Sheet3', 'B5', '18,650.40'],
    ['Sheet7', 'C5', '20,323.21'],
    ['Sheet7', 'D5', '20218.21'],
    ['Sheet7', 'E5', '0.00'],
    ['Sheet2', 'C4', '51.00'],
    ['Sheet2', 'C9', '8.10'],
  ],
};
