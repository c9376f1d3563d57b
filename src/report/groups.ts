/**
 * Which heading a finding stands under — one answer for the command's report and the pane: the 情况说明
 * for what is read in the narrative; else its own table; else the table on the sheet of the cell to fix
 * (a cross-table relation is listed where it is mended); else the workbook as a whole.
 */
import type { Finding } from '../core/findings';
import type { TableSummary } from '../engine';

export const NARRATIVE_GROUP = '情况说明';
const NARRATIVE_RULE = /^(N\d|W-|FORMAT)/;

export function findingGroup(
  f: Finding,
  tables: Pick<TableSummary, 'id' | 'title' | 'sheet'>[],
): { id: string; title: string } | undefined {
  if (NARRATIVE_RULE.test(f.rule)) return { id: NARRATIVE_GROUP, title: '' };
  const t = (f.table && tables.find((x) => x.id === f.table)) || (f.sheet && tables.find((x) => x.sheet === f.sheet)) || undefined;
  if (t) return { id: t.id, title: t.title };
  if (f.table) return { id: f.table, title: '' };
  return undefined;
}
