/**
 * Findings speak of the cell they name (实际 is that cell, 应为 what the relation needs there), and one
 * change that mends every broken relation of a cell is proposed: on the sample, every single changed
 * figure is proposed back with its original value.
 */
import assert from 'node:assert/strict';
import { check } from '../src/engine';
import { fmtMoney } from '../src/core/money';
import { recognize } from '../src/recognize/recognize';
import { locate, sampleGrid, setCell } from './helpers/sample';
import { rng } from './helpers/random';

describe('which cell to change, and to what', () => {
  it('says 实际 and 应为 of the cell it names: D10 holds 189.12 and should be 199.12', async () => {
    const grid = await sampleGrid();
    const at = locate(grid, 'T03', '2010350', '基本支出');
    setCell(grid, at.sheet, at.cell, 189.12);
    const errors = check(grid).findings.filter((f) => f.severity === 'error');
    assert.deepEqual(
      errors.map((f) => [f.rule, f.cell, f.actual, f.expected, f.difference]),
      [
        ['T03-1', 'D10', '189.12', '199.12', '-10.00'],
        ['T03-2', 'D10', '189.12', '199.12', '-10.00'],
      ],
    );
    assert.match(errors[0].message, /左边合计 199\.12，右边合计 189\.12，相差 10\.00/);
    assert.match(errors[0].message, /公开03表 D10 现为 189\.12，要使此关系成立应为 199\.12。/);
    assert.match(errors[0].message, /一处修改即可：将 公开03表 D10 改为 199\.12，可使 3 条关系全部成立。/);
    assert.deepEqual(errors[0].fixes, [{ table: '公开03表', sheet: '公开03表', cell: 'D10', value: '199.12', relations: 3 }]);
  });

  it('proposes nothing where many cells could each mend a relation, and never one cell for another’s findings', async () => {
    const grid = await sampleGrid();
    // 30201 办公费 2.97 → 3.97 breaks only 302 = Σ302xx, which any of its items could mend: no proposal there.
    const a = locate(grid, 'T03', '2010350', '基本支出');
    const b = locate(grid, 'T06', '30201');
    setCell(grid, a.sheet, a.cell, 189.12);
    setCell(grid, b.sheet, b.cell, 3.97);
    const r = check(grid);
    for (const f of r.findings.filter((x) => x.fixes))
      for (const fix of f.fixes!) assert.ok(f.cells.some((c) => c.sheet === fix.sheet && c.cell === fix.cell));
    const t06 = r.findings.find((f) => f.rule === 'T06-1' && f.severity === 'error');
    assert.ok(t06);
    assert.equal(t06.fixes, undefined);
    const proposed = new Set(r.findings.flatMap((f) => f.fixes ?? []).map((x) => `${x.sheet}!${x.cell}=${x.value}`));
    assert.deepEqual([...proposed], [`${a.sheet}!${a.cell}=199.12`]);
  });

  it('proposes every single changed figure of the sample back, with its original value', async () => {
    const base = await sampleGrid();
    const rand = rng(13);
    // Amounts that take part in an equality: the money figures of the 科目 and item tables.
    const figures = recognize(base)
      .tables.filter((t) => t.key !== 'T10')
      .flatMap((t) => t.rows.flatMap((r) => [...r.figures.values()]))
      .filter((f) => f.kind === 'money' && f.parsed.kind === 'number' && !f.parsed.value.isZero());
    let tried = 0;
    const missed: string[] = [];
    for (let i = 0; i < 40; i++) {
      const f = figures[Math.floor(rand() * figures.length)];
      if (f.parsed.kind !== 'number') continue;
      const original = f.parsed.value;
      const changed = original.plus((1 + Math.floor(rand() * 50)) * (rand() < 0.5 ? -1 : 1));
      const grid = structuredClone(base);
      setCell(grid, f.sheet, f.address, Number(changed.toFixed()));
      const r = check(grid);
      if (!r.findings.some((x) => x.severity === 'error' && x.cells.some((c) => c.sheet === f.sheet && c.cell === f.address))) continue;
      tried++;
      const proposed = r.findings.flatMap((x) => x.fixes ?? []);
      if (!proposed.some((x) => x.sheet === f.sheet && x.cell === f.address && x.value === fmtMoney(original)))
        missed.push(
          `${f.sheet}!${f.address} ${fmtMoney(original)}→${changed.toFixed()}: ${proposed.map((x) => `${x.cell}=${x.value}`).join(' ') || '无'}`,
        );
    }
    assert.ok(tried >= 25, `only ${tried} mutations broke a relation`);
    assert.deepEqual(missed, []);
  });
});
