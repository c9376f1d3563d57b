/**
 * The lean reader (src/xlsx/lean/) gives, cell for cell, the grid the ExcelJS adapter gives: on every corpus
 * workbook, the samples, the formula-noise workbook and the hostile ones; and on hand-made parts, what ExcelJS
 * gets wrong or cannot bound (half-read numbers, a merge to the sheet's end, a zip bomb, too many rows).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkbookGrid } from '../src/core/grid';
import { check } from '../src/engine';
import { readWorkbookGrid } from '../src/xlsx/lean/read';
import { MAX_COLUMNS, MAX_ROWS } from '../src/xlsx/limits';
import { loadWorkbookBuffer, UnreadableWorkbookError, workbookToGrid } from '../src/xlsx/read';
import { CORPUS } from './corpus';
import { formulaBook, writeFormulaWorkbook } from './helpers/formulas';
import { sampleGrid } from './helpers/sample';
import { bulkyWorkbook, sizeMismatch } from './hostile/workbooks';
import { handXlsx, withStatedSize } from './lean/parts';

async function viaExcelJS(bytes: Buffer, name: string): Promise<WorkbookGrid> {
  return workbookToGrid(await loadWorkbookBuffer(bytes, name), name);
}

async function sameGrid(bytes: Buffer, name: string): Promise<WorkbookGrid> {
  const lean = readWorkbookGrid(bytes, name);
  assert.deepStrictEqual(lean, await viaExcelJS(bytes, name), name);
  return lean;
}

/** The message each reader gives for bytes it cannot read. */
async function refusals(bytes: Buffer, name: string): Promise<[string, string]> {
  let lean = '';
  let exceljs = '';
  try {
    readWorkbookGrid(bytes, name);
  } catch (e) {
    assert.ok(e instanceof UnreadableWorkbookError, String(e));
    lean = e.message;
  }
  try {
    await viaExcelJS(bytes, name);
  } catch (e) {
    assert.ok(e instanceof UnreadableWorkbookError, String(e));
    exceljs = e.message;
  }
  return [lean, exceljs];
}

const cell = (grid: WorkbookGrid, sheet: number, r: number, c: number) => grid.sheets[sheet].rows[r]?.[c] ?? null;

describe('lean reader: the same grid as ExcelJS', function () {
  this.timeout(120_000);

  for (const c of CORPUS)
    it(`corpus ${c.id} ${c.file}`, async () => {
      const bytes = Buffer.from((await c.build().xlsx.writeBuffer()) as ArrayBuffer);
      await sameGrid(bytes, c.file);
    });

  for (const file of fs.readdirSync('samples').filter((f) => f.endsWith('.xlsx')))
    it(`samples/${file}`, async () => {
      const grid = await sameGrid(fs.readFileSync(path.join('samples', file)), file);
      assert.ok(grid.sheets.length > 0);
    });

  it('the formula-noise workbook: cached results, formats, uncalculated formulas, a hidden sheet', async () => {
    const book = formulaBook(await sampleGrid());
    const file = path.join(os.tmpdir(), `juesuan-lean-formulas-${process.pid}.xlsx`);
    try {
      await writeFormulaWorkbook(book, file);
      const grid = await sameGrid(fs.readFileSync(file), 'formulas.xlsx');
      assert.ok(grid.sheets.some((s) => s.hidden));
      assert.ok(grid.sheets.some((s) => s.formats?.length));
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('hostile: a bulky sheet of numbers; a zip whose stated size is wrong', async () => {
    await sameGrid(await bulkyWorkbook(300, 10), 'bulky.xlsx');
    const [lean, exceljs] = await refusals(await sizeMismatch(fs.readFileSync('samples/seed-2024.xlsx')), '损坏.xlsx');
    assert.match(lean, /^损坏\.xlsx：工作簿已损坏或无法解析（/);
    assert.match(exceljs, /^损坏\.xlsx：工作簿已损坏或无法解析（/);
  });

  it('not a workbook, an OLE (encrypted) file, a truncated zip: the same plain messages', async () => {
    const sample = fs.readFileSync('samples/seed-2024.xlsx');
    const ole = Buffer.alloc(64);
    ole.writeUInt32BE(0xd0cf11e0, 0);
    for (const [bytes, re] of [
      [Buffer.from('单位,金额\n'), /：不是 \.xlsx 工作簿/],
      [ole, /：这是加密的工作簿或旧版 \.xls 文件/],
      [sample.subarray(0, sample.length >> 1), /：工作簿已损坏或无法解析/],
    ] as const) {
      const [lean, exceljs] = await refusals(bytes, 'x.xlsx');
      assert.match(lean, re);
      assert.match(exceljs, re);
    }
  });

  it('hand-made parts: shared, inline and rich strings without phonetic runs, entities, x: prefixes, errors, booleans, dates', async () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00_ "/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="2"/></cellXfs>';
    const shared = [
      '<t>收入&amp;支出</t>',
      '<r><t>公开</t></r><r><rPr><b/></rPr><t>01表</t></r><rPh sb="0" eb="2"><t>こうかい</t></rPh>',
      '<t xml:space="preserve"> 合计_x000D_</t>',
    ];
    const rows =
      '<sheetData>' +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2" s="1"><v>1234.5</v></c><c r="B2" s="3"><v>-0.005</v></c><c r="C2" s="2"><v>45292</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#DIV/0!</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>行内&lt;文本&gt;</t></is></c><c r="B3" s="1"><f>SUM(A2:A2)</f><v>1234.5</v></c><c r="C3"><f>A2*2</f></c><c r="D3" t="str"><f>"a"</f><v>文本结果</v></c></row>' +
      '<row r="5"><c r="A5" s="1"/><c r="C5"><v>7</v></c></row>' +
      '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
    const bytes = handXlsx(
      [
        { name: '公开01表', body: rows },
        { name: '隐藏', body: '<sheetData/>', state: 'hidden' },
      ],
      { shared, styles },
    );
    const grid = await sameGrid(bytes, 'hand.xlsx');
    assert.deepEqual(grid.sheets[0].rows[0], ['收入&支出', null, ' 合计\r']);
    assert.deepEqual(grid.sheets[0].rows[1], [1234.5, -0.005, '2024-01-01', true, '#DIV/0!']);
    assert.deepEqual(grid.sheets[0].rows[2], ['行内<文本>', 1234.5, null, '文本结果']);
    assert.deepEqual(grid.sheets[0].uncalculated, ['C3']);
    assert.equal(grid.sheets[0].formats?.[1]?.[0], '#,##0.00_ ');
    assert.equal(grid.sheets[1].hidden, true);
    // The rich string without its phonetic run.
    const rich = handXlsx([{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }], {
      shared: [shared[1]],
    });
    assert.equal(cell(await sameGrid(rich, 'rich.xlsx'), 0, 0, 0), '公开01表');
    // x:-prefixed elements read as the plain ones.
    const prefixed = handXlsx([{ name: 'P', body: '<x:sheetData><x:row r="1"><x:c r="B1"><x:v>3.25</x:v></x:c></x:row></x:sheetData>' }], {
      prefix: 'x',
    });
    assert.deepEqual(readWorkbookGrid(prefixed, 'p.xlsx').sheets[0].rows, [[null, 3.25]]);
  });

  it('a half-read number (403.05abc, 0x10) is text, and the engine names the cell', async () => {
    const body =
      '<sheetData><row r="1"><c r="A1"><v>403.05abc</v></c><c r="B1"><v>0x10</v></c><c r="C1"><v> 12.5 </v></c><c r="D1"><v>1E3</v></c></row></sheetData>';
    const grid = readWorkbookGrid(handXlsx([{ name: 'S', body }]), 'half.xlsx');
    assert.deepEqual(grid.sheets[0].rows[0], ['403.05abc', '0x10', 12.5, 1000]);
    // In a table: the sample's 公开01表 with one figure half-read.
    const sample = await sampleGrid();
    const t = sample.sheets.find((s) => s.name === '公开01表')!;
    const r = t.rows.findIndex((row) => row.includes(403.05));
    const c = t.rows[r].indexOf(403.05);
    t.rows[r][c] = readWorkbookGrid(
      handXlsx([{ name: 'S', body: `<sheetData><row r="1"><c r="A1"><v>${t.rows[r][c]}abc</v></c></row></sheetData>` }]),
    ).sheets[0].rows[0][0];
    const result = check(sample);
    assert.ok(
      result.findings.some((f) => f.rule === 'R02' && f.sheet === '公开01表'),
      JSON.stringify(result.findings.map((f) => f.rule)),
    );
  });

  it('a merge over H40:XFD1048576 is clipped to the cells the sheet holds, in both readers', async () => {
    const rowsXml = Array.from(
      { length: 45 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="J${i + 1}"><v>1</v></c></row>`,
    ).join('');
    const body = `<sheetData>${rowsXml}</sheetData><mergeCells count="2"><mergeCell ref="H40:XFD1048576"/><mergeCell ref="A100:C200"/></mergeCells>`;
    const bytes = handXlsx([{ name: '表', body }]);
    const lean = readWorkbookGrid(bytes, 'merge.xlsx');
    assert.deepEqual(lean.sheets[0].merges, [{ top: 39, left: 7, bottom: 44, right: 9 }]);
    assert.equal(cell(lean, 0, 40, 9), null); // J41 lies in the merge: its value is the merge's
    assert.equal(cell(lean, 0, 38, 9), 1);
  });

  it('a zip part stated over 200 MB is refused before it is inflated; a sheet beyond the rows or columns a 决算 can have is refused, naming it', async () => {
    const bytes = handXlsx([{ name: '表', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }]);
    const bomb = withStatedSize(bytes, 'xl/worksheets/sheet1.xml', 300 * 1024 * 1024);
    assert.throws(
      () => readWorkbookGrid(bomb, '炸弹.xlsx'),
      /^Error: 炸弹\.xlsx：工作簿中的 xl\/worksheets\/sheet1\.xml 解压后有 300\.0 MB，超过每个部分 200 MB 的上限/,
    );
    const far = handXlsx([
      { name: '公开02表', body: `<sheetData><row r="${MAX_ROWS + 1}"><c r="A${MAX_ROWS + 1}"><v>1</v></c></row></sheetData>` },
    ]);
    assert.throws(
      () => readWorkbookGrid(far, '长.xlsx'),
      (e: Error) => e instanceof UnreadableWorkbookError && /^长\.xlsx：工作表“公开02表”在第 100001 行有内容/.test(e.message),
    );
    const [lean, exceljs] = await refusals(far, '长.xlsx');
    assert.equal(lean, exceljs);
    const wide = handXlsx([{ name: '宽', body: `<sheetData><row r="1"><c r="ALN1"><v>1</v></c></row></sheetData>` }]);
    assert.throws(() => readWorkbookGrid(wide, '宽.xlsx'), new RegExp(`工作表“宽”在第 ${MAX_COLUMNS + 2} 列有内容`));
  });
});
