/// <reference types="office-js" />
/**
 * The live check (实时检查) in Excel, against the fake, where the first version went wrong: formula results
 * Excel recalculates without an onChanged, number formats changed (onFormatChanged), a re-check that fails
 * (its edits, a structural change among them, must not be lost), edits that never pause, a session stopped
 * while a re-check is under way; and what was probed and holds: edits past the used range, whole rows,
 * multi-area addresses, change types, a sheet deleted, pastes large and small, formats of a patched grid.
 */
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { a1, parseA1, type WorkbookGrid } from '../src/core/grid';
import { editOf } from '../src/hosts/office/watch';
import type { PendingEdits, RecheckReport, WorkbookEdit } from '../src/hosts/seam';
import { LiveQueue, type Timers } from '../src/pane/liveQueue';
import { LiveSession, type LiveHost } from '../src/pane/liveSession';
import { FakeOfficeError, type FakeWorkbookData } from './fakes/excel';
import { seedFromWorkbook } from './fakes/seed';
import { closeFake, essence, markedCells, open, sampleMistyped, valueAt, type Cell } from './helpers/livePane';
import { locate, SAMPLE } from './helpers/sample';
import { workbookToGrid } from '../src/xlsx/read';

const down = (cell: string, rows: number) => cell.replace(/\d+/, (n) => String(Number(n) + rows));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live check, reviewed: what the first version got wrong', function () {
  this.timeout(120_000);

  let data: FakeWorkbookData;
  let broken: Cell; // 公开03表 2010350 基本支出, 191.12 for 199.12
  let t05: Cell; // 公开05表 2010350 基本支出: the other side of the X08 warning

  before(async () => {
    ({ data, broken, t05 } = await sampleMistyped());
  });

  after(closeFake);

  it('a formula Excel recalculates after an edit (no onChanged names it) is read again with the edit', async () => {
    // 公开05表's figure is a formula over 公开03表's (as in many a 决算 workbook): correcting 公开03表 changes it.
    const withFormula = structuredClone(data);
    const sheet = withFormula.sheets.find((s) => s.name === t05.sheet)!;
    sheet.cells[t05.cell] = { ...sheet.cells[t05.cell], value: 191.12, formula: `='${broken.sheet}'!${broken.cell}` };
    const pane = open(withFormula);
    await pane.check();
    await pane.watch();
    pane.fake.typeValue(broken.sheet, broken.cell, 199.12);
    pane.fake.recalculate(t05.sheet, t05.cell, 199.12);
    await pane.settle();
    assert.equal(pane.last.report.full, false);
    assert.equal(valueAt(pane.grid, t05), 199.12, 'the formula result as Excel shows it now');
    assert.ok(pane.syncs[0] <= 2, `at most 2 round trips, not ${pane.syncs[0]}`);
    await pane.matchesFresh();
    await pane.session.stop();
  });

  it('a number format changed (onFormatChanged, no onChanged) is followed: the figure’s precision with it', async () => {
    // A figure printed as "0.00": the format says it is 199.12, as the totals have it.
    const printed = structuredClone(data);
    const sheet = printed.sheets.find((s) => s.name === broken.sheet)!;
    sheet.cells[broken.cell] = { ...sheet.cells[broken.cell], value: 199.124, numFmt: '0.00' };
    const pane = open(printed);
    await pane.check();
    const before = essence(pane.result.findings);
    await pane.watch();
    pane.fake.formatCells(broken.sheet, broken.cell, '0.000');
    await pane.settle();
    assert.equal(pane.outcomes.length, 1, 'a re-check follows the format change');
    assert.equal(pane.last.report.full, false);
    assert.deepEqual(pane.syncs, [pane.syncs[0]]);
    assert.ok(pane.syncs[0] <= 2);
    await pane.matchesFresh();
    assert.notDeepEqual(essence(pane.result.findings), before, 'published as 199.124, the figure no longer adds up');
    await pane.session.stop();
    assert.equal(pane.fake.listenerCount('onFormatChanged'), 0, 'stopping removes that handler too');
  });

  it('a re-check that fails: the status gets the error, and the next edit brings every change in (a structural one too)', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    let failing = true;
    pane.fake.beforeSync = () => {
      if (failing) throw new FakeOfficeError('GeneralException', 'There was an internal error while processing the request.');
    };
    // A cell edit whose re-check fails (Excel busy, the network…): its cells are read at the next edit, not forgotten.
    pane.fake.typeValue(broken.sheet, broken.cell, 199.12);
    await pane.settle(1);
    failing = false;
    assert.equal(pane.outcomes.length, 0);
    pane.fake.typeValue(broken.sheet, 'Z45', '已核');
    await pane.settle(1);
    assert.equal(valueAt(pane.grid, broken), 199.12);
    assert.deepEqual(markedCells(pane.fake, [broken]), {});
    await pane.matchesFresh();
    // And the re-checks after it cost what they did before the failure (not a search in two steps from then on).
    pane.fake.typeValue(broken.sheet, broken.cell, 191.12);
    await pane.settle(1);
    assert.deepEqual(pane.syncs.slice(-1), [2]);
    pane.fake.typeValue(broken.sheet, 'Z46', '已核');
    await pane.settle(1);
    assert.deepEqual(pane.syncs.slice(-1), [1]);

    // Rows inserted, and the read of the whole workbook that follows fails.
    failing = true;
    pane.fake.insertRows(broken.sheet, 3, 2);
    await pane.settle(2);
    failing = false;
    // The next edit, a value typed: the workbook is read whole, since positions moved since the last read.
    const moved = { sheet: broken.sheet, cell: down(broken.cell, 2) };
    pane.fake.typeValue(broken.sheet, 'Z50', '已核');
    await pane.settle(2);
    assert.equal(pane.last.report.full, true);
    assert.equal(markedCells(pane.fake, [moved])[`${moved.sheet}!${moved.cell}`], 'error', 'the mark where the figure is now');
    assert.deepEqual(markedCells(pane.fake, [broken]), {}, 'none left where it was');
    await pane.matchesFresh();
    await pane.session.stop();
  });

  it('a session stopped while a re-check is under way ends after it, its outcome delivered', async () => {
    let release!: () => void;
    let started!: () => void;
    const begun = new Promise<void>((resolve) => (started = resolve));
    let onEdit: ((edit: WorkbookEdit) => void) | undefined;
    let unwatched = false;
    const host = {
      info: () => ({ language: 'zh-CN', name: 'stub' }),
      watch: async (listener: (edit: WorkbookEdit) => void) => {
        onEdit = listener;
        return async () => void (unwatched = true);
      },
      recheck: async (_edits: PendingEdits, marksFor: (read: WorkbookGrid) => unknown[]): Promise<RecheckReport> => {
        const read: WorkbookGrid = { sheets: [] };
        marksFor(read);
        started();
        await new Promise<void>((resolve) => (release = resolve));
        return { read, full: false, remarked: [] };
      },
    } as unknown as LiveHost;
    const delivered: string[] = [];
    const session = await LiveSession.start(host, {
      findings: () => [],
      dismissals: () => [],
      delayMs: 5,
      onRecheck: () => delivered.push('outcome'),
      onError: (error) => delivered.push(`error ${String(error)}`),
    });
    onEdit!({ sheetId: 's', address: 'A1' });
    await begun;
    let stopped = false;
    const stopping = session.stop().then(() => (stopped = true));
    await sleep(20);
    assert.equal(stopped, false, 'stop waits for the re-check under way');
    release();
    await stopping;
    assert.deepEqual(delivered, ['outcome']);
    assert.equal(unwatched, true);
    // Whoever waited for the stop (the pane's 清除标记) runs after the re-check's marks, never under them.
    onEdit!({ sheetId: 's', address: 'A2' });
    await sleep(20);
    assert.deepEqual(delivered, ['outcome'], 'nothing after the stop');
  });
});

describe('live check, reviewed: the queue under edits that never pause', () => {
  it('a re-check runs at the latest after a few pauses’ time, however the edits keep arriving', async () => {
    const runs: number[] = [];
    const queue = new LiveQueue(async (edits) => void runs.push(edits.cells.length), 40);
    const started = Date.now();
    let pushed = 0;
    while (Date.now() - started < 700) {
      queue.push({ sheetId: 's', address: `A${++pushed}` });
      await sleep(10);
    }
    assert.ok(runs.length >= 1, 'a co-author or a macro writing every 10 ms must not hold the marks back forever');
    await queue.settled();
    assert.equal(
      runs.reduce((a, b) => a + b, 0),
      pushed,
      'every edit re-checked once',
    );
    queue.stop();
  });

  it('the longest wait is bounded with fake timers too: no re-check while a burst lasts less than it', async () => {
    const pending: { run: () => void; at: number }[] = [];
    let now = 0;
    const timers: Timers = {
      set: (run, ms) => {
        const entry = { run, at: now + ms };
        pending.push(entry);
        return entry;
      },
      clear: (handle) => void pending.splice(pending.indexOf(handle as (typeof pending)[number]), 1),
    };
    const advance = (ms: number) => {
      const until = now + ms;
      for (;;) {
        const next = pending.filter((p) => p.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        pending.splice(pending.indexOf(next), 1);
        now = next.at;
        next.run();
      }
      now = until;
    };
    const runs: number[] = [];
    const queue = new LiveQueue(async () => void runs.push(now), 150, timers);
    for (let t = 0; t < 600; t += 100) {
      queue.push({ sheetId: 's', address: `A${t}` });
      advance(100);
    }
    assert.deepEqual(runs, [], 'within the longest wait, edits 100 ms apart are one burst');
    for (let t = 600; t < 3000; t += 100) {
      queue.push({ sheetId: 's', address: `A${t}` });
      advance(100);
      await Promise.resolve();
    }
    assert.ok(runs.length >= 1 && runs[0] <= 1500, `first re-check at ${runs[0]} ms`);
    queue.stop();
  });
});

describe('live check, reviewed: probed, and holds', function () {
  this.timeout(120_000);

  let data: FakeWorkbookData;
  let grid: WorkbookGrid;
  let broken: Cell;

  before(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    grid = workbookToGrid(wb, 'seed-2024.xlsx');
    broken = locate(grid, 'T03', '2010350', '基本支出');
    data = seedFromWorkbook(wb, { name: 'seed-2024.xlsx' });
    const sheet = data.sheets.find((s) => s.name === broken.sheet)!;
    sheet.cells[broken.cell] = { ...sheet.cells[broken.cell], value: 191.12 };
  });

  after(closeFake);

  it('change types: only RangeEdited with an address is read alone; the rest reads the workbook whole', () => {
    const edit = (changeType: string, address = 'B5') => editOf({ worksheetId: 'id', address, changeType } as never);
    assert.deepEqual(edit('RangeEdited'), { sheetId: 'id', address: 'B5' });
    for (const type of ['RowInserted', 'RowDeleted', 'ColumnInserted', 'ColumnDeleted', 'CellInserted', 'CellDeleted', 'Unknown', 'Other'])
      assert.deepEqual(edit(type), { sheetId: 'id', structural: true }, type);
    assert.deepEqual(edit('RangeEdited', ''), { sheetId: 'id', structural: true });
  });

  it('a row typed below the last used row, a whole row, a multi-area address, cells inserted: each as it should be', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    const sheet = grid.sheets.find((s) => s.name === broken.sheet)!;
    const below = sheet.rows.length + 3; // 1-based row past the used range
    pane.fake.typeValue(broken.sheet, `B${below}`, '补充说明');
    pane.fake.typeValue(broken.sheet, `C${below}`, 12.5);
    await pane.settle();
    assert.equal(pane.last.report.full, false);
    await pane.matchesFresh();

    // Cleared again (the used range shrinks back), reported as the whole row.
    pane.fake.clearCells(broken.sheet, `${below}:${below}`);
    await pane.settle();
    assert.equal(pane.last.report.full, false);
    assert.deepEqual(pane.syncs.slice(-1), [1]);
    await pane.matchesFresh();

    // A value typed into several selected cells at once (Ctrl+Enter): one event, a multi-area address.
    const { row, col } = parseA1(broken.cell);
    pane.fake.typeValue(broken.sheet, broken.cell, 199.12);
    pane.fake.typeValue(broken.sheet, a1(row + 40, col), 1);
    pane.fake.raiseChanged(broken.sheet, `${broken.cell}, ${a1(row + 40, col)}:${a1(row + 40, col + 1)}`, 'RangeEdited');
    await pane.settle();
    assert.deepEqual(markedCells(pane.fake, [broken]), {});
    await pane.matchesFresh();

    // Cells inserted (shift down): whole, as a row insert is.
    pane.fake.raiseChanged(broken.sheet, 'B5:C5', 'CellInserted');
    await pane.settle();
    assert.equal(pane.last.report.full, true);
    await pane.session.stop();
  });

  it('a sheet deleted while watching: read whole, its findings and marks gone from the check', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    pane.fake.deleteSheet(broken.sheet);
    await pane.settle();
    assert.equal(pane.last.report.full, true);
    assert.ok(!pane.grid.sheets.some((s) => s.name === broken.sheet));
    await pane.matchesFresh();
    // Editing goes on.
    const other = grid.sheets.find((s) => s.name !== broken.sheet)!.name;
    pane.fake.typeValue(other, 'Z40', '已核');
    await pane.settle();
    assert.equal(pane.last.report.full, false);
    await pane.session.stop();
  });

  it('a patched grid keeps number formats, numbers as text, noisy formula results and cleared cells as a fresh read does', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    const { row, col } = parseA1(broken.cell);
    const at = (r: number, c: number) => a1(row + r, col + c);
    pane.fake.paste(
      broken.sheet,
      broken.cell,
      [
        [75.26000000000752, '199.12', 3],
        [null, 12, 7.5],
      ],
      [
        ['0.00', '@', '#,##0.00_);(#,##0.00)'],
        ['0.00', 'General', '0'],
      ],
    );
    await pane.settle();
    await pane.matchesFresh();
    assert.equal(valueAt(pane.grid, { sheet: broken.sheet, cell: at(0, 1) }), '199.12', 'text stays text');
    const formats = pane.grid.sheets.find((s) => s.name === broken.sheet)!.formats!;
    assert.equal(formats[row][col], '0.00');
    assert.equal(formats[row + 1]?.[col] ?? null, null, 'an empty cell has no format in the grid');

    // Values cleared: their formats stay in the sheet but leave the grid.
    pane.fake.clearCells(broken.sheet, `${at(0, 0)}:${at(1, 2)}`);
    await pane.settle();
    await pane.matchesFresh();
    // The last used row emptied by a paste of empties.
    const last = pane.grid.sheets.find((s) => s.name === broken.sheet)!.rows.length;
    pane.fake.paste(broken.sheet, `A${last}`, [Array.from({ length: 30 }, () => null)]);
    await pane.settle();
    await pane.matchesFresh();
    await pane.session.stop();
  });

  it('a large paste (past a read block) over and beyond the used range: read whole, and equal to a fresh read', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    const block = Array.from({ length: 300 }, (_, i) => Array.from({ length: 200 }, (_, j) => ((i + j) % 7 === 0 ? i + j : null)));
    pane.fake.paste(broken.sheet, 'AA1', block);
    await pane.settle();
    assert.equal(pane.last.report.full, true);
    await pane.matchesFresh();
    await pane.session.stop();
  });

  it('an edit in a merged area, and a value typed on a sheet not recognised: read alone, checked whole', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    const merged = data.sheets.find((s) => s.name === broken.sheet)!.merges![0];
    const topLeft = merged.split(':')[0];
    pane.fake.typeValue(broken.sheet, topLeft, '支出决算表（改）');
    pane.fake.raiseChanged(broken.sheet, merged, 'RangeEdited');
    pane.fake.addSheet('草稿');
    pane.fake.typeValue('草稿', 'A1', '备注');
    await pane.settle();
    await pane.matchesFresh();
    await pane.session.stop();
  });
});
