/**
 * The workbook as last read and checked, and the marks made for it. What the host could not do (protected
 * sheets, merged areas it could not read, a workbook that changed during the check) becomes a warning;
 * a workbook that changed between the read and the marks is checked again before anything is marked.
 */
import { useRef, useState } from 'react';
import type { WorkbookGrid } from '../../../src/core/grid';
import { check, type CheckResult } from '../../../src/engine';
import type { Host, MarkReport } from '../../../src/hosts/seam';
import type { StoredState } from '../../../src/hosts/state';
import { marksFor } from '../../../src/marks';
import { dismissalStatus } from '../../../src/pane/findings';
import { quotedList, type MessageKey } from '../../../src/pane/i18n';
import { nextPaint } from '../browser';
import { useT } from '../i18n';

export interface Checked {
  grid: WorkbookGrid;
  result: CheckResult;
}

export interface WorkbookCheckApi {
  checked: Checked | null;
  /** How many cells the last marking marked; null when not marked (never, cleared, or it failed). */
  markedCount: number | null;
  /** Reads the workbook and checks it; null when either failed (reported). */
  readAndCheck: () => Promise<Checked | null>;
  /**
   * Marks the errors and the warnings not explained, in place of the earlier marks; when the workbook
   * changed since it was read, checks it again first. False when it failed (reported).
   */
  remark: (checked: Checked, dismissals: StoredState['dismissals']) => Promise<boolean>;
  /** Removes the marks; throws what the host throws. */
  clearMarks: () => Promise<void>;
  /** The last check, also between renders (the live check compares with it). */
  latest: () => Checked | null;
  /** Shows a check made elsewhere (a live re-check) and the marks it made; the count stays when undefined. */
  adopt: (checked: Checked, markedCount?: number) => void;
}

/** A read still running after this long may be waiting for a cell edit to end: say how to end it. */
const EDIT_HINT_MS = 2500;
/** Checks again at most this often when the workbook keeps changing under the check. */
const RECHECKS = 2;

export function useWorkbookCheck(
  host: Host,
  fail: (what: MessageKey, error: unknown, hint?: string) => void,
  setBusy: (busy: MessageKey | null) => void,
  warn: (title: string) => void,
): WorkbookCheckApi {
  const t = useT();
  const [checked, setCheckedState] = useState<Checked | null>(null);
  const [markedCount, setMarkedCount] = useState<number | null>(null);
  const checkedRef = useRef<Checked | null>(null);
  const setChecked = (next: Checked) => {
    checkedRef.current = next;
    setCheckedState(next);
  };
  const sheets = (names: string[]) => quotedList(host.info().language, names);

  const readAndCheck = async (): Promise<Checked | null> => {
    setBusy('busyReading');
    const slow = setTimeout(() => setBusy('busyReadingLong'), EDIT_HINT_MS);
    let grid: WorkbookGrid;
    try {
      const { mergesUnread, ...read } = await host.readWorkbook();
      if (mergesUnread?.length) warn(t('mergesUnread', { sheets: sheets(mergesUnread) }));
      grid = read;
    } catch (error) {
      fail('opReadWorkbook', error);
      return null;
    } finally {
      clearTimeout(slow);
    }
    setBusy('busyChecking');
    await nextPaint();
    try {
      const checkedNow = { grid, result: check(grid) };
      setChecked(checkedNow);
      return checkedNow;
    } catch (error) {
      fail('opCheck', error);
      return null;
    }
  };

  const markOnce = async (target: Checked, dismissals: StoredState['dismissals']): Promise<MarkReport | 'failed'> => {
    const marks = marksFor(target.result.findings, (finding) => dismissalStatus(finding, dismissals, target.grid).kind === 'explained');
    try {
      const report = (await host.mark(marks)) ?? {};
      if (report.stale) return report;
      const skipped = new Set(report.protectedSheets ?? []);
      if (skipped.size) warn(t('protectedNotMarked', { sheets: sheets([...skipped]) }));
      if (report.userFormatsChanged?.length) warn(t('userFormatsChanged', { sheets: sheets(report.userFormatsChanged) }));
      setMarkedCount(marks.filter((mark) => !skipped.has(mark.sheet)).length);
      return report;
    } catch (error) {
      setMarkedCount(null);
      fail('opMark', error, t('markFailedHint'));
      return 'failed';
    }
  };

  const remark = async (target: Checked, dismissals: StoredState['dismissals']): Promise<boolean> => {
    let current = target;
    for (let recheck = 0; ; recheck++) {
      const report = await markOnce(current, dismissals);
      if (report === 'failed') return false;
      if (!report.stale) {
        if (recheck > 0) warn(t('rechecked'));
        return true;
      }
      // The workbook changed between the read and the marks: never mark by stale addresses.
      setMarkedCount(null);
      if (recheck === RECHECKS) {
        warn(t('keepsChanging'));
        return false;
      }
      const again = await readAndCheck();
      if (!again) return false;
      current = again;
      setBusy('busyMarking');
    }
  };

  const clearMarks = async (): Promise<void> => {
    const report = (await host.clearMarks()) ?? {};
    if (report.protectedSheets?.length) warn(t('protectedMarksLeft', { sheets: sheets(report.protectedSheets) }));
    setMarkedCount(null);
  };

  const latest = () => checkedRef.current;
  const adopt = (next: Checked, count?: number) => {
    setChecked(next);
    if (count !== undefined) setMarkedCount(count);
  };

  return { checked, markedCount, readAndCheck, remark, clearMarks, latest, adopt };
}
