/**
 * N12 — national, unit A, split codes printed as a staircase (类 only on the 类 row, 款 only on the 款 row,
 * 项 alone), as some exports do; a 封面 and a 目录 sheet before the tables (the 目录 lists all nine titles);
 * the table number in its own cell left of the title (表1 | 收入支出决算总表); 一 / 四 headed 金额 with a
 * 栏次 row; 六 two groups, 类 | 款 under 编码; 七 transposed in the order and wording of county tables
 * (岳阳县, 桂林市): 1.因公出国（境）费用, 2.公务接待费, 3.公务用车购置及运行维护费, 其中：（1）公务用车运行维护费,
 * （2）公务用车购置费; sheets named by title.
 *
 * Planted: 二 合计 本年收入合计 403.50 for 403.05 (收入决算表!E6). Breaks T02-1 (合计 row: 403.50 against
 * 403.05), T02-3 (合计 against Σ类 403.05) and X01 (一 本年收入合计 403.05): all three name E6.
 */
import { buildBook } from '../book';
import type { CorpusCase } from '../case';
import { chineseNumber, cloneUnit } from '../model';
import { NATIONAL_ORDER, nationalSheets, nationalTitle } from '../plans';
import { UNIT_A } from '../units/unitA';

function unit() {
  const u = cloneUnit(UNIT_A);
  u.t02.total[0] = '403.50';
  return u;
}

const summary = { family: 'national' as const, valueWord: '金额', ordinalRow: true };

export const N12: CorpusCase = {
  id: 'N12',
  file: 'N12-阳城县政务服务中心-阶梯代码.xlsx',
  family: 'national',
  variants: [
    'staircase split codes (类 / 款 / 项 each on its own row only)',
    '封面 and 目录 sheets before the tables',
    'table number in its own cell (表1 | title)',
    '一/四 headed 金额, with 栏次 rows',
    '六 two groups, 类|款 under 编码',
    '七 transposed, 接待 before the car item, 运行维护费 before 购置费',
  ],
  planted: ['二 合计 本年收入合计 403.50 (for 403.05)'],
  build: () =>
    buildBook({
      unit: unit(),
      family: 'national',
      covers: [
        { name: '封面', lines: ['阳城县政务服务中心', '2024年度部门决算', '二〇二五年八月'] },
        { name: '目录', lines: ['目录', ...NATIONAL_ORDER.map((k, i) => `${chineseNumber(i + 1)}、${nationalTitle(k)}`)] },
      ],
      sheets: nationalSheets({
        name: nationalTitle,
        common: { orgLabel: '部门名称', year: true, coded: { split: true, staircase: true } },
        per: {
          T01: { prefixCell: '表1', summary },
          T02: { prefixCell: '表2' },
          T03: { prefixCell: '表3' },
          T04: { prefixCell: '表4', summary },
          T05: { prefixCell: '表5' },
          T06: { prefixCell: '表6', economic: { groups: 2, split: true, codeHeader: '编码', drop: ['309', '311'] } },
          T09: {
            prefixCell: '表7',
            sanGong: { layout: 'transposed', receptionFirst: true, carWord: '公务用车购置及运行维护费', runWord: '公务用车运行维护费' },
          },
          T07: { prefixCell: '表8', notes: ['说明：本表无数据'] },
          T08: { prefixCell: '表9', notes: ['说明：本表无数据'] },
        },
      }),
    }),
  tables: Object.fromEntries(NATIONAL_ORDER.map((k) => [k, nationalTitle(k)])),
  errors: [
    ['T02-1', '收入决算表', 'E6'],
    ['T02-3', '收入决算表', 'E6'],
    ['X01', '收入决算表', 'E6'],
  ],
  year: '2024',
  department: '阳城县政务服务中心',
  // 二: title row 1 (表2 in A, title from B), headers 3–5, 合计 6; 20103 at 8 with 款 only, 2010350 at 9.
  probes: [
    ['收入决算表', 'A1', '表2'],
    ['收入决算表', 'E6', 403.5],
    ['收入决算表', 'A8', null],
    ['收入决算表', 'B8', '03'],
    ['收入决算表', 'C9', '50'],
    ['财政拨款“三公”经费支出决算表', 'A7', '3.公务用车购置及运行维护费'],
    ['财政拨款“三公”经费支出决算表', 'C8', 1.28],
  ],
};
