/** The sample workbook as a grid, loaded once per test run, and figure lookup by meaning. */
import type { RawValue, WorkbookGrid } from '../../src/core/grid';
import { parseA1 } from '../../src/core/grid';
import { loadWorkbook, workbookToGrid } from '../../src/xlsx/read';
import { recognize } from '../../src/recognize/recognize';
import type { TableKey } from '../../src/core/template';

export const SAMPLE = 'samples/seed-2024.xlsx';

let cached: WorkbookGrid | undefined;
export async function sampleGrid(): Promise<WorkbookGrid> {
  if (!cached) cached = workbookToGrid(await loadWorkbook(SAMPLE), SAMPLE);
  return structuredClone(cached);
}

/** Sheet and address of a figure, found by table, row key and column key. */
export function locate(grid: WorkbookGrid, table: TableKey, row: string, col?: string): { sheet: string; cell: string } {
  const t = recognize(grid).tables.find((x) => x.key === table);
  if (!t) throw new Error(`table ${table} not recognised`);
  const r = t.rowIndex.get(row);
  if (!r) throw new Error(`row ${row} not in ${table}`);
  const f = r.figures.get(col ?? t.template.defaultColumn ?? '');
  if (!f) throw new Error(`column ${col} not in ${table}/${row}`);
  return { sheet: f.sheet, cell: f.address };
}

export function setCell(grid: WorkbookGrid, sheet: string, cell: string, value: RawValue): void {
  const s = grid.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const { row, col } = parseA1(cell);
  while (s.rows.length <= row) s.rows.push([]);
  const r = s.rows[row];
  while (r.length <= col) r.push(null);
  r[col] = value;
}
