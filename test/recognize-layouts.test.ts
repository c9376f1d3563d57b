/**
 * The layouts real exports use (domain notes §1.2.1), each on a small hand-made grid whose figures are
 * worked out by hand: national 六 with 类 | 款 codes in two or three groups, the three layouts of the
 * 三公 table (and 陕西's 会议费/培训费, and an empty one), sub-header rows, text figures — and a rule whose
 * figure is not in the table says it cannot check (R04) instead of comparing with 0.
 */
import assert from 'node:assert/strict';
import type { CellRange, RawValue, WorkbookGrid } from '../src/core/grid';
import type { Finding } from '../src/core/findings';
import type { RecognizedTable } from '../src/core/table';
import { check } from '../src/engine';
import { recognize } from '../src/recognize/recognize';
import { book, incomeTable, sheet } from './helpers/grids';
import { sampleGrid } from './helpers/sample';

const grid = (rows: RawValue[][], merges: CellRange[] = [], name = 'Sheet1'): WorkbookGrid => ({
  name: 't.xlsx',
  sheets: [{ name, rows, merges }],
});
const tableOf = (g: WorkbookGrid, key: string): RecognizedTable => {
  const t = recognize(g).tables.find((x) => x.key === key);
  assert.ok(t, `${key} not recognised`);
  return t;
};
/** "row·column=value@cell" of every figure, in row order. */
const figures = (t: RecognizedTable) =>
  t.rows.flatMap((r) =>
    [...r.figures].map(([col, f]) => `${r.key}·${col}=${f.parsed.kind === 'number' ? f.parsed.text : f.parsed.kind}@${f.address}`),
  );
const notInfo = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info' && f.rule !== 'G01' && f.rule !== 'G02');

describe('national 六 一般公共预算财政拨款基本支出决算表', () => {
  // Two groups; the code split 类 | 款 under a merged 经济分类科目编码; the class row carries 类 alone.
  // 301 = 20 + 10 = 30; 303 = 1; 人员经费合计 = 301 + 303 = 31; 302 = 3 + 2 = 5; 公用经费合计 = 302 + 310 = 5.
  const rows: RawValue[][] = [
    ['一般公共预算财政拨款基本支出决算表'],
    ['部门：某单位', null, null, null, null, null, null, '单位：万元'],
    ['人员经费', null, null, null, '公用经费'],
    ['经济分类科目编码', null, '科目名称', '决算数', '经济分类科目编码', null, '科目名称', '决算数'],
    ['类', '款', null, null, '类', '款'],
    ['301', null, '工资福利支出', '30.00', '302', null, '商品和服务支出', '5.00'],
    ['301', '01', '基本工资', '20.00', '302', '01', '办公费', '3.00'],
    ['301', '02', '津贴补贴', '10.00', '302', '02', '印刷费', '2.00'],
    ['303', null, '对个人和家庭的补助', '1.00', '310', null, '资本性支出', '0.00'],
    ['303', '01', '离休费', '1.00', '310', '02', '办公设备购置', '0.00'],
    ['人员经费合计', null, null, '31.00', '公用经费合计', null, null, '5.00'],
  ];
  const merges: CellRange[] = [
    { top: 2, left: 0, bottom: 2, right: 3 },
    { top: 2, left: 4, bottom: 2, right: 7 },
    { top: 3, left: 0, bottom: 3, right: 1 },
    { top: 3, left: 4, bottom: 3, right: 5 },
    { top: 3, left: 2, bottom: 4, right: 2 },
    { top: 3, left: 3, bottom: 4, right: 3 },
    { top: 3, left: 6, bottom: 4, right: 6 },
    { top: 3, left: 7, bottom: 4, right: 7 },
    { top: 10, left: 0, bottom: 10, right: 2 },
    { top: 10, left: 4, bottom: 10, right: 6 },
  ];

  it('reads 类 | 款 codes in two groups and the merged closing row', () => {
    const t = tableOf(grid(rows, merges), 'T06');
    assert.deepEqual(figures(t), [
      '301·决算数=30@D6',
      '302·决算数=5@H6',
      '30101·决算数=20@D7',
      '30201·决算数=3@H7',
      '30102·决算数=10@D8',
      '30202·决算数=2@H8',
      '303·决算数=1@D9',
      '310·决算数=0@H9',
      '30301·决算数=1@D10',
      '31002·决算数=0@H10',
      '人员经费合计·决算数=31@D11',
      '公用经费合计·决算数=5@H11',
    ]);
    assert.deepEqual(t.problems, []);
    assert.deepEqual(notInfo(check(grid(rows, merges)).findings), []);
  });

  it('finds a broken 类 in it (T06-1) at the 类 cell', () => {
    const broken = rows.map((r) => [...r]);
    broken[6][3] = '21.00'; // 30101: 301 = 21 + 10 = 31 ≠ 30, and 人员经费合计 31 ≠ 301 + 303 = 31? (30 + 1 = 31: holds)
    const errors = check(grid(broken, merges)).findings.filter((f) => f.severity === 'error' && f.rule !== 'G01');
    assert.deepEqual(
      errors.map((f) => [f.rule, f.cell]),
      [['T06-1', 'D6']],
    );
  });

  it('reads contiguous codes under 科目编码, in three groups', () => {
    const three: RawValue[][] = [
      ['一般公共预算财政拨款基本支出决算表'],
      ['编制单位：某单位', null, null, null, null, null, null, null, '金额单位：万元'],
      ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
      ['301', '工资福利支出', 5, '302', '商品和服务支出', 2, '310', '资本性支出', 1],
      ['30101', '基本工资', 5, '30201', '办公费', 2, '31002', '办公设备购置', 1],
      ['人员经费合计', null, 5, '公用经费合计', null, 3],
    ];
    const t = tableOf(grid(three), 'T06');
    assert.deepEqual(
      t.rows.map((r) => r.key),
      ['301', '302', '310', '30101', '30201', '31002', '人员经费合计', '公用经费合计'],
    );
    assert.deepEqual(notInfo(check(grid(three)).findings), []);
  });
});

describe('the 三公 table in every layout', () => {
  // 预算: 合计 10 = 出国 2 + 车 6 + 接待 2; 车 6 = 购置 0 + 运行 6.  决算: 8 = 1 + 5 + 2; 5 = 0 + 5.
  const expected = [
    '预算数·合计=10',
    '预算数·因公出国（境）费=2',
    '预算数·公务用车购置及运行维护费=6',
    '预算数·公务用车购置费=0',
    '预算数·公务用车运行维护费=6',
    '预算数·公务接待费=2',
    '决算数·合计=8',
    '决算数·因公出国（境）费=1',
    '决算数·公务用车购置及运行维护费=5',
    '决算数·公务用车购置费=0',
    '决算数·公务用车运行维护费=5',
    '决算数·公务接待费=2',
  ];
  const values = (t: RecognizedTable) => figures(t).map((f) => f.replace(/@.*$/, ''));
  const header = (extra: string[] = []): { rows: RawValue[][]; merges: CellRange[] } => {
    const items = ['合计', null, '因公出国（境）费', null, '公务用车购置及运行费', null, null, null, null, null, '公务接待费', null];
    for (const e of extra) items.push(e, null);
    const pairs = items.flatMap((_, i) => (i % 2 === 0 ? ['预算数', '决算数'] : []));
    const merges: CellRange[] = [
      { top: 2, left: 0, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 3 },
      { top: 2, left: 4, bottom: 2, right: 9 },
      { top: 3, left: 4, bottom: 3, right: 5 },
      { top: 3, left: 6, bottom: 3, right: 7 },
      { top: 3, left: 8, bottom: 3, right: 9 },
      { top: 2, left: 10, bottom: 3, right: 11 },
      ...extra.map((_, i) => ({ top: 2, left: 12 + 2 * i, bottom: 3, right: 13 + 2 * i })),
    ];
    return {
      rows: [
        ['财政拨款“三公”经费支出决算表'],
        ['单位：万元'],
        items,
        [null, null, null, null, '小计', null, '公务用车购置费', null, '公务用车运行费'],
        pairs,
      ],
      merges,
    };
  };

  it('national: the items over 预算数 | 决算数 pairs, one data row', () => {
    const { rows, merges } = header();
    rows.push([10, 8, 2, 1, 6, 5, 0, 0, 6, 5, 2, 2]);
    const t = tableOf(grid(rows, merges), 'T09');
    assert.deepEqual(values(t), expected);
    assert.equal(t.rows[1].figures.get('合计')!.address, 'B6');
    assert.deepEqual(notInfo(check(grid(rows, merges)).findings), []);
  });

  it('陕西: 会议费 and 培训费 pairs beside them are read and break no sum', () => {
    const { rows, merges } = header(['会议费', '培训费']);
    rows.push([10, 8, 2, 1, 6, 5, 0, 0, 6, 5, 2, 2, 3, 3, 4, 4]);
    rows[0] = ['一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表'];
    const t = tableOf(grid(rows, merges), 'T09');
    assert.deepEqual(values(t), [
      ...expected.slice(0, 6),
      '预算数·会议费=3',
      '预算数·培训费=4',
      ...expected.slice(6),
      '决算数·会议费=3',
      '决算数·培训费=4',
    ]);
    assert.deepEqual(notInfo(check(grid(rows, merges)).findings), []);
  });

  it('empty, with its note: present, every figure blank, no finding', () => {
    const { rows, merges } = header();
    rows.push([], ['说明：本单位2024年度没有财政拨款“三公”经费支出，故本表无数据。']);
    const t = tableOf(grid(rows, merges), 'T09');
    assert.ok(figures(t).every((f) => /=blank@/.test(f)));
    assert.equal(figures(t).length, 12);
    assert.deepEqual(notInfo(check(grid(rows, merges)).findings), []);
  });

  it('transposed: the items down, 预算数 and 决算数 across', () => {
    const rows: RawValue[][] = [
      ['财政拨款“三公”经费支出决算表'],
      ['金额单位：万元'],
      ['项目', '预算数', '决算数'],
      ['合计', 10, 8],
      ['因公出国（境）费', 2, 1],
      ['公务用车购置及运行维护费', 6, 5],
      ['其中：公务用车购置费', 0, 0],
      ['公务用车运行维护费', 6, 5],
      ['公务接待费', 2, 2],
    ];
    const t = tableOf(grid(rows), 'T09');
    assert.deepEqual(values(t), expected);
    assert.equal(t.rows[1].figures.get('公务接待费')!.address, 'C9');
  });

  it('rows: the items across, one row 预算数 and one 决算数; a wrong 接待费 is an error at its cell', () => {
    const rows: RawValue[][] = [
      ['财政拨款“三公”经费支出决算表'],
      ['金额单位：万元'],
      ['项目', '合计', '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费'],
      [null, null, null, '小计', '公务用车购置费', '公务用车运行维护费'],
      ['预算数', 10, 2, 6, 0, 6, 2],
      ['决算数', 8, 1, 5, 0, 5, 2.5],
    ];
    const merges = [
      { top: 2, left: 3, bottom: 2, right: 5 },
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 6, bottom: 3, right: 6 },
    ];
    const t = tableOf(grid(rows, merges), 'T09');
    assert.deepEqual(values(t), [...expected.slice(0, 11), '决算数·公务接待费=2.5']);
    // 决算 合计 8 ≠ 1 + 5 + 2.5 = 8.5: T09-2, the total's cell B6.
    const errors = check(grid(rows, merges)).findings.filter((f) => f.severity === 'error' && f.rule !== 'G01');
    assert.deepEqual(
      errors.map((f) => [f.rule, f.cell, f.expected, f.actual]),
      [['T09-2', 'B6', '8.50', '8.00']],
    );
  });
});

describe('sub-header rows and text figures', () => {
  it('a row of 决算数 (or 金额) under every value column is a header row: 支出决算表 and 公开05表 stay clean', async () => {
    for (const word of ['决算数', '金额']) {
      const g = await sampleGrid();
      for (const name of ['公开03表', '公开05表']) {
        const s = g.sheets.find((x) => x.name === name)!;
        // The 栏次 row (row 6) becomes a row of the word under every value column.
        s.rows[5] = [null, null, ...Array(s.rows[3].length - 2).fill(word)];
      }
      const r = check(g);
      assert.deepEqual(r.counts, { error: 0, warning: 0, info: 11 }, word);
    }
  });

  it('"105.00" and "20,323.21" in value columns are figures, never 科目代码', () => {
    // 合计 105 = 201 105 = 20101 105 (text figures as printed).
    const g = book(
      sheet('收入', [
        ['收入决算表'],
        ['金额单位：万元'],
        ['科目代码', '科目名称', '本年收入合计', '财政拨款收入', '事业收入', '上级补助收入', '经营收入', '附属单位上缴收入', '其他收入'],
        ['合计', null, '105.00', '105.00', '0.00', '0.00', '0.00', '0.00', '0.00'],
        ['201', '一般公共服务支出', '105.00', '105.00', '0.00', '0.00', '0.00', '0.00', '0.00'],
        ['20101', '人大事务', '105.00', '105.00', '0.00', '0.00', '0.00', '0.00', '0.00'],
      ]),
    );
    const t = tableOf(g, 'T02');
    assert.deepEqual(
      t.rows.map((r) => r.key),
      ['合计', '201', '20101'],
    );
    assert.deepEqual(t.problems, []);
    assert.equal(t.rowIndex.get('201')!.figures.get('本年收入合计')!.address, 'C5');
  });
});

describe('not found is not zero (R04)', () => {
  it('a broken relation with a figure the table does not have is a warning naming it, not an error against 0', () => {
    // 收入决算表 without its 事业收入 column: 本年收入合计 12 = 财政拨款 10 + (事业收入?) cannot be judged.
    const g = book(
      sheet('收入', [
        ['收入决算表'],
        ['金额单位：万元'],
        ['科目代码', '科目名称', '本年收入合计', '财政拨款收入', '上级补助收入', '经营收入', '附属单位上缴收入', '其他收入'],
        ['合计', null, 12, 10],
      ]),
    );
    const r = check(g);
    assert.deepEqual(
      r.findings.filter((f) => f.rule === 'T02-1'),
      [],
    );
    const w = r.findings.find((f) => f.rule === 'R04');
    assert.ok(w, JSON.stringify(r.findings.map((f) => f.rule)));
    assert.equal(w.severity, 'warning');
    assert.match(w.message, /规则 T02-1.*未找到 .*“合计·事业收入”.*不按 0 计算/);
  });

  it('the same relation with every figure present is an error', () => {
    const r = check(book(incomeTable([['合计', null, 12, 10, 0]])));
    assert.deepEqual(
      r.findings.filter((f) => f.severity === 'error' && f.rule !== 'G01').map((f) => f.rule),
      ['T02-1'],
    );
    assert.ok(!r.findings.some((f) => f.rule === 'R04'));
  });
});

describe('the year and the unit name from wherever they stand', () => {
  /** The sample without any year or unit name in its tables' header lines. */
  async function anonymous(): Promise<WorkbookGrid> {
    const g = await sampleGrid();
    for (const s of g.sheets)
      s.rows = s.rows.map((row) => row.map((v) => (typeof v === 'string' && /^(部门名称|单位名称)[:：]|^\d{4}年度$/.test(v) ? null : v)));
    g.name = 'book.xlsx';
    return g;
  }

  it('knows neither when nothing says them', async () => {
    const r = check(await anonymous());
    assert.equal(r.year, undefined);
    assert.equal(r.department, undefined);
  });

  it('reads them from a cover sheet', async () => {
    const g = await anonymous();
    g.sheets.unshift({ name: '封面', rows: [[null], ['阳城县政务服务中心2024年度部门决算']] });
    const r = check(g);
    assert.deepEqual([r.year, r.department], ['2024', '阳城县政务服务中心']);
  });

  it('reads them from the file name, and the year from sheet names', async () => {
    const g = await anonymous();
    g.name = '/某处/阳城县政务服务中心2023年度部门决算公开.xlsx';
    assert.deepEqual([check(g).year, check(g).department], ['2023', '阳城县政务服务中心']);
    const h = await anonymous();
    h.sheets[0].name = '2022公开01表';
    assert.equal(check(h).year, '2022');
  });

  it('reads the year from the 情况说明 sheet', async () => {
    const g = await anonymous();
    g.sheets.push({
      name: '说明',
      rows: [
        ['一、收入支出决算总体情况说明'],
        ['2025年度收入、支出总计403.05万元。'],
        ['二、收入决算情况说明'],
        ['2025年度本年收入合计403.05万元。'],
        ['三、支出决算情况说明'],
        ['2025年度本年支出合计403.05万元。'],
      ],
    });
    assert.equal(check(g).year, '2025');
  });
});
