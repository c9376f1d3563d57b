/** The harness's in-memory Host behaves as the seam says, so the browser tests test the pane and not the fake. */
import assert from 'node:assert/strict';
import { EMPTY_STATE } from '../src/hosts/state';
import { MemoryHost } from '../src/hosts/memory/memoryHost';
import type { WorkbookGrid } from '../src/core/grid';

const grid = (): WorkbookGrid => ({
  name: 'w.xlsx',
  sheets: [
    {
      name: '表',
      rows: [
        ['a', 1],
        ['b', 2],
      ],
    },
  ],
});

describe('task pane: the harness’s memory host', () => {
  it('keeps marks apart from the cells’ formats: a new mark set replaces the old, clearing restores exactly', async () => {
    const h = new MemoryHost(grid(), { formats: { '表!B1': 'numFmt:0.00;fill:#EEEEEE' } });
    await h.mark([
      { sheet: '表', cell: 'B1', severity: 'warning', message: 'w' },
      { sheet: '表', cell: 'B2', severity: 'error', message: 'e' },
    ]);
    assert.equal(h.displayedFormat('表', 'B1'), 'fill:#FFEB9C');
    assert.equal(h.displayedFormat('表', 'B2'), 'fill:#FFC7CE');
    await h.mark([{ sheet: '表', cell: 'B2', severity: 'error', message: 'e' }]);
    assert.deepEqual(
      h.snapshot().marks.map((m) => m.cell),
      ['B2'],
    );
    assert.equal(h.displayedFormat('表', 'B1'), 'numFmt:0.00;fill:#EEEEEE');
    await h.clearMarks();
    assert.deepEqual(h.snapshot().marks, []);
    assert.equal(h.displayedFormat('表', 'B2'), '');
    await assert.rejects(h.mark([{ sheet: '无', cell: 'A1', severity: 'error', message: '' }]), /不存在/);
  });

  it('reads a copy, selects cells, stores state as JSON and writes text sheets only when told to replace', async () => {
    const h = new MemoryHost(grid(), { language: 'en-US' });
    assert.equal(h.info().language, 'en-US');
    const g = await h.readWorkbook();
    g.sheets[0].rows[0][1] = 99;
    assert.equal((await h.readWorkbook()).sheets[0].rows[0][1], 1);
    await h.select('表', 'B2');
    assert.deepEqual(h.selection, { sheet: '表', cell: 'B2' });
    await assert.rejects(h.select('无', 'A1'));
    assert.deepEqual(await h.loadState(), EMPTY_STATE);
    await h.saveState({ version: 1, supplement: { k: 'v' }, dismissals: [] });
    assert.deepEqual((await h.loadState()).supplement, { k: 'v' });
    assert.equal(new MemoryHost(h.grid, { stateJson: h.storedStateJson() }).snapshot().state.supplement.k, 'v');
    assert.equal(await h.writeTextSheet('情况说明', ['一', '=1+1'], false), 'written');
    assert.equal(await h.writeTextSheet('情况说明', ['二'], false), 'exists');
    assert.deepEqual(h.snapshot().textSheets['情况说明'], ['一', '=1+1']);
    assert.equal(await h.writeTextSheet('情况说明', ['二'], true), 'written');
    assert.deepEqual((await h.readWorkbook()).sheets[1].rows, [['二']]);
  });

  it('fails a method once when told to', async () => {
    const h = new MemoryHost(grid());
    h.failNext('readWorkbook', '忙');
    await assert.rejects(h.readWorkbook(), /忙/);
    await h.readWorkbook();
    assert.deepEqual(h.calls, ['readWorkbook', 'readWorkbook']);
  });

  it('answers as OfficeHost does where Excel says no: protected sheets, a changed workbook, a hidden sheet', async () => {
    const g = grid();
    g.sheets.push({ name: '锁', rows: [['x']] }, { name: '藏', rows: [['y']], hidden: true });
    const h = new MemoryHost(g, { protectedSheets: ['锁'], protectedStructure: true, canDownload: false, mergesUnread: ['表'] });
    assert.equal(h.info().canDownload, false);
    assert.deepEqual((await h.readWorkbook()).mergesUnread, ['表']);
    const marks = [
      { sheet: '表', cell: 'B1', severity: 'error' as const, message: 'e' },
      { sheet: '锁', cell: 'A1', severity: 'error' as const, message: 'e' },
    ];
    assert.deepEqual(await h.mark(marks), { protectedSheets: ['锁'] });
    assert.deepEqual(
      h.snapshot().marks.map((m) => m.sheet),
      ['表'],
    );
    h.setCell('表', 'B2', 3);
    assert.deepEqual(await h.mark([]), { stale: true }, 'changed since the read: nothing marked');
    assert.equal(h.snapshot().marks.length, 1);
    await h.readWorkbook();
    assert.deepEqual(await h.mark([]), {});
    assert.equal(await h.select('藏', 'A1'), 'hidden');
    assert.equal(h.selection, null);
    assert.equal(await h.select('藏', 'A1', true), 'structureProtected');
    assert.equal(await h.writeTextSheet('情况说明', ['一'], false), 'structureProtected');
    assert.equal(await h.writeTextSheet('锁', ['一'], true), 'sheetProtected');
    const open = new MemoryHost(g);
    assert.equal(await open.select('藏', 'A1', true), 'selected');
    assert.deepEqual(open.selection, { sheet: '藏', cell: 'A1' });
  });
});
