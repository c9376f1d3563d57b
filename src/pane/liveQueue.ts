/**
 * The live check's (实时检查) edits without React: gathered while the user types or pastes, one re-check per
 * pause (debounced), one at a time, and none while the pane runs a check of its own.
 */
import type { PendingEdits, WorkbookEdit } from '../hosts/seam';

/** A pause this long ends a burst of edits (Excel raises onChanged as each cell is committed, a paste at once). */
export const LIVE_DELAY_MS = 150;
/**
 * Edits that never pause this many delays long (a co-author, a macro, fast data entry) are re-checked all the
 * same: the marks lag behind by this much at most, never indefinitely.
 */
export const LIVE_MAX_WAIT_DELAYS = 8;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const nothing = (): PendingEdits => ({ cells: [], structural: false });

export class LiveQueue {
  private pending = nothing();
  private timer: unknown = undefined;
  /** Set at the first edit of a burst: the re-check starts by then however the edits go on. */
  private deadline: unknown = undefined;
  /** A re-check or a task of the pane under way: nothing else starts meanwhile. */
  private busy = false;
  private current: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly recheck: (edits: PendingEdits) => Promise<void>,
    private readonly delayMs = LIVE_DELAY_MS,
    private readonly timers: Timers = realTimers,
    private readonly maxWaitMs = delayMs * LIVE_MAX_WAIT_DELAYS,
  ) {}

  /** An edit: kept with the others of its burst; the re-check waits for a pause. */
  push(edit: WorkbookEdit): void {
    if (this.stopped) return;
    if (edit.structural) this.pending.structural = true;
    else if (edit.address && !this.pending.cells.some((c) => c.sheetId === edit.sheetId && c.address === edit.address))
      this.pending.cells.push({ sheetId: edit.sheetId, address: edit.address });
    this.arm();
  }

  private get hasPending(): boolean {
    return this.pending.structural || this.pending.cells.length > 0;
  }

  private arm(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      this.fire();
    }, this.delayMs);
    this.deadline ??= this.timers.set(() => {
      this.deadline = undefined;
      this.fire();
    }, this.maxWaitMs);
  }

  private disarm(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    if (this.deadline !== undefined) this.timers.clear(this.deadline);
    this.timer = undefined;
    this.deadline = undefined;
  }

  private fire(): void {
    this.disarm();
    // Busy: the edits wait for the end of what is under way (see done()).
    if (this.busy || this.stopped || !this.hasPending) return;
    const edits = this.pending;
    this.pending = nothing();
    this.busy = true;
    this.current = this.recheck(edits)
      .catch(() => undefined) // the re-check reports its own failures
      .finally(() => this.done());
  }

  private done(): void {
    this.busy = false;
    if (this.hasPending && !this.stopped && this.timer === undefined) this.arm();
  }

  /**
   * Runs a task of the pane (a check, marks after an explanation) with no re-check under way or starting
   * meanwhile. `readsAll`: the task reads the whole workbook, so the edits gathered so far are in its read.
   */
  async exclusive<T>(task: () => Promise<T>, readsAll = false): Promise<T> {
    while (this.busy) await this.current;
    this.busy = true;
    if (readsAll) this.pending = nothing();
    const run = task();
    this.current = run.catch(() => undefined);
    try {
      return await run;
    } finally {
      this.done();
    }
  }

  /** Resolves when no re-check is under way or waiting (for the tests and the bench). */
  async settled(): Promise<void> {
    for (;;) {
      await this.current;
      if (!this.busy && this.timer === undefined && !this.hasPending) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, this.delayMs / 4)));
    }
  }

  /** Resolves when the re-check or task under way, if any, has ended (its outcome delivered). */
  async idle(): Promise<void> {
    while (this.busy) await this.current;
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
    this.pending = nothing();
  }
}
