/**
 * The workbooks the corpus texts are read against: the corpus units' figures (test/corpus/units) laid out
 * in either family with no error planted, and a sheet 情况说明 holding the text one paragraph a row (A1 …).
 */
import type ExcelJS from 'exceljs';
import { buildBook } from '../corpus/book';
import { cloneUnit, type UnitData } from '../corpus/model';
import { nationalSheets, nationalTitle, notesFor, seedSheets } from '../corpus/plans';
import { UNIT_A } from '../corpus/units/unitA';
import { UNIT_B } from '../corpus/units/unitB';

/** national-B2: unit B as 青山县规划和自然资源局, a name joined by 和 (for W-NAME). */
export type BookId = 'national-A' | 'national-B' | 'national-B2' | 'seed-A' | 'seed-B';

function national(unit: UnitData): ExcelJS.Workbook {
  return buildBook({
    unit,
    family: 'national',
    sheets: nationalSheets({
      name: nationalTitle,
      common: { orgLabel: '部门', year: true, coded: { split: true } },
      per: {
        T06: { economic: { groups: 2, split: true, codeHeader: '经济分类科目编码', drop: ['309', '311'] } },
        T09: { sanGong: { layout: 'national' } },
        ...(unit.t07 ? {} : { T07: { notes: notesFor('T07', '说明：本表无数据') } }),
        ...(unit.t08 ? {} : { T08: { notes: notesFor('T08', '说明：本表无数据') } }),
      },
    }),
  });
}

function seed(unit: UnitData): ExcelJS.Workbook {
  return buildBook({
    unit,
    family: 'seed',
    sheets: seedSheets({
      common: {},
      per: {
        T06: { economic: { groups: 2, codeHeader: '科目代码' } },
        ...(unit.t07 ? {} : { T07: { unitText: '单位：万元', notes: ['说明：本表无数据'] } }),
        ...(unit.t08 ? {} : { T08: { unitText: '单位：万元', notes: ['说明：本表无数据'] } }),
        T09: { sanGong: { layout: 'seed', carWord: '公务用车购置及运行维护费', runWord: '公务用车运行维护费' } },
      },
    }),
  });
}

const BOOKS: Record<BookId, () => ExcelJS.Workbook> = {
  'national-A': () => national(UNIT_A),
  'national-B': () => national(UNIT_B),
  'national-B2': () => national({ ...cloneUnit(UNIT_B), department: '青山县规划和自然资源局' }),
  'seed-A': () => seed(UNIT_A),
  'seed-B': () => seed(UNIT_B),
};

/** The workbook with the text in a sheet 情况说明, row n of `rows` in cell An. */
export function bookWithNarrative(id: BookId, rows: string[]): ExcelJS.Workbook {
  const wb = BOOKS[id]();
  const sheet = wb.addWorksheet('情况说明');
  rows.forEach((text, i) => (sheet.getCell(`A${i + 1}`).value = text));
  return wb;
}

/** The workbook alone, for the round trip of the generated text. */
export const bookOf = (id: BookId) => BOOKS[id]();
