/**
 * 项目支出绩效自评表: recognition by content (the seed's ten, two of them on one sheet, and
 * hand-made variants), ATT-1 … ATT-6 on small grids (pass, fail, tail at the band edge),
 * the seed's own findings, X17 against the sample tables, and the narrative's 绩效 counts (X18).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { RawValue, WorkbookGrid } from '../src/core/grid';
import { Decimal } from '../src/core/money';
import { loadWorkbook, loadWorkbookBuffer, workbookToGrid } from '../src/xlsx/read';
import { check } from '../src/engine';
import { recognize } from '../src/recognize/recognize';
import type { RecognizedTable } from '../src/core/table';
import type { Finding } from '../src/core/findings';
import {
  checkAttachment,
  checkGradeCounts,
  crossCheckAttachments,
  gradeCounts,
  gradeSupplement,
  mainFunds,
  recognizeAttachments,
  type Attachment,
} from '../src/attachments';
import { ATTACHMENTS, ATTACHMENT_SHEETS } from '../samples/attachments-data';
import { buildAttachmentsWorkbook } from '../samples/build-attachments';
import { book, expenseTable, generalTable, sheet } from './helpers/grids';
import { sampleGrid } from './helpers/sample';

const ATTACHMENTS_FILE = 'samples/seed-2024-attachments.xlsx';

let cachedSeed: WorkbookGrid | undefined;
async function seedAttachmentsGrid(): Promise<WorkbookGrid> {
  if (!cachedSeed) cachedSeed = workbookToGrid(await loadWorkbook(ATTACHMENTS_FILE), ATTACHMENTS_FILE);
  return structuredClone(cachedSeed);
}

const num = (s: string | null | undefined) => (s === null || s === undefined ? null : new Decimal(s).toString());
const brief = (f: Finding) => `${f.rule} ${f.severity}${f.tail ? ' tail' : ''} ${f.sheet}!${f.cell}`;
const rules = (fs: Finding[], id: string) => fs.filter((f) => f.rule === id);

// ── a hand-made attachment, laid out like the template but without merges ─────────────────────

type FundsLine = [
  label: string,
  declared: RawValue,
  planned: RawValue,
  budget: RawValue,
  spent: RawValue,
  balance: RawValue,
  rate: RawValue,
  score: RawValue,
];
type IndicatorLine = [level1: string | null, level2: string | null, level3: string, weight: RawValue, score: RawValue];

interface AttOpts {
  title?: string;
  name?: string;
  funds?: FundsLine[];
  indicators?: IndicatorLine[];
  total?: RawValue;
  grade?: RawValue;
}

const DEFAULT_FUNDS: FundsLine[] = [
  ['资金总额:', 0, 10, 8, 6, 2, 75, 7.5],
  ['市区财政资金', 0, 10, 8, 6, 2, 75, 7.5],
];
const DEFAULT_INDICATORS: IndicatorLine[] = [
  ['产出指标', '数量指标', '指标甲', 50, 50],
  [null, '质量指标', '指标乙', 40, 40],
];

function attRows(o: AttOpts = {}): RawValue[][] {
  const name = o.name ?? '测试项目';
  const funds = o.funds ?? DEFAULT_FUNDS;
  const inds = o.indicators ?? DEFAULT_INDICATORS;
  return [
    [o.title ?? `${name}项目支出绩效自评表`],
    ['(2024年度)'],
    ['项目名称', null, name],
    ['主管部门及代码', null, '001-测试局', null, null, null, '预算单位', null, '001001-测试中心'],
    [
      '项目资金预算安排及执行进度(万元)',
      null,
      '年初预算数',
      null,
      '全年预算数',
      '全年执行数',
      '资金结(转)余',
      '执行率',
      '得分',
      '偏差原因',
    ],
    [null, null, '目标申报数', '预算编制数'],
    ...funds.map((f) => [null, ...f]),
    ['项目年度绩效目标', '年度目标', null, null, null, null, '实际完成情况'],
    [null, '全年预算执行率、得分与总分见下表。', null, null, null, null, '项目支出绩效自评表中执行率为100%。'],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年初指标值',
      '调整后指标值',
      '实际完成值',
      '定性情况说明',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ...inds.map(([l1, l2, l3, w, s]) => [null, l1, l2, l3, '≥%', '≥95%', '≥95%', null, w, s]),
    [
      '总分',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      'total' in o ? (o.total ?? null) : 97.5,
      'grade' in o ? (o.grade ?? null) : '优',
    ],
    ['项目绩效分析', '项目实施和预算执行情况', null, '全年预算数8万元，全年执行数6万元，执行率75%，得分7.5分。'],
  ];
}

function one(o: AttOpts = {}): Attachment {
  const atts = recognizeAttachments(book(sheet('附件', attRows(o))));
  assert.equal(atts.length, 1);
  return atts[0];
}
const run = (o: AttOpts, rule: string) => rules(checkAttachment(one(o)), rule);
/** Both funds rows with the same figures. */
const both = (f: FundsLine): FundsLine[] => [
  f,
  ['市区财政资金', ...(f.slice(1) as [RawValue, RawValue, RawValue, RawValue, RawValue, RawValue, RawValue])],
];

describe('attachments: the seed workbook', () => {
  it('is the build of samples/attachments-data.ts (not stale)', async () => {
    const buf = await buildAttachmentsWorkbook().xlsx.writeBuffer();
    const fresh = workbookToGrid(await loadWorkbookBuffer(buf as ArrayBuffer, 'fresh'), ATTACHMENTS_FILE);
    const file = await seedAttachmentsGrid();
    assert.deepEqual(
      fresh.sheets.map((s) => [s.name, s.rows]),
      file.sheets.map((s) => [s.name, s.rows]),
    );
  });

  it('finds all ten by content, two of them on one sheet, with their ranges', async () => {
    const atts = recognizeAttachments(await seedAttachmentsGrid());
    assert.deepEqual(
      atts.map((a) => [a.sheet, a.projectName]),
      ATTACHMENT_SHEETS.flatMap((s) => s.attachments.map((x) => [s.name, x.projectName])),
    );
    assert.equal(atts.length, 10);
    const shared = atts.filter((a) => a.sheet === '政务热线服务费12345');
    assert.deepEqual(
      shared.map((a) => [a.projectName, a.range]),
      [
        ['政务热线服务费12345（上年质保金）', 'A1:K27'],
        ['政务热线服务费12345', 'A30:K55'],
      ],
    );
    // 附件5 carries the bare title: its name comes from the 项目名称 row.
    const plain = atts.find((a) => a.sheet === '附件5')!;
    assert.equal(plain.title.text, '项目支出绩效自评表');
    assert.equal(plain.projectName, '移动网络运行');
    assert.equal(plain.projectNameCell?.cell, 'C3');
    for (const a of atts) {
      assert.equal(a.year, '2024');
      assert.equal(a.department, '042-阳城县行政审批服务管理局');
      assert.equal(a.budgetUnit, '042002-阳城县政务服务中心');
    }
  });

  it('reads every figure as transcribed (funds rows, indicators, 总分, 等级)', async () => {
    const atts = recognizeAttachments(await seedAttachmentsGrid());
    ATTACHMENTS.forEach((d, i) => {
      const a = atts[i];
      const what = d.projectName;
      assert.equal(a.projectName, d.projectName, what);
      assert.deepEqual(
        a.funds.map((f) => [
          f.kind,
          f.label,
          num(f.declared?.value),
          num(f.planned?.value),
          num(f.budget?.value),
          num(f.spent?.value),
          num(f.balance?.value),
          num(f.rate?.value),
          num(f.score?.value),
          f.reason ?? null,
        ]),
        d.funds.map((f) => [
          f.kind,
          f.label,
          num(f.declared),
          num(f.planned),
          num(f.budget),
          num(f.spent),
          num(f.balance),
          num(f.rate),
          num(f.score),
          f.reason,
        ]),
        what,
      );
      assert.deepEqual(
        a.indicators.map((x) => [
          x.level1,
          x.level2,
          x.level3,
          x.initial ?? '',
          x.adjusted,
          x.actual,
          x.weight?.value,
          x.score?.value,
          x.reason,
        ]),
        d.indicators.map((x) => [x.level1, x.level2, x.level3, x.initial, x.adjusted, x.actual, x.weight, x.score, x.reason]),
        what,
      );
      assert.equal(a.totalScore?.value, d.totalScore, what);
      assert.equal(a.grade?.text, d.grade, what);
    });
  });

  it('gives each figure its cell: 招投标业务费 and the second table of the shared sheet', async () => {
    const atts = recognizeAttachments(await seedAttachmentsGrid());
    const tender = atts.find((a) => a.projectName === '招投标业务费')!;
    const total = tender.funds.find((f) => f.kind === 'total')!;
    assert.deepEqual(
      [total.budget, total.spent, total.balance, total.rate, total.score].map((f) => [f!.sheet, f!.cell, f!.value, f!.decimals]),
      [
        ['附件6', 'E7', '13.68', 2],
        ['附件6', 'F7', '13.682', 3],
        ['附件6', 'G7', '0', 0],
        ['附件6', 'H7', '100', 0],
        ['附件6', 'I7', '10', 0],
      ],
    );
    const hotline = atts.find((a) => a.projectName === '政务热线服务费12345')!;
    assert.deepEqual(
      hotline.funds.map((f) => [f.kind, f.spent?.cell]),
      [['fiscal', 'F36']],
    );
    assert.deepEqual(hotline.problems, ['未列示资金总额行']);
    assert.equal(hotline.totalScore?.cell, 'J48');
    assert.equal(hotline.grade?.cell, 'K48');
    assert.deepEqual(
      hotline.indicators.map((x) => x.score?.cell),
      ['J40', 'J41', 'J42', 'J43', 'J44', 'J45', 'J46', 'J47'],
    );
    // 一级/二级 come from merged cells: 工作效率提升度 sits under the merged 质量指标.
    assert.deepEqual(
      [hotline.indicators[2].level1, hotline.indicators[2].level2, hotline.indicators[2].level3],
      ['产出指标', '质量指标', '工作效率提升度'],
    );
    const meal = atts.find((a) => a.projectName === '政务中心工作人员餐补')!;
    assert.deepEqual(meal.problems, ['未列示财政资金行']);
  });
});

describe('attachments: recognition by wording, not position', () => {
  it('reads a table with other columns, a 等级 label, "%" rates, an inline year and no 项目名称 row', () => {
    const rows: RawValue[][] = [
      ['附件3：', '网络测试费项目支出绩效自评表（2024年度）'],
      [],
      [null, '主管部门', '001-测试局', '实施单位：', '001001-测试中心'],
      [null, '项目资金（万元）', '执行率（%）', '全年执行数', '全年预算数', '资金结（转）余', '分值', '得分', '偏差原因'],
      [null, '年度资金总额：', '100.00%', '6.00', '6.00', '0.00', 10, 10, null],
      [null, '其中：当年财政拨款', '100.00%', '6.00', '6.00', '0.00', 10, 10, '无'],
      [null, '一级指标', '二级指标', '三级指标', '得分', '分值', '实际完成值'],
      [null, '产出指标', '数量指标', '甲', 45, 50, '完成'],
      [null, null, null, '乙', 40, 40, '完成'],
      [null, '总分', null, null, 95, null, '自评等级', '优'],
    ];
    const [a] = recognizeAttachments(book(sheet('Sheet1', rows)));
    assert.equal(a.projectName, '网络测试费');
    assert.equal(a.year, '2024');
    assert.equal(a.department, '001-测试局');
    assert.equal(a.budgetUnit, '001001-测试中心');
    assert.deepEqual(
      a.funds.map((f) => [f.kind, f.budget?.cell, f.spent?.cell, f.balance?.value, f.rate?.value, f.score?.cell, f.weight?.value]),
      [
        ['total', 'E5', 'D5', '0', '100', 'H5', '10'],
        ['fiscal', 'E6', 'D6', '0', '100', 'H6', '10'],
      ],
    );
    assert.deepEqual(
      a.indicators.map((x) => [x.level1, x.level2, x.level3, x.score?.cell, x.weight?.cell]),
      [
        ['产出指标', '数量指标', '甲', 'E8', 'F8'],
        ['产出指标', '数量指标', '乙', 'E9', 'F9'],
      ],
    );
    assert.equal(a.totalScore?.cell, 'E10');
    assert.deepEqual([a.grade?.cell, a.grade?.text], ['H10', '优']);
    assert.deepEqual(checkAttachment(a), []);
  });

  it('splits a sheet at each title and ignores narrative cells that mention the table', () => {
    const rows = [
      ['附件：二级项目绩效自评表'],
      ['本单位2024年共编制项目支出绩效自评表10张，现将项目支出绩效自评表附后，请审阅各项目支出绩效自评表。'],
      ...attRows({ name: '甲项目' }),
      [],
      ...attRows({ name: '乙项目', total: 90, grade: '优', funds: both(['资金总额', 0, 10, 8, 6, 2, 75, 7.5]) }),
    ];
    const atts = recognizeAttachments(book(sheet('附件', rows)));
    assert.deepEqual(
      atts.map((a) => [a.projectName, a.range, a.indicators.length, a.totalScore?.value]),
      [
        ['甲项目', 'A3:K17', 2, '97.5'],
        ['乙项目', 'A19:K33', 2, '90'],
      ],
    );
  });

  it('finds nothing on the 公开 tables', async () => {
    assert.deepEqual(recognizeAttachments(await sampleGrid()), []);
  });
});

describe('ATT-1 资金结(转)余 = 全年预算数 − 全年执行数', () => {
  it('passes when it holds, and with a negative 结余 that holds', () => {
    assert.deepEqual(run({}, 'ATT-1'), []);
    assert.deepEqual(run({ funds: both(['资金总额', 0, 2, 0, 2.51, -2.51, 0, 0]) }, 'ATT-1'), []);
  });
  it('is an error beyond the band, naming the three cells', () => {
    const fs = run({ funds: both(['资金总额', 0, 10, 8, 6, 2.02, 75, 7.5]) }, 'ATT-1');
    assert.equal(fs.length, 2);
    assert.equal(fs[0].severity, 'error');
    assert.equal(fs[0].cell, 'G7');
    assert.deepEqual(
      fs[0].cells.map((c) => c.cell),
      ['G7', 'E7', 'F7'],
    );
    assert.deepEqual([fs[0].expected, fs[0].actual, fs[0].difference, fs[0].tolerance], ['2.00', '2.02', '0.02', '0.015']);
    assert.match(fs[0].message, /“测试项目”.*资金总额行.*8.*6.*2\.02/);
  });
  it('is a tail up to the band of the figures’ own decimals, an error just past it', () => {
    // 2.4 (±0.005) − 1.443 (±0.0005) = 0.957; 结余 written to 3 decimals (±0.0005): band 0.006.
    const at = (balance: string) => run({ funds: both(['资金总额', 0, 3, '2.4', '1.443', balance, 60.13, 6.013]) }, 'ATT-1');
    assert.deepEqual(at('0.957'), []);
    const edge = at('0.963');
    assert.deepEqual(
      edge.map((f) => [f.severity, f.tail, f.tolerance]),
      [
        ['info', true, '0.006'],
        ['info', true, '0.006'],
      ],
    );
    assert.deepEqual(
      at('0.964').map((f) => f.severity),
      ['error', 'error'],
    );
  });
});

describe('ATT-2 执行率 = 全年执行数 ÷ 全年预算数 × 100', () => {
  const at = (budget: RawValue, spent: RawValue, rate: RawValue, balance: RawValue = 0) =>
    run({ funds: [['资金总额', 0, 10, budget, spent, balance, rate, 10]] }, 'ATT-2');
  it('passes at two decimals, rounded half-up', () => {
    assert.deepEqual(at(8, 6, 75, 2), []);
    assert.deepEqual(at(3, 1, 33.33, 2), []);
    assert.deepEqual(at(3, 2, '66.67', 1), []);
  });
  it('is a tail at 0.01 percentage point, an error at 0.02', () => {
    assert.deepEqual(
      at(3, 1, 33.34, 2).map((f) => [f.severity, f.tail, f.expected, f.actual]),
      [['info', true, '33.33', '33.34']],
    );
    const e = at(3, 1, 33.35, 2);
    assert.deepEqual(
      e.map((f) => [f.severity, f.cell, f.expected, f.actual]),
      [['error', 'H7', '33.33', '33.35']],
    );
    assert.deepEqual(
      e[0].cells.map((c) => c.cell),
      ['H7', 'E7', 'F7'],
    );
  });
  it('reads 13.682 ÷ 13.68 as 100.01 (tail against 100) and 30.589 ÷ 30.58 as 100.03 (error)', () => {
    assert.deepEqual(
      at('13.68', '13.682', 100).map((f) => [f.severity, f.expected]),
      [['info', '100.01']],
    );
    assert.deepEqual(
      at('30.58', '30.589', 100).map((f) => [f.severity, f.expected]),
      [['error', '100.03']],
    );
  });
  it('warns when 全年预算数 is 0 and money was spent; nothing to check when nothing was budgeted or spent', () => {
    const w = at(0, '2.51', 0, '-2.51');
    assert.deepEqual(
      w.map((f) => [f.severity, f.cell]),
      [['warning', 'H7']],
    );
    assert.deepEqual(
      w[0].cells.map((c) => c.cell),
      ['H7', 'E7', 'F7', 'G7'],
    );
    assert.match(w[0].message, /执行率无法计算.*负数 -2\.51|负数 -2\.51.*执行率无法计算/);
    assert.deepEqual(at(0, 0, 0), []);
  });
  it('is an error when the rate is left blank', () => {
    assert.deepEqual(
      at(8, 6, null, 2).map((f) => [f.severity, f.expected, f.actual]),
      [['error', '75.00', '空']],
    );
  });
});

describe('ATT-3 执行率得分 = min(执行率, 100)% × 10', () => {
  const at = (rate: RawValue, score: RawValue) => run({ funds: [['资金总额', 0, 10, 8, 6, 2, rate, score]] }, 'ATT-3');
  it('passes, capping the rate at 100', () => {
    assert.deepEqual(at(75, 7.5), []);
    assert.deepEqual(at(120, 10), []);
    assert.deepEqual(at(0, 0), []);
  });
  it('is a tail at 0.01, a warning beyond', () => {
    assert.deepEqual(
      at(75, 7.51).map((f) => [f.severity, f.tail]),
      [['info', true]],
    );
    assert.deepEqual(
      at(33.33, 3.33).map((f) => [f.severity, f.tail]),
      [['info', true]],
    );
    const w = at(75, 7.52);
    assert.deepEqual(
      w.map((f) => [f.severity, f.cell, f.expected, f.actual]),
      [['warning', 'I7', '7.5', '7.52']],
    );
    assert.deepEqual(
      w[0].cells.map((c) => c.cell),
      ['I7', 'H7'],
    );
    assert.deepEqual(
      at(100, 9).map((f) => f.severity),
      ['warning'],
    );
  });
});

describe('ATT-4 总分 = Σ 指标得分 + 执行率得分; 得分 ≤ 分值', () => {
  it('passes when the total adds up', () => {
    assert.deepEqual(run({}, 'ATT-4'), []);
  });
  it('cannot check a total without any indicator 得分: a warning saying so, never an error against 0', () => {
    const fs = run({ indicators: DEFAULT_INDICATORS.map(([l1, l2, l3, w]) => [l1, l2, l3, w, null] as IndicatorLine) }, 'ATT-4');
    assert.deepEqual(
      fs.map((f) => [f.severity, f.cell]),
      [['warning', 'J14']], // rows: 1–2 title, 3–4 project, 5–6 funds header, 7–8 funds, 9–10 goal, 11 header, 12–13 indicators, 14 总分
    );
    assert.match(fs[0].message, /无法核对总分，未找到各指标的得分/);
  });
  it('is an error naming the 总分 cell and every score it adds', () => {
    const fs = run({ total: 98 }, 'ATT-4');
    assert.deepEqual(
      fs.map((f) => [f.severity, f.cell, f.expected, f.actual, f.difference]),
      [['error', 'J14', '97.5', '98', '0.5']],
    );
    assert.deepEqual(
      fs[0].cells.map((c) => c.cell),
      ['J14', 'J12', 'J13', 'I7'],
    );
  });
  it('is exact: a 0.01 difference is an error too', () => {
    assert.deepEqual(
      run({ total: 97.51 }, 'ATT-4').map((f) => f.severity),
      ['error'],
    );
  });
  it('is an error when a 得分 exceeds its 分值', () => {
    const fs = run(
      {
        indicators: [
          ['产出指标', '数量指标', '甲', 50, 51],
          [null, '质量指标', '乙', 40, 39],
        ],
      },
      'ATT-4',
    );
    assert.deepEqual(
      fs.map((f) => [f.severity, f.cell, f.cells.map((c) => c.cell)]),
      [['error', 'J12', ['J12', 'I12']]],
    );
  });
});

describe('ATT-5 等级 from 总分', () => {
  const at = (total: number, grade: RawValue) =>
    run({ total, grade, indicators: [['产出指标', '数量指标', '甲', 90, total - 7.5]] }, 'ATT-5');
  it('passes on each band edge', () => {
    for (const [t, g] of [
      [90, '优'],
      [80, '良'],
      [89.5, '良'],
      [60, '中'],
      [59.5, '差'],
    ] as const)
      assert.deepEqual(at(t, g), [], `${t} ${g}`);
  });
  it('is an error when the grade does not match the 总分 or is missing', () => {
    assert.deepEqual(
      at(89.5, '优').map((f) => [f.severity, f.cell, f.expected, f.actual]),
      [['error', 'K13', '良', '优']],
    );
    assert.deepEqual(
      at(79, '良').map((f) => f.expected),
      ['中'],
    );
    assert.deepEqual(
      at(95, null).map((f) => [f.severity, f.actual]),
      [['error', '空']],
    );
  });
});

describe('ATT-6 资金总额 row = 财政资金 row', () => {
  const at = (total: RawValue, fiscal: RawValue) =>
    run(
      {
        funds: [
          ['资金总额', 0, 20, total, '13.682', 0, 100, 10],
          ['市县区财政资金', 0, 20, fiscal, '13.682', 0, 100, 10],
        ],
      },
      'ATT-6',
    );
  it('passes when equal', () => assert.deepEqual(at('13.682', '13.682'), []));
  it('is a tail within the two figures’ bands, a warning beyond', () => {
    assert.deepEqual(
      at('13.68', '13.682').map((f) => [f.severity, f.tail, f.cell, f.tolerance]),
      [['info', true, 'E7', '0.0055']],
    );
    assert.deepEqual(
      at('13.68', '13.685').map((f) => [f.severity, f.tail]),
      [['info', true]],
    );
    assert.deepEqual(
      at('13.68', '13.69').map((f) => [f.severity, f.tail, f.tolerance]),
      [['info', true, '0.01']],
    );
    assert.deepEqual(
      at('13.68', '13.70').map((f) => f.severity),
      ['warning'],
    );
    const w = at('13.68', '13.686');
    assert.deepEqual(
      w.map((f) => [f.severity, f.cells.map((c) => c.cell)]),
      [['warning', ['E7', 'E8']]],
    );
  });
  it('has nothing to compare with a single funds row', () => {
    assert.deepEqual(run({ funds: [['资金总额', 0, 20, 5, 5, 0, 100, 10]] }, 'ATT-6'), []);
  });
});

/** What the engine runs for the 自评表 of a workbook: each one's own rules, then Σ 执行数 against the tables. */
function attachmentFindings(grid: WorkbookGrid, tables: RecognizedTable[]): Finding[] {
  const atts = recognizeAttachments(grid);
  return [...atts.flatMap(checkAttachment), ...crossCheckAttachments(atts, tables)];
}

describe('attachments: the seed’s own findings', () => {
  let findings: Finding[];
  let recognized: RecognizedTable[];
  before(async () => {
    recognized = recognize(await sampleGrid()).tables;
    findings = attachmentFindings(await seedAttachmentsGrid(), recognized);
  });

  it('the two 总分 98 that should be 88 are ATT-4 errors naming the 总分 cell', () => {
    const e = rules(findings, 'ATT-4');
    assert.deepEqual(
      e.map((f) => [f.table, f.severity, `${f.sheet}!${f.cell}`, f.expected, f.actual]),
      [
        ['项目支出绩效自评表（政务中心工作人员餐补）', 'error', '附件2!J19', '88', '98'],
        ['项目支出绩效自评表（政务热线服务费12345（上年质保金））', 'error', '政务热线服务费12345!J20', '88', '98'],
      ],
    );
    assert.equal(e[0].cells[0].cell, 'J19');
    assert.equal(e[0].cells.length, 10); // 总分, eight 指标得分, 执行率得分
    assert.match(e[0].message, /政务中心工作人员餐补.*88.*98.*等级应为“良”/);
  });

  it('lists every finding the seed has, and nothing more', () => {
    assert.deepEqual(findings.map(brief), [
      'ATT-2 warning 附件2!H7', // 餐补: 全年预算数 0, 执行数 15.785, 结余 -15.785
      'ATT-4 error 附件2!J19', // 餐补: 总分 98 ≠ 88
      'ATT-1 info tail 附件6!G7', // 招投标: 13.68 − 13.682 vs 0
      'ATT-2 info tail 附件6!H7', // 招投标: 100.01 vs 100
      'ATT-6 info tail 附件6!E7', // 招投标: 13.68 vs 13.682
      'ATT-1 info tail 附件7!G7', // 政务大厅: 30.58 − 30.589 vs 0
      'ATT-2 error 附件7!H7', // 政务大厅: 100.03 vs 100
      'ATT-6 warning 附件7!E7', // 政务大厅: 30.58 vs 30.589
      'ATT-2 warning 政务热线服务费12345!H7', // 质保金 资金总额: 预算 0, 执行 2.51
      'ATT-2 warning 政务热线服务费12345!H8', // 质保金 财政资金: the same
      'ATT-4 error 政务热线服务费12345!J20', // 质保金: 总分 98 ≠ 88
      'X17 info tail 公开05表!E7', // Σ执行数 130.609 vs 130.61
    ]);
    assert.deepEqual(rules(findings, 'ATT-3'), []);
    assert.deepEqual(rules(findings, 'ATT-5'), []);
  });

  it('X17: Σ 全年执行数 130.609 against 公开05表 项目支出 130.61 is a 尾数 within the band', () => {
    const [x] = rules(findings, 'X17');
    assert.deepEqual(
      [x.severity, x.tail, x.expected, x.actual, x.difference, x.tolerance],
      ['info', true, '130.61', '130.609', '-0.001', '0.037'],
    );
    assert.equal(x.cells.length, 11);
    assert.deepEqual(x.cells[0], { sheet: '公开05表', cell: 'E7' });
    assert.ok(x.cells.some((c) => c.sheet === '政务热线服务费12345' && c.cell === 'F36'));
    assert.match(x.message, /130\.609.*公开05表.*130\.61/);
  });

  it('runs the same on one workbook holding the 公开 tables and the attachments', async () => {
    const combined: WorkbookGrid = { name: 'combined', sheets: [...(await sampleGrid()).sheets, ...(await seedAttachmentsGrid()).sheets] };
    const ofAttachments = (f: Finding) => /^(ATT-|X17)/.test(f.rule);
    const sorted = (fs: Finding[]) => fs.filter(ofAttachments).map(brief).sort();
    assert.deepEqual(sorted(check(combined).findings), sorted(findings));
  });

  it('gradeCounts: 10 projects, 130.61万元, 9 优 0 良 1 中 0 差 — as the narrative and the supplement say', async () => {
    const atts = recognizeAttachments(await seedAttachmentsGrid());
    const c = gradeCounts(atts);
    assert.deepEqual([c.count, c.amount, c.amountExact, c.优, c.良, c.中, c.差, c.ungraded], [10, '130.61', '130.609', 9, 0, 1, 0, 0]);
    // By Σ得分 the two 98s are 88 (良): the stated grades, not the sums, are what the narrative repeats.
    assert.deepEqual(c.recomputed, { 优: 7, 良: 2, 中: 1, 差: 0 });
    const supplement = JSON.parse(fs.readFileSync('samples/supplement-2024.json', 'utf8')) as Record<string, unknown>;
    const keys = Object.keys(gradeSupplement(c));
    assert.deepEqual(gradeSupplement(c), Object.fromEntries(keys.map((k) => [k, supplement[k]])));
  });

  it('X18: the seed narrative agrees with the 等级 column; a wrong count is an error', async () => {
    const atts = recognizeAttachments(await seedAttachmentsGrid());
    const sentence =
      '2024年二级项目绩效自评个数10个，涉及资金130.61万元：9个项目自评等级为“优”，0个项目自评等级为“良”，1个项目自评等级为“中”，0个项目自评等级为“差”。';
    const m = /自评个数(\d+)个，涉及资金([\d.]+)万元：(\d+)个.*?“优”，(\d+)个.*?“良”，(\d+)个.*?“中”，(\d+)个.*?“差”/.exec(sentence)!;
    const said = { count: +m[1], amount: m[2], 优: +m[3], 良: +m[4], 中: +m[5], 差: +m[6] };
    assert.deepEqual(checkGradeCounts(atts, said), []);
    const wrong = checkGradeCounts(atts, { ...said, 优: 7, 良: 2, amount: '130.60', sheet: '情况说明', cell: 'A12' });
    assert.deepEqual(
      wrong.map((f) => [f.rule, f.severity, f.expected, f.actual, `${f.sheet}!${f.cell}`]),
      [
        ['X18', 'error', '130.61', '130.60', '情况说明!A12'],
        ['X18', 'error', '9', '7', '情况说明!A12'],
        ['X18', 'error', '0', '2', '情况说明!A12'],
      ],
    );
    assert.equal(wrong[1].cells.length, 10); // the sentence + the nine 优 cells
    assert.deepEqual(
      checkGradeCounts(atts, { count: 11 }).map((f) => [f.expected, f.actual]),
      [['10', '11']],
    );
  });
});

describe('X17 on small grids', () => {
  /** Attachments whose 全年执行数 are the given figures. */
  function attachments(...spent: RawValue[]): Attachment[] {
    const rows = spent.flatMap((s, i) => [...attRows({ name: `项目${i + 1}`, funds: [['资金总额', 0, s, s, s, 0, 100, 10]] }), []]);
    return recognizeAttachments(book(sheet('附件', rows)));
  }
  const tables = (t05: number, t03?: number) =>
    recognize(
      book(
        generalTable([['合计', null, t05 + 1, 1, t05]]),
        ...(t03 === undefined ? [] : [expenseTable([['合计', null, t03 + 1, 1, t03]])]),
      ),
    ).tables;

  it('passes when Σ 执行数 equals 项目支出', () => {
    assert.deepEqual(crossCheckAttachments(attachments('2.5', '2.5'), tables(5)), []);
  });
  it('is a tail inside the band of every figure, a warning beyond', () => {
    // band: 2.51 (±0.005) + 2.5 (±0.005) + 5 (±0.005) = 0.015
    assert.deepEqual(
      crossCheckAttachments(attachments('2.51', '2.5'), tables(5)).map((f) => [f.severity, f.tail, f.tolerance]),
      [['info', true, '0.015']],
    );
    const w = crossCheckAttachments(attachments('2.52', '2.5'), tables(5));
    assert.deepEqual(
      w.map((f) => [f.rule, f.severity, f.expected, f.actual]),
      [['X17', 'warning', '5.00', '5.02']],
    );
    assert.deepEqual(
      w[0].cells.map((c) => `${c.sheet}!${c.cell}`),
      ['一般!E5', '附件!F7', '附件!F22'],
    );
  });
  it('compares with 公开03表 项目支出 when that is larger (non-fiscal project money)', () => {
    const [f] = crossCheckAttachments(attachments('2.5', '2.5'), tables(5, 7));
    assert.deepEqual([f.severity, f.expected, f.cells[0]], ['warning', '7.00', { sheet: '支出', cell: 'E4' }]);
    assert.deepEqual(crossCheckAttachments(attachments('3.5', '3.5'), tables(5, 7)), []);
  });
  it('needs attachments and a table', () => {
    assert.deepEqual(crossCheckAttachments([], tables(5)), []);
    assert.deepEqual(crossCheckAttachments(attachments('2.5'), []), []);
  });
  it('uses the 资金总额 row, else the 财政资金 row', () => {
    const [a] = recognizeAttachments(book(sheet('附件', attRows({ funds: [['市区财政资金', 0, 3, 3, 3, 0, 100, 10]] }))));
    assert.equal(mainFunds(a)?.spent?.value, '3');
    assert.deepEqual(crossCheckAttachments([a], tables(3)), []);
  });
});
