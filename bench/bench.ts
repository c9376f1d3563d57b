/**
 * The bench, made to be trusted on a noisy, shared machine: every method is timed once per round, in a shuffled
 * order (bench/rounds.ts); figures are medians with min–max; ratios are taken within each round.
 *
 *   npm run bench          (BENCH_ROUNDS=n, default 7; BENCH_ADDIN=1 adds the pane's load size, a production build)
 *
 * Prints one JSON object on stdout; progress on stderr. What it measures:
 * - commands: the whole `juesuan check` (as the user calls it, node bin/juesuan.js) of the sample and of a
 *   synthetic 8,000-row workbook, against `node -e 0` and against the bare-reader floor (bench/floor.js: node,
 *   fflate and a regex scan of every cell, nothing else);
 * - in process: the lean reader and the ExcelJS reader against the floor's scan, the engine against the lean read;
 * - batch: `check DIR --summary` with the default jobs, one job, and one per core, in workbooks per second;
 * - identical findings from both readers on both workbooks;
 * - the live check (issue 17): edit to marks updated, through the fake Office.js (bench/live.ts: liveSampleMs,
 *   live2000Ms) and in Chromium over the harness (bench/liveHarness.ts; BENCH_BROWSER=0 leaves it out).
 * Targets (issue 12) are checked against these figures and against bench/before.json (before the change).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { buildSampleWorkbook } from '../samples/build-sample';
import type { WorkbookGrid } from '../src/core/grid';
import { check } from '../src/engine';
import { readWorkbookGrid } from '../src/xlsx/lean/read';
import { loadWorkbookBuffer, workbookToGrid } from '../src/xlsx/read';
import { floorScan } from './floor';
import { command, ratio, rounds, spread, type Method } from './rounds';
import { syntheticData } from './synthetic';

const ROOT = path.resolve(__dirname, '..');
const SAMPLE = path.join(ROOT, 'samples/seed-2024.xlsx');
const BIN = path.join(ROOT, 'bin/juesuan.js');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const BATCH_COPIES = 40;
const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

const GC: (() => void) | undefined = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    const f = vm.runInNewContext('gc') as unknown;
    return typeof f === 'function' ? (f as () => void) : undefined;
  } catch {
    return undefined;
  }
})();

async function syntheticFile(n: number): Promise<string> {
  const file = path.join(os.tmpdir(), `juesuan-bench-${n}.xlsx`);
  if (!fs.existsSync(file)) {
    log(`building the synthetic ${n}-row workbook`);
    fs.writeFileSync(file, Buffer.from((await buildSampleWorkbook(syntheticData(n).data).xlsx.writeBuffer()) as ArrayBuffer));
  }
  return file;
}

/** Findings without their wording order: rule, severity, sheet, cell. */
const essence = (g: WorkbookGrid) =>
  check(g).findings.map((f) => `${f.rule} ${f.severity} ${f.sheet ?? ''}!${f.cell ?? ''} ${f.expected ?? ''} ${f.actual ?? ''}`);

async function main(): Promise<void> {
  const started = Date.now();
  const node = process.execPath;
  const big = await syntheticFile(8000);
  // The command must be built before it is timed (bin/juesuan.js rebuilds a stale bundle once).
  command([node, BIN, '--help'], [0])();

  log(`commands: ${ROUNDS} rounds`);
  const cmd = await rounds(
    {
      node0: command([node, '-e', '0']),
      floorSample: command([node, path.join(ROOT, 'bench/floor.js'), SAMPLE]),
      floorBig: command([node, path.join(ROOT, 'bench/floor.js'), big]),
      checkSample: command([node, BIN, 'check', SAMPLE, '--json']),
      checkBig: command([node, BIN, 'check', big, '--json']),
    },
    ROUNDS,
  );

  log(`in process: ${ROUNDS} rounds`);
  const bytes = { sample: fs.readFileSync(SAMPLE), big: fs.readFileSync(big) };
  const grids = { sample: readWorkbookGrid(bytes.sample, 'sample'), big: readWorkbookGrid(bytes.big, 'big') };
  const methods: Record<string, Method> = {};
  for (const k of ['sample', 'big'] as const) {
    methods[`floor_${k}`] = () => floorScan(bytes[k]);
    methods[`lean_${k}`] = () => readWorkbookGrid(bytes[k], k);
    methods[`exceljs_${k}`] = async () => workbookToGrid(await loadWorkbookBuffer(bytes[k], k), k);
    methods[`engine_${k}`] = () => check(grids[k]);
  }
  const inproc = await rounds(methods, ROUNDS, () => GC?.());

  log('identical findings from both readers');
  const identical: Record<string, boolean> = {};
  for (const k of ['sample', 'big'] as const) {
    const viaExcelJS = workbookToGrid(await loadWorkbookBuffer(bytes[k], k), k);
    assert.deepStrictEqual(grids[k], viaExcelJS, `${k}: the lean grid differs from ExcelJS's`);
    identical[k] = JSON.stringify(essence(grids[k])) === JSON.stringify(essence(viaExcelJS));
  }

  log(`batch: ${BATCH_COPIES} copies of the sample, ${Math.max(3, ROUNDS >> 1)} rounds`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-bench-batch-'));
  const cores = os.availableParallelism();
  let batch: Record<string, number[]>;
  try {
    for (let i = 0; i < BATCH_COPIES; i++) fs.copyFileSync(SAMPLE, path.join(dir, `单位${i}.xlsx`));
    const summary = path.join(dir, '..', `juesuan-bench-summary-${process.pid}.csv`);
    batch = await rounds(
      {
        default: command([node, BIN, 'check', dir, '--summary', summary]),
        one: command([node, BIN, 'check', dir, '--summary', summary, '--jobs', '1']),
        cores: command([node, BIN, 'check', dir, '--summary', summary, '--jobs', String(cores)]),
      },
      Math.max(3, ROUNDS >> 1),
    );
    fs.rmSync(summary, { force: true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const perSecond = (ms: number[]) => spread(ms.map((x) => BATCH_COPIES / (x / 1000)));

  let addin: unknown;
  if (process.env.BENCH_ADDIN === '1') {
    const { measureAddin } = await import('./addin');
    addin = await measureAddin([
      { name: 'seed', file: SAMPLE },
      { name: 'N=8000', file: big },
    ]);
  }

  log('live check: edit to marks, through the fake Excel');
  const { measureLive } = await import('./live');
  const live = await measureLive();
  let liveBrowser: unknown;
  if (process.env.BENCH_BROWSER !== '0') {
    log('live check in Chromium (the harness; builds it when stale)');
    const { measureLiveHarness } = await import('./liveHarness');
    liveBrowser = await measureLiveHarness();
  }

  const before = JSON.parse(fs.readFileSync(path.join(__dirname, 'before.json'), 'utf8')) as { batch_wb_per_s_default: { median: number } };
  const ms = (t: Record<string, number[]>) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, spread(v)]));
  const sampleOverNode = ratio(cmd, 'checkSample', 'node0');
  const bigOverFloor = ratio(cmd, 'checkBig', 'floorBig');
  const engineOverLean = ratio(inproc, 'engine_big', 'lean_big');
  const batchDefault = perSecond(batch.default);
  const batchGain = Math.round((batchDefault.median / before.batch_wb_per_s_default.median) * 100) / 100;
  const out = {
    benchmark: '决算助手: whole command, readers, engine, batch (issue 12)',
    environment: { node: process.version, cpus: cores, load_average_1m: Math.round(os.loadavg()[0] * 10) / 10 },
    method: `${ROUNDS} rounds after a warm-up round, methods shuffled in each; medians with min–max (ms); ratios per round`,
    commands_ms: ms(cmd),
    in_process_ms: ms(inproc),
    ratios: {
      check_sample_over_node0: sampleOverNode,
      check_8000_over_floor_process: bigOverFloor,
      lean_read_over_floor_scan: { sample: ratio(inproc, 'lean_sample', 'floor_sample'), big: ratio(inproc, 'lean_big', 'floor_big') },
      exceljs_read_over_lean_read: {
        sample: ratio(inproc, 'exceljs_sample', 'lean_sample'),
        big: ratio(inproc, 'exceljs_big', 'lean_big'),
      },
      engine_over_lean_read: { sample: ratio(inproc, 'engine_sample', 'lean_sample'), big: engineOverLean },
    },
    batch_workbooks_per_second: {
      copies: BATCH_COPIES,
      default: batchDefault,
      one_job: perSecond(batch.one),
      [`jobs_${cores}`]: perSecond(batch.cores),
    },
    identical_findings: identical,
    liveSampleMs: live.liveSampleMs,
    live2000Ms: live.live2000Ms,
    live,
    ...(liveBrowser ? { live_browser: liveBrowser } : {}),
    ...(addin ? { addin } : {}),
    targets: {
      check_8000_le_4x_floor: { value: bigOverFloor.median, met: bigOverFloor.median <= 4 },
      check_sample_le_4x_node0: { value: sampleOverNode.median, met: sampleOverNode.median <= 4 },
      engine_le_lean_read: { value: engineOverLean.median, met: engineOverLean.median <= 1 },
      batch_ge_2_5x_before: {
        before: before.batch_wb_per_s_default.median,
        now: batchDefault.median,
        gain: batchGain,
        met: batchGain >= 2.5,
      },
      identical_findings: Object.values(identical).every(Boolean),
      live_sample_le_300ms: { value: live.liveSampleMs, met: live.liveSampleMs <= 300 },
      live_2000_le_1s: { value: live.live2000Ms, met: live.live2000Ms <= 1000 },
      live_recheck_le_2_syncs: {
        value: Math.max(live.recheckSyncs.sample, live.recheckSyncs.rows2000),
        met: Math.max(live.recheckSyncs.sample, live.recheckSyncs.rows2000) <= 2,
      },
    },
    total_runtime_s: Math.round((Date.now() - started) / 100) / 10,
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
