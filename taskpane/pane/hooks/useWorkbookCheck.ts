/** The workbook as last read and checked, and the marks made for it. */
import { useState } from 'react';
import type { WorkbookGrid } from '../../../src/core/grid';
import { check, type CheckResult } from '../../../src/engine';
import type { Host } from '../../../src/hosts/seam';
import type { StoredState } from '../../../src/hosts/state';
import { marksFor } from '../../../src/marks';
import { dismissalStatus } from '../../../src/pane/findings';
import type { MessageKey } from '../../../src/pane/i18n';
import { nextPaint } from '../browser';

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
  /** Marks the errors and the warnings not explained, in place of the earlier marks; false when it failed (reported). */
  remark: (checked: Checked, dismissals: StoredState['dismissals']) => Promise<boolean>;
  /** Removes the marks; throws what the host throws. */
  clearMarks: () => Promise<void>;
}

export function useWorkbookCheck(
  host: Host,
  fail: (what: MessageKey, error: unknown) => void,
  setBusy: (busy: MessageKey | null) => void,
): WorkbookCheckApi {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [markedCount, setMarkedCount] = useState<number | null>(null);

  const readAndCheck = async (): Promise<Checked | null> => {
    setBusy('busyReading');
    let grid: WorkbookGrid;
    try {
      grid = await host.readWorkbook();
    } catch (error) {
      fail('opReadWorkbook', error);
      return null;
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

  const remark = async (target: Checked, dismissals: StoredState['dismissals']): Promise<boolean> => {
    const marks = marksFor(target.result.findings, (finding) => dismissalStatus(finding, dismissals, target.grid).kind === 'explained');
    try {
      await host.mark(marks);
      setMarkedCount(marks.length);
      return true;
    } catch (error) {
      setMarkedCount(null);
      fail('opMark', error);
      return false;
    }
  };

  const clearMarks = async (): Promise<void> => {
    await host.clearMarks();
    setMarkedCount(null);
  };

  return { checked, markedCount, readAndCheck, remark, clearMarks };
}
