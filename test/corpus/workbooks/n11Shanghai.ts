/**
 * N11 — as Shanghai publishes (嘉定区 2017, the 24-row 附件2 template): 一 and 四 list 24 功能类 (no 债务还本 /
 * 债务付息 rows); every title starts with the year ("2024年度收入支出决算总表") and no other line has it;
 * 七 is 一般公共预算财政拨款“三公”经费及机关运行经费支出决算表: a top row 一般公共预算财政拨款“三公”经费 over
 * the twelve columns and a 13th column 机关运行经费决算数; 八 / 九 empty with 注：…无…支出，故本表无数据。
 * Unit A's figures under an invented name; contiguous codes; 六 two groups under 经济分类科目编码; sheets
 * with short names.
 *
 * Planted: 七 公务用车运行费 预算数 1.82 for 1.28 (三公经费!I7). Breaks T09-1 (小计 1.28 against 0 + 1.82);
 * each cell is in that relation only, so the finding names its total, 小计 预算数 (三公经费!E7).
 */
import { buildBook } from '../book';
import type { CorpusCase } from '../case';
import { CLASS_ROWS, cloneUnit } from '../model';
import { nationalSheets, nationalTitle } from '../plans';
import { UNIT_A } from '../units/unitA';
import type { TableKey } from '../../../src/core/template';

const NAME = '示范区政务服务中心';
const CLASSES = CLASS_ROWS.filter((c) => c.code !== '231' && c.code !== '232');
const SHEETS: Partial<Record<TableKey, string>> = {
  T01: '收支总表',
  T02: '收入',
  T03: '支出',
  T04: '财拨总表',
  T05: '一般公共预算支出',
  T06: '基本支出',
  T09: '三公经费',
  T07: '政府性基金',
  T08: '国有资本经营',
};

function unit() {
  const u = cloneUnit(UNIT_A);
  u.department = NAME;
  // A 行政单位: 机关运行经费 = 公用经费合计.
  u.t09.runningCost = '18.48';
  u.t09.budget[4] = '1.82';
  return u;
}

export const N11: CorpusCase = {
  id: 'N11',
  file: 'N11-示范区政务服务中心-上海.xlsx',
  family: 'national',
  variants: [
    '24 功能类 rows (no 债务 rows)',
    'year only inside the titles (2024年度收入支出决算总表)',
    '七 “三公”经费及机关运行经费 (13 columns, extra top header row)',
    '八/九 empty with 注：…无…支出，故本表无数据。',
    'contiguous codes',
    '六 two groups, 经济分类科目编码',
    'short sheet names',
  ],
  planted: ['七 公务用车运行费 预算数 1.82 (for 1.28)'],
  build: () =>
    buildBook({
      unit: unit(),
      family: 'national',
      sheets: nationalSheets({
        name: (key) => SHEETS[key]!,
        title: (key) =>
          key === 'T09' ? '2024年度一般公共预算财政拨款“三公”经费及机关运行经费支出决算表' : `2024年度${nationalTitle(key)}`,
        common: { orgLabel: '部门名称', unitText: '单位：万元', summary: { family: 'national', classRows: CLASSES } },
        per: {
          T06: { economic: { groups: 2, codeHeader: '经济分类科目编码', drop: ['309', '311'] } },
          T09: { sanGong: { layout: 'national' } },
          T07: { notes: [`注：${NAME}无政府性基金预算财政拨款支出，故本表无数据。`] },
          T08: { notes: [`注：${NAME}无国有资本经营预算财政拨款支出，故本表无数据。`] },
        },
      }),
    }),
  tables: { ...SHEETS },
  errors: [['T09-1', '三公经费', 'E7']],
  year: '2024',
  department: NAME,
  // 七: title 1, unit line 2, top header 3, items 4, parts 5, 预算数/决算数 6, data 7; 机关运行经费 in M.
  probes: [
    ['三公经费', 'E7', 1.28],
    ['三公经费', 'I7', 1.82],
    ['三公经费', 'M3', '机关运行经费决算数'],
    ['三公经费', 'M7', 18.48],
    ['收支总表', 'C28', '二十四、抗疫特别国债安排的支出'],
  ],
};
