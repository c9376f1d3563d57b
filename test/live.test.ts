/// <reference types="office-js" />
/**
 * The live check (issue 17) in Excel, against the fake Office.js raising change events: after a first check
 * the pane watches the workbook and, after each pause in editing, reads only what changed, checks again and
 * rewrites only the marks that differ — in at most 2 round trips (1 when no mark changes); a structural
 * change reads the workbook whole; an undo brings back the findings and marks of before; nothing runs while
 * a cell is being edited; the user's own formats stay. Driven through the pane's own LiveSession.
 */
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Finding } from '../src/core/findings';
import { parseA1, type WorkbookGrid } from '../src/core/grid';
import { check } from '../src/engine';
import { MemoryHost } from '../src/hosts/memory/memoryHost';
import { dismiss } from '../src/hosts/state';
import { MARK_COLORS, marksFor } from '../src/marks';
import { dismissalStatus } from '../src/pane/findings';
import { findingChanges } from '../src/pane/liveCheck';
import { LiveQueue } from '../src/pane/liveQueue';
import { parseState } from '../src/hosts/state';
import { syntheticData } from '../bench/synthetic';
import { buildSampleWorkbook } from '../samples/build-sample';
import type { Mark } from '../src/hosts/seam';
import { fakeDataFromGrid, type FakeWorkbookData, type WorkbookSnapshot } from './fakes/excel';
import { closeFake, DELAY, essence, markedCells, open, sampleMistyped, valueAt, type Cell } from './helpers/livePane';
import { locate, SAMPLE } from './helpers/sample';
import { workbookToGrid } from '../src/xlsx/read';

const USER_CF = { type: 'Custom', formula: '=B1>100', fill: '#00B0F0' };

/** The marks as Excel shows them: per sheet, each mark's colour and cells, and the user's own formats in order. */
function shown(snapshot: WorkbookSnapshot) {
  return snapshot.sheets.map((sheet) => ({
    name: sheet.name,
    marks: sheet.conditionalFormats
      .filter((cf) => cf.formula === '=TRUE' && (cf.fill === MARK_COLORS.error.fill || cf.fill === MARK_COLORS.warning.fill))
      .map((cf) => `${cf.fill}:${cf.areas}`)
      .sort(),
    user: sheet.conditionalFormats.filter((cf) => cf.formula !== '=TRUE').map((cf) => `${cf.fill}:${cf.formula}:${cf.areas}`),
    values: sheet.cells,
  }));
}

/** The sheets where two sets of marks differ. */
function sheetsChanged(before: Mark[], after: Mark[]): string[] {
  const key = (m: Mark) => `${m.sheet}!${m.cell}:${m.severity}`;
  const a = new Set(before.map(key));
  const b = new Set(after.map(key));
  const sheets = new Set([...before.filter((m) => !b.has(key(m))), ...after.filter((m) => !a.has(key(m)))].map((m) => m.sheet));
  return [...sheets].sort();
}

describe('live check (issue 17): the marks follow the typing', function () {
  this.timeout(120_000);

  let data: FakeWorkbookData;
  let grid: WorkbookGrid;
  let broken: Cell; // 公开03表 2010350 基本支出, 191.12 for 199.12
  let t05: Cell; // 公开05表 2010350 基本支出: the other side of the X08 warning

  before(async () => {
    ({ data, grid, broken, t05 } = await sampleMistyped());
    const sheet = data.sheets.find((s) => s.name === broken.sheet)!;
    // The user's own conditional format over the broken figure's column: it must stay as it is.
    const col = broken.cell.replace(/\d+/g, '');
    sheet.conditionalFormats = [{ ...USER_CF, areas: `${col}5:${col}26` }];
  });

  after(closeFake);

  it('a value corrected: its finding and its mark go, in 2 round trips, and the grid equals a fresh read', async () => {
    const pane = open(data);
    assert.equal(await pane.check(), 4);
    assert.equal(markedCells(pane.fake, [broken])[`${broken.sheet}!${broken.cell}`], 'error');
    const syncs = pane.fake.syncCount;
    await pane.watch();
    assert.equal(pane.fake.syncCount - syncs, 1, 'watching costs one round trip');
    assert.equal(pane.fake.listenerCount('onChanged'), 1);

    const marksBefore = marksFor(pane.result.findings);
    pane.fake.typeValue(broken.sheet, broken.cell, 199.12);
    await pane.settle();
    assert.equal(pane.outcomes.length, 1);
    assert.deepEqual(pane.syncs, [2]);
    assert.equal(pane.last.report.full, false);
    // 公开03表 (the error) and 公开05表 (the other side of the X08 warning it caused); no other sheet.
    assert.deepEqual(pane.last.report.remarked, sheetsChanged(marksBefore, pane.last.marks));
    assert.deepEqual(pane.last.report.remarked, [broken.sheet, t05.sheet]);
    assert.ok(pane.last.changes.fixed >= 1 && pane.last.changes.added === 0, JSON.stringify(pane.last.changes));
    assert.ok(
      !pane.result.findings.some((f) => f.severity === 'error' && f.cells.some((c) => c.sheet === broken.sheet && c.cell === broken.cell)),
    );
    assert.deepEqual(markedCells(pane.fake, [broken]), {});

    // What was patched is what a read of the whole workbook now gives.
    const fresh = await pane.freshRead();
    assert.deepEqual(pane.grid, fresh);
    assert.deepEqual(essence(pane.result.findings), essence(check(fresh).findings));
    // The user's own conditional format is still there, as it was.
    const user = pane.fake
      .snapshot()
      .sheets.find((s) => s.name === broken.sheet)!
      .conditionalFormats.filter((cf) => cf.formula !== '=TRUE');
    assert.deepEqual(
      user.map((cf) => [cf.formula, cf.fill]),
      [[USER_CF.formula, USER_CF.fill]],
    );
    await pane.session.stop();
    assert.equal(pane.fake.listenerCount('onChanged'), 0, 'stopping removes the handlers');
  });

  it('an edit that breaks a figure: a new finding and its mark appear', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    const before = pane.result.findings;
    const target = locate(grid, 'T01', '一般公共预算财政拨款收入');
    pane.fake.typeValue(target.sheet, target.cell, 999);
    await pane.settle();
    assert.deepEqual(pane.syncs, [2]);
    assert.ok(pane.last.changes.added >= 1, JSON.stringify(pane.last.changes));
    assert.deepEqual(pane.last.changes, findingChanges(before, pane.result.findings));
    assert.equal(markedCells(pane.fake, [target])[`${target.sheet}!${target.cell}`], 'error');
    await pane.session.stop();
  });

  it('undo (Ctrl+Z) of an edit brings back the findings and the marks of before', async () => {
    const pane = open(data);
    await pane.check();
    const findings = essence(pane.result.findings);
    const marks = shown(pane.fake.snapshot());
    await pane.watch();

    pane.fake.typeValue(broken.sheet, broken.cell, 199.12);
    await pane.settle();
    assert.notDeepEqual(essence(pane.result.findings), findings);
    assert.notDeepEqual(shown(pane.fake.snapshot()), marks);

    pane.fake.undo();
    await pane.settle();
    assert.deepEqual(pane.syncs, [2, 2]);
    assert.equal(valueAt(pane.grid, broken), 191.12);
    assert.deepEqual(essence(pane.result.findings), findings);
    assert.deepEqual(shown(pane.fake.snapshot()), marks);
    assert.deepEqual(pane.last.changes, { fixed: 0, added: pane.outcomes[0].changes.fixed });
    await pane.session.stop();
  });

  it('a burst of typing is one re-check; an edit that changes no mark costs one round trip', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch(200); // the pane's own order of debounce, against keystrokes 20 ms apart
    const text = locate(grid, 'T01', '一般公共预算财政拨款收入');
    const sheet = grid.sheets.find((s) => s.name === text.sheet)!;
    // Typing a note in an empty cell far from the tables, a character at a time.
    for (const typed of ['说', '说明', '说明：', '说明：已核']) {
      pane.fake.typeValue(sheet.name, 'Z40', typed);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await pane.settle();
    assert.equal(pane.outcomes.length, 1, 'one re-check for the burst');
    assert.deepEqual(pane.syncs, [1]);
    assert.deepEqual(pane.last.report.remarked, []);
    assert.deepEqual(pane.last.changes, { fixed: 0, added: 0 });
    assert.equal(valueAt(pane.grid, { sheet: sheet.name, cell: 'Z40' }), '说明：已核');
    await pane.session.stop();
  });

  it('a block pasted over many figures is one re-check of one range, and pasting the old block back restores all', async () => {
    const pane = open(data);
    await pane.check();
    const findings = essence(pane.result.findings);
    const marks = shown(pane.fake.snapshot());
    await pane.watch();
    const first = locate(grid, 'T05', '2010350', '基本支出');
    const { row, col } = parseA1(first.cell);
    const sheet = grid.sheets.find((s) => s.name === first.sheet)!;
    const old = sheet.rows.slice(row, row + 3).map((r) => r.slice(col, col + 3).map((v) => v ?? null));
    pane.fake.paste(
      first.sheet,
      first.cell,
      old.map((r) => r.map((v) => (typeof v === 'number' ? v + 10 : v))),
    );
    await pane.settle();
    assert.equal(pane.outcomes.length, 1);
    assert.deepEqual(pane.syncs, [2]);
    assert.ok(pane.last.changes.added >= 2, JSON.stringify(pane.last.changes));
    assert.deepEqual(pane.grid, await pane.freshRead());

    pane.fake.paste(first.sheet, first.cell, old);
    await pane.settle();
    assert.deepEqual(essence(pane.result.findings), findings);
    assert.deepEqual(shown(pane.fake.snapshot()), marks);
    await pane.session.stop();
  });

  it('rows inserted: the workbook is read whole and every mark lands where the figures now are', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    pane.fake.insertRows(broken.sheet, 3, 2);
    await pane.settle();
    assert.equal(pane.last.report.full, true);
    assert.deepEqual(pane.syncs, [4], 'a full read and marks, as a check');
    const moved = { sheet: broken.sheet, cell: broken.cell.replace(/\d+/, (n) => String(Number(n) + 2)) };
    assert.equal(markedCells(pane.fake, [moved, broken])[`${moved.sheet}!${moved.cell}`], 'error');
    assert.equal(markedCells(pane.fake, [broken])[`${broken.sheet}!${broken.cell}`], undefined);
    assert.deepEqual(pane.grid, await pane.freshRead());
    // And edits go on incrementally from the new positions.
    pane.fake.typeValue(moved.sheet, moved.cell, 199.12);
    await pane.settle();
    assert.deepEqual(pane.syncs, [4, 2]);
    assert.deepEqual(markedCells(pane.fake, [moved]), {});
    await pane.session.stop();
  });

  it('a sheet renamed: found by the names at the next re-check, or at once where Excel raises onNameChanged (1.17)', async () => {
    for (const apiVersion of ['1.13', '1.17']) {
      const pane = open(data, apiVersion);
      await pane.check();
      await pane.watch();
      assert.equal(pane.fake.listenerCount('onNameChanged'), apiVersion === '1.17' ? 1 : 0);
      pane.fake.renameSheet(broken.sheet, '支出决算表（改）');
      await pane.settle();
      if (apiVersion === '1.13') {
        assert.equal(pane.outcomes.length, 0, 'no event for a rename before 1.17');
        pane.fake.typeValue('支出决算表（改）', broken.cell, 199.12);
        await pane.settle();
      }
      assert.equal(pane.last.report.full, true, apiVersion);
      assert.ok(pane.grid.sheets.some((s) => s.name === '支出决算表（改）'));
      assert.ok(pane.result.findings.every((f) => f.cells.every((c) => c.sheet !== broken.sheet)));
      await pane.session.stop();
    }
  });

  it('a sheet added (onAdded) reads the workbook whole, the new sheet with it', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    pane.fake.addSheet('草稿');
    await pane.settle();
    assert.equal(pane.last.report.full, true);
    assert.deepEqual(pane.syncs, [4]);
    assert.ok(pane.grid.sheets.some((sheet) => sheet.name === '草稿'));
    // Typing on it is then an edit like any other.
    pane.fake.typeValue('草稿', 'A1', '备注');
    await pane.settle();
    assert.deepEqual(pane.syncs, [4, 1]);
    assert.equal(valueAt(pane.grid, { sheet: '草稿', cell: 'A1' }), '备注');
    await pane.session.stop();
  });

  it('a whole column cleared is read within the used range, in 2 round trips', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    const col = broken.cell.replace(/\d+/g, '');
    pane.fake.clearCells(broken.sheet, `${col}:${col}`);
    await pane.settle();
    assert.equal(pane.last.report.full, false);
    assert.deepEqual(pane.syncs, [2]);
    assert.deepEqual(pane.grid, await pane.freshRead());
    await pane.session.stop();
  });

  it('nothing runs while a cell is being edited; the re-check follows when the edit ends', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    pane.fake.typeValue(broken.sheet, broken.cell, 199.12);
    pane.fake.cellEditMode = true; // the officer goes on typing in the next cell
    const syncs = pane.fake.syncCount;
    await new Promise((resolve) => setTimeout(resolve, DELAY * 5));
    assert.equal(pane.fake.syncCount, syncs, 'no round trip during the edit');
    assert.equal(pane.outcomes.length, 0);
    pane.fake.cellEditMode = false;
    await pane.settle();
    assert.equal(pane.outcomes.length, 1);
    assert.ok(pane.fake.runs.every((run) => run.delayForCellEdit));
    await pane.session.stop();
  });

  it('a 出错说明 lapses the moment one of its figures changes, and holds again when it is back', async () => {
    const pane = open(data);
    await pane.check();
    const warning = pane.result.findings.find((f) => f.rule === 'X08' && f.severity === 'warning');
    assert.ok(warning, 'the sample, broken, has the X08 warning');
    pane.dismissals = [dismiss(warning, '按财政批复口径列示', pane.grid)];
    await pane.host.mark(marksFor(pane.result.findings, pane.explained));
    assert.deepEqual(markedCells(pane.fake, [t05]), {});
    await pane.watch();
    const original = valueAt(pane.grid, t05);

    pane.fake.typeValue(t05.sheet, t05.cell, 199.13);
    await pane.settle();
    const lapsed = pane.result.findings.find((f) => f.rule === 'X08' && f.cells.some((c) => c.sheet === t05.sheet && c.cell === t05.cell));
    assert.ok(lapsed);
    assert.equal(dismissalStatus(lapsed, pane.dismissals, pane.grid).kind, 'lapsed');
    assert.equal(markedCells(pane.fake, [t05])[`${t05.sheet}!${t05.cell}`], 'warning', 'marked again');

    pane.fake.typeValue(t05.sheet, t05.cell, original as number);
    await pane.settle();
    const again = pane.result.findings.find((f) => f.rule === 'X08')!;
    assert.equal(dismissalStatus(again, pane.dismissals, pane.grid).kind, 'explained');
    assert.deepEqual(markedCells(pane.fake, [t05]), {});
    await pane.session.stop();
  });

  it('costs the same 2 round trips on a 2,000-row workbook', async function () {
    const big = workbookToGrid(buildSampleWorkbook(syntheticData(2000).data), 'synthetic-2000.xlsx');
    const pane = open(fakeDataFromGrid(big));
    assert.equal(await pane.check(), 3, 'nothing to mark: read 2, marks found 1');
    await pane.watch();
    const figure = locate(big, 'T03', '2010407'); // the first 项 the generator makes
    const value = valueAt(pane.grid, figure) as number;
    pane.fake.typeValue(figure.sheet, figure.cell, Number(value) + 1);
    await pane.settle();
    assert.deepEqual(pane.syncs, [2]);
    assert.ok(pane.last.changes.added >= 1);
    pane.fake.undo();
    await pane.settle();
    assert.deepEqual(pane.syncs, [2, 2]);
    assert.equal(pane.result.counts.error, 0);
    await pane.session.stop();
  });

  it('a protected sheet is left alone and named; its findings follow all the same', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    pane.fake.protectSheet(broken.sheet);
    pane.fake.typeValue(broken.sheet, broken.cell, 199.12);
    await pane.settle();
    assert.deepEqual(pane.last.report.protectedSheets, [broken.sheet]);
    assert.ok(!pane.last.report.remarked.includes(broken.sheet));
    assert.equal(markedCells(pane.fake, [broken])[`${broken.sheet}!${broken.cell}`], 'error', 'the old mark stays');
    assert.equal(pane.result.counts.error, 0);
    // Unprotected: the next edit brings the sheet's marks up to date.
    pane.fake.protectSheet(broken.sheet, false);
    pane.fake.typeValue(broken.sheet, 'Z40', '已核');
    await pane.settle();
    assert.deepEqual(markedCells(pane.fake, [broken]), {});
    await pane.session.stop();
  });

  it('on an Excel that refuses custom-format loads across a collection: a round trip more per search, the same marks', async () => {
    const pane = open(data);
    pane.fake.quirks.refuseCustomLoadsOnCollections = true;
    await pane.check();
    await pane.watch();
    pane.fake.typeValue(broken.sheet, broken.cell, 199.12);
    await pane.settle();
    assert.deepEqual(pane.syncs, [4], 'the search for the marks and the verification after them: one more each');
    assert.deepEqual(markedCells(pane.fake, [broken]), {});
    pane.fake.undo();
    await pane.settle();
    assert.equal(markedCells(pane.fake, [broken])[`${broken.sheet}!${broken.cell}`], 'error');
    await pane.session.stop();
  });

  it('a mark the user deleted by hand is put back at the next re-check', async () => {
    const pane = open(data);
    await pane.check();
    await pane.watch();
    // 开始 → 条件格式 → 管理规则 → 删除 of the add-in's error format on 公开03表.
    const sheet = pane.fake._sheet(broken.sheet)!;
    sheet.cfs = sheet.cfs.filter((cf) => cf.fill !== MARK_COLORS.error.fill);
    assert.deepEqual(markedCells(pane.fake, [broken]), {});
    pane.fake.typeValue(broken.sheet, 'Z40', '已核');
    await pane.settle();
    assert.equal(markedCells(pane.fake, [broken])[`${broken.sheet}!${broken.cell}`], 'error');
    await pane.session.stop();
  });

  it('the fake raises events as office.js does: by version, removed only through their own context', async () => {
    const pane = open(data);
    const { fake } = pane;
    await assert.rejects(
      Excel.run(async (context) => {
        context.workbook.worksheets.onNameChanged.add(async () => undefined);
        await context.sync();
      }),
      /ApiNotFound|could not be found/,
    );
    let registered: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    await Excel.run(async (context) => {
      registered = context.workbook.worksheets.onChanged.add(async () => undefined);
      await context.sync();
    });
    assert.equal(fake.listenerCount('onChanged'), 1);
    await assert.rejects(
      Excel.run(async (context) => {
        registered!.remove();
        await context.sync();
      }),
      /InvalidObjectPath|not valid/,
    );
    await Excel.run(registered!.context, async (context) => {
      registered!.remove();
      await context.sync();
    });
    assert.equal(fake.listenerCount('onChanged'), 0);
  });

  it('the live switch is kept in the stored state, and old states (without it) still parse, live on', () => {
    assert.equal(parseState(JSON.stringify({ version: 1, supplement: {}, dismissals: [] })).live, undefined);
    assert.equal(parseState(JSON.stringify({ version: 1, supplement: {}, dismissals: [], live: false })).live, false);
    assert.equal(parseState(JSON.stringify({ version: 1, supplement: {}, dismissals: [], live: 'no' })).live, undefined);
  });
});

describe('live check: the queue', () => {
  it('coalesces a burst into one re-check, runs one at a time, and waits for the pane’s own check', async () => {
    const runs: string[][] = [];
    let release: () => void = () => undefined;
    const queue = new LiveQueue(async (edits) => {
      runs.push(edits.cells.map((c) => c.address));
      await new Promise<void>((resolve) => (release = resolve));
    }, 10);
    queue.push({ sheetId: 's', address: 'A1' });
    queue.push({ sheetId: 's', address: 'A2' });
    queue.push({ sheetId: 's', address: 'A1' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.deepEqual(runs, [['A1', 'A2']]);
    queue.push({ sheetId: 's', address: 'B1' }); // during the re-check: waits for it
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(runs.length, 1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.deepEqual(runs, [['A1', 'A2'], ['B1']]);
    release();

    // A check of the pane's own reads everything: what was gathered before it is in its read.
    queue.push({ sheetId: 's', address: 'C1' });
    const order: string[] = [];
    await queue.exclusive(async () => {
      order.push('check');
      queue.push({ sheetId: 's', address: 'D1' }); // typed during the check: re-checked after it
      await new Promise((resolve) => setTimeout(resolve, 30));
      order.push(`runs ${runs.length}`);
    }, true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    release();
    await queue.settled();
    assert.deepEqual(order, ['check', 'runs 2']);
    assert.deepEqual(runs[2], ['D1']);
    queue.stop();
  });

  it('counts relations fixed and broken, not their amounts, and never a 尾数差异', () => {
    const f = (rule: string, cell: string, severity: Finding['severity'] = 'error', actual = '1') =>
      ({ rule, severity, cells: [{ sheet: 'S', cell }], actual, message: '' }) as unknown as Finding;
    assert.deepEqual(
      findingChanges([f('T01', 'A1'), f('T02', 'B1'), f('T03', 'C1', 'info')], [f('T01', 'A1', 'error', '2'), f('T04', 'D1')]),
      {
        fixed: 1,
        added: 1,
      },
    );
  });
});

describe('live check: the memory host (the harness)', () => {
  it('tells of setCell and insertRows, and re-marks only the sheets whose marks changed', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const g = workbookToGrid(wb, 'seed-2024.xlsx');
    const cell = locate(g, 'T03', '2010350', '基本支出');
    const host = new MemoryHost(g);
    const read = await host.readWorkbook();
    await host.mark(marksFor(check(read).findings));
    const edits: string[] = [];
    const stop = await host.watch((edit) => edits.push(edit.structural ? 'structural' : `${edit.sheetId}!${edit.address}`));
    host.setCell(cell.sheet, cell.cell, 191.12);
    host.insertRows('公开10表', 40);
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(edits, [`${cell.sheet}!${cell.cell}`, 'structural']);
    const report = await host.recheck({ cells: [{ sheetId: cell.sheet, address: cell.cell }], structural: false }, (r) =>
      marksFor(check(r).findings),
    );
    assert.ok(report.remarked.includes(cell.sheet) && report.remarked.length < g.sheets.length, report.remarked.join());
    assert.ok(host.snapshot().marks.some((m) => m.sheet === cell.sheet && m.cell === cell.cell && m.severity === 'error'));
    await stop();
    assert.equal(host.watching, 0);
  });
});
