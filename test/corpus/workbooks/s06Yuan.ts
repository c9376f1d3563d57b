/**
 * S06 — the seed family (公开01表 … 公开10表) in 元: every table says 金额单位：元 (公开07/08 单位：元), figures
 * are unit A's in 元 (units/unitAYuan.ts), which reconcile exactly. Layout as the seed: table code on its
 * own line, 部门名称 | 2024年度 | 金额单位, contiguous codes under 科目代码 with a 栏次 row, 公开06 in four
 * groups with 公用经费合计 at the far right, 公开09 预算数 block | 决算数 block.
 *
 * Planted: 公开03表 2080506 职业年金 本年支出合计 131425.08 for 131452.08 (digits swapped, 公开03表!C17).
 * Breaks T03-1 (131425.08 against 基本支出 131452.08) and T03-2 (20805 394356.24 against 262904.16 +
 * 131425.08 = 394329.24): both name C17.
 */
import { buildBook } from '../book';
import type { CorpusCase } from '../case';
import { cloneUnit } from '../model';
import { SEED_ORDER, seedSheets } from '../plans';
import { UNIT_A_YUAN } from '../units/unitAYuan';

function unit() {
  const u = cloneUnit(UNIT_A_YUAN);
  u.t03.rows.find((r) => r.code === '2080506')!.values[0] = '131425.08';
  return u;
}

const coded = { codeHeader: '科目代码', ordinalRow: true };

export const S06: CorpusCase = {
  id: 'S06',
  file: 'S06-阳城县政务服务中心-元.xlsx',
  family: 'seed',
  variants: ['金额单位：元 on every table', 'seed layout, 行次 and 栏次', '公开06 four groups', '公开09 预算数 | 决算数 blocks'],
  planted: ['公开03表 2080506 本年支出合计 131425.08 (for 131452.08)'],
  build: () =>
    buildBook({
      unit: unit(),
      family: 'seed',
      sheets: seedSheets({
        common: { coded },
        per: {
          T06: { economic: { groups: 4, codeHeader: '科目代码', spanClosing: true } },
          T07: { unitText: '单位：元', notes: ['说明：本表无数据'] },
          T08: { unitText: '单位：元', notes: ['说明：本表无数据'] },
          T09: { sanGong: { layout: 'seed', carWord: '公务用车购置及运行维护费', runWord: '公务用车运行维护费' } },
        },
      }),
    }),
  tables: Object.fromEntries(SEED_ORDER.map((k) => [k, `公开${k.slice(1)}表`])),
  errors: [
    ['T03-1', '公开03表', 'C17'],
    ['T03-2', '公开03表', 'C17'],
  ],
  year: '2024',
  department: '阳城县政务服务中心',
  // 公开03表: title 1, code 2, unit line 3, headers 4–5, 栏次 6, 合计 7, 2080506 is the 10th 科目 row (17).
  probes: [
    ['公开03表', 'A17', '2080506'],
    ['公开03表', 'C17', 131425.08],
    ['公开03表', 'D17', 131452.08],
    ['公开03表', 'H3', '金额单位：元'],
  ],
};
