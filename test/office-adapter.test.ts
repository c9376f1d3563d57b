/**
 * The Excel adapter (src/hosts/office/) against the in-memory fake of Office.js
 * (test/fakes/excel.ts), seeded from the sample workbook: what it reads, what a full check costs in
 * round trips, and that its marks come off leaving every cell, format and the user's own conditional
 * formats exactly as they were.
 */
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { loadWorkbookBuffer, workbookToGrid } from '../src/xlsx/read';
import { OfficeHost, REQUIRED_EXCEL_API, STATE_SETTING } from '../src/hosts/office/officeHost';
import { LEGACY_MARKS_SETTING } from '../src/hosts/office/markFormats';
import { MARK_COLORS } from '../src/marks';
import { compactAddresses, parseAreas, splitAreas } from '../src/hosts/office/address';
import type { WorkbookGrid } from '../src/core/grid';
import { check } from '../src/engine';
import type { Mark } from '../src/hosts/seam';
import type { StoredState } from '../src/hosts/state';
import {
  FakeExcel,
  FakeOfficeError,
  NotImplementedInFake,
  installFakeOffice,
  type FakeWorkbookData,
  type WorkbookSnapshot,
} from './fakes/excel';
import { seedFromWorkbook, seedFromXlsx } from './fakes/seed';
import { locate, SAMPLE, sampleGrid } from './helpers/sample';

const USER_FILL = 'FF00B050';
const USER_CF_FILL = 'FF00B0F0';

interface Fixture {
  data: FakeWorkbookData;
  grid: WorkbookGrid;
}

let sample: Fixture;
/** The sample with 公开03表 2010350 基本支出 = 191.12, a user's own fill on that cell and a user's own conditional format over it. */
let broken: Fixture;
let brokenCell: { sheet: string; cell: string };
/** Another user fill elsewhere, on a cell the check does not mark. */
const otherFill = { sheet: '公开01表', cell: 'A3' };

async function fixtureFrom(wb: ExcelJS.Workbook, name: string): Promise<Fixture> {
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const reread = await loadWorkbookBuffer(buf, name);
  return { data: await seedFromXlsx(buf, { name }), grid: workbookToGrid(reread, name) };
}

let uninstall: (() => void) | undefined;
function open(data: FakeWorkbookData, options?: ConstructorParameters<typeof FakeExcel>[1]): { fake: FakeExcel; host: OfficeHost } {
  const fake = new FakeExcel(structuredClone(data), options);
  return reopenWith(fake);
}
function reopenWith(fake: FakeExcel): { fake: FakeExcel; host: OfficeHost } {
  uninstall?.();
  uninstall = installFakeOffice(fake);
  return { fake, host: new OfficeHost() };
}

function marksOf(grid: WorkbookGrid): Mark[] {
  return check(grid)
    .findings.filter((f) => f.severity !== 'info')
    .flatMap((f) => f.cells.map((c) => ({ sheet: c.sheet, cell: c.cell, severity: f.severity, message: f.message })));
}

/** readWorkbook → check → mark(errors & warnings), as the pane does it. */
async function fullCheck(fake: FakeExcel, host: OfficeHost): Promise<{ syncs: number; marks: Mark[]; grid: WorkbookGrid }> {
  const before = fake.syncCount;
  const grid = await host.readWorkbook();
  const marks = marksOf(grid);
  await host.mark(marks);
  return { syncs: fake.syncCount - before, marks, grid };
}

const valuesOnly = (s: WorkbookSnapshot) =>
  s.sheets.map((sh) => ({
    name: sh.name,
    values: Object.fromEntries(Object.entries(sh.cells).map(([a, c]) => [a, [c.value, c.formula ?? null]])),
  }));

/** Rows of every sheet, merges (as sets) and visibility must be those of the ExcelJS reader. */
function assertSameGrid(actual: WorkbookGrid, expected: WorkbookGrid): void {
  assert.deepEqual(
    actual.sheets.map((s) => s.name),
    expected.sheets.map((s) => s.name),
  );
  const byPos = (a: { top: number; left: number }, b: { top: number; left: number }) => a.top - b.top || a.left - b.left;
  actual.sheets.forEach((s, i) => {
    const e = expected.sheets[i];
    assert.deepEqual(s.rows, e.rows, `rows of ${s.name}`);
    assert.deepEqual([...(s.merges ?? [])].sort(byPos), [...(e.merges ?? [])].sort(byPos), `merges of ${s.name}`);
    assert.equal(s.hidden, e.hidden, `visibility of ${s.name}`);
    assert.deepEqual(s.formats ?? [], e.formats ?? [], `number formats of ${s.name}`);
  });
}

function assertMarked(fake: FakeExcel, marks: Mark[]): void {
  assert.ok(marks.length > 0);
  const errorCells = new Set(marks.filter((m) => m.severity === 'error').map((m) => `${m.sheet}!${m.cell}`));
  for (const m of marks) {
    const top = fake.conditionalFormatsAt(m.sheet, m.cell)[0];
    const severity = errorCells.has(`${m.sheet}!${m.cell}`) ? 'error' : 'warning';
    assert.ok(top, `${m.sheet}!${m.cell} has no conditional format`);
    assert.equal(top.type, 'Custom');
    assert.equal(top.formula, '=TRUE');
    assert.equal(top.fill, MARK_COLORS[severity].fill, `${m.sheet}!${m.cell} fill`);
    assert.equal(top.fontColor, MARK_COLORS[severity].font, `${m.sheet}!${m.cell} font`);
  }
}

/** Ids are per session: compare snapshots across a reopen without them. */
const withoutIds = (s: WorkbookSnapshot) => ({
  ...s,
  sheets: s.sheets.map((sh) => ({ ...sh, conditionalFormats: sh.conditionalFormats.map(({ id: _id, ...rest }) => rest) })),
});

describe('Excel adapter (Office.js) against the fake Excel', function () {
  this.timeout(120_000);

  before(async () => {
    const sampleWb = new ExcelJS.Workbook();
    await sampleWb.xlsx.readFile(SAMPLE);
    sample = { data: seedFromWorkbook(sampleWb, { name: 'seed-2024.xlsx' }), grid: workbookToGrid(sampleWb, 'seed-2024.xlsx') };

    brokenCell = locate(await sampleGrid(), 'T03', '2010350', '基本支出');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const ws = wb.getWorksheet(brokenCell.sheet)!;
    const cell = ws.getCell(brokenCell.cell);
    cell.value = 191.12;
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: USER_FILL } } };
    const c = wb.getWorksheet(otherFill.sheet)!.getCell(otherFill.cell);
    c.style = { ...c.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: USER_FILL } } };
    const col = brokenCell.cell.replace(/\d+/g, '');
    ws.addConditionalFormatting({
      ref: `${col}5:${col}26`,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`${col}5>100`],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: USER_CF_FILL } } },
        },
      ],
    });
    // A user format with the add-in's rule (=TRUE) but the user's colours: never taken for a mark.
    wb.getWorksheet(otherFill.sheet)!.addConditionalFormatting({
      ref: 'A1:B2',
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: ['TRUE'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: USER_CF_FILL } } },
        },
      ],
    });
    broken = await fixtureFrom(wb, 'broken.xlsx');
  });

  after(() => uninstall?.());

  describe('the seeded fake', () => {
    it('carries the user fills and the user conditional format of the file', () => {
      const { fake } = open(broken.data);
      assert.equal(fake.cell(brokenCell.sheet, brokenCell.cell)?.fill, `#${USER_FILL.slice(2)}`);
      assert.equal(fake.cell(brokenCell.sheet, brokenCell.cell)?.value, 191.12);
      const cfs = fake.conditionalFormatsAt(brokenCell.sheet, brokenCell.cell);
      assert.equal(cfs.length, 1);
      assert.equal(cfs[0].type, 'Custom');
      assert.equal(cfs[0].fill, `#${USER_CF_FILL.slice(2)}`);
      const trueRule = fake.conditionalFormatsAt(otherFill.sheet, 'A1');
      assert.equal(trueRule.length, 1);
      assert.equal(trueRule[0].formula, '=TRUE');
    });
  });

  describe('readWorkbook', () => {
    it('gives the same rows, merges and visibility as the ExcelJS reader (sample)', async () => {
      const { host } = open(sample.data);
      assertSameGrid(await host.readWorkbook(), sample.grid);
    });

    it('gives the same grid for the changed copy, and the check finds 191.12', async () => {
      const { host } = open(broken.data);
      const grid = await host.readWorkbook();
      assertSameGrid(grid, broken.grid);
      const marks = marksOf(grid);
      assert.ok(
        marks.some((m) => m.sheet === brokenCell.sheet && m.cell === brokenCell.cell && m.severity === 'error'),
        'the changed figure is an error',
      );
    });

    it('places a used range that starts at C3 at its absolute position, and reads hidden sheets as hidden', async () => {
      const { host } = open({
        sheets: [
          { name: 'Sheet1', cells: { C3: { value: 1 }, E4: { value: 'x' }, D6: { value: true } }, merges: ['C3:D3'] },
          { name: 'Hidden', visibility: 'Hidden', cells: { A1: { value: 'h' } } },
          { name: 'Empty', cells: { B2: { value: null, fill: '#FF0000' } } },
        ],
      });
      const grid = await host.readWorkbook();
      assert.deepEqual(grid.sheets[0].rows, [[], [], [null, null, 1], [null, null, null, null, 'x'], [], [null, null, null, true]]);
      assert.deepEqual(grid.sheets[0].merges, [{ top: 2, left: 2, bottom: 2, right: 3 }]);
      assert.equal(grid.sheets[1].hidden, true);
      assert.deepEqual(grid.sheets[2].rows, []);
    });

    it('costs 2 round trips whatever the workbook size', async () => {
      const { fake, host } = open(sample.data);
      await host.readWorkbook();
      assert.equal(fake.syncCount, 2);
    });

    it('reads past the payload limit in blocks, never sending an oversize response, and still gets every value', async () => {
      const big = bigWorkbook(20_000);
      const { fake, host } = open(big, { limits: { payloadBytes: 400_000 } });
      const grid = await host.readWorkbook();
      const expected = bigRows(20_000);
      assert.deepEqual(grid.sheets.find((s) => s.name === '明细')!.rows, expected);
      const failed = fake.syncLog.filter((s) => s.error);
      assert.ok(failed.every((s) => s.error === 'ResponsePayloadSizeLimitExceeded'));
      assert.ok(fake.syncLog.filter((s) => !s.error).every((s) => s.responseBytes <= 400_000));
      console.log(`      (payload limit lowered to 400 kB: ${fake.syncCount} round trips, ${failed.length} refused)`);
    });
  });

  describe('a full check (readWorkbook → check → mark)', () => {
    it('costs 4 round trips, and 4 again when marks are already there', async () => {
      const { fake, host } = open(broken.data);
      const first = await fullCheck(fake, host);
      assert.equal(first.syncs, 4);
      const again = await fullCheck(fake, new OfficeHost());
      assert.equal(again.syncs, 4);
      console.log(`      (first check: ${first.syncs} round trips; second, with marks to replace: ${again.syncs})`);
    });

    it('costs the same on a workbook with a 20,000-row sheet', async () => {
      const data = structuredClone(broken.data);
      data.sheets.push(bigWorkbook(20_000).sheets[0]);
      const { fake, host } = open(data);
      const r = await fullCheck(fake, host);
      assert.equal(r.syncs, 4);
      assert.deepEqual(r.grid.sheets.find((s) => s.name === '明细')!.rows, bigRows(20_000));
      console.log(
        `      (20,000-row sheet: ${r.syncs} round trips, largest response ${Math.max(...fake.syncLog.map((s) => s.responseBytes))} bytes)`,
      );
    });

    it('marks the cells with the add-in conditional format, on top of the user format, without touching any value or fill', async () => {
      const { fake, host } = open(broken.data);
      const before = fake.snapshot();
      const { marks } = await fullCheck(fake, host);
      assertMarked(fake, marks);
      assert.ok(marks.some((m) => m.sheet === brokenCell.sheet && m.cell === brokenCell.cell));
      // The user's own format is still there, below the mark.
      const cfs = fake.conditionalFormatsAt(brokenCell.sheet, brokenCell.cell);
      assert.equal(cfs.length, 2);
      assert.equal(cfs[1].fill, `#${USER_CF_FILL.slice(2)}`);
      const after = fake.snapshot();
      assert.deepEqual(valuesOnly(after), valuesOnly(before));
      // Cells (values and direct formats) and settings are untouched; only conditional formats were added.
      assert.deepEqual(
        after.sheets.map((s) => s.cells),
        before.sheets.map((s) => s.cells),
      );
      assert.deepEqual(after.settings, before.settings);
    });

    it('runs every batch with delayForCellEdit: each waits while a cell is being edited, then goes on', async () => {
      const { fake, host } = open(broken.data);
      const endEditSoon = () => setTimeout(() => (fake.cellEditMode = false), 20);
      fake.cellEditMode = true;
      endEditSoon();
      await fullCheck(fake, host);
      fake.cellEditMode = true;
      endEditSoon();
      await host.clearMarks();
      await host.saveState({ version: 1, supplement: {}, dismissals: [] });
      await host.loadState();
      await host.select(brokenCell.sheet, brokenCell.cell);
      await host.writeTextSheet('情况说明', ['一、部门职责'], false);
      assert.ok(fake.runs.length >= 7);
      assert.ok(fake.runs.every((r) => r.delayForCellEdit));
    });
  });

  describe('clearMarks', () => {
    it('restores every value, format, the user conditional format and the settings exactly', async () => {
      const { fake, host } = open(broken.data);
      const before = fake.snapshot();
      await fullCheck(fake, host);
      assert.notDeepEqual(fake.snapshot(), before);
      await host.clearMarks();
      assert.deepEqual(fake.snapshot(), before);
    });

    it('restores exactly after marking twice', async () => {
      const { fake, host } = open(broken.data);
      const before = fake.snapshot();
      await fullCheck(fake, host);
      const once = fake.snapshot();
      await fullCheck(fake, host);
      // The second check replaces the marks: the same formats, no duplicates.
      assert.deepEqual(withoutIds(fake.snapshot()), withoutIds(once));
      await host.clearMarks();
      assert.deepEqual(fake.snapshot(), before);
    });

    it('restores exactly after mark() twice without a read in between', async () => {
      const { fake, host } = open(broken.data);
      const before = fake.snapshot();
      const { marks } = await fullCheck(fake, host);
      const s = fake.syncCount;
      await host.mark(marks.slice(0, 1));
      assert.equal(fake.syncCount - s, 2, 'replacing marks after a read is two round trips');
      await host.mark(marks);
      await host.clearMarks();
      assert.deepEqual(fake.snapshot(), before);
    });

    it('after a save and reopen removes only the marks', async () => {
      const first = open(broken.data);
      const before = first.fake.snapshot();
      await fullCheck(first.fake, first.host);
      const reopened = reopenWith(first.fake.reopen());
      await reopened.host.clearMarks();
      const after = reopened.fake.snapshot();
      assert.deepEqual(withoutIds(after), withoutIds(before));
      // The user's format is still there and still on the cell.
      const cfs = reopened.fake.conditionalFormatsAt(brokenCell.sheet, brokenCell.cell);
      assert.equal(cfs.length, 1);
      assert.equal(cfs[0].fill, `#${USER_CF_FILL.slice(2)}`);
      // A fresh pane in the reopened workbook: a full check still costs 3 and clears exactly.
      const again = reopenWith(first.fake.reopen());
      const r = await fullCheck(again.fake, again.host);
      assert.equal(r.syncs, 4);
      await again.host.clearMarks();
      assert.deepEqual(withoutIds(again.fake.snapshot()), withoutIds(before));
    });

    it('redoes the marks when one was undone between the read and mark()', async () => {
      const { fake, host } = open(broken.data);
      const before = fake.snapshot();
      await fullCheck(fake, host);
      const once = fake.snapshot();
      const grid = await host.readWorkbook();
      // The user undoes one mark (Ctrl+Z) behind the pane's back.
      const mine = fake.conditionalFormatsAt(brokenCell.sheet, brokenCell.cell)[0];
      await fake.run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.getItem(brokenCell.sheet).getRange().conditionalFormats.getItem(mine.id).delete();
      });
      await host.mark(marksOf(grid));
      assert.deepEqual(withoutIds(fake.snapshot()), withoutIds(once));
      await host.clearMarks();
      assert.deepEqual(fake.snapshot(), before);
    });

    it('on a fresh pane, mark() finds the old marks itself (3 round trips) and replaces them', async () => {
      const { fake, host } = open(broken.data);
      const before = fake.snapshot();
      const { marks } = await fullCheck(fake, host);
      const once = fake.snapshot();
      const fresh = new OfficeHost();
      const s = fake.syncCount;
      await fresh.mark(marks);
      assert.equal(fake.syncCount - s, 3);
      assert.deepEqual(withoutIds(fake.snapshot()), withoutIds(once));
      await fresh.clearMarks();
      assert.deepEqual(fake.snapshot(), before);
    });

    it('works on a host that refuses custom-format properties across a collection (searching in two steps)', async () => {
      const { fake, host } = open(broken.data);
      fake.quirks.refuseCustomLoadsOnCollections = true;
      const before = fake.snapshot();
      const first = await fullCheck(fake, host);
      const once = fake.snapshot();
      const second = await fullCheck(fake, host);
      assert.deepEqual(withoutIds(fake.snapshot()), withoutIds(once));
      await host.clearMarks();
      assert.deepEqual(fake.snapshot(), before);
      assert.ok(
        fake.syncLog.some((s) => s.error === 'InvalidOperation'),
        'the quirk was hit',
      );
      console.log(`      (with the quirk: first check ${first.syncs} round trips, second ${second.syncs})`);
    });

    it('finds marks on a sheet renamed after the check', async () => {
      const { fake, host } = open(broken.data);
      const before = fake.snapshot();
      await fullCheck(fake, host);
      const saved = fake.save();
      const renamed = saved.sheets.find((s) => s.name === brokenCell.sheet)!;
      renamed.name = '改名的表';
      const other = open(saved);
      await other.host.clearMarks();
      const after = other.fake.snapshot();
      after.sheets.find((s) => s.name === '改名的表')!.name = brokenCell.sheet;
      assert.deepEqual(withoutIds(after), withoutIds(before));
    });

    it('costs two round trips when nothing is marked', async () => {
      const { fake, host } = open(broken.data);
      const before = fake.snapshot();
      await host.clearMarks();
      assert.equal(fake.syncCount, 2);
      assert.deepEqual(fake.snapshot(), before);
    });
  });

  describe('state', () => {
    const state: StoredState = {
      version: 1,
      supplement: { 单位名称: '某某市财政局', 上年数: { 支出合计: 123.45 } } as unknown as StoredState['supplement'],
      dismissals: [
        {
          rule: 'T03-2',
          cells: ['公开03表!D10'],
          reason: '年中追加预算，已说明“原因”',
          values: ['191.12'],
          at: '2025-03-01T00:00:00.000Z',
        },
      ],
    };

    it('round-trips through the workbook settings and survives a reopen', async () => {
      const { fake, host } = open(broken.data);
      assert.deepEqual(await host.loadState(), { version: 1, supplement: {}, dismissals: [] });
      await host.saveState(state);
      assert.deepEqual(await host.loadState(), state);
      assert.equal(typeof fake.setting(STATE_SETTING), 'string');
      const reopened = reopenWith(fake.reopen());
      assert.deepEqual(await reopened.host.loadState(), state);
    });

    it('gives the empty state for broken JSON', async () => {
      const { fake, host } = open(broken.data);
      fake.setSetting(STATE_SETTING, '{"version":1,"supplement":');
      assert.deepEqual(await host.loadState(), { version: 1, supplement: {}, dismissals: [] });
    });
  });

  describe('writeTextSheet', () => {
    const lines = ['=SUM(A1)', '+1', '-1', '@x', '一、部门职责', '1.5'];

    it('writes every line as text, never as a formula or number, wrapped, in 2 round trips', async () => {
      const { fake, host } = open(broken.data);
      assert.equal(await host.writeTextSheet('情况说明', lines, false), 'written');
      assert.equal(fake.syncCount, 2);
      lines.forEach((l, i) => {
        const c = fake.cell('情况说明', `A${i + 1}`)!;
        assert.equal(c.value, l);
        assert.equal(c.formula, undefined, `A${i + 1} is not a formula`);
        assert.equal(c.numFmt, '@');
        assert.equal(c.wrapText, true);
      });
    });

    it("returns 'exists' without writing when not replacing, and replaces when asked", async () => {
      const { fake, host } = open(broken.data);
      await host.writeTextSheet('情况说明', lines, false);
      const before = fake.snapshot();
      const s = fake.syncCount;
      assert.equal(await host.writeTextSheet('情况说明', ['新的'], false), 'exists');
      assert.equal(fake.syncCount - s, 1);
      assert.deepEqual(fake.snapshot(), before);
      assert.equal(await host.writeTextSheet('情况说明', ['新的'], true), 'written');
      assert.equal(fake.cell('情况说明', 'A1')!.value, '新的');
      assert.equal(fake.cell('情况说明', 'A2'), undefined);
    });

    it('the fake would have turned the same lines into formulas without the text format (the test can fail)', async () => {
      const { fake } = open({ sheets: [{ name: 'S', cells: {} }] });
      uninstall?.();
      uninstall = installFakeOffice(fake);
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:A2').values = [['=SUM(A1)'], ['+1']];
        await ctx.sync();
      });
      assert.equal(fake.cell('S', 'A1')!.formula, '=SUM(A1)');
      assert.equal(fake.cell('S', 'A2')!.formula, '=+1');
    });
  });

  describe('select and info', () => {
    it('activates the sheet and selects the cell', async () => {
      const { fake, host } = open(broken.data);
      assert.notEqual(fake.activeSheet, brokenCell.sheet);
      await host.select(brokenCell.sheet, brokenCell.cell);
      assert.equal(fake.activeSheet, brokenCell.sheet);
      assert.deepEqual(fake.selection, { sheet: brokenCell.sheet, address: brokenCell.cell });
      assert.equal(fake.syncCount, 1);
    });

    it('reports the Office display language, zh-CN when Office is not there', () => {
      const { host } = open(broken.data, { displayLanguage: 'en-US' });
      assert.deepEqual(host.info(), { language: 'en-US', name: 'Excel', canDownload: true });
      uninstall?.();
      uninstall = undefined;
      assert.equal(new OfficeHost().info().language, 'zh-CN');
    });

    it('declares its requirement set', () => {
      assert.equal(REQUIRED_EXCEL_API, '1.13');
    });
  });

  describe('as real Excel behaves (issue 11)', () => {
    /** The broken sample, with user formats on and around the marked cell: one stops lower rules, one is a data bar. */
    function crowded(): FakeWorkbookData {
      const data = structuredClone(broken.data);
      const sheet = data.sheets.find((s) => s.name === brokenCell.sheet)!;
      const row = brokenCell.cell.replace(/[A-Z]+/g, '');
      const col = brokenCell.cell.replace(/\d+/g, '');
      sheet.conditionalFormats = [
        { type: 'Custom', areas: brokenCell.cell, formula: '=ISNUMBER(A1)', fill: '#FFFF00', fontColor: null, stopIfTrue: true },
        { type: 'Custom', areas: `A${row}:H${row}`, formula: '=MOD(ROW(),2)=0', fill: '#DDEBF7', fontColor: '#1F4E78' },
        ...(sheet.conditionalFormats ?? []),
        { type: 'DataBar', areas: `${col}5:${col}26` },
        { type: 'Custom', areas: 'A1:B2', formula: '=TRUE', fill: '#00B0F0', fontColor: null },
      ];
      return data;
    }

    for (const appendsLast of [false, true]) {
      const where = appendsLast ? 'last (as real Excel does)' : 'first (as the reference says)';
      it(`1. marks on top of every user format and clears leaving each one as it was, with formats added ${where}`, async () => {
        const { fake, host } = open(crowded());
        fake.quirks.addAppendsLast = appendsLast;
        const before = fake.snapshot();
        const { marks } = await fullCheck(fake, host);
        assertMarked(fake, marks);
        const marked = fake.snapshot();
        await fullCheck(fake, host);
        assert.deepEqual(fake.snapshot(), marked, 'a second check replaces the marks exactly');
        await host.clearMarks();
        assert.deepEqual(fake.snapshot(), before);
      });

      it(`1. 清除标记 after marks replaced without a read (an explanation) deletes the marks and nothing else (added ${where})`, async () => {
        const { fake, host } = open(crowded());
        fake.quirks.addAppendsLast = appendsLast;
        const before = fake.snapshot();
        const { marks } = await fullCheck(fake, host);
        const warning = marks.filter((m) => m.severity === 'warning');
        // 出错说明: the pane marks again at once, without reading the workbook.
        await host.mark(marks.filter((m) => !warning.includes(m)));
        await host.mark(marks);
        await host.clearMarks();
        assert.deepEqual(fake.snapshot(), before);
      });

      it(`1. keeps no id across runs: a format the user adds between two checks survives both (added ${where})`, async () => {
        const { fake, host } = open(crowded());
        fake.quirks.addAppendsLast = appendsLast;
        await fullCheck(fake, host);
        // The user adds a rule of their own on the marked cell: every position below it moves.
        await fake.run(async (ctx: Excel.RequestContext) => {
          const format = ctx.workbook.worksheets.getItem(brokenCell.sheet).getRange(brokenCell.cell).conditionalFormats.add('Custom');
          format.custom.rule.formula = '=A1>0';
          format.custom.format.fill.color = '#C6EFCE';
        });
        const withUserRule = fake
          .snapshot()
          .sheets.find((s) => s.name === brokenCell.sheet)!
          .conditionalFormats.filter((cf) => cf.fill === '#C6EFCE');
        assert.equal(withUserRule.length, 1);
        const { marks } = await fullCheck(fake, host);
        assertMarked(fake, marks);
        await host.clearMarks();
        const left = fake.snapshot().sheets.flatMap((s) => s.conditionalFormats);
        assert.equal(left.filter((cf) => cf.fill === '#C6EFCE').length, 1, 'the user’s new rule is still there');
        assert.equal(left.filter((cf) => cf.formula === '=TRUE' && cf.fill === MARK_COLORS.error.fill).length, 0, 'no mark left');
      });
    }

    it('1. verifies after marking that every user format is still there, and names the sheet when one is not', async () => {
      const { fake, host } = open(crowded());
      const grid = await host.readWorkbook();
      const start = fake.syncCount;
      // Between the marking batch's two round trips, a user rule disappears (say, a co-author deletes it).
      fake.beforeSync = (n) => {
        if (n === start + 2) fake._sheet(brokenCell.sheet)!.cfs.splice(0, 1);
      };
      assert.deepEqual(await host.mark(marksOf(grid)), { userFormatsChanged: [brokenCell.sheet] });
    });

    it('1. the fake names formats by position, as Office.js does: an id names another format after a deletion', async () => {
      const { fake } = open(crowded());
      const atSheet = (i: number) => fake.snapshot().sheets.find((s) => s.name === brokenCell.sheet)!.conditionalFormats[i];
      const second = atSheet(1);
      await fake.run(async (ctx: Excel.RequestContext) => {
        const formats = ctx.workbook.worksheets.getItem(brokenCell.sheet).getRange().conditionalFormats.load('items/id');
        await ctx.sync();
        assert.deepEqual(
          formats.items.map((f) => f.id),
          formats.items.map((_, i) => String(i)),
        );
        formats.getItem('0').delete();
        formats.getItem('0').delete(); // the same id, now the one that was second
      });
      assert.notDeepEqual(atSheet(0), second);
      assert.equal(fake.snapshot().sheets.find((s) => s.name === brokenCell.sheet)!.conditionalFormats.length, 3);
    });

    it('2. a sheet refusing writes midway: mark fails, and clearMarks still removes every mark that went in', async () => {
      const { fake, host } = open(broken.data);
      const before = fake.snapshot();
      const grid = await host.readWorkbook();
      const marks = marksOf(grid);
      const markedSheets = fake
        .snapshot()
        .sheets.map((s) => s.name)
        .filter((name) => marks.some((m) => m.sheet === name));
      assert.ok(markedSheets.length >= 2, `marks on ${markedSheets}`);
      const inPlanOrder = [...new Set(marks.map((m) => m.sheet))];
      // The sheet marked last in both orders refuses: the others are marked before the failure.
      const refusing =
        markedSheets.filter((name) => name === inPlanOrder[inPlanOrder.length - 1]).pop() ?? markedSheets[markedSheets.length - 1];
      fake.quirks.refuseWrites = [refusing];
      await assert.rejects(host.mark(marks), (e: FakeOfficeError) => e.code === 'AccessDenied');
      assert.notDeepEqual(fake.snapshot(), before, 'some marks went in before the failure');
      await host.clearMarks();
      assert.deepEqual(fake.snapshot(), before);
    });

    it('3. skips a protected sheet with a report naming it; the read and the findings are as without protection', async () => {
      const data = structuredClone(broken.data);
      data.sheets.find((s) => s.name === brokenCell.sheet)!.protected = true;
      const { fake, host } = open(data);
      const before = fake.snapshot();
      const grid = await host.readWorkbook();
      assertSameGrid(grid, broken.grid);
      const report = await host.mark(marksOf(grid));
      assert.deepEqual(report, { protectedSheets: [brokenCell.sheet] });
      const after = fake.snapshot();
      const sheetOf = (s: WorkbookSnapshot) => s.sheets.find((x) => x.name === brokenCell.sheet);
      assert.deepEqual(sheetOf(after), sheetOf(before), 'nothing written on the protected sheet');
      assert.notDeepEqual(after, before, 'the other sheets are marked');
      assert.deepEqual(await host.clearMarks(), {});
      assert.deepEqual(fake.snapshot(), before);
    });

    it('3. leaves the marks of a sheet protected after the check, and says so when clearing', async () => {
      const { fake, host } = open(broken.data);
      await fullCheck(fake, host);
      fake.protectSheet(brokenCell.sheet);
      const marked = fake.snapshot();
      const report = await host.clearMarks();
      assert.deepEqual(report, { protectedSheets: [brokenCell.sheet] });
      const sheetOf = (s: WorkbookSnapshot) => s.sheets.find((x) => x.name === brokenCell.sheet);
      assert.deepEqual(sheetOf(fake.snapshot()), sheetOf(marked));
      fake.protectSheet(brokenCell.sheet, false);
      await host.clearMarks();
      assert.equal(
        fake
          .snapshot()
          .sheets.flatMap((s) => s.conditionalFormats)
          .filter((cf) => cf.formula === '=TRUE' && cf.fontColor === MARK_COLORS.error.font).length,
        0,
      );
    });

    it('3. will not insert the 情况说明 sheet into a protected structure, nor replace a protected sheet, and says which', async () => {
      const data = structuredClone(broken.data);
      data.structureProtected = true;
      const { fake, host } = open(data);
      const before = fake.snapshot();
      assert.equal(await host.writeTextSheet('情况说明', ['一、部门职责'], false), 'structureProtected');
      assert.deepEqual(fake.snapshot(), before);
      const withSheet = structuredClone(broken.data);
      withSheet.sheets.push({ name: '情况说明', protected: true, cells: { A1: { value: '旧的' } } });
      const second = open(withSheet);
      const kept = second.fake.snapshot();
      assert.equal(await second.host.writeTextSheet('情况说明', ['新的'], true), 'sheetProtected');
      assert.deepEqual(second.fake.snapshot(), kept);
    });

    it('4. reads a used range past the cell limit (values come back null) in blocks', async () => {
      const { fake, host } = open(bigWorkbook(20_000), { limits: { rangeCells: 30_000, overLimitRead: 'null' } });
      const grid = await host.readWorkbook();
      assert.deepEqual(grid.sheets[0].rows, bigRows(20_000));
      assert.ok(fake.syncLog.every((s) => !s.error));
      console.log(`      (120,000 cells over a 30,000-cell limit: ${fake.syncCount} round trips)`);
    });

    it('4. reads a sheet with more merged areas than Excel gives without them, names it, and keeps the others', async () => {
      const { host } = open(
        {
          sheets: [
            { name: '多合并', cells: { A1: { value: 1 }, C3: { value: 'x' } }, merges: ['A1:B1', 'C3:D3', 'A5:B5'] },
            { name: '少合并', cells: { A1: { value: 't' } }, merges: ['A1:C1'] },
          ],
        },
        { limits: { mergedAreas: 2 } },
      );
      const grid = await host.readWorkbook();
      assert.deepEqual(grid.mergesUnread, ['多合并']);
      assert.deepEqual(grid.sheets[0].merges, []);
      assert.deepEqual(grid.sheets[0].rows, [[1], [], [null, null, 'x']]);
      assert.deepEqual(grid.sheets[1].merges, [{ top: 0, left: 0, bottom: 0, right: 2 }]);
    });

    it('4. checks the sample the same when no sheet’s merged areas can be read', async () => {
      const { host } = open(sample.data, { limits: { mergedAreas: 0 } });
      const grid = await host.readWorkbook();
      assert.ok((grid.mergesUnread ?? []).length > 0);
      const strip = (r: ReturnType<typeof check>) => r.findings.map((f) => [f.rule, f.severity, f.cell].join(' '));
      assert.deepEqual(strip(check(grid)), strip(check(sample.grid)));
    });

    for (const [what, edit] of [
      ['a row inserted', (fake: FakeExcel) => fake.insertRows(brokenCell.sheet, 3)],
      ['a value typed into a marked cell', (fake: FakeExcel) => fake.typeValue(brokenCell.sheet, brokenCell.cell, 191.13)],
      ['a sheet renamed', (fake: FakeExcel) => (fake._sheet(brokenCell.sheet)!.name = '改名')],
    ] as const) {
      it(`5. ${what} between the read and the marks: nothing is marked, and the report says check again`, async () => {
        const { fake, host } = open(broken.data);
        const grid = await host.readWorkbook();
        edit(fake);
        const before = fake.snapshot();
        const s = fake.syncCount;
        assert.deepEqual(await host.mark(marksOf(grid)), { stale: true });
        assert.deepEqual(fake.snapshot(), before);
        assert.equal(fake.syncCount - s, 1, 'found in the marking batch’s first round trip');
        // Checked again, the marks land where the figures now are.
        const again = await fullCheck(fake, host);
        assertMarked(fake, again.marks);
      });
    }

    it('5. an edit between the marking batch’s own round trips is caught too', async () => {
      const { fake, host } = open(broken.data);
      const grid = await host.readWorkbook();
      const start = fake.syncCount;
      fake.beforeSync = (n) => {
        if (n === start + 1) fake.insertRows(brokenCell.sheet, 2);
      };
      assert.deepEqual(await host.mark(marksOf(grid)), { stale: true });
    });

    it('5. the check waits while a cell is being edited, and reads what was typed', async () => {
      const { fake, host } = open(broken.data);
      fake.cellEditMode = true;
      const checking = fullCheck(fake, host);
      await new Promise((r) => setTimeout(r, 30));
      assert.equal(fake.syncCount, 0, 'nothing sent while the cell is edited');
      fake.typeValue(brokenCell.sheet, brokenCell.cell, 199.12);
      fake.cellEditMode = false;
      const { grid, marks } = await checking;
      const at = parseAreas(brokenCell.cell)[0];
      assert.equal(grid.sheets.find((s) => s.name === brokenCell.sheet)!.rows[at.top][at.left], 199.12);
      assert.ok(!marks.some((m) => m.sheet === brokenCell.sheet && m.cell === brokenCell.cell && m.severity === 'error'));
    });

    it('6. says a finding’s sheet is hidden instead of failing, and shows it when asked', async () => {
      const data = structuredClone(broken.data);
      data.sheets.find((s) => s.name === brokenCell.sheet)!.visibility = 'Hidden';
      const { fake, host } = open(data);
      const before = fake.snapshot();
      assert.equal(await host.select(brokenCell.sheet, brokenCell.cell), 'hidden');
      assert.deepEqual(fake.snapshot(), before);
      assert.equal(await host.select(brokenCell.sheet, brokenCell.cell, true), 'selected');
      assert.equal(fake._sheet(brokenCell.sheet)!.visibility, 'Visible');
      assert.deepEqual(fake.selection, { sheet: brokenCell.sheet, address: brokenCell.cell });
      const locked = structuredClone(data);
      locked.structureProtected = true;
      const second = open(locked);
      assert.equal(await second.host.select(brokenCell.sheet, brokenCell.cell, true), 'structureProtected');
    });

    it('6. offers no download where the web view ignores one (Mac, iPad)', () => {
      for (const platform of ['Mac', 'iOS'] as const)
        assert.equal(open(broken.data, { platform }).host.info().canDownload, false, platform);
      for (const platform of ['PC', 'OfficeOnline'] as const)
        assert.equal(open(broken.data, { platform }).host.info().canDownload, true, platform);
    });

    it('removes the record an earlier version kept in the workbook settings', async () => {
      const { fake, host } = open(broken.data);
      await fullCheck(fake, host);
      fake.setSetting(LEGACY_MARKS_SETTING, '{"version":1,"sheets":{}}');
      await host.clearMarks();
      assert.equal(fake.setting(LEGACY_MARKS_SETTING), undefined);
    });
  });

  describe('the fake behaves like office.js', () => {
    it('throws on a member it does not implement, naming it', async () => {
      const { fake } = open(broken.data);
      await assert.rejects(
        fake.run(async (ctx: Excel.RequestContext) => {
          void ctx.workbook.tables;
        }),
        (e: Error) => e instanceof NotImplementedInFake && /Workbook\.tables/.test(e.message),
      );
      await assert.rejects(
        fake.run(async (ctx: Excel.RequestContext) => {
          ctx.workbook.worksheets.getItem('公开01表').getRange('A1').load('formulas');
          await ctx.sync();
        }),
        (e: Error) => e instanceof NotImplementedInFake && /formulas/.test(e.message),
      );
    });

    it('throws PropertyNotLoaded before load + sync, counts only syncs that carry commands, and flushes at the end of run', async () => {
      const { fake } = open(broken.data);
      await fake.run(async (ctx: Excel.RequestContext) => {
        const r = ctx.workbook.worksheets.getItem('公开01表').getRange('A1');
        assert.throws(
          () => r.values,
          (e: FakeOfficeError) => e.code === 'PropertyNotLoaded',
        );
        r.load('values');
        assert.throws(
          () => r.values,
          (e: FakeOfficeError) => e.code === 'PropertyNotLoaded',
        );
        await ctx.sync();
        assert.equal(typeof r.values[0][0], 'string');
        await ctx.sync(); // nothing queued: no round trip
        ctx.workbook.settings.add('k', 'v'); // left for the closing flush
      });
      assert.equal(fake.syncCount, 2);
      assert.equal(fake.setting('k'), 'v');
    });

    it('fails a run without delayForCellEdit in cell edit mode, and refuses proxies after their run', async () => {
      const { fake } = open(broken.data);
      fake.cellEditMode = true;
      await assert.rejects(
        fake.run(async (ctx: Excel.RequestContext) => {
          ctx.workbook.load('name');
          await ctx.sync();
        }),
        (e: FakeOfficeError) => e.code === 'InvalidOperationInCellEditMode',
      );
      fake.cellEditMode = false;
      let kept: Excel.Range | undefined;
      await fake.run(async (ctx: Excel.RequestContext) => {
        kept = ctx.workbook.worksheets.getItem('公开01表').getRange('A1');
      });
      assert.throws(
        () => kept!.load('values'),
        (e: FakeOfficeError) => e.code === 'InvalidObjectPath',
      );
    });
  });

  describe('addresses', () => {
    it('parses quoted, multi-area addresses as Excel reports them', () => {
      assert.deepEqual(splitAreas("'a,b''s'!A1:B2, Sheet1!C3"), ["'a,b''s'!A1:B2", 'Sheet1!C3']);
      assert.deepEqual(parseAreas("'公开01表'!A1:F1, '公开01表'!B3"), [
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 2, left: 1, bottom: 2, right: 1 },
      ]);
    });

    it('compacts runs of cells and keeps each list short', () => {
      assert.deepEqual(compactAddresses(['B5', 'C5', 'D5', 'B9', 'C5']), ['B5:D5,B9']);
      const many = Array.from({ length: 400 }, (_, i) => `A${i * 2 + 1}`);
      const lists = compactAddresses(many, 200);
      assert.ok(lists.length > 1 && lists.every((l) => l.length <= 200));
      assert.equal(lists.join(',').split(',').length, 400);
    });
  });
});

/** A sheet "明细" with n rows × 6 columns of numbers and text, for size tests. */
function bigWorkbook(n: number): FakeWorkbookData {
  const cells: FakeWorkbookData['sheets'][number]['cells'] = {};
  const rows = bigRows(n);
  rows.forEach((row, r) => row.forEach((v, c) => (cells[`${String.fromCharCode(65 + c)}${r + 1}`] = { value: v })));
  return { sheets: [{ name: '明细', cells }] };
}

function bigRows(n: number): (string | number)[][] {
  return Array.from({ length: n }, (_, r) => [`项目${r}`, r * 1.25, r * 2 + 0.5, r % 7, `备注${r % 13}`, r / 8]);
}
