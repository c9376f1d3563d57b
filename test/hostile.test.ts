/**
 * Hostile and broken input, each with what the user sees: formulas with and without computed values,
 * Excel error values, merged cells over figures, hidden rows and sheets, a table continued on a second
 * sheet, two tables on one sheet, negative numbers in parentheses, a very large sheet.
 */
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { loadWorkbookBuffer, workbookToGrid } from '../src/xlsx/read';
import { check as checkGrid, type CheckResult } from '../src/engine';
import type { WorkbookGrid } from '../src/core/grid';
import { locate, SAMPLE, sampleGrid } from './helpers/sample';

async function sampleBook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return wb;
}

/** Round trip through a real .xlsx, as a user's file would arrive. */
async function check(wb: ExcelJS.Workbook): Promise<CheckResult> {
  const buf = await wb.xlsx.writeBuffer();
  return checkGrid(workbookToGrid(await loadWorkbookBuffer(Buffer.from(buf), 'hostile.xlsx'), 'hostile.xlsx'));
}

const errors = (r: CheckResult) => r.findings.filter((f) => f.severity === 'error');

describe('hostile and broken input', () => {
  let grid: WorkbookGrid;
  before(async () => {
    grid = await sampleGrid();
  });

  it('formulas: their computed values are checked like typed ones', async () => {
    const wb = await sampleBook();
    const at = locate(grid, 'T01', '本年收入合计');
    wb.getWorksheet(at.sheet)!.getCell(at.cell).value = { formula: 'C7+C8', result: 403.05 } as ExcelJS.CellFormulaValue;
    const r = await check(wb);
    assert.deepEqual(errors(r), []);
    assert.ok(!r.findings.some((f) => f.rule === 'R03'));
  });

  it('a formula without a computed value is a warning naming its cell, never a silent 0', async () => {
    const wb = await sampleBook();
    const at = locate(grid, 'T05', '合计', '基本支出');
    wb.getWorksheet(at.sheet)!.getCell(at.cell).value = { formula: 'SUM(D8:D25)' } as ExcelJS.CellFormulaValue;
    const r = await check(wb);
    const w = r.findings.find((f) => f.rule === 'R03');
    assert.ok(w);
    assert.equal(w.cell, at.cell);
    assert.match(w.message, /没有计算结果/);
  });

  it('an Excel error value (#REF!) in a figure is an error', async () => {
    const wb = await sampleBook();
    const at = locate(grid, 'T03', '2010350', '基本支出');
    wb.getWorksheet(at.sheet)!.getCell(at.cell).value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    const r = await check(wb);
    const e = errors(r).find((f) => f.rule === 'R02');
    assert.ok(e, JSON.stringify(r.findings.map((f) => f.rule)));
    assert.equal(e.cell, at.cell);
    assert.match(e.message, /#REF!/);
  });

  it('merged cells over figures: the value of the merged area is read once, at its top-left', async () => {
    const wb = await sampleBook();
    const at = locate(grid, 'T05', '合计', '项目支出');
    const ws = wb.getWorksheet(at.sheet)!;
    ws.getCell(at.cell).value = 130.61;
    const below = at.cell.replace(/\d+$/, (n) => String(Number(n) + 1));
    ws.getCell(below).value = null;
    // 项目支出 of 合计 and the next row merged vertically: the next row's figure reads as blank.
    ws.mergeCells(`${at.cell}:${below}`);
    const r = await check(wb);
    assert.ok(
      errors(r).some((f) => f.cells.some((c) => c.cell === below)),
      'the figure hidden by the merge breaks its row',
    );
  });

  it('hidden sheets and rows are still checked; a hidden second copy of a table is reported', async () => {
    const wb = await sampleBook();
    const ws = wb.getWorksheet('公开02表')!;
    ws.state = 'hidden';
    ws.getRow(10).hidden = true;
    const copy = wb.addWorksheet('隐藏副本', { state: 'veryHidden' });
    ws.eachRow((row, n) => row.eachCell((c, col) => (copy.getCell(n, col).value = c.value)));
    copy.getCell('C7').value = 999;
    const r = await check(wb);
    assert.equal(r.tables.find((t) => t.key === 'T02')?.sheet, '公开02表');
    const dup = r.findings.find((f) => f.rule === 'R01' && /隐藏副本/.test(f.message));
    assert.ok(dup, 'two sheets claim 收入决算表');
  });

  it('a 科目 table continued on a second sheet (续表, title repeated) is checked as one', async () => {
    const g = structuredClone(grid);
    const s = g.sheets.find((x) => x.name === '公开05表')!;
    const first = s.rows.findIndex((r) => r[0] === '208');
    const cont = { name: '公开05表(续)', rows: [...s.rows.slice(0, 6), ...s.rows.slice(first, 25)] };
    s.rows = [...s.rows.slice(0, first), ...s.rows.slice(25)];
    g.sheets.splice(g.sheets.indexOf(s) + 1, 0, cont);
    const r = checkGrid(g);
    assert.deepEqual(errors(r), []);
    assert.ok(r.findings.some((f) => /续表/.test(f.message)));
  });

  it('two tables on one sheet are both recognised', () => {
    const g = structuredClone(grid);
    const a = g.sheets.find((x) => x.name === '公开07表')!;
    const b = g.sheets.find((x) => x.name === '公开08表')!;
    a.rows = [...a.rows, [], [], ...b.rows];
    a.merges = [
      ...(a.merges ?? []),
      ...(b.merges ?? []).map((m) => ({
        ...m,
        top: m.top + a.rows.length - b.rows.length,
        bottom: m.bottom + a.rows.length - b.rows.length,
      })),
    ];
    g.sheets.splice(g.sheets.indexOf(b), 1);
    const r = checkGrid(g);
    assert.equal(r.tables.find((t) => t.key === 'T07')?.sheet, '公开07表');
    assert.equal(r.tables.find((t) => t.key === 'T08')?.sheet, '公开07表');
    assert.deepEqual(errors(r), []);
  });

  it('reads negative numbers written in parentheses', () => {
    const g = structuredClone(grid);
    const at = locate(g, 'T01', '年末结转和结余');
    const sheet = g.sheets.find((x) => x.name === at.sheet)!;
    const rowIdx = Number(at.cell.slice(1)) - 1;
    sheet.rows[rowIdx][5] = '(1.00)';
    const r = checkGrid(g);
    // 支出总计 = 403.05 + (−1.00) breaks T01-4 by exactly −1.00; the (1.00) cell holds −1.00 and should hold 0.
    const f = errors(r).find((x) => x.rule === 'T01-4');
    assert.match(f?.message ?? '', /左边合计 403\.05，右边合计 402\.05/);
    assert.deepEqual([f?.actual, f?.expected], ['-1.00', '0.00']);
  });

  it('a 100,000-row sheet beside the tables: checked to the end, listed as unrecognised', () => {
    const g = structuredClone(grid);
    const rows = Array.from({ length: 100_000 }, (_, i) => [`明细${i}`, i * 1.5, i % 7 === 0 ? '——' : null, '说明文字']);
    g.sheets.push({ name: '明细账', rows });
    const r = checkGrid(g);
    assert.equal(r.tables.length, 10);
    assert.ok(r.unrecognized.includes('明细账'));
    assert.deepEqual(errors(r), []);
  });
});
