/**
 * Workbooks of formulas: every figure's cached result carries binary noise (75.26000000000752); totals are
 * sums, one table is converted from 元 by division. Such a workbook checks exactly like the same workbook
 * holding the printed values — through the grid, a real .xlsx, the command and the Office adapter.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { loadWorkbook, workbookToGrid } from '../src/xlsx/read';
import { OfficeHost } from '../src/hosts/office/officeHost';
import type { WorkbookGrid } from '../src/core/grid';
import { parseCell } from '../src/core/money';
import { MAX_PLACES, publishedPlaces } from '../src/core/numberFormat';
import { check, type CheckResult } from '../src/engine';
import { FakeExcel, installFakeOffice } from './fakes/excel';
import { seedFromWorkbook } from './fakes/seed';
import { formulaBook, writeFormulaWorkbook } from './helpers/formulas';
import { locate, sampleGrid, setCell } from './helpers/sample';

const run = promisify(execFile);

/** What a reviewer compares: rule, severity, cell, the figures and the message. */
const essence = (r: CheckResult) =>
  r.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
    message: f.message,
  }));

describe('figures that are formulas', () => {
  let base: WorkbookGrid;
  before(async () => {
    base = await sampleGrid();
  });

  describe('reading a stored double at the precision it is printed to', () => {
    const number = (raw: number, format?: string) => {
      const p = parseCell(raw, format);
      assert.equal(p.kind, 'number', `${raw} ${format}`);
      return p.kind === 'number' ? { text: p.text, published: p.published } : undefined;
    };

    it('removes the noise of sums and quotients, with or without a format', () => {
      assert.deepEqual(number(75.26000000000752), { text: '75.26', published: undefined });
      assert.deepEqual(number(75.26000000000752, '#,##0.00'), { text: '75.26', published: 2 });
      assert.deepEqual(number(0.30000000000000004), { text: '0.3', published: undefined });
      assert.deepEqual(number(12345.260000000075), { text: '12345.26', published: undefined });
      assert.deepEqual(number(-1234.5600000000013, '0.00_);(0.00)'), { text: '-1234.56', published: 2 });
    });

    it('rounds half-up to the places the format prints, from Excel’s 15 digits', () => {
      assert.deepEqual(number(75.2649, '0.00'), { text: '75.26', published: 2 });
      assert.deepEqual(number(75.26499999999999, '0.00'), { text: '75.27', published: 2 }); // typed 75.265
      assert.deepEqual(number(1234.5, '#,##0'), { text: '1235', published: 0 });
      assert.deepEqual(number(0.97456, '0.00%'), { text: '0.9746', published: 4 });
    });

    it('keeps up to six decimals of a General figure, no more', () => {
      assert.deepEqual(number(75.2649), { text: '75.2649', published: undefined });
      assert.deepEqual(number(1 / 3), { text: String(0.333333), published: undefined });
      assert.equal(MAX_PLACES, 6);
    });

    it('reads the extremes of a double without failing', () => {
      assert.deepEqual(number(5e-324), { text: '0', published: undefined });
      assert.deepEqual(number(-5e-324, '0.00'), { text: '0', published: 2 });
      assert.deepEqual(number(1e-7), { text: '0', published: undefined });
      for (const raw of [1.7976931348623157e308, -1e15, Infinity, NaN]) {
        const p = parseCell(raw);
        assert.ok(p.kind === 'text' && p.outOfRange, String(raw));
      }
    });

    it('knows which formats fix the decimals', () => {
      const cases: [string, number | undefined][] = [
        ['General', undefined],
        ['G/通用格式', undefined],
        ['@', undefined],
        ['0.00', 2],
        ['#,##0.00', 2],
        ['#,##0.00_ ', 2],
        ['#,##0.00_);[Red](#,##0.00)', 2],
        ['"¥"#,##0.00', 2],
        ['0.0000', 4],
        ['#,##0', 0],
        ['0', 0],
        ['0.0#', 2],
        ['0.00%', 4],
        ['#,##0.00,', undefined], // shown in thousands: not the value
        ['0.00E+00', undefined],
        ['yyyy-mm-dd', undefined],
        ['[$-804]yyyy"年"m"月"', undefined],
      ];
      for (const [format, places] of cases) assert.equal(publishedPlaces(format), places, format);
    });
  });

  it('a workbook of formulas checks exactly like the same workbook of printed values', () => {
    const book = formulaBook(base);
    assert.ok(book.noisy > 30, `only ${book.noisy} of the cached results carry noise`);
    const formulas = check(book.grid);
    const values = check(book.shown);
    assert.deepEqual(essence(formulas), essence(values));
    assert.equal(formulas.counts.error, 0, JSON.stringify(essence(formulas).filter((f) => f.severity === 'error')));
    assert.ok(formulas.counts.info > 0);
  });

  it('without number formats, the noise is removed all the same: the sample’s own findings', () => {
    const book = formulaBook(base, { formats: false, yuanTable: null, seed: 11 });
    assert.ok(book.noisy > 30);
    const sample = check(base);
    assert.deepEqual(essence(check(book.grid)), essence(sample));
    assert.deepEqual(sample.counts, { error: 0, warning: 0, info: 11 });
  });

  it('a total published to two decimals is judged to two decimals, whatever it stores', () => {
    // 公开06表 302 prints 18.48 against items of 18.49: a 尾数差异, also when it stores 18.4849999.
    const grid = structuredClone(base);
    const at = locate(grid, 'T06', '302');
    setCell(grid, at.sheet, at.cell, 18.484999999999);
    const r = check(grid);
    assert.equal(r.counts.error, 0);
    const tail = r.findings.find((f) => f.cell === at.cell && f.severity === 'info');
    assert.ok(tail, JSON.stringify(essence(r).filter((f) => f.cell === at.cell)));
    assert.equal(tail.actual, '18.48');
  });

  it('a broken figure among formulas is still reported at its cell', () => {
    const book = formulaBook(base);
    const at = locate(book.grid, 'T03', '2010350', '基本支出');
    setCell(book.grid, at.sheet, at.cell, 189.12000000000003);
    const r = check(book.grid);
    assert.ok(r.findings.some((f) => f.severity === 'error' && f.cells.some((c) => c.cell === at.cell && c.sheet === at.sheet)));
  });

  it('a number beyond any amount is an error naming its cell, not a crash', () => {
    const grid = structuredClone(base);
    const at = locate(grid, 'T06', '302');
    setCell(grid, at.sheet, at.cell, 1.7976931348623157e308);
    const r = check(grid);
    const e = r.findings.find((f) => f.rule === 'R02' && f.cell === at.cell);
    assert.ok(e);
    assert.equal(e.severity, 'error');
    assert.match(e.message, /超出金额可能的范围/);
  });

  describe('as real files', function () {
    this.timeout(60_000);
    let dir: string;
    let file: string;
    let valuesFile: string;
    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-formulas-'));
      file = path.join(dir, '公式.xlsx');
      valuesFile = path.join(dir, '数值.xlsx');
      const book = formulaBook(base);
      await writeFormulaWorkbook(book, file);
      await writeFormulaWorkbook({ ...book, grid: book.shown, formulas: new Map() }, valuesFile);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('the ExcelJS reader gives the cached results and their formats; findings as the values file', async () => {
      const grid = workbookToGrid(await loadWorkbook(file), file);
      const t05 = grid.sheets.find((s) => s.name === '公开05表')!;
      assert.ok(
        t05.rows.flat().some((v) => typeof v === 'number' && /\.\d{7,}/.test(String(v))),
        'noise survives the file',
      );
      assert.ok(t05.formats?.flat().includes('#,##0.00'));
      assert.deepEqual(essence(check(grid)), essence(check(workbookToGrid(await loadWorkbook(valuesFile), valuesFile))));
    });

    it('`juesuan check` reads it with exit 0 and the same counts as the values file', async () => {
      const cli = path.resolve('bin/juesuan.js');
      const a = JSON.parse((await run(process.execPath, [cli, 'check', file, '--json'])).stdout);
      const b = JSON.parse((await run(process.execPath, [cli, 'check', valuesFile, '--json'])).stdout);
      assert.deepEqual(a.counts, b.counts);
      assert.equal(a.counts.error, 0);
      assert.deepEqual(
        a.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`),
        b.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`),
      );
    });

    it('the Office adapter reads values and number formats alike: the same findings', async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const fake = new FakeExcel(seedFromWorkbook(wb, { name: '公式.xlsx' }));
      const uninstall = installFakeOffice(fake);
      try {
        const grid = await new OfficeHost().readWorkbook();
        assert.deepEqual(essence(check(grid)), essence(check(workbookToGrid(wb, file))));
      } finally {
        uninstall();
      }
    });
  });
});
