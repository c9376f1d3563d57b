/**
 * Benchmark: xlsx parse vs grid conversion vs engine (recognition + rules), on the seed sample
 * and on synthetic consolidated workbooks with N 功能科目 rows in each of 公开02/03/05/07/08.
 *
 *   npm run bench          (tsx bench/bench.ts)
 *
 * Prints one pretty-printed JSON object on stdout; progress goes to stderr.
 * Timings: process.hrtime.bigint(), median of several runs after one warm-up run, in ms (1 decimal).
 * When V8 allows it, a full GC runs before every timed run so one run's garbage is not charged to the next.
 * Generated workbooks are written to os.tmpdir(). BENCH_QUICK=1 uses fewer runs.
 */
import * as fs from 'fs';
import { measureBatch } from './batch';
import { measureAddin } from './addin';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { loadWorkbookBuffer, workbookToGrid } from '../src/xlsx/read';
import type { WorkbookGrid } from '../src/core/grid';
import type { Unit } from '../src/core/table';
import { check, type CheckResult } from '../src/engine';
import { recognize } from '../src/recognize/recognize';
import { CATALOGUE } from '../src/rules/catalogue';
import { evaluateRules } from '../src/rules/evaluate';
import { TableLookup } from '../src/core/lookup';
import { buildSampleWorkbook } from '../samples/build-sample';
import { syntheticData } from './synthetic';

const QUICK = process.env.BENCH_QUICK === '1';
const SIZES = [2000, 4000, 8000];
const RATIO_LIMIT = 0.1;
/** 8000/4000 engine-time ratio accepted as "linear" (2 ± 15%). */
const LINEAR_MAX = 2.3;
const SEED_FILE = path.join(__dirname, '..', 'samples', 'seed-2024.xlsx');
const KEMU_TABLES = ['T02', 'T03', 'T05', 'T07', 'T08'];

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** A full-GC hook; `--expose-gc` set at run time so `npm run bench` needs no node flags. */
const GC: (() => void) | undefined = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    const f = vm.runInNewContext('gc') as unknown;
    return typeof f === 'function' ? (f as () => void) : undefined;
  } catch {
    return undefined;
  }
})();
const gc = (): void => GC?.();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface Timing<T> {
  medianMs: number;
  runsMs: number[];
  last: T;
}

/** `warmup` untimed runs (at least 1), then `runs` timed runs (GC before each); median in ms. */
async function time<T>(runs: number, fn: () => T | Promise<T>, warmup = 1): Promise<Timing<T>> {
  let last = await fn();
  for (let i = 1; i < warmup; i++) last = await fn();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = process.hrtime.bigint();
    last = await fn();
    runsMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { medianMs: median(runsMs), runsMs, last };
}

/** The engine's report unit (the unit most tables use), as in src/engine.ts. */
function reportUnit(units: (Unit | null)[]): Unit {
  const yuan = units.filter((u) => u === '元').length;
  return yuan > units.length - yuan ? '元' : '万元';
}

interface CaseResult {
  name: string;
  file: string;
  file_bytes: number;
  kemu_rows_per_table?: number;
  build_ms?: number;
  runs: { parse: number; grid: number; engine: number; breakdown: number; engine_warmup: number };
  parse_ms: number;
  grid_ms: number;
  engine_ms: number;
  /** Fastest engine run: less sensitive than the median to other processes on the machine. */
  engine_min_ms: number;
  engine_breakdown_ms: { recognize: number; rules: number };
  engine_parse_ratio: number;
  counts: CheckResult['counts'];
  tables_recognized: number;
  kemu_rows_recognized: Record<string, number>;
  cells_in_grid: number;
  runs_ms: { parse: number[]; engine: number[] };
}

async function measure(name: string, file: string, runs: CaseResult['runs'], extra: Partial<CaseResult> = {}): Promise<CaseResult> {
  const bytes = fs.readFileSync(file);
  log(`${name}: parse ×${runs.parse} (+1 warm-up), ${(bytes.length / 1024).toFixed(0)} KiB`);
  const parse = await time(runs.parse, () => loadWorkbookBuffer(bytes, file));
  log(`${name}: parse ${round1(parse.medianMs)} ms; grid ×${runs.grid}`);
  const wb = parse.last;
  const grid = await time(runs.grid, () => workbookToGrid(wb, path.basename(file)));
  const g: WorkbookGrid = grid.last;
  // Drop the ExcelJS workbooks before timing the engine: only the plain grid stays alive.
  (parse as { last: unknown }).last = undefined;
  (grid as { last: unknown }).last = undefined;
  log(`${name}: grid ${round1(grid.medianMs)} ms; engine ×${runs.engine}`);
  const engine = await time(runs.engine, () => check(g), runs.engine_warmup);
  const result = engine.last;
  log(`${name}: engine ${round1(engine.medianMs)} ms; breakdown ×${runs.breakdown}`);
  const rec = await time(runs.breakdown, () => recognize(g));
  const recognition = rec.last;
  const ctx = new TableLookup(recognition.tables, reportUnit(recognition.tables.map((t) => t.unit)));
  const rules = await time(runs.breakdown, () => evaluateRules(ctx, CATALOGUE));

  if (result.counts.error > 0) {
    log(`${name}: ${result.counts.error} error(s); first 5:`);
    for (const f of result.findings.filter((x) => x.severity === 'error').slice(0, 5)) log(`  ${f.rule} ${f.message}`);
  }
  const kemuRows: Record<string, number> = {};
  for (const t of recognition.tables) {
    if (KEMU_TABLES.includes(t.key)) kemuRows[t.key] = t.rows.filter((r) => r.code).length;
  }
  let cells = 0;
  for (const s of g.sheets) for (const r of s.rows) cells += r.length;
  return {
    name,
    file,
    file_bytes: bytes.length,
    ...extra,
    runs,
    parse_ms: round1(parse.medianMs),
    grid_ms: round1(grid.medianMs),
    engine_ms: round1(engine.medianMs),
    engine_min_ms: round1(Math.min(...engine.runsMs)),
    engine_breakdown_ms: { recognize: round1(rec.medianMs), rules: round1(rules.medianMs) },
    engine_parse_ratio: round3(engine.medianMs / parse.medianMs),
    counts: result.counts,
    tables_recognized: result.tables.length,
    kemu_rows_recognized: kemuRows,
    cells_in_grid: cells,
    runs_ms: { parse: parse.runsMs.map(round1), engine: engine.runsMs.map(round1) },
  };
}

/** Generates the synthetic workbook for `n` and writes it to os.tmpdir(); returns path and build time. */
async function writeSynthetic(n: number): Promise<{ file: string; buildMs: number; structure: string }> {
  const t0 = process.hrtime.bigint();
  const { data, structure } = syntheticData(n);
  const wb = buildSampleWorkbook(data);
  const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const file = path.join(os.tmpdir(), `juesuan-bench-synthetic-${n}.xlsx`);
  fs.writeFileSync(file, buf);
  const c = structure.counts;
  return { file, buildMs, structure: `${c.classes} 类 / ${c.sections} 款 / ${c.items} 项` };
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const loadBefore = os.loadavg()[0];
  const few = (n: number) => (QUICK ? Math.min(n, 2) : n);

  const seed = await measure('seed', SEED_FILE, { parse: few(9), grid: few(9), engine: few(9), breakdown: few(9), engine_warmup: 3 });

  const synthetic: (CaseResult & { structure: string })[] = [];
  for (const n of SIZES) {
    log(`synthetic N=${n}: generating`);
    const { file, buildMs, structure } = await writeSynthetic(n);
    gc();
    const runs = { parse: few(5), grid: few(5), engine: few(n <= 4000 ? 7 : 5), breakdown: few(3), engine_warmup: n <= 4000 ? 2 : 1 };
    const r = await measure(`N=${n}`, file, runs, {
      kemu_rows_per_table: n,
      build_ms: round1(buildMs),
    });
    synthetic.push({ ...r, structure });
  }

  log('batch: 200 copies of the sample, one worker vs all cores');
  const batch = await measureBatch(SEED_FILE, QUICK ? 40 : 200);

  log('add-in: production build (initial load size) and Office.js round trips of a check');
  const largest = synthetic[synthetic.length - 1];
  const addin = await measureAddin([
    { name: 'seed', file: SEED_FILE },
    { name: largest.name, file: largest.file },
  ]);

  const byN = new Map(synthetic.map((s) => [s.kemu_rows_per_table!, s]));
  const e4 = byN.get(4000)!;
  const e8 = byN.get(8000)!;
  const e2 = byN.get(2000)!;
  const ratioBySize: Record<string, number> = { seed: seed.engine_parse_ratio };
  for (const s of synthetic) ratioBySize[String(s.kemu_rows_per_table)] = s.engine_parse_ratio;
  const ratioMetBySize: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(ratioBySize)) ratioMetBySize[k] = v <= RATIO_LIMIT;
  const growth = e8.engine_ms / e4.engine_ms;
  const linear = growth <= LINEAR_MAX;
  const ratioMet = Object.values(ratioMetBySize).every(Boolean);
  const clean = [seed, ...synthetic].every((c) => c.counts.error === 0);

  const out = {
    benchmark: '决算助手 engine vs xlsx parse',
    environment: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model ?? 'unknown',
      load_average_1m: { before: round1(loadBefore), after: round1(os.loadavg()[0]) },
    },
    method: {
      timer: 'process.hrtime.bigint()',
      statistic: 'median of timed runs after warm-up run(s) (1 for parse/grid/breakdown; engine_warmup for the engine)',
      gc_before_each_run: GC !== undefined,
      parse: 'loadWorkbookBuffer(file bytes) — ExcelJS xlsx.load',
      grid: 'workbookToGrid(workbook)',
      engine: 'check(grid) — scan, recognition, rules, sorting',
      engine_breakdown: 'recognize(grid) and evaluateRules(recognised tables, CATALOGUE), timed separately',
      synthetic:
        'bench/synthetic.ts: N 科目 rows (7 类 / many 款 / many 项) in each of 公开02/03/05/07/08; 项 amounts integer 分 from a seeded PRNG, 款/类/合计 exact sums; three funds (一般公共预算 → 05, 政府性基金 → 07, 国有资本经营 → 08; 03 = all three); 01/04 类 rows by name; 06 rescaled so 人员+公用 = 05 合计·基本支出; 09/10 as in the seed',
      quick: QUICK,
    },
    sample: seed,
    synthetic,
    batch,
    addin,
    targets: {
      target: 'engine ≤ 10% of parse time, growing linearly',
      engine_parse_ratio_limit: RATIO_LIMIT,
      ratio_by_size: ratioBySize,
      ratio_met_by_size: ratioMetBySize,
      ratio_met: ratioMet,
      linearity: {
        engine_ms_n2000: e2.engine_ms,
        engine_ms_n4000: e4.engine_ms,
        engine_ms_n8000: e8.engine_ms,
        engine_ratio_8000_over_4000: round3(growth),
        engine_ratio_4000_over_2000: round3(e4.engine_ms / e2.engine_ms),
        engine_min_ratio_8000_over_4000: round3(e8.engine_min_ms / e4.engine_min_ms),
        parse_ratio_8000_over_4000: round3(e8.parse_ms / e4.parse_ms),
        expected_for_linear: 2,
        accepted_max: LINEAR_MAX,
        met: linear,
      },
      all_workbooks_error_free: clean,
      met: ratioMet && linear,
    },
    total_runtime_s: round1(Number(process.hrtime.bigint() - started) / 1e9),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  log(`done in ${out.total_runtime_s} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
