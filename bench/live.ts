/**
 * The live check's figures (issue 17): from an edit in Excel to the marks updated, through the fake Office.js
 * (which raises the change events and counts the round trips), on the sample and on a synthetic
 * consolidated workbook of 2,000 rows per 功能科目 table. Each round types a figure wrong, then right again
 * (every re-check changes a mark: the 2-round-trip case), through the pane's own LiveSession.
 *
 *   npx tsx bench/live.ts            (LIVE_ROUNDS=n, default 7)
 *
 * `liveSampleMs`, `live2000Ms`: edit to marks updated, the pane's debounce (LIVE_DELAY_MS) included, as the
 * officer waits for it; `recheck…Ms`: the same without the debounce (read, check, marks). Medians with
 * min–max. The fake answers a round trip at once: in Excel each adds its own latency (a few ms on the
 * desktop, more on the web), 2 of them per re-check whatever the size.
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { buildSampleWorkbook } from '../samples/build-sample';
import type { WorkbookGrid } from '../src/core/grid';
import { parseA1 } from '../src/core/grid';
import { check } from '../src/engine';
import { OfficeHost } from '../src/hosts/office/officeHost';
import { marksFor } from '../src/marks';
import type { LiveRecheck } from '../src/pane/liveCheck';
import { LIVE_DELAY_MS } from '../src/pane/liveQueue';
import { LiveSession } from '../src/pane/liveSession';
import { recognize } from '../src/recognize/recognize';
import { workbookToGrid } from '../src/xlsx/read';
import { FakeExcel, fakeDataFromGrid, installFakeOffice, type FakeWorkbookData } from '../test/fakes/excel';
import { seedFromWorkbook } from '../test/fakes/seed';
import { spread, type Spread } from './rounds';
import { syntheticData } from './synthetic';

const ROOT = path.resolve(__dirname, '..');
const ROUNDS = Number(process.env.LIVE_ROUNDS ?? 7);

export interface LiveFigures {
  /** Edit to marks updated, debounce included, ms (median). */
  liveSampleMs: number;
  live2000Ms: number;
  /** The same with min–max. */
  liveSample: Spread;
  live2000: Spread;
  /** Without the debounce: the re-check itself (read, check, marks). */
  recheckSample: Spread;
  recheck2000: Spread;
  debounceMs: number;
  /** Round trips of a re-check that changes marks, per workbook (the most seen over the rounds). */
  recheckSyncs: { sample: number; rows2000: number };
  targets: { liveSampleMs: number; live2000Ms: number; recheckSyncs: number };
  rounds: number;
}

/** The figure typed wrong and right: 公开03表's first 项, 基本支出 (a real relation on both workbooks). */
export function figureOf(grid: WorkbookGrid): { sheet: string; cell: string; value: number } {
  const t03 = recognize(grid).tables.find((t) => t.key === 'T03');
  if (!t03) throw new Error('公开03表 not recognised');
  const row = [...t03.rowIndex.entries()].find(([key]) => /^\d{7}$/.test(key))![1];
  const figure = row.figures.get('基本支出') ?? [...row.figures.values()][0];
  const { row: r, col } = parseA1(figure.address);
  const value = grid.sheets.find((s) => s.name === figure.sheet)!.rows[r][col];
  return { sheet: figure.sheet, cell: figure.address, value: Number(value) };
}

interface Timing {
  total: number[];
  recheck: number[];
  syncs: number;
}

async function measureOn(data: FakeWorkbookData, grid: WorkbookGrid): Promise<Timing> {
  const fake = new FakeExcel(structuredClone(data));
  const uninstall = installFakeOffice(fake);
  try {
    const host = new OfficeHost();
    let findings = check(await host.readWorkbook()).findings;
    await host.mark(marksFor(findings));
    let arrived: ((outcome: LiveRecheck) => void) | undefined;
    let failed: ((error: unknown) => void) | undefined;
    let recheckStart = 0;
    let syncsStart = 0;
    let syncs = 0;
    const session = await LiveSession.start(host, {
      findings: () => findings,
      dismissals: () => [],
      onRecheck: (outcome) => {
        findings = outcome.result.findings;
        syncs = Math.max(syncs, fake.syncCount - syncsStart);
        arrived?.(outcome);
      },
      onError: (error) => failed?.(error),
    });
    // The first sync of a re-check: when the debounce has ended and the host starts reading.
    fake.beforeSync = () => {
      if (recheckStart === 0) {
        recheckStart = performance.now();
        syncsStart = fake.syncCount;
      }
    };
    const figure = figureOf(grid);
    const total: number[] = [];
    const recheck: number[] = [];
    for (let round = -1; round < ROUNDS; round++) {
      for (const value of [figure.value + 1, figure.value]) {
        const done = new Promise<LiveRecheck>((resolve, reject) => {
          arrived = resolve;
          failed = reject;
        });
        recheckStart = 0;
        const t0 = performance.now();
        fake.typeValue(figure.sheet, figure.cell, value);
        const outcome = await done;
        const t1 = performance.now();
        if (outcome.report.full || !outcome.report.remarked.length) throw new Error('expected an incremental re-check that changes marks');
        if (round >= 0) {
          total.push(t1 - t0);
          recheck.push(t1 - recheckStart);
        }
      }
    }
    await session.stop();
    return { total, recheck, syncs };
  } finally {
    uninstall();
  }
}

export async function measureLive(): Promise<LiveFigures> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ROOT, 'samples/seed-2024.xlsx'));
  const sampleGrid = workbookToGrid(wb, 'seed-2024.xlsx');
  const sample = await measureOn(seedFromWorkbook(wb, { name: 'seed-2024.xlsx' }), sampleGrid);
  const bigGrid = workbookToGrid(buildSampleWorkbook(syntheticData(2000).data), 'synthetic-2000.xlsx');
  const big = await measureOn(fakeDataFromGrid(bigGrid), bigGrid);
  const liveSample = spread(sample.total);
  const live2000 = spread(big.total);
  return {
    liveSampleMs: liveSample.median,
    live2000Ms: live2000.median,
    liveSample,
    live2000,
    recheckSample: spread(sample.recheck),
    recheck2000: spread(big.recheck),
    debounceMs: LIVE_DELAY_MS,
    recheckSyncs: { sample: sample.syncs, rows2000: big.syncs },
    targets: { liveSampleMs: 300, live2000Ms: 1000, recheckSyncs: 2 },
    rounds: ROUNDS * 2,
  };
}

if (require.main === module) {
  measureLive().then(
    (figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
