/** The sample (the seed's ten tables) is clean; each figure changed by hand is caught where it was changed. */
import assert from 'node:assert/strict';
import { check } from '../src/engine';
import { locate, sampleGrid, setCell } from './helpers/sample';
import type { TableKey } from '../src/core/template';
import { buildSampleWorkbook } from '../samples/build-sample';
import { workbookToGrid } from '../src/xlsx/read';

describe('the sample workbook', () => {
  it('recognises all ten tables and has no error or warning', async () => {
    const r = check(await sampleGrid());
    assert.equal(r.tables.length, 10);
    assert.deepEqual(
      r.tables.map((t) => t.id),
      ['公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表', '公开10表'],
    );
    assert.equal(r.family, 'seed');
    assert.equal(r.unit, '万元');
    assert.deepEqual(r.unrecognized, []);
    assert.deepEqual(
      r.findings.filter((f) => f.severity !== 'info').map((f) => f.message),
      [],
    );
  });

  it('reports 公开06表 公用经费 18.48 against its items 18.49 as a 尾数差异, not an error', async () => {
    const r = check(await sampleGrid());
    const tail = r.findings.find((f) => f.rule === 'T06-1' && f.message.includes('302'));
    assert.ok(tail, 'T06-1 tail on 302 expected');
    assert.equal(tail.severity, 'info');
    assert.equal(tail.tail, true);
    assert.equal(tail.actual, '18.48');
    assert.equal(tail.expected, '18.49');
    assert.equal(tail.tolerance, '0.065'); // 13 figures × 0.005
  });

  const mutations: { name: string; table: TableKey; row: string; col?: string; value: number; rules: string[] }[] = [
    {
      name: '公开03表 2010350 基本支出 199.12→191.12',
      table: 'T03',
      row: '2010350',
      col: '基本支出',
      value: 191.12,
      rules: ['T03-1', 'T03-2'],
    },
    {
      name: '公开04表 住房保障支出 一般公共预算财政拨款 21.97→29.17',
      table: 'T04',
      row: '221',
      col: '一般公共预算财政拨款',
      value: 29.17,
      rules: ['T04-4', 'T04-5', 'X07'],
    },
    { name: '公开06表 30113 住房公积金 21.97→22.97', table: 'T06', row: '30113', value: 22.97, rules: ['T06-1'] },
    { name: '公开09表 预算数 合计 1.28→1.38', table: 'T09', row: '预算数', col: '合计', value: 1.38, rules: ['T09-1'] },
    { name: '公开01表 收入 总计 403.05→413.05', table: 'T01', row: '收入总计', value: 413.05, rules: ['T01-3', 'T01-5'] },
  ];
  for (const m of mutations) {
    it(`catches ${m.name}`, async () => {
      const grid = await sampleGrid();
      const at = locate(grid, m.table, m.row, m.col);
      setCell(grid, at.sheet, at.cell, m.value);
      const r = check(grid);
      const errors = r.findings.filter((f) => f.severity === 'error');
      const hits = errors.filter((f) => f.cells.some((c) => c.sheet === at.sheet && c.cell === at.cell));
      assert.ok(hits.length > 0, `no error names ${at.sheet}!${at.cell}`);
      for (const rule of m.rules)
        assert.ok(
          hits.some((f) => f.rule === rule),
          `${rule} expected among ${hits.map((f) => f.rule)}`,
        );
      // The changed cell breaks the most relations, so it is the one to fix first.
      assert.ok(hits.some((f) => f.sheet === at.sheet && f.cell === at.cell));
      for (const f of hits) {
        assert.match(f.message, /左边合计 .*右边合计 .*相差/);
        assert.ok(f.expected && f.actual && f.difference);
      }
      // 实际 and 应为 are the named cell's own: the changed one holds the new value; one change mends it all.
      const named = hits.find((f) => f.sheet === at.sheet && f.cell === at.cell)!;
      assert.equal(Number(named.actual), m.value);
      assert.match(named.message, new RegExp(`${at.cell} 现为 .*，要使此关系成立应`));
    });
  }
});

describe('the committed sample file', () => {
  it('is exactly what samples/build-sample.ts builds (values and merges of every sheet)', async () => {
    const built = workbookToGrid(buildSampleWorkbook());
    const committed = await sampleGrid();
    const merges = (s: (typeof built.sheets)[number]) => (s.merges ?? []).map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort();
    assert.deepEqual(
      built.sheets.map((s) => [s.name, s.rows, merges(s)]),
      committed.sheets.map((s) => [s.name, s.rows, merges(s)]),
    );
  });
});
