/** The annotated copy keeps the user's own cell notes: the finding is added after them, never in their place. */
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { check } from '../src/engine';
import { annotateWorkbook } from '../src/xlsx/annotate';
import { loadWorkbookBuffer, workbookToGrid } from '../src/xlsx/read';
import { locate, SAMPLE, sampleGrid } from './helpers/sample';

const noteText = (cell: ExcelJS.Cell): string => {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
};

describe('the annotated copy', () => {
  it('appends the finding to a note the user wrote, and writes one where there was none', async () => {
    const at = locate(await sampleGrid(), 'T03', '2010350', '基本支出');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const sheet = wb.getWorksheet(at.sheet)!;
    sheet.getCell(at.cell).value = 189.12; // 199.12 in the sample: breaks T03-1, T03-2 and X08
    sheet.getCell(at.cell).note = '经办人：张三，已与财务核对';
    sheet.getCell('C10').note = { texts: [{ font: { bold: true }, text: '粗体说明' }, { text: '，第二段' }] } as ExcelJS.Comment;
    const grid = workbookToGrid(wb, 'a.xlsx');
    const marked = annotateWorkbook(wb, check(grid).findings);
    assert.ok(marked > 0);
    const again = await loadWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()), 'b.xlsx');
    const cell = again.getWorksheet(at.sheet)!.getCell(at.cell);
    assert.equal(cell.value, 189.12, 'the value is as the user left it');
    assert.match(noteText(cell), /^经办人：张三，已与财务核对\n\n决算助手：\n/);
    const rich = noteText(again.getWorksheet(at.sheet)!.getCell('C10'));
    assert.match(rich, /^粗体说明，第二段\n\n决算助手：/);
    // A marked cell without a note of its own gets ours alone.
    const other = check(workbookToGrid(again, 'b.xlsx'))
      .findings.flatMap((f) => f.cells)
      .find((c) => c.cell !== at.cell && c.cell !== 'C10' && c.sheet === at.sheet);
    if (other) assert.match(noteText(again.getWorksheet(other.sheet)!.getCell(other.cell)), /^决算助手：/);
  });
});
