/** Warnings explained by the user (出错说明) and the stored state. */
import assert from 'node:assert/strict';
import { dismiss, dismissalFor, parseState } from '../src/hosts/state';
import { check } from '../src/engine';
import { locate, sampleGrid, setCell } from './helpers/sample';

describe('dismissing a warning', () => {
  async function warned() {
    const grid = await sampleGrid();
    const at = locate(grid, 'T06', '30108');
    setCell(grid, at.sheet, at.cell, 26.5); // 30108 vs 2080505 26.29: X16 (warning), and T06-1 (error)
    const r = check(grid);
    const w = r.findings.find((f) => f.severity === 'warning');
    assert.ok(w, r.findings.map((f) => f.rule).join());
    return { grid, w, at };
  }

  it('needs a written reason and is refused for errors', async () => {
    const { grid, w } = await warned();
    assert.throws(() => dismiss(w, '  ', grid), /出错说明/);
    const err = { ...w, severity: 'error' as const };
    assert.throws(() => dismiss(err, '原因', grid), /错误必须更正/);
  });

  it('holds while the figures stay, and lapses when one changes', async () => {
    const { grid, w, at } = await warned();
    const d = dismiss(w, '养老保险缴费含补缴，已与财政核对', grid, new Date('2025-03-01T00:00:00Z'));
    assert.ok(dismissalFor(w, [d], grid));
    setCell(grid, at.sheet, at.cell, 26.51);
    const again = check(grid).findings.find((f) => f.rule === w.rule)!;
    assert.equal(dismissalFor(again, [d], grid), undefined);
  });

  it('round-trips through stored JSON and survives broken content', () => {
    const s = { version: 1 as const, supplement: { '原因.三公': '无公务接待' }, dismissals: [] };
    assert.deepEqual(parseState(JSON.stringify(s)), s);
    assert.deepEqual(parseState('{not json'), { version: 1, supplement: {}, dismissals: [] });
    assert.deepEqual(parseState(undefined), { version: 1, supplement: {}, dismissals: [] });
  });
});
