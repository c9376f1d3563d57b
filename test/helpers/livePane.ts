/**
 * The live check's test bench in Node, shared by test/live.test.ts and test/live-review.test.ts: the pane's
 * flow (a full check, then re-checks through LiveSession, as useLiveCheck runs them) over the Office host and
 * the fake Excel, with the round trips of each re-check counted; and the sample with one figure typed wrong.
 */
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Finding } from '../../src/core/findings';
import { parseA1, type WorkbookGrid } from '../../src/core/grid';
import { check, type CheckResult } from '../../src/engine';
import { OfficeHost } from '../../src/hosts/office/officeHost';
import type { Dismissal } from '../../src/hosts/state';
import { MARK_COLORS, marksFor } from '../../src/marks';
import { dismissalStatus } from '../../src/pane/findings';
import type { LiveRecheck } from '../../src/pane/liveCheck';
import { LiveSession } from '../../src/pane/liveSession';
import { workbookToGrid } from '../../src/xlsx/read';
import { FakeExcel, installFakeOffice, type FakeWorkbookData } from '../fakes/excel';
import { seedFromWorkbook } from '../fakes/seed';
import { locate, SAMPLE } from './sample';

/** The debounce, shorter than the pane's for quick tests. */
export const DELAY = 30;

export type Cell = { sheet: string; cell: string };

/** Findings without their wording: rule, severity, cells. */
export const essence = (findings: Finding[]) =>
  findings.map((f) => `${f.rule} ${f.severity} ${f.cells.map((c) => `${c.sheet}!${c.cell}`).join(',')} ${f.actual ?? ''}`);

export const valueAt = (grid: WorkbookGrid, { sheet, cell }: Cell) => {
  const at = parseA1(cell);
  return grid.sheets.find((s) => s.name === sheet)!.rows[at.row]?.[at.col] ?? null;
};

/** The pane in Node: a full check, then live re-checks through LiveSession, as useLiveCheck runs them. */
export class Pane {
  grid!: WorkbookGrid;
  result!: CheckResult;
  dismissals: Dismissal[] = [];
  outcomes: LiveRecheck[] = [];
  syncs: number[] = [];
  errors: unknown[] = [];
  session!: LiveSession;
  private syncsBefore = 0;

  constructor(
    readonly fake: FakeExcel,
    readonly host: OfficeHost,
  ) {}

  explained = (f: Finding) => dismissalStatus(f, this.dismissals, this.grid).kind === 'explained';

  /** Read, check, mark; the round trips it cost. */
  async check(): Promise<number> {
    const before = this.fake.syncCount;
    this.grid = await this.host.readWorkbook();
    this.result = check(this.grid);
    await this.host.mark(marksFor(this.result.findings, this.explained));
    return this.fake.syncCount - before;
  }

  async watch(delayMs = DELAY): Promise<void> {
    this.session = await LiveSession.start(this.host, {
      findings: () => this.result.findings,
      dismissals: () => this.dismissals,
      delayMs,
      onRecheck: (outcome) => {
        this.grid = outcome.grid;
        this.result = outcome.result;
        this.outcomes.push(outcome);
        // Nothing else talks to Excel meanwhile: the round trips since the last re-check are this one's.
        this.syncs.push(this.fake.syncCount - this.syncsBefore);
        this.syncsBefore = this.fake.syncCount;
      },
      onError: (error) => {
        this.errors.push(error);
        this.syncsBefore = this.fake.syncCount;
      },
    });
    this.syncsBefore = this.fake.syncCount;
  }

  /** What a read of the whole workbook gives now (its round trips are not the re-checks'). */
  async freshRead(): Promise<WorkbookGrid> {
    const read = await new OfficeHost().readWorkbook();
    this.syncsBefore = this.fake.syncCount;
    return read;
  }

  /** Waits for the events and the re-checks they bring; `errors`: how many failures are expected by now. */
  async settle(errors = 0): Promise<void> {
    await this.fake.eventsHandled();
    await this.session.queue.settled();
    if (errors === 0) assert.deepEqual(this.errors, []);
    else assert.equal(this.errors.length, errors, String(this.errors[this.errors.length - 1]));
    assert.deepEqual(this.fake.handlerErrors, []);
  }

  get last(): LiveRecheck {
    const outcome = this.outcomes[this.outcomes.length - 1];
    assert.ok(outcome, 'a re-check ran');
    return outcome;
  }

  /** The grid and findings of the pane are those a check of the workbook as it now is gives. */
  async matchesFresh(): Promise<void> {
    const fresh = await this.freshRead();
    assert.deepEqual(this.grid, fresh);
    assert.deepEqual(essence(this.result.findings), essence(check(fresh).findings));
  }
}

let uninstall: (() => void) | undefined;

/** A pane over a fresh fake Excel holding `data` (the fake of the previous call is taken down). */
export function open(data: FakeWorkbookData, apiVersion?: string): Pane {
  const fake = new FakeExcel(structuredClone(data), { apiVersion });
  uninstall?.();
  uninstall = installFakeOffice(fake);
  return new Pane(fake, new OfficeHost());
}

/** Takes the last fake Excel down (a suite's after hook). */
export function closeFake(): void {
  uninstall?.();
  uninstall = undefined;
}

/** The cells the fake shows marked, "sheet!A1" → severity, from its conditional formats. */
export function markedCells(fake: FakeExcel, cells: Cell[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { sheet, cell } of cells) {
    const top = fake.conditionalFormatsAt(sheet, cell)[0];
    if (top?.formula === '=TRUE' && top.fill === MARK_COLORS.error.fill) out[`${sheet}!${cell}`] = 'error';
    else if (top?.formula === '=TRUE' && top.fill === MARK_COLORS.warning.fill) out[`${sheet}!${cell}`] = 'warning';
  }
  return out;
}

/**
 * The sample as the fake holds it, with 公开03表 2010350 基本支出 typed 191.12 for 199.12 (`broken`); `t05` is
 * 公开05表's 2010350 基本支出, the other side of the X08 warning; `grid` is the sample as read, unchanged.
 */
export async function sampleMistyped(): Promise<{ data: FakeWorkbookData; grid: WorkbookGrid; broken: Cell; t05: Cell }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const grid = workbookToGrid(wb, 'seed-2024.xlsx');
  const broken = locate(grid, 'T03', '2010350', '基本支出');
  const t05 = locate(grid, 'T05', '2010350', '基本支出');
  const data = seedFromWorkbook(wb, { name: 'seed-2024.xlsx' });
  const sheet = data.sheets.find((s) => s.name === broken.sheet)!;
  sheet.cells[broken.cell] = { ...sheet.cells[broken.cell], value: 191.12 };
  return { data, grid, broken, t05 };
}
