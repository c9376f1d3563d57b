/**
 * N04 — Shaanxi's national variant (as 柞水县 2020 publishes it), unit B's figures for an invented
 * 秦岭县农业农村局: 七 is 一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表, the national one-row
 * layout with 会议费 and 培训费 预算数 | 决算数 pairs after 公务接待费 (合计 stays the three items only);
 * 二 and 三 are titled 收入决算总表 / 支出决算总表, 九 国有资本经营预算财政拨款支出决算表 with 本年支出
 * columns only. Codes split 类 | 款 | 项; 六 two groups, contiguous codes under 编码; sheets 表一 … 表九.
 *
 * Planted: 五 208 社会保障和就业支出 小计 651.30 for 615.30 (表五!E7). Breaks T05-1 (651.30 against
 * 615.30 + 0), T05-2 twice (208 against 20805 615.30; 合计 18740.40 against Σ类 18776.40) and X07 (四 208
 * 一般公共预算 615.30): the cell is in all four, so all four name it.
 */
import { buildBook } from '../book';
import type { CorpusCase } from '../case';
import { chineseNumber, cloneUnit } from '../model';
import { nationalSheets, nationalTitle, notesFor } from '../plans';
import { UNIT_B } from '../units/unitB';

function unit() {
  const u = cloneUnit(UNIT_B);
  u.department = '秦岭县农业农村局';
  // 会议费 30215 18.20 and 培训费 30216 22.40 of 六 are all basic spending.
  u.t09.meeting = ['20.00', '18.20'];
  u.t09.training = ['25.00', '22.40'];
  u.t05.rows.find((r) => r.code === '208')!.values[0] = '651.30';
  return u;
}

const TITLES = {
  T02: '收入决算总表',
  T03: '支出决算总表',
  T09: '一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表',
  T08: '国有资本经营预算财政拨款支出决算表',
} as const;

export const N04: CorpusCase = {
  id: 'N04',
  file: 'N04-秦岭县农业农村局-陕西.xlsx',
  family: 'national',
  variants: [
    '七 “三公”经费及会议费、培训费 (16 columns)',
    '收入决算总表 / 支出决算总表 titles (柞水 2020)',
    '九 with 本年支出 columns only',
    '类|款|项 split codes',
    '六 two groups, contiguous, 编码',
    'sheets 表一 … 表九',
  ],
  planted: ['五 208 小计 651.30 (for 615.30)'],
  build: () =>
    buildBook({
      unit: unit(),
      family: 'national',
      sheets: nationalSheets({
        name: (_key, n) => `表${chineseNumber(n)}`,
        title: (key) => (TITLES as Record<string, string>)[key] ?? nationalTitle(key),
        common: { orgLabel: '部门名称', year: true, coded: { split: true } },
        per: {
          T06: { economic: { groups: 2, codeHeader: '编码', drop: ['309', '311'] } },
          T09: { sanGong: { layout: 'national' } },
          T08: { codedKind: 'seedCapital', notes: notesFor('T08', '说明：本表无数据') },
        },
      }),
    }),
  tables: { T01: '表一', T02: '表二', T03: '表三', T04: '表四', T05: '表五', T06: '表六', T09: '表七', T07: '表八', T08: '表九' },
  errors: [
    ['T05-1', '表五', 'E7'],
    ['T05-2', '表五', 'E7'],
    ['T05-2', '表五', 'E7'],
    ['X07', '表五', 'E7'],
  ],
  year: '2023',
  department: '秦岭县农业农村局',
  // 五: headers 3–5, 合计 6, 208 at 7 (E = 小计); 七: headers 3–5, data row 6, 会议费 M:N, 培训费 O:P.
  probes: [
    ['表五', 'A7', '208'],
    ['表五', 'E7', 651.3],
    ['表七', 'M3', '会议费'],
    ['表七', 'N6', 18.2],
    ['表七', 'P6', 22.4],
    ['表七', 'B6', 51],
  ],
};
