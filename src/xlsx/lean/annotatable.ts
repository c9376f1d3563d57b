/**
 * The bytes the command gives ExcelJS for `--annotate`: the same guard as the offline page's download
 * (./sanitize.ts). ExcelJS walks every merged area cell by cell, so a merge over H40:XFD1048576 held the
 * command for minutes; here the merges that reach beyond a sheet's extent are clipped as the reader clips
 * them, and every part is held to the reader's caps. A workbook with neither problem is given back as it was.
 */
import { readWorkbookGrid } from './read';
import { safeForExcelJS } from './sanitize';
import { readWorkbookLayout } from './view';

export function annotatableBytes(bytes: Uint8Array, name: string): Uint8Array {
  const layout = readWorkbookLayout(bytes, readWorkbookGrid(bytes, name));
  const clipped = new Map(layout.sheets.filter((s) => s.mergesClipped).map((s) => [s.name, s.merges]));
  return safeForExcelJS(bytes, name, clipped);
}
