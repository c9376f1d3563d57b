/** One row per workbook for the finance bureau's batch review. */
import { loadWorkbook, UnreadableWorkbookError, workbookToGrid } from '../adapters/exceljs/read';
import { checkWorkbook } from '../engine';

export interface SummaryRow {
  file: string;
  department: string;
  year: string;
  family: string;
  tables: number;
  tableIds: string;
  errors: number;
  warnings: number;
  tails: number;
  /** Why the file could not be checked; empty when it was. */
  unreadable: string;
}

export const SUMMARY_COLUMNS: { key: keyof SummaryRow; title: string }[] = [
  { key: 'file', title: '文件' },
  { key: 'department', title: '单位名称' },
  { key: 'year', title: '年度' },
  { key: 'family', title: '模板' },
  { key: 'tables', title: '识别表数' },
  { key: 'tableIds', title: '识别到的表' },
  { key: 'errors', title: '错误' },
  { key: 'warnings', title: '警告' },
  { key: 'tails', title: '尾数差异' },
  { key: 'unreadable', title: '无法检查的原因' },
];

const FAMILY = { seed: '公开01–10表', national: '九张表' } as const;

/** Checks one file; never throws for a bad file: the reason goes in the row. */
export async function summarise(file: string): Promise<SummaryRow> {
  const row: SummaryRow = {
    file,
    department: '',
    year: '',
    family: '',
    tables: 0,
    tableIds: '',
    errors: 0,
    warnings: 0,
    tails: 0,
    unreadable: '',
  };
  try {
    const r = checkWorkbook(workbookToGrid(await loadWorkbook(file), file));
    if (r.tables.length === 0) return { ...row, unreadable: '未识别到任何决算公开表' };
    return {
      ...row,
      department: r.department ?? '',
      year: r.year ?? '',
      family: FAMILY[r.family],
      tables: r.tables.length,
      tableIds: r.tables.map((t) => t.id).join('、'),
      errors: r.counts.error,
      warnings: r.counts.warning,
      tails: r.counts.info,
    };
  } catch (e) {
    const msg = (e as Error).message;
    return { ...row, unreadable: e instanceof UnreadableWorkbookError ? msg.replace(`${file}：`, '') : `内部错误：${msg.split('\n')[0]}` };
  }
}
