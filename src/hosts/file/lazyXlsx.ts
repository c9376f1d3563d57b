/**
 * Everything the file host does with ExcelJS, loaded only when a workbook is opened: webpack puts this
 * module, src/xlsx and ExcelJS (its browser build, through the package's "browser" field) in a chunk of
 * its own, so the page itself stays light. Besides the workbook I/O, the view of each sheet.
 */
import type ExcelJS from 'exceljs';
import type { CellRange } from '../../core/grid';
import { rawOf, workbookToGrid } from '../../xlsx/read';
import { annotatedXlsx, openXlsx, putTextSheet } from '../../xlsx/bytes';
import { cellText } from './cellText';
import type { SheetView, ViewCell } from './viewModel';

export { annotatedXlsx, openXlsx, putTextSheet, workbookToGrid };

const px = (chars: number | undefined) => Math.round((chars && chars > 0 ? chars : 8.43) * 7 + 5);

function hasBorder(cell: ExcelJS.Cell): boolean {
  const b = cell.border;
  return !!b && !!(b.top?.style || b.bottom?.style || b.left?.style || b.right?.style);
}

/** What the read-only view shows of a sheet: the displayed text of its used range, merges and widths. */
export function sheetView(ws: ExcelJS.Worksheet): SheetView {
  const cells: (ViewCell | null)[][] = [];
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: (ViewCell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const raw = cell.isMerged && cell.master.address !== cell.address ? null : rawOf(cell);
      const text = raw === null ? '' : cellText(raw, cell.numFmt);
      const bold = !!cell.font?.bold;
      const align = cell.alignment?.horizontal;
      const border = hasBorder(cell);
      if (!text && !border) return;
      out[c - 1] = {
        text,
        ...(typeof raw === 'number' ? { num: true } : {}),
        ...(bold ? { bold } : {}),
        ...(align === 'center' || align === 'centerContinuous'
          ? { align: 'center' as const }
          : align === 'right'
            ? { align: 'right' as const }
            : align === 'left'
              ? { align: 'left' as const }
              : {}),
        ...(cell.alignment?.wrapText ? { wrap: true } : {}),
        ...(border ? { border } : {}),
      };
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    cells[r - 1] = out;
    cols = Math.max(cols, out.length);
  });
  for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = [];
  const merges: CellRange[] = [];
  for (const ref of ws.model.merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const range = { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4]) - 1, right: col(m[3]) };
    merges.push(range);
    cols = Math.max(cols, range.right + 1);
  }
  const rows = Math.max(cells.length, ...merges.map((m) => m.bottom + 1), 0);
  const widths: number[] = [];
  for (let c = 0; c < cols; c++) widths.push(px(ws.getColumn(c + 1).width));
  return { name: ws.name, hidden: ws.state !== 'visible', rows, cols, cells, merges, widths };
}

export function sheetViews(wb: ExcelJS.Workbook): SheetView[] {
  return wb.worksheets.map(sheetView);
}
