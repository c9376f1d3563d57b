/**
 * What the task pane shows of a check: findings grouped by table with errors first, the 尾数差异 apart,
 * and the state of each warning's explanation (出错说明). No host API, no DOM. The cells to mark are
 * src/marks' marksFor.
 */
import type { WorkbookGrid } from '../core/grid';
import type { CheckResult } from '../engine';
import { findingGroup } from '../report/groups';
import type { Finding } from '../core/findings';
import { dismissalFor, type Dismissal, type StoredState } from '../hosts/state';

export type DismissalStatus =
  | { kind: 'none' }
  | { kind: 'explained'; dismissal: Dismissal }
  /** Explained once, but a figure of the relation has changed since. */
  | { kind: 'lapsed'; dismissal: Dismissal };

const cellsKey = (f: Finding) => f.cells.map((c) => `${c.sheet}!${c.cell}`).sort();

function sameRelation(f: Finding, d: Dismissal): boolean {
  const cells = cellsKey(f);
  return d.rule === f.rule && d.cells.length === cells.length && d.cells.every((c, i) => c === cells[i]);
}

export function dismissalStatus(f: Finding, dismissals: Dismissal[], grid: WorkbookGrid): DismissalStatus {
  if (f.severity !== 'warning') return { kind: 'none' };
  const d = dismissalFor(f, dismissals, grid);
  if (d) return { kind: 'explained', dismissal: d };
  const old = dismissals.find((x) => sameRelation(f, x));
  return old ? { kind: 'lapsed', dismissal: old } : { kind: 'none' };
}

/** The state with this dismissal in place of any earlier one for the same relation. */
export function withDismissal(state: StoredState, d: Dismissal): StoredState {
  const rest = state.dismissals.filter(
    (x) => !(x.rule === d.rule && x.cells.length === d.cells.length && x.cells.every((c, i) => c === d.cells[i])),
  );
  return { ...state, dismissals: [...rest, d] };
}

/** The state without any dismissal of this finding's relation. */
export function withoutDismissal(state: StoredState, f: Finding): StoredState {
  return { ...state, dismissals: state.dismissals.filter((d) => !sameRelation(f, d)) };
}

export interface FindingItem {
  finding: Finding;
  status: DismissalStatus;
}

export interface FindingGroup {
  /** Stable key: the table id, or '' for findings about the whole workbook. */
  key: string;
  /** Table id (公开03表) or '' for the workbook as a whole. */
  id: string;
  title: string;
  errors: number;
  warnings: number;
  /** Errors first, then warnings; explained warnings last. */
  items: FindingItem[];
}

export interface FindingsView {
  groups: FindingGroup[];
  /** 尾数差异, in engine order, shown folded away. */
  tails: Finding[];
  /** Warnings not (or no longer) explained. */
  openWarnings: number;
  explainedWarnings: number;
}

/** The heading a finding stands under, the same as in the command's report (src/report/groups.ts). */
export function tableOf(f: Finding, tables: CheckResult['tables']): { id: string; title: string } | undefined {
  return findingGroup(f, tables);
}

const rank = (i: FindingItem) => (i.finding.severity === 'error' ? 0 : i.status.kind === 'explained' ? 2 : 1);

export function findingsView(result: Pick<CheckResult, 'findings' | 'tables'>, dismissals: Dismissal[], grid: WorkbookGrid): FindingsView {
  const groups = new Map<string, FindingGroup>();
  const tails: Finding[] = [];
  let openWarnings = 0;
  let explainedWarnings = 0;
  for (const f of result.findings) {
    if (f.severity === 'info') {
      tails.push(f);
      continue;
    }
    const t = tableOf(f, result.tables);
    const key = t?.id ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, id: t?.id ?? '', title: t?.title ?? '', errors: 0, warnings: 0, items: [] }));
    const status = dismissalStatus(f, dismissals, grid);
    if (f.severity === 'error') g.errors++;
    else {
      g.warnings++;
      if (status.kind === 'explained') explainedWarnings++;
      else openWarnings++;
    }
    g.items.push({ finding: f, status });
  }
  const order = new Map(result.tables.map((t, i) => [t.id, i]));
  const pos = (g: FindingGroup) => (g.key === '' ? -1 : (order.get(g.key) ?? result.tables.length));
  const sorted = [...groups.values()].sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || pos(a) - pos(b));
  for (const g of sorted) g.items.sort((a, b) => rank(a) - rank(b));
  return { groups: sorted, tails, openWarnings, explainedWarnings };
}
