/**
 * S08 — the seed family with unit B's figures (公开07 政府性基金 filled in, 公开08 empty), and three
 * 项目支出绩效自评表 after the tables: 附件1 and 附件2 with plain indicator labels under a header row
 * 指标 | 年度指标值 | 实际完成值 | 分值 | 得分 (no 一级/二级/三级指标), 附件3 in the usual 一级/二级/三级 form.
 * Their 全年执行数 1208.58 + 9250.00 + 3050.00 = 13508.58 = 公开05表 项目支出 (X17 holds). Variants:
 * 公开06 two groups (人员经费 | 公用经费) with contiguous codes; 公开09 as a 预算数 row and a 决算数 row.
 *
 * Planted:
 *  1. 公开07表 合计 本年收入 1576.81 for 1567.81 (公开07表!D7). Breaks X09 (公开04表 政府性基金 1567.81),
 *     T07-1 (合计 against Σ类 1567.81) and the T07-2 warning (56.40 + 1576.81 − 1567.21 ≠ 57.00): the
 *     cell is in all three, so the two errors name it.
 *  2. 附件2 总分 96 where Σ 指标得分 85 + 执行率得分 10 = 95 (附件2!J19): ATT-4 names the 总分 (still 优).
 */
import { buildBook } from '../book';
import type { CorpusCase } from '../case';
import { writeSelfEvaluation, type Indicator, type SelfEvaluation } from '../layouts/attachment';
import { cloneUnit } from '../model';
import { SEED_ORDER, seedSheets } from '../plans';
import { UNIT_B } from '../units/unitB';

function unit() {
  const u = cloneUnit(UNIT_B);
  u.t07!.total[1] = '1576.81';
  return u;
}

const plain = (label: string, target: string, actual: string, weight: string, score: string): Indicator => ({
  label,
  target,
  actual,
  weight,
  score,
});
const levels = (l1: string, l2: string, l3: string, target: string, actual: string, weight: string, score: string): Indicator => ({
  label: l1,
  level2: l2,
  level3: l3,
  target,
  actual,
  weight,
  score,
});

const common = { year: 2023, department: '青山县农业农村局', budgetUnit: '青山县农业农村局' };
const funds = (budget: string) => [budget, budget, budget, budget, '0.00', '100.00', '10'];

const ATTACHMENTS: [string, SelfEvaluation][] = [
  [
    '附件1',
    {
      ...common,
      projectName: '病虫害控制',
      funds: ['1200.00', '1200.00', '1208.58', '1208.58', '0.00', '100.00', '10'],
      form: 'plain',
      // 20 + 10 + 9 + 10 + 15 + 14 + 10 = 88; + 10 = 98 优
      indicators: [
        plain('数量指标：病虫害防治面积', '≥20万亩', '21.5万亩', '20', '20'),
        plain('质量指标：防治效果', '≥85%', '88%', '10', '10'),
        plain('时效指标：防治及时率', '≥95%', '93%', '10', '9'),
        plain('成本指标：亩均防治成本', '≤60元', '56元', '10', '10'),
        plain('经济效益指标：挽回粮食损失', '≥1万吨', '1.2万吨', '15', '15'),
        plain('社会效益指标：重大病虫疫情发生', '不发生', '未发生', '15', '14'),
        plain('满意度指标：农户满意度', '≥90%', '95%', '10', '10'),
      ],
      totalScore: '98',
      grade: '优',
    },
  ],
  [
    '附件2',
    {
      ...common,
      projectName: '农业生产发展',
      funds: ['9000.00', '9000.00', '9250.00', '9250.00', '0.00', '100.00', '10'],
      form: 'plain',
      // 18 + 10 + 10 + 8 + 15 + 15 + 9 = 85; + 10 = 95, printed 96 (planted)
      indicators: [
        plain('数量指标：高标准农田建设面积', '≥3万亩', '2.8万亩', '20', '18'),
        plain('质量指标：工程验收合格率', '100%', '100%', '10', '10'),
        plain('时效指标：项目完成及时率', '100%', '100%', '10', '10'),
        plain('成本指标：亩均建设成本', '≤3000元', '3200元', '10', '8'),
        plain('经济效益指标：亩均增产', '≥50公斤', '60公斤', '15', '15'),
        plain('可持续影响指标：设施使用年限', '≥15年', '15年', '15', '15'),
        plain('满意度指标：受益群众满意度', '≥90%', '88%', '10', '9'),
      ],
      totalScore: '96',
      grade: '优',
    },
  ],
  [
    '附件3',
    {
      ...common,
      projectName: '对村民委员会和村党支部的补助',
      funds: funds('3050.00'),
      form: 'levels',
      // 20 + 10 + 9 + 10 + 30 + 10 = 89; + 10 = 99 优
      indicators: [
        levels('产出指标', '数量指标', '补助村数', '=305个', '=305个', '20', '20'),
        levels('产出指标', '质量指标', '资金发放准确率', '100%', '100%', '10', '10'),
        levels('产出指标', '时效指标', '资金拨付及时率', '100%', '98%', '10', '9'),
        levels('产出指标', '成本指标', '每村补助标准', '=10万元', '=10万元', '10', '10'),
        levels('效益指标', '社会效益指标', '村级组织运转保障率', '100%', '100%', '30', '30'),
        levels('满意度指标', '服务对象满意度指标', '村干部满意度', '≥90%', '92%', '10', '10'),
      ],
      totalScore: '99',
      grade: '优',
    },
  ],
];

const coded = { codeHeader: '科目代码', ordinalRow: true };

export const S08: CorpusCase = {
  id: 'S08',
  file: 'S08-青山县农业农村局-公开表及自评表.xlsx',
  family: 'seed',
  variants: [
    '项目支出绩效自评表 with plain indicator labels (two) and the 一级/二级/三级 form (one)',
    '公开07 政府性基金 filled in',
    '公开06 two groups, contiguous',
    '公开09 预算数 row / 决算数 row',
  ],
  planted: ['公开07表 合计 本年收入 1576.81 (for 1567.81)', '附件2 总分 96 (Σ = 95)'],
  build: () => {
    const wb = buildBook({
      unit: unit(),
      family: 'seed',
      sheets: seedSheets({
        common: { coded },
        per: {
          T06: { economic: { groups: 2, codeHeader: '科目代码' } },
          T07: { unitText: '单位：万元' },
          T08: { unitText: '单位：万元', notes: ['说明：本表无数据'] },
          T09: { sanGong: { layout: 'twoRows', carWord: '公务用车购置及运行维护费', runWord: '公务用车运行维护费' } },
        },
      }),
    });
    for (const [name, a] of ATTACHMENTS) writeSelfEvaluation(wb.addWorksheet(name), a);
    return wb;
  },
  tables: Object.fromEntries(SEED_ORDER.map((k) => [k, `公开${k.slice(1)}表`])),
  attachments: ['附件1', '附件2', '附件3'],
  errors: [
    ['X09', '公开07表', 'D7'],
    ['T07-1', '公开07表', 'D7'],
    ['ATT-4', '附件2', 'J19'],
  ],
  year: '2023',
  department: '青山县农业农村局',
  // 公开07表: headers 4–5, 栏次 6, 合计 7 (C 年初, D 本年收入 …); 附件2: indicator header 11, rows 12–18, 总分 19.
  probes: [
    ['公开07表', 'A7', '合计'],
    ['公开07表', 'D7', 1576.81],
    ['附件2', 'A19', '总分'],
    ['附件2', 'J19', 96],
    ['附件2', 'J11', '得分'],
    ['附件2', 'B12', '数量指标：高标准农田建设面积'],
  ],
};
