/** Each kind of rule on small hand-made grids: pass, fail, and a 尾数 case on each side of the band edge. */
import assert from 'node:assert/strict';
import { check } from '../src/engine';
import { CATALOGUE } from '../src/rules/catalogue';
import { parseFormula } from '../src/rules/formula';
import type { Finding } from '../src/core/findings';
import type { WorkbookGrid } from '../src/core/grid';
import { basicTable, book, expenseTable, generalTable, incomeTable, infoTable } from './helpers/grids';
import { sampleGrid } from './helpers/sample';

function run(grid: WorkbookGrid, ...ids: string[]): Finding[] {
  return check(grid, { rules: CATALOGUE.filter((r) => ids.includes(r.id)) }).findings.filter((f) => ids.includes(f.rule));
}
const only = (fs: Finding[], sev: Finding['severity']) => fs.filter((f) => f.severity === sev);

describe('rule formulas', () => {
  it('parse operands, signs, sums and relations', () => {
    const f = parseFormula('T01[收入总计] = [本年收入合计] - T04[本年支出合计/合计] + Σ[类/*]');
    assert.equal(f.relation, '=');
    assert.deepEqual(f.left, [{ kind: 'ref', table: 'T01', row: '收入总计', col: undefined, sign: 1 }]);
    assert.deepEqual(
      f.right.map((t) => (t.kind === 'ref' ? [t.table, t.row, t.col, t.sign] : [])),
      [
        [undefined, '本年收入合计', undefined, 1],
        ['T04', '本年支出合计', '合计', -1],
        [undefined, 'Σ类', '*', 1],
      ],
    );
    assert.equal(parseFormula('T10[车辆数合计] >= 1').relation, '≥');
  });
  it('refuse a formula without exactly one relation or with stray text', () => {
    assert.throws(() => parseFormula('[a] + [b]'), /关系符/);
    assert.throws(() => parseFormula('[a] = [b] foo'), /无法解析/);
  });
  it('every catalogue formula parses', () => {
    for (const r of CATALOGUE)
      for (const c of r.checks ?? []) {
        const text = typeof c === 'string' ? c : c.formula;
        assert.doesNotThrow(() => parseFormula(text), `${r.id}: ${text}`);
      }
  });
});

describe('sum of a row (T02-1: 本年收入合计 = Σ 收入)', () => {
  const grid = (total: number, a: number, b: number) => book(incomeTable([['合计', null, total, a, b]]));
  it('passes when exact', () => assert.deepEqual(run(grid(10, 6, 4), 'T02-1'), []));
  it('is a 尾数差异 at the band edge: 2 parts + total allow 0.015, so 0.01 is a tail', () => {
    const f = run(grid(10.01, 6, 4), 'T02-1');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'info');
    assert.equal(f[0].tolerance, '0.015');
  });
  it('is an error just past the band: 0.02 with 3 figures', () => {
    const f = run(grid(10.02, 6, 4), 'T02-1');
    assert.equal(only(f, 'error').length, 1);
    assert.equal(f[0].difference, '0.02');
    assert.deepEqual(
      f[0].cells.map((c) => c.cell),
      ['C4', 'D4', 'E4'],
    );
  });
  it('is an error when wrong', () => {
    const f = run(grid(12, 6, 4), 'T02-1');
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].expected, '10.00');
    assert.equal(f[0].actual, '12.00');
    assert.match(f[0].message, /收入决算表 合计：本年收入合计应等于各类收入之和/);
  });
  it('widens the band with the number of figures: a total over 3 items allows 0.02, not 0.03', () => {
    const g = (kuan: number) =>
      book(
        incomeTable([
          ['20103', '政府办公厅（室）及相关机构事务', kuan, null, null],
          ['2010301', '行政运行', 1.11, null, null],
          ['2010302', '一般行政管理事务', 2.22, null, null],
          ['2010350', '事业运行', 3.33, null, null],
        ]),
      );
    const tail = run(g(6.68), 'T02-2');
    assert.equal(tail[0].severity, 'info');
    assert.equal(tail[0].tolerance, '0.02');
    assert.equal(run(g(6.69), 'T02-2')[0].severity, 'error');
  });
});

describe('hierarchy from the codes (T02-2, T02-3)', () => {
  const rows = (cls: number, kuan: number, xiang1: number, xiang2: number) =>
    incomeTable([
      ['合计', null, cls, cls, null],
      ['201', '一般公共服务支出', cls, cls, null],
      ['20103', '政府办公厅（室）及相关机构事务', kuan, kuan, null],
      ['2010301', '行政运行', xiang1, xiang1, null],
      ['2010350', '事业运行', xiang2, xiang2, null],
    ]);
  it('passes when 类 = Σ款 and 款 = Σ项', () => assert.deepEqual(run(book(rows(10, 10, 4, 6)), 'T02-2', 'T02-3'), []));
  it('flags 款 ≠ Σ项 on every column, naming the 项 cells', () => {
    const f = only(run(book(rows(10, 10, 4, 7)), 'T02-2'), 'error');
    assert.equal(f.length, 2); // 本年收入合计 and 财政拨款收入 columns
    assert.ok(f[0].cells.some((c) => c.cell === 'C8'));
    assert.match(f[0].message, /款应等于其下各项之和/);
  });
  it('treats 0.01 over 2 items as a tail and 0.02 as an error', () => {
    // 类 10 vs 款 10.01 (2 figures, 0.01) and 款 10.01 vs 4 + 6 (3 figures, 0.015): both tails.
    assert.equal(only(run(book(rows(10, 10.01, 4, 6)), 'T02-2'), 'error').length, 0);
    const tails = run(book(rows(10, 10, 4, 6.01)), 'T02-2');
    assert.ok(tails.every((f) => f.severity === 'info') && tails.length === 2);
    assert.equal(only(run(book(rows(10, 10, 4, 6.02)), 'T02-2'), 'error').length, 2);
  });
  it('sums a 类 over its 项 when no 款 row is listed', () => {
    const g = incomeTable([
      ['201', '一般公共服务支出', 10, 10, null],
      ['2010301', '行政运行', 4, 4, null],
      ['2010350', '事业运行', 5, 5, null],
    ]);
    assert.equal(only(run(book(g), 'T02-2'), 'error').length, 2);
  });
  it('checks 合计 = Σ类', () => {
    const g = incomeTable([
      ['合计', null, 20, 20, null],
      ['201', '一般公共服务支出', 10, 10, null],
      ['208', '社会保障和就业支出', 9, 9, null],
    ]);
    const f = only(run(book(g), 'T02-3'), 'error');
    assert.equal(f.length, 2);
    assert.equal(f[0].difference, '1.00');
  });
});

describe('cross-table equality (X11: 基本支出 = 人员经费 + 公用经费)', () => {
  const grid = (basic: number, people: number, office: number, unit = '万元') =>
    book(
      generalTable([['合计', null, basic, basic, null]], unit),
      basicTable([['301', '工资福利支出', people]], [['302', '商品和服务支出', office]], [people, office]),
    );
  it('passes when equal', () => assert.deepEqual(run(grid(30, 20, 10), 'X11'), []));
  it('is a tail at 0.01 (3 figures allow 0.015) and an error at 0.02', () => {
    assert.equal(run(grid(30.01, 20, 10), 'X11')[0].severity, 'info');
    const f = run(grid(30.02, 20, 10), 'X11');
    assert.equal(f[0].severity, 'error');
    assert.deepEqual(new Set(f[0].cells.map((c) => c.sheet)), new Set(['一般', '基本']));
    // Without 公开NN表 codes or 公开10表 the workbook is of the national family: tables are named by title.
    assert.match(f[0].message, /^一般公共预算财政拨款支出决算表与一般公共预算财政拨款基本支出决算表：/);
    assert.match(f[0].message, /一般公共预算财政拨款基本支出决算表 人员经费合计（C6）20\.00/);
  });
  it('converts a table in 元 before comparing', () => {
    assert.deepEqual(run(grid(300000, 20, 10, '元'), 'X11'), []);
    // 300100 元 = 30.01 万元: within the 万元 figures' own rounding, so a tail; 300200 元 is not.
    assert.equal(run(grid(300100, 20, 10, '元'), 'X11')[0].severity, 'info');
    assert.equal(run(grid(300200, 20, 10, '元'), 'X11')[0].severity, 'error');
    // 0.01 元 is far inside 0.005 万元 of the other side's band: still a tail, never an error.
    assert.equal(run(grid(300000.01, 20, 10, '元'), 'X11')[0].severity, 'info');
  });
  it('reports mixed units as G02', () => {
    const r = check(grid(300000, 20, 10, '元'));
    assert.ok(r.findings.some((f) => f.rule === 'G02' && f.severity === 'error' && /元/.test(f.message)));
  });
});

describe('at most (X08: 一般公共预算 基本支出 ≤ 支出决算表 基本支出)', () => {
  const grid = (general: number, all: number) =>
    book(generalTable([['201', '一般公共服务支出', general, general, null]]), expenseTable([['201', '一般公共服务支出', all, all, null]]));
  it('passes when smaller or equal', () => {
    assert.deepEqual(run(grid(9, 10), 'X08'), []);
    assert.deepEqual(run(grid(10, 10), 'X08'), []);
  });
  it('is a tail when over by 0.01 and a warning when over by 0.02', () => {
    assert.equal(run(grid(10.01, 10), 'X08')[0].severity, 'info');
    assert.equal(run(grid(10.02, 10), 'X08')[0].severity, 'warning');
  });
});

describe('cells that must stay empty (T06-4) and counts (T10-3, T10-2)', () => {
  it('flags an amount under 309 and accepts "——"', () => {
    const ok = book(basicTable([['301', '工资福利支出', 1]], [['309', '资本性支出（基本建设）', '——']], [1, null]));
    assert.deepEqual(run(ok, 'T06-4'), []);
    const bad = book(basicTable([['301', '工资福利支出', 1]], [['30902', '办公设备购置', 2]], [1, null]));
    const f = run(bad, 'T06-4');
    assert.equal(f.length, 1);
    assert.equal(f[0].cell, 'F5');
  });
  it('wants whole vehicles and exact vehicle sums', () => {
    assert.deepEqual(run(book(infoTable({ total: 2, other: 1, leader: 1 })), 'T10-2', 'T10-3'), []);
    const half = run(book(infoTable({ total: 1.5, other: 1.5 })), 'T10-3');
    assert.equal(half.length, 2);
    const sum = run(book(infoTable({ total: 3, other: 1, leader: 1 })), 'T10-2');
    assert.equal(sum[0].severity, 'error'); // counts carry no rounding band
    assert.equal(sum[0].tolerance, '0');
  });
});

describe('conditional checks (X15: 运行维护费 > 0 ⇒ 车辆 ≥ 1)', () => {
  const sanGong = (run: number) => ({
    name: '三公',
    rows: [
      ['财政拨款“三公”经费支出决算表'],
      ['金额单位：万元'],
      ['预算数', null, null, null, null, null, '决算数'],
      [
        '合计',
        '因公出国（境）费',
        '公务用车购置及运行维护费',
        null,
        null,
        '公务接待费',
        '合计',
        '因公出国（境）费',
        '公务用车购置及运行维护费',
        null,
        null,
        '公务接待费',
      ],
      [null, null, '小计', '公务用车购置费', '公务用车运行维护费', null, null, null, '小计', '公务用车购置费', '公务用车运行维护费', null],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      [run, null, run, null, run, null, run, null, run, null, run, null],
    ],
  });
  it('is silent without running costs, warns with running costs and no vehicle', () => {
    assert.deepEqual(run(book(sanGong(0), infoTable({ total: 0, other: 0 })), 'X15'), []);
    assert.deepEqual(run(book(sanGong(1.28), infoTable({ total: 1, other: 1 })), 'X15'), []);
    const f = run(book(sanGong(1.28), infoTable({ total: 0, other: 0 })), 'X15');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
  });
});

describe('one year and one unit name throughout (G03, G04)', () => {
  it('flags a table of another year or with another name, and is silent on the sample', async () => {
    const clean = check(await sampleGrid());
    assert.ok(!clean.findings.some((f) => f.rule === 'G03' || f.rule === 'G04'));
    const g = await sampleGrid();
    const s3 = g.sheets.find((s) => s.name === '公开03表')!;
    s3.rows[2] = s3.rows[2].map((v) =>
      v === '2024年度' ? '2023年度' : v === '部门名称：阳城县政务服务中心' ? '部门名称：阳城县政务中心' : v,
    );
    const r = check(g);
    assert.match(r.findings.find((f) => f.rule === 'G03')!.message, /公开03表为“2023”/);
    assert.match(r.findings.find((f) => f.rule === 'G04')!.message, /公开03表为“阳城县政务中心”/);
  });
});
