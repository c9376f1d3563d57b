/**
 * N09 — national, unit A; 六 in three column groups (人员经费 | 公用经费 302 | 公用经费 307 … 399, 309 and
 * 311 rows printed "——"), code split 类 | 款 under a merged 经济分类科目编码; 人员经费合计 merged over the first
 * group's code and name, 公用经费合计 merged from the second group's code to the third group's name, its
 * figure in the last 决算数 column. 七 national with a 栏次 row and 公务用车购置及运行维护费 wording. No title
 * prefix, sheets 表1 … 表9, unit line 单位名称：… | 2024年度 | 单位：万元, codes split 类 | 款 | 项.
 *
 * Planted: 六 公用经费合计 18.84 for 18.48 (表6!L61). Breaks T06-3 (302 18.48) and X11 (五 基本支出 272.44
 * against 253.96 + 18.84): the cell is in both, so both name it.
 */
import { buildBook } from '../book';
import type { CorpusCase } from '../case';
import { cloneUnit } from '../model';
import { nationalSheets } from '../plans';
import { UNIT_A } from '../units/unitA';

function unit() {
  const u = cloneUnit(UNIT_A);
  u.t06.publicTotal = '18.84';
  return u;
}

export const N09: CorpusCase = {
  id: 'N09',
  file: 'N09-阳城县政务服务中心-三组.xlsx',
  family: 'national',
  variants: [
    '六 three groups, 类|款 under 经济分类科目编码, 309/311 “——” rows',
    '公用经费合计 merged across groups, figure in the last column',
    '七 national with 栏次 row, 公务用车购置及运行维护费',
    'no title prefix',
    'sheets 表1 … 表9',
    '单位名称：, 单位：万元',
  ],
  planted: ['六 公用经费合计 18.84 (for 18.48)'],
  build: () =>
    buildBook({
      unit: unit(),
      family: 'national',
      sheets: nationalSheets({
        name: (_key, n) => `表${n}`,
        common: { orgLabel: '单位名称', year: true, unitText: '单位：万元', coded: { split: true } },
        per: {
          T06: { economic: { groups: 3, split: true, codeHeader: '经济分类科目编码', spanClosing: true } },
          T09: { sanGong: { layout: 'national', ordinalRow: true, carWord: '公务用车购置及运行维护费', runWord: '公务用车运行维护费' } },
          T07: { notes: ['说明：本表无数据'] },
          T08: { notes: ['说明：本表无数据'] },
        },
      }),
    }),
  tables: { T01: '表1', T02: '表2', T03: '表3', T04: '表4', T05: '表5', T06: '表6', T09: '表7', T07: '表8', T08: '表9' },
  errors: [
    ['T06-3', '表6', 'L61'],
    ['X11', '表6', 'L61'],
  ],
  year: '2024',
  department: '阳城县政务服务中心',
  // 六: headers 3–5, 55 data rows from 6 (the longest group: 307 … 39999), closing row 61.
  probes: [
    ['表6', 'A61', '人员经费合计'],
    ['表6', 'D61', 253.96],
    ['表6', 'E61', '公用经费合计'],
    ['表6', 'L61', 18.84],
    ['表6', 'E6', '302'],
    ['表6', 'I6', '307'],
    ['表7', 'A6', '1'],
    ['表7', 'J7', 1.28],
  ],
};
