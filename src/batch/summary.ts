/** One row per workbook for the finance bureau's batch review. */
import { checkWorkbookFile } from './checkFile';
import { describeProblem, reasonOf } from './problems';

export interface SummaryRow {
  file: string;
  department: string;
  year: string;
  family: string;
  tables: number;
  tableIds: string;
  /** 项目支出绩效自评表 found. */
  attachments: number;
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
  { key: 'attachments', title: '绩效自评表' },
  { key: 'errors', title: '错误' },
  { key: 'warnings', title: '警告' },
  { key: 'tails', title: '尾数差异' },
  { key: 'unreadable', title: '无法检查的原因' },
];

const FAMILY = { seed: '公开01–10表', national: '九张表' } as const;

export function emptyRow(file: string, unreadable = ''): SummaryRow {
  return {
    file,
    department: '',
    year: '',
    family: '',
    tables: 0,
    tableIds: '',
    attachments: 0,
    errors: 0,
    warnings: 0,
    tails: 0,
    unreadable,
  };
}

export interface Summarised {
  row: SummaryRow;
  /** The technical detail of a failure, for --verbose. */
  detail?: string;
}

/** Checks one file exactly as `juesuan check` does; never throws for a bad file: the reason goes in the row. */
export async function summarise(file: string): Promise<Summarised> {
  try {
    const { result: r } = await checkWorkbookFile(file);
    return {
      row: {
        ...emptyRow(file),
        department: r.department ?? '',
        year: r.year ?? '',
        family: r.tables.length ? FAMILY[r.family] : '',
        tables: r.tables.length,
        tableIds: r.tables.map((t) => t.id).join('、'),
        attachments: r.attachments.length,
        errors: r.counts.error,
        warnings: r.counts.warning,
        tails: r.counts.info,
      },
    };
  } catch (e) {
    const problem = describeProblem(e, file);
    return { row: emptyRow(file, reasonOf(problem, file)), detail: problem.detail };
  }
}
