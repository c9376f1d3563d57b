/**
 * N05 — national, unit A without any “三公” spending (the seed's 30231 1.28 booked as 30299, every total
 * as published): 七 keeps its three header rows and an empty data row, with the note 说明：本单位2024年度
 * 没有财政拨款“三公”经费支出，故本表无数据。; 八 and 九 empty too. No unit-name line and no year in any
 * table: both stand only in a document header above the first sheet's title. No title prefix; sheets
 * named by title, shuffled. Codes split 类 | 款 | 项; 六 two groups, 类 | 款 under 科目编码.
 * No error planted.
 */
import { buildBook } from '../book';
import type { CorpusCase } from '../case';
import { nationalSheets, nationalTitle, notesFor } from '../plans';
import { unitAWithoutSanGong } from '../units/unitA';
import type { TableKey } from '../../../src/core/template';

const ORDER: TableKey[] = ['T01', 'T04', 'T02', 'T03', 'T06', 'T05', 'T08', 'T09', 'T07'];

export const N05: CorpusCase = {
  id: 'N05',
  file: 'N05-决算公开.xlsx',
  family: 'national',
  variants: [
    '七 empty (header, empty data row, 没有财政拨款“三公”经费支出 note)',
    '八/九 empty',
    'year and unit name only in a document header on the first sheet',
    'no unit-name line',
    'no title prefix',
    'sheets named by title, shuffled',
    '六 two groups, 类|款 under 科目编码',
  ],
  planted: [],
  build: () =>
    buildBook({
      unit: unitAWithoutSanGong(),
      family: 'national',
      sheets: nationalSheets({
        name: nationalTitle,
        order: ORDER,
        common: { coded: { split: true } },
        per: {
          T01: { header: ['阳城县政务服务中心2024年度部门决算', ''] },
          T06: { economic: { groups: 2, split: true, codeHeader: '科目编码', drop: ['309', '311'] } },
          T09: {
            sanGong: { layout: 'national' },
            notes: notesFor('T09', '说明：本单位2024年度没有财政拨款“三公”经费支出，故本表无数据。'),
          },
          T07: { notes: notesFor('T07', '说明：本表无数据。') },
          T08: { notes: notesFor('T08', '说明：本表无数据。') },
        },
      }),
    }),
  tables: Object.fromEntries(ORDER.map((k) => [k, nationalTitle(k)])),
  errors: [],
  year: '2024',
  department: '阳城县政务服务中心',
  // 一: document header row 1, blank row 2, title row 3; 七: data row 6 empty, the note right below.
  probes: [
    ['收入支出决算总表', 'A1', '阳城县政务服务中心2024年度部门决算'],
    ['收入支出决算总表', 'A3', '收入支出决算总表'],
    ['财政拨款“三公”经费支出决算表', 'A6', null],
    ['财政拨款“三公”经费支出决算表', 'A7', '注：本表反映部门本年度“三公”经费支出预决算情况。'],
  ],
};
