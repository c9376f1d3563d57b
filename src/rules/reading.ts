/**
 * What reading the tables found (R01–R03): recognition notes (duplicates, partial tables, 续表), text or
 * Excel error values where a figure belongs, formulas the file holds no result for. Never skipped silently.
 */
import type { WorkbookGrid } from '../core/grid';
import type { Finding } from '../core/findings';
import type { Recognition } from '../recognize/recognize';

export function readingFindings(rec: Recognition, workbook: WorkbookGrid): Finding[] {
  const out: Finding[] = [];
  for (const w of rec.warnings)
    out.push({
      rule: 'R01',
      severity: 'warning',
      sheet: w.sheet,
      cell: w.cell,
      cells: w.cell ? [{ sheet: w.sheet, cell: w.cell }] : [],
      message: w.message,
    });
  // Text where a figure belongs is never skipped silently; an Excel error value (#REF!) is an error.
  const uncalculated = new Map(workbook.sheets.filter((s) => s.uncalculated?.length).map((s) => [s.name, new Set(s.uncalculated)]));
  for (const t of rec.tables) {
    for (const row of t.rows) {
      for (const f of row.figures.values()) {
        if (uncalculated.size && uncalculated.get(f.sheet)?.has(f.address)) {
          out.push({
            rule: 'R03',
            severity: 'warning',
            table: t.id,
            sheet: f.sheet,
            cell: f.address,
            cells: [{ sheet: f.sheet, cell: f.address }],
            message: `${t.id} ${row.code ?? row.key}·${f.colKey}（${f.sheet}!${f.address}）是公式，但文件中没有计算结果（可能由不计算公式的软件保存），检查时按空值处理；请在 Excel 中打开并保存后再检查。`,
          });
          continue;
        }
        if (f.parsed.kind !== 'text') continue;
        const excelError = /^#(REF|DIV\/0|VALUE|N\/A|NAME|NUM|NULL|SPILL|CALC)[!?]?$/i.test(f.parsed.text);
        if (f.parsed.outOfRange) {
          out.push({
            rule: 'R02',
            severity: 'error',
            table: t.id,
            sheet: f.sheet,
            cell: f.address,
            cells: [{ sheet: f.sheet, cell: f.address }],
            actual: f.parsed.text,
            message: `${t.id} ${row.code ?? row.key}·${f.colKey}（${f.sheet}!${f.address}）的数值 ${f.parsed.text} 超出金额可能的范围（Excel 只保留 15 位有效数字），检查时按空值处理；请检查公式或输入。`,
          });
          continue;
        }
        out.push({
          rule: 'R02',
          severity: excelError ? 'error' : 'warning',
          table: t.id,
          sheet: f.sheet,
          cell: f.address,
          cells: [{ sheet: f.sheet, cell: f.address }],
          actual: f.parsed.text,
          message: excelError
            ? `${t.id} ${row.code ?? row.key}·${f.colKey}（${f.sheet}!${f.address}）是 Excel 错误值“${f.parsed.text}”，公式引用有误，请更正。`
            : `${t.id} ${row.code ?? row.key}·${f.colKey}（${f.sheet}!${f.address}）应为金额，但内容是“${f.parsed.text}”，检查时按空值处理。`,
        });
      }
    }
  }
  return out;
}
