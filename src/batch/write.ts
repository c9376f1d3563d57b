/** The summary as .csv (UTF-8 with BOM, so Excel shows the Chinese) or .xlsx. */
import { MARK_COLORS, argbOf } from '../marks';
import { writeAtomic } from './output';
import { SUMMARY_COLUMNS, type SummaryRow } from './summary';

function csvCell(v: string | number): string {
  const s = String(v);
  // Quote when needed; a leading =,+,-,@ is prefixed with ' so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Written through a temporary file renamed into place: an interrupted run never leaves half a summary. */
export async function writeSummary(file: string, rows: SummaryRow[]): Promise<void> {
  if (/\.csv$/i.test(file)) {
    const lines = [SUMMARY_COLUMNS.map((c) => c.title), ...rows.map((r) => SUMMARY_COLUMNS.map((c) => r[c.key]))].map((l) =>
      l.map(csvCell).join(','),
    );
    await writeAtomic(file, '\ufeff' + lines.join('\r\n') + '\r\n');
    return;
  }
  const { default: ExcelJS } = await import('exceljs'); // loaded only for an .xlsx summary
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('检查汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = SUMMARY_COLUMNS.map((c) => ({
    header: c.title,
    key: c.key,
    width: c.key === 'file' || c.key === 'tableIds' || c.key === 'unreadable' ? 40 : 12,
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(r);
    if (r.unreadable) row.getCell('unreadable').font = { color: { argb: argbOf(MARK_COLORS.error.font) } };
    else if (r.errors)
      row.getCell('errors').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(MARK_COLORS.error.fill) } };
  }
  ws.autoFilter = { from: 'A1', to: { row: 1, column: SUMMARY_COLUMNS.length } };
  await writeAtomic(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}
