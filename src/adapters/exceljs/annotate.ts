/**
 * Writes an annotated copy: the cells of each error (red) and warning (amber) filled, with a note
 * carrying the messages. The input workbook object is the one loaded from the user's file; the file
 * itself is never written.
 */
import type ExcelJS from 'exceljs';
import type { Finding } from '../../core/findings';

const FILL = { error: 'FFFFC7CE', warning: 'FFFFEB9C' } as const;

export function annotateWorkbook(wb: ExcelJS.Workbook, findings: Finding[]): number {
  const byCell = new Map<string, { sheet: string; cell: string; severity: 'error' | 'warning'; messages: string[] }>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    for (const c of f.cells) {
      const k = `${c.sheet}!${c.cell}`;
      const e = byCell.get(k) ?? { sheet: c.sheet, cell: c.cell, severity: f.severity, messages: [] };
      if (f.severity === 'error') e.severity = 'error';
      e.messages.push(`[${f.rule}] ${f.message}`);
      byCell.set(k, e);
    }
  }
  for (const e of byCell.values()) {
    const ws = wb.getWorksheet(e.sheet);
    if (!ws) continue;
    const cell = ws.getCell(e.cell);
    // ExcelJS shares one style object among cells read with the same style: give this cell its own.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[e.severity] } } };
    cell.note = { texts: [{ text: `决算助手：\n${e.messages.join('\n')}` }] } as ExcelJS.Comment;
  }
  return byCell.size;
}
