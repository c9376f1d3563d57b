/**
 * Writes an annotated copy: the cells of each error (red) and warning (amber) filled, with a note
 * carrying the messages, the same cells and messages the pane marks (src/marks). The input workbook
 * object is the one loaded from the user's file; the file itself is never written.
 */
import type ExcelJS from 'exceljs';
import type { Finding } from '../core/findings';
import { MARK_COLORS, argbOf, marksFor } from '../marks';

/** Marks the findings' cells in `workbook`; returns how many cells were marked. */
export function annotateWorkbook(workbook: ExcelJS.Workbook, findings: Finding[]): number {
  const marks = marksFor(findings);
  for (const mark of marks) {
    const worksheet = workbook.getWorksheet(mark.sheet);
    if (!worksheet || mark.severity === 'info') continue;
    const cell = worksheet.getCell(mark.cell);
    const fill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(MARK_COLORS[mark.severity].fill) } };
    // ExcelJS shares one style object among cells read with the same style: give this cell its own.
    cell.style = { ...cell.style, fill };
    cell.note = { texts: [...existingNote(cell), { text: `决算助手：\n${mark.message}` }] } as ExcelJS.Comment;
  }
  return marks.length;
}

/** The user's own note on a cell, kept before ours (a plain string or rich text runs), with a line between. */
function existingNote(cell: ExcelJS.Cell): ExcelJS.RichText[] {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (!note) return [];
  const texts: ExcelJS.RichText[] = typeof note === 'string' ? [{ text: note }] : [...(note.texts ?? [])];
  if (!texts.some((t) => t.text)) return [];
  return [...texts, { text: '\n\n' }];
}
