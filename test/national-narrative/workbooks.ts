/**
 * The national workbooks of the narrative corpus: corpus layouts (test/corpus) with clean figures — two
 * real-figure units (unit A: 阳城县政务服务中心 2024, with and without 三公) and two invented 农业农村局
 * with 政府性基金 (unit B, 2023, and the same tables as another county's 2024 disclosure).
 */
import type ExcelJS from 'exceljs';
import { buildBook } from '../corpus/book';
import { chineseNumber, cloneUnit } from '../corpus/model';
import { nationalSheets, nationalTitle, notesFor } from '../corpus/plans';
import { UNIT_B } from '../corpus/units/unitB';
import { N01 } from '../corpus/workbooks/n01SplitCodes';
import { N05 } from '../corpus/workbooks/n05EmptySanGong';

/** Unit B as printed by N02's layout, without N02's planted errors. */
function qingshan(): ExcelJS.Workbook {
  return buildBook({
    unit: UNIT_B,
    family: 'national',
    style: { text: true, thousands: 'first', zeros: true },
    sheets: nationalSheets({
      name: (key, n) => `附表${n}`,
      title: (key, n) => `附表${n}：${nationalTitle(key)}`,
      common: { orgLabel: '单位名称', year: true },
      per: {
        T06: { economic: { groups: 2, codeHeader: '科目代码', drop: ['309', '311'] } },
        T09: { sanGong: { layout: 'transposed' } },
        T08: { notes: notesFor('T08', '说明：本表无数据。') },
      },
    }),
  });
}

/** Unit B's tables as 白河县农业农村局 2024: split codes and the national one-row 三公 (N01's layout). */
function baihe(): ExcelJS.Workbook {
  const unit = cloneUnit(UNIT_B);
  unit.department = '白河县农业农村局';
  unit.year = 2024;
  return buildBook({
    unit,
    family: 'national',
    sheets: nationalSheets({
      name: nationalTitle,
      title: (key, n) => `表${chineseNumber(n)} ${nationalTitle(key)}`,
      common: { orgLabel: '部门', year: true, coded: { split: true } },
      per: {
        T06: { economic: { groups: 2, split: true, codeHeader: '经济分类科目编码', drop: ['309', '311'] } },
        T09: { sanGong: { layout: 'national' } },
        T08: { notes: notesFor('T08', '说明：本表无数据') },
      },
    }),
  });
}

export interface NarrativeCase {
  id: string;
  file: string;
  build(): ExcelJS.Workbook;
  /** The hand-written published-style 情况说明 (texts/) and the supplement of what the tables cannot give (supplements/). */
  text: string;
  supplement: string;
}

export const NARRATIVE_CORPUS: NarrativeCase[] = [
  { id: 'NN1', file: 'NN1-阳城县政务服务中心-2024.xlsx', build: N01.build, text: 'nn1.txt', supplement: 'nn1.json' },
  { id: 'NN2', file: 'NN2-青山县农业农村局-2023.xlsx', build: qingshan, text: 'nn2.txt', supplement: 'nn2.json' },
  { id: 'NN3', file: 'NN3-阳城县政务服务中心-无三公.xlsx', build: N05.build, text: 'nn3.txt', supplement: 'nn3.json' },
  { id: 'NN4', file: 'NN4-白河县农业农村局-2024.xlsx', build: baihe, text: 'nn4.txt', supplement: 'nn4.json' },
];
