/**
 * 实时检查: while the switch is on and the workbook is checked and marked, the pane watches it (where the
 * host can: Excel and the harness; the offline page, for a newer version of the file opened again) and re-checks after each pause in editing, showing
 * what changed in a status line. The pane's own commands run exclusively of it (`exclusive`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../../../src/core/findings';
import type { Host } from '../../../src/hosts/seam';
import type { Dismissal } from '../../../src/hosts/state';
import { quotedList } from '../../../src/pane/i18n';
import type { LiveRecheck } from '../../../src/pane/liveCheck';
import { LiveSession, canWatch } from '../../../src/pane/liveSession';
import { errorText } from './useNotices';
import type { WorkbookCheckApi } from './useWorkbookCheck';
import { useT } from '../i18n';

/** The last re-check, for the status line. */
export type LiveStatus =
  { kind: 'rechecked'; at: Date; fixed: number; added: number; full: boolean } | { kind: 'failed'; at: Date; error: string };

interface SessionHandlers {
  findings: () => Finding[];
  dismissals: () => Dismissal[];
  outcome: (outcome: LiveRecheck) => void;
  failure: (error: unknown) => void;
}

export interface LiveCheckApi {
  /** The host can watch the workbook: the switch shows. */
  supported: boolean;
  /** Watching now. */
  watching: boolean;
  status: LiveStatus | null;
  /** Runs a command of the pane with no re-check under way; `readsAll` when it reads the whole workbook. */
  exclusive: <T>(task: () => Promise<T>, readsAll?: boolean) => Promise<T>;
}

export function useLiveCheck(
  host: Host,
  on: boolean,
  check: WorkbookCheckApi,
  dismissals: () => Dismissal[],
  warn: (title: string) => void,
): LiveCheckApi {
  const t = useT();
  const supported = canWatch(host);
  const active = supported && on && check.checked !== null && check.markedCount !== null;
  const [status, setStatus] = useState<LiveStatus | null>(null);
  const [watching, setWatching] = useState(false);
  const session = useRef<LiveSession | undefined>(undefined);
  /** A session being stopped: its re-check under way ends first, and the pane's commands wait for it. */
  const stopping = useRef<Promise<void>>(Promise.resolve());

  // What a re-check does with its outcome, current at every render: the session outlives renders.
  const current: SessionHandlers = {
    findings: () => check.latest()?.result.findings ?? [],
    dismissals,
    outcome: ({ grid, result, marks, report, changes }) => {
      const skipped = new Set(report.protectedSheets ?? []);
      check.adopt({ grid, result }, report.stale ? undefined : marks.filter((mark) => !skipped.has(mark.sheet)).length);
      const sheets = (names: string[]) => quotedList(host.info().language, names);
      if (skipped.size) warn(t('protectedNotMarked', { sheets: sheets([...skipped]) }));
      if (report.userFormatsChanged?.length) warn(t('userFormatsChanged', { sheets: sheets(report.userFormatsChanged) }));
      setStatus({ kind: 'rechecked', at: new Date(), ...changes, full: report.full });
    },
    failure: (error) => setStatus({ kind: 'failed', at: new Date(), error: errorText(error) }),
  };
  const handlers = useRef(current);
  handlers.current = current;

  useEffect(() => {
    if (!active || !canWatch(host)) return;
    let stopped = false;
    let started: LiveSession | undefined;
    void LiveSession.start(host, {
      findings: () => handlers.current.findings(),
      dismissals: () => handlers.current.dismissals(),
      onRecheck: (outcome) => handlers.current.outcome(outcome),
      onError: (error) => handlers.current.failure(error),
    }).then(
      (live) => {
        if (stopped) return void live.stop().catch(() => undefined);
        started = live;
        session.current = live;
        setWatching(true);
        setStatus(null); // a new session: what an earlier one did is past
      },
      (error: unknown) => handlers.current.failure(error),
    );
    return () => {
      stopped = true;
      if (session.current === started) session.current = undefined;
      setWatching(false);
      if (started) {
        const ended = started.stop().catch(() => undefined);
        stopping.current = Promise.all([stopping.current, ended]).then(() => undefined);
      }
    };
  }, [host, active]);

  const exclusive = useCallback(<T>(task: () => Promise<T>, readsAll = false): Promise<T> => {
    const live = session.current;
    // No session, or one ending (the switch turned off, the marks cleared): after its last re-check, never under it.
    return live ? live.queue.exclusive(task, readsAll) : stopping.current.then(task);
  }, []);

  return { supported, watching, status, exclusive };
}
