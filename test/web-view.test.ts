/**
 * The offline page's read-only view, read without ExcelJS (src/xlsx/lean/view.ts, styles.ts) and drawn from
 * the view model (src/hosts/file/viewModel.ts): cell styles, the extent with the empty bordered cells of a
 * table (issue 13 item 5), borders per side, merges clipped to the extent (issue 15), column widths, and the
 * bytes ExcelJS gets for the annotated copy (src/xlsx/lean/sanitize.ts).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { readWorkbookGrid } from '../src/xlsx/lean/read';
import { readWorkbookLayout } from '../src/xlsx/lean/view';
import { readCellStyles, type BorderSides, type CellStyle } from '../src/xlsx/lean/styles';
import { safeForExcelJS } from '../src/xlsx/lean/sanitize';
import { UnreadableWorkbookError } from '../src/xlsx/errors';
import { cellEdges, sheetView, viewCell, type SheetView } from '../src/hosts/file/viewModel';
import { parseA1 } from '../src/core/grid';
import { CORPUS } from './corpus';
import { SAMPLE } from './helpers/sample';
import { handXlsx, withStatedSize } from './lean/parts';
import { withMerge } from './hostile/zips';

/** Styles: 1 bold, centred, wrapped, all thin; 2 bottom (hair) only; 3 thick top, thin left (start); 4 #,##0.00 right, double right; 5 nothing; 6 bold only. */
const STYLES = `<fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="5"><border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>
<border><left/><right/><top/><bottom style="hair"><color rgb="FF000000"/></bottom></border>
<border><start style="thin"/><end/><top style="thick"/><bottom/></border>
<border><left/><right style="double"/><top/><bottom/></border></borders>
<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"><alignment horizontal="centerContinuous" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="2" xfId="0"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="3" xfId="0"/>
<xf numFmtId="4" fontId="0" fillId="0" borderId="4" xfId="0"><alignment horizontal="right"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment horizontal="general" wrapText="0"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs>`;

/** Values in A1:B2 only; the table's borders go on over empty cells to D5; a bold empty cell far below. */
const SHEET = `<cols><col min="1" max="1" width="20" customWidth="1"/><col min="3" max="4" width="4"/></cols>
<sheetData><row r="1"><c r="A1" s="1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" s="1"/></row>
<row r="2"><c r="A2" s="4"><v>1234.5</v></c><c r="B2" s="2"/></row>
<row r="3"><c r="C3" s="3"/></row>
<row r="5"><c r="D5" s="1"/></row>
<row r="900"><c r="Z900" s="6"/></row></sheetData>
<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C4:XFD1048576"/></mergeCells>`;

function handView(): SheetView {
  const bytes = handXlsx([{ name: '表', body: SHEET }], { styles: STYLES });
  const grid = readWorkbookGrid(bytes, 'hand.xlsx');
  const layout = readWorkbookLayout(bytes, grid);
  return sheetView(layout.sheets[0], grid.sheets[0], layout.styles);
}

const edgesAt = (sheet: SheetView, ref: string) => {
  const { row, col } = parseA1(ref);
  return cellEdges(sheet, row, col);
};

const WEIGHT: Record<string, number> = {
  hair: 1,
  thin: 1,
  dotted: 1,
  dashed: 1,
  dashDot: 1,
  dashDotDot: 1,
  medium: 2,
  thick: 3,
  double: 4,
};
WEIGHT.mediumDashed = WEIGHT.mediumDashDot = WEIGHT.mediumDashDotDot = WEIGHT.slantDashDot = 2;

/** A cell's style as ExcelJS reads it, in the view's terms. */
function exceljsStyle(cell: ExcelJS.Cell | undefined): CellStyle {
  const out: CellStyle = {};
  if (!cell) return out;
  const border: BorderSides = {};
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const style = cell.border?.[side]?.style;
    if (style) border[side] = WEIGHT[style] as BorderSides['top'];
  }
  if (Object.keys(border).length) out.border = border;
  if (cell.font?.bold) out.bold = true;
  const h = cell.alignment?.horizontal;
  if (h === 'center' || h === 'centerContinuous') out.align = 'center';
  else if (h === 'left' || h === 'right') out.align = h;
  if (cell.alignment?.wrapText) out.wrap = true;
  return out;
}

/** Compares the view's style of every cell with ExcelJS's; returns how many empty cells have a border. */
async function sameStylesAsExcelJS(bytes: Buffer, file: string): Promise<number> {
  const grid = readWorkbookGrid(bytes, file);
  const layout = readWorkbookLayout(bytes, grid);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  let emptyBordered = 0;
  for (const sheet of layout.sheets) {
    const ws = wb.getWorksheet(sheet.name)!;
    for (let r = 0; r < Math.max(ws.rowCount, sheet.rows); r++)
      for (let c = 0; c < Math.max(ws.columnCount, sheet.cols); c++) {
        const cell = ws.findCell(r + 1, c + 1);
        const theirs = exceljsStyle(cell);
        const inside = r < sheet.rows && c < sheet.cols;
        const ours = inside ? (layout.styles[sheet.styleIds[r]?.[c] ?? 0] ?? {}) : {};
        // Beyond the extent the view draws nothing: no border may be left out there.
        if (!inside) assert.equal(theirs.border, undefined, `${file} ${sheet.name} r${r} c${c} bordered beyond the view`);
        else assert.deepEqual(ours, theirs, `${file} ${sheet.name} r${r} c${c}`);
        if (inside && theirs.border && (cell?.value ?? null) === null) emptyBordered++;
      }
  }
  return emptyBordered;
}

describe('offline page: the workbook view without ExcelJS', () => {
  it('reads each cell style: bold, alignment, wrap, and every border side by weight', () => {
    const styles = readCellStyles(`<styleSheet>${STYLES}</styleSheet>`);
    assert.deepEqual(styles, [
      {},
      { bold: true, align: 'center', wrap: true, border: { left: 1, right: 1, top: 1, bottom: 1 } },
      { border: { bottom: 1 } },
      { border: { left: 1, top: 3 } },
      { align: 'right', border: { right: 4 } },
      {},
      { bold: true },
    ]);
  });

  it('draws empty bordered cells as the file has them: the extent takes them in, side by side', () => {
    const sheet = handView();
    // The values end at B2, the borders at D5: the view shows A1:D5 (the bold-only cell Z900 adds nothing).
    assert.deepEqual([sheet.rows, sheet.cols], [5, 4]);
    // B2 holds nothing but a bottom line; C3 nothing but a thick top and a thin left.
    assert.deepEqual(viewCell(sheet, 1, 1), { text: '' });
    assert.deepEqual(edgesAt(sheet, 'B2'), { bottom: 1 });
    assert.deepEqual(edgesAt(sheet, 'C2'), { bottom: 3 }, 'C3 top, drawn as the bottom of C2');
    assert.deepEqual(edgesAt(sheet, 'B3'), { right: 1 }, 'C3 left, drawn as the right of B3');
    assert.deepEqual(edgesAt(sheet, 'D5'), { right: 1, bottom: 1 });
    assert.deepEqual(edgesAt(sheet, 'D4'), { bottom: 1 }, 'D5 top');
    // A2: the number with its format, right-aligned, a double right line (and no left one of its own).
    assert.deepEqual(viewCell(sheet, 1, 0), { text: '1,234.50', num: true, align: 'right' });
    assert.deepEqual(edgesAt(sheet, 'A2'), { right: 4 });
    // The first row drawn has its top edge; a merged area draws the edges of its cells.
    assert.deepEqual(cellEdges(sheet, 0, 0, { top: 0, left: 0, bottom: 0, right: 1 }), { top: 1, right: 1, bottom: 1, left: 1 });
    assert.deepEqual(cellEdges(sheet, 2, 2, undefined, 2), { top: 3 }, 'C3 drawn first: its own top');
  });

  it('gives every cell the style ExcelJS reads, empty bordered cells included: the corpus and the samples', async function () {
    this.timeout(120_000);
    let emptyBordered = 0;
    for (const c of CORPUS)
      emptyBordered += await sameStylesAsExcelJS(Buffer.from((await c.build().xlsx.writeBuffer()) as ArrayBuffer), c.file);
    for (const file of fs.readdirSync('samples').filter((f) => f.endsWith('.xlsx')))
      emptyBordered += await sameStylesAsExcelJS(fs.readFileSync(`samples/${file}`), file);
    assert.ok(emptyBordered > 5000, `${emptyBordered} empty bordered cells`);
  });

  it('clips merges to the extent (C4:XFD1048576 becomes C4:D5) and says it did; widths per column', () => {
    const sheet = handView();
    assert.deepEqual(sheet.merges, [
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 3, left: 2, bottom: 4, right: 3 },
    ]);
    assert.equal(sheet.mergesClipped, true);
    assert.deepEqual(sheet.widths, [145, 64, 33, 33]);
  });

  it('the sample: every empty cell of a table keeps its four borders (公开01表 C8, F8)', async () => {
    const bytes = fs.readFileSync(SAMPLE);
    const grid = readWorkbookGrid(bytes, 'seed-2024.xlsx');
    const layout = readWorkbookLayout(bytes, grid);
    const at = layout.sheets.findIndex((s) => s.name === '公开01表');
    const sheet = sheetView(layout.sheets[at], grid.sheets[at], layout.styles);
    for (const ref of ['C8', 'F8']) {
      const { row, col } = parseA1(ref);
      assert.equal(viewCell(sheet, row, col)?.text, '', `${ref} is empty`);
      assert.deepEqual(cellEdges(sheet, row, col, undefined, row), { top: 1, right: 1, bottom: 1 }, ref);
    }
    // What ExcelJS reads of the same file agrees: the cells are there, bordered, with no value.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const c8 = wb.getWorksheet('公开01表')!.getCell('C8');
    assert.equal(c8.value, null);
    assert.equal(c8.border?.bottom?.style, 'thin');
    // Every sheet's view reaches as far as its grid, and its widths are the file's.
    layout.sheets.forEach((s, i) => {
      assert.ok(s.rows >= grid.sheets[i].rows.length, s.name);
      assert.equal(s.widths.length, s.cols);
    });
    assert.equal(layout.sheets[at].widths[0], Math.round(34 * 7 + 5));
  });

  it('gives ExcelJS the merges clipped, so the merge over H40:XFD1048576 loads in a blink', async function () {
    this.timeout(30_000);
    const bytes = withMerge(SAMPLE);
    const grid = readWorkbookGrid(bytes, 'merge.xlsx');
    const layout = readWorkbookLayout(bytes, grid);
    const first = layout.sheets[0];
    assert.equal(first.mergesClipped, true);
    const safe = safeForExcelJS(bytes, 'merge.xlsx', new Map([[first.name, first.merges]]));
    const started = Date.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(safe) as unknown as ArrayBuffer);
    assert.ok(Date.now() - started < 10_000);
    assert.deepEqual([...wb.worksheets[0].model.merges].sort(), ['A1:F1', 'A38:F38', 'A4:C4', 'D4:F4']);
    // A workbook without such merges goes to ExcelJS as it was.
    const plain = fs.readFileSync(SAMPLE);
    assert.equal(safeForExcelJS(plain, 'seed.xlsx', new Map()), plain);
  });

  it('refuses for ExcelJS a part the reader never reads but is stated beyond the cap', () => {
    const bytes = handXlsx([{ name: '表', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }]);
    const bomb = withStatedSize(bytes, '_rels/.rels', 300 * 1024 * 1024);
    assert.throws(
      () => safeForExcelJS(bomb, '炸弹.xlsx', new Map()),
      (e: Error) => e instanceof UnreadableWorkbookError && /^炸弹\.xlsx：工作簿中的 _rels\/\.rels 解压后有 300\.0 MB/.test(e.message),
    );
  });
});
