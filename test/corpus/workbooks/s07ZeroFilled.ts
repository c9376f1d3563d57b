/**
 * S07 — the seed family as 南漳县 2019 publishes it: unit line 部门：…, 0.00 in every empty figure cell
 * (numbers 0 shown 0.00; counts 0), sheets 公开01表 … 公开10表 in shuffled order. Unit A's figures.
 *
 * Planted:
 *  1. 公开04表 一般公共预算财政拨款 (收入) 430.05 for 403.05 (公开04表!C7). Breaks T04-1 (本年收入合计
 *     403.05 against 430.05 + 0 + 0), T04-8 (430.05 + 0 against 403.05 + 0) and X04 (公开01表 403.05):
 *     the cell is in all three, so all three name it.
 *  2. 公开10表 其他用车 2 for 1 (公开10表!C23). Breaks T10-2 (车辆数合计 1 against 0 + … + 2); every cell
 *     is in that relation only, so the finding names its total, 车辆数合计 (公开10表!C15).
 */
import { buildBook } from '../book';
import type { CorpusCase } from '../case';
import { cloneUnit } from '../model';
import { SEED_ORDER, seedSheets } from '../plans';
import { UNIT_A } from '../units/unitA';
import type { TableKey } from '../../../src/core/template';

const ORDER: TableKey[] = ['T04', 'T01', 'T10', 'T06', 'T02', 'T09', 'T03', 'T08', 'T05', 'T07'];

function unit() {
  const u = cloneUnit(UNIT_A);
  u.t04.income[0] = '430.05';
  u.t10!.vehicles[8] = 2;
  return u;
}

const coded = { codeHeader: '科目代码', ordinalRow: true };

export const S07: CorpusCase = {
  id: 'S07',
  file: 'S07-阳城县政务服务中心-公开表.xlsx',
  family: 'seed',
  variants: ['部门：', '0.00 in every empty figure cell', 'sheets 公开01表 … shuffled', 'seed layout, 行次 and 栏次'],
  planted: ['公开04表 一般公共预算财政拨款 430.05 (for 403.05)', '公开10表 其他用车 2 (for 1)'],
  build: () =>
    buildBook({
      unit: unit(),
      family: 'seed',
      style: { zeros: true },
      sheets: seedSheets({
        order: ORDER,
        common: { coded, orgLabel: '部门' },
        per: {
          T06: { economic: { groups: 4, codeHeader: '科目代码', spanClosing: true } },
          T07: { unitText: '单位：万元', notes: ['说明：本表无数据'] },
          T08: { unitText: '单位：万元', notes: ['说明：本表无数据'] },
          T09: { sanGong: { layout: 'seed', carWord: '公务用车购置及运行维护费', runWord: '公务用车运行维护费' } },
          T10: { orgLabel: '单位名称' },
        },
      }),
    }),
  tables: Object.fromEntries(SEED_ORDER.map((k) => [k, `公开${k.slice(1)}表`])),
  errors: [
    ['T04-1', '公开04表', 'C7'],
    ['T04-8', '公开04表', 'C7'],
    ['X04', '公开04表', 'C7'],
    ['T10-2', '公开10表', 'C15'],
  ],
  year: '2024',
  department: '阳城县政务服务中心',
  // 公开04表: headers 4–5, 栏次 6, first data row 7 (一般公共预算财政拨款 | 1 | amount in C);
  // 公开10表: sections from row 4, 车辆数合计 at 15, 其他用车 at 23.
  probes: [
    ['公开04表', 'A7', '一、一般公共预算财政拨款'],
    ['公开04表', 'C7', 430.05],
    ['公开04表', 'C8', 0],
    ['公开10表', 'A15', '(一) 车辆数合计(辆)'],
    ['公开10表', 'C15', 1],
    ['公开10表', 'C23', 2],
    ['公开01表', 'A3', '部门：阳城县政务服务中心'],
  ],
};
