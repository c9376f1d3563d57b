/**
 * The live check (实时检查) while it is on: the host's edits fed to the queue, each pause re-checked, the
 * outcome handed to the pane. The pane's hook, the tests and the bench all run it this way.
 */
import type { Finding } from '../core/findings';
import type { Host } from '../hosts/seam';
import type { Dismissal } from '../hosts/state';
import { recheckLive, type LiveRecheck } from './liveCheck';
import { LIVE_DELAY_MS, LiveQueue } from './liveQueue';

export interface LiveSessionOptions {
  /** The findings shown now, which a re-check is compared with. */
  findings: () => Finding[];
  dismissals: () => Dismissal[];
  onRecheck: (outcome: LiveRecheck) => void;
  onError: (error: unknown) => void;
  delayMs?: number;
}

/** A host that can watch and re-check: Excel, the harness, and the offline page (a newer version opened again). */
export type LiveHost = Host & Required<Pick<Host, 'watch' | 'recheck'>>;

export const canWatch = (host: Host): host is LiveHost => typeof host.watch === 'function' && typeof host.recheck === 'function';

/** Marks refused because the workbook changed between read and marks: read again this many times in a row at most. */
const STALE_RETRIES = 2;

export class LiveSession {
  readonly queue: LiveQueue;
  private unwatch: (() => Promise<void>) | undefined;
  private stale = 0;
  /**
   * The last re-check failed: what it had to read (cells, or the whole workbook after a structural change)
   * may not be in the host's last read, so the next one reads the workbook whole.
   */
  private failed = false;

  private constructor(host: LiveHost, options: LiveSessionOptions) {
    this.queue = new LiveQueue(async (edits) => {
      try {
        const outcome = await recheckLive(
          host,
          this.failed ? { ...edits, structural: true } : edits,
          options.findings(),
          options.dismissals,
        );
        this.failed = false;
        // The workbook moved under the marks: nothing was marked; read it whole again.
        if (outcome.report.stale && ++this.stale <= STALE_RETRIES) this.queue.push({ sheetId: '', structural: true });
        else if (!outcome.report.stale) this.stale = 0;
        options.onRecheck(outcome);
      } catch (error) {
        this.failed = true;
        options.onError(error);
      }
    }, options.delayMs ?? LIVE_DELAY_MS);
  }

  /** Starts watching (one round trip in Excel). */
  static async start(host: LiveHost, options: LiveSessionOptions): Promise<LiveSession> {
    const session = new LiveSession(host, options);
    session.unwatch = await host.watch((edit) => session.queue.push(edit));
    return session;
  }

  /**
   * Stops watching; resolves once a re-check under way has ended and its outcome been delivered, so that what
   * the caller does next (清除标记) comes after its marks, never under them.
   */
  async stop(): Promise<void> {
    this.queue.stop();
    const unwatch = this.unwatch;
    this.unwatch = undefined;
    try {
      await unwatch?.();
    } finally {
      await this.queue.idle();
    }
  }
}
