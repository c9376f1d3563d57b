/**
 * One live re-check (实时检查) as the pane runs it, the same in the pane, the tests and the bench: the host
 * reads what changed and hands over the workbook; the engine checks it whole; the marks are those a check
 * makes (errors, warnings not explained: a 出错说明 lapses as soon as one of its figures changes, since it
 * is held against the grid just read); the host rewrites only the marks that differ. Also what the
 * re-check changed in the findings, for the status line.
 */
import type { Finding } from '../core/findings';
import type { WorkbookGrid } from '../core/grid';
import { check, type CheckResult } from '../engine';
import type { Host, Mark, PendingEdits, RecheckReport } from '../hosts/seam';
import type { Dismissal } from '../hosts/state';
import { marksFor } from '../marks';
import { dismissalStatus } from './findings';

export interface LiveRecheck {
  grid: WorkbookGrid;
  result: CheckResult;
  /** The marks asked for (those on protected sheets included). */
  marks: Mark[];
  report: RecheckReport;
  changes: FindingChanges;
}

/** Re-checks after `edits`; `dismissals` is asked when the grid is read, so an explanation saved meanwhile counts. */
export async function recheckLive(
  host: Required<Pick<Host, 'recheck'>>,
  edits: PendingEdits,
  before: Finding[],
  dismissals: () => Dismissal[],
): Promise<LiveRecheck> {
  let checked: { grid: WorkbookGrid; result: CheckResult; marks: Mark[] } | undefined;
  const report = await host.recheck(edits, (read) => {
    const { mergesUnread: _unread, ...grid } = read;
    const result = check(grid);
    const held = dismissals();
    const marks = marksFor(result.findings, (finding) => dismissalStatus(finding, held, grid).kind === 'explained');
    checked = { grid, result, marks };
    return marks;
  });
  if (!checked) throw new Error('recheck did not hand over the workbook');
  return { ...checked, report, changes: findingChanges(before, checked.result.findings) };
}

/** What a re-check changed: relations no longer broken, and newly broken ones (尾数差异 not counted). */
export interface FindingChanges {
  fixed: number;
  added: number;
}

/** A broken relation: its rule and its cells (its amounts may change without it being fixed). */
const relationOf = (f: Finding) =>
  `${f.rule}\u0000${f.cells
    .map((c) => `${c.sheet}!${c.cell}`)
    .sort()
    .join(',')}\u0000${f.sheet ?? ''}!${f.cell ?? ''}`;

function tally(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.severity !== 'info') counts.set(relationOf(f), (counts.get(relationOf(f)) ?? 0) + 1);
  return counts;
}

export function findingChanges(before: Finding[], after: Finding[]): FindingChanges {
  const was = tally(before);
  const now = tally(after);
  let fixed = 0;
  let added = 0;
  for (const [key, n] of was) fixed += Math.max(0, n - (now.get(key) ?? 0));
  for (const [key, n] of now) added += Math.max(0, n - (was.get(key) ?? 0));
  return { fixed, added };
}

/** The time of day as the status line shows it: 14:32:05. */
export function clockTime(at: Date): string {
  return [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}
