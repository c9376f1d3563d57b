/**
 * N01 — national 九张表, unit A (the seed's figures), 功能科目 codes split over 类 | 款 | 项, titles
 * prefixed 表一 … 表九, sheets named by title, unit line 部门：… | 2024年度 | 金额单位：万元.
 * 六: two column groups, code split 类 | 款 under a merged 经济分类科目编码. 七: national one-row layout.
 * 八 / 九 empty with 说明：本表无数据. No error planted: only the seed's own 尾数差异 (info).
 */
import { buildBook } from '../book';
import type { CorpusCase } from '../case';
import { chineseNumber } from '../model';
import { nationalSheets, nationalTitle, notesFor } from '../plans';
import { UNIT_A } from '../units/unitA';

export const N01: CorpusCase = {
  id: 'N01',
  file: 'N01-阳城县政务服务中心-九张表.xlsx',
  family: 'national',
  variants: [
    '类|款|项 split codes',
    '表一 … 表九 title prefix',
    'sheets named by title',
    '部门：',
    '六 two groups, 类|款 under 经济分类科目编码',
    '七 national one row',
    '八/九 empty',
  ],
  planted: [],
  build: () =>
    buildBook({
      unit: UNIT_A,
      family: 'national',
      sheets: nationalSheets({
        name: nationalTitle,
        title: (key, n) => `表${chineseNumber(n)} ${nationalTitle(key)}`,
        common: { orgLabel: '部门', year: true, coded: { split: true } },
        per: {
          T06: { economic: { groups: 2, split: true, codeHeader: '经济分类科目编码', drop: ['309', '311'] } },
          T09: { sanGong: { layout: 'national' } },
          T07: { notes: notesFor('T07', '说明：本表无数据') },
          T08: { notes: notesFor('T08', '说明：本表无数据') },
        },
      }),
    }),
  tables: {
    T01: '收入支出决算总表',
    T02: '收入决算表',
    T03: '支出决算表',
    T04: '财政拨款收入支出决算总表',
    T05: '一般公共预算财政拨款支出决算表',
    T06: '一般公共预算财政拨款基本支出决算表',
    T07: '政府性基金预算财政拨款收入支出决算表',
    T08: '国有资本经营预算财政拨款收入支出决算表',
    T09: '财政拨款“三公”经费支出决算表',
  },
  errors: [],
  year: '2024',
  department: '阳城县政务服务中心',
  // 收入决算表: title 1, unit line 2, headers 3–5, 合计 6, 201 at 7 (E = 本年收入合计); 七: data row 6.
  probes: [
    ['收入决算表', 'E6', 403.05],
    ['收入决算表', 'A8', '201'],
    ['收入决算表', 'B8', '03'],
    ['财政拨款“三公”经费支出决算表', 'J6', 1.28],
  ],
};
