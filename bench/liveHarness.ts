/**
 * The live check's figures in the browser (issue 17): the real pane in Chromium over the harness's in-memory
 * workbook (taskpane/harness), on the sample and on the 2,000-row synthetic workbook. After 检查, each round
 * types the figure wrong, then right again (harness `setCell`, which tells the pane as Excel's onChanged
 * would), and times in the page, from the edit to the mark changed in the workbook: the pane's debounce, the
 * re-check (the engine on the page's thread) and the marks. No Office.js round-trip latency: the fake's part
 * of that is in bench/live.ts.
 *
 *   npx tsx bench/liveHarness.ts        (LIVE_ROUNDS=n, default 7; builds the harness when stale)
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { buildSampleWorkbook } from '../samples/build-sample';
import type { WorkbookGrid } from '../src/core/grid';
import { workbookToGrid } from '../src/xlsx/read';
import { findBrowser } from '../test/e2e/browser';
import { buildHarness, E2E_DIST } from '../test/e2e/build';
import { serveDir } from '../test/e2e/server';
import { figureOf } from './live';
import { spread, type Spread } from './rounds';
import { syntheticData } from './synthetic';

const ROOT = path.resolve(__dirname, '..');
const ROUNDS = Number(process.env.LIVE_ROUNDS ?? 7);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'];

export interface HarnessLiveFigures {
  /** Edit to mark changed, in the page, ms (median), debounce included. */
  harnessSampleMs: number;
  harness2000Ms: number;
  harnessSample: Spread;
  harness2000: Spread;
  rounds: number;
}

/** What the harness page offers the bench (taskpane/harness/harness.tsx). */
interface HarnessWindow {
  __juesuan: { setCell(sheet: string, cell: string, value: number): void; snapshot(): { marks: { sheet: string; cell: string }[] } };
  __juesuanLoad?: (grid: WorkbookGrid) => void;
}

/** One edit in the page, timed there until the figure's mark is as `marked`. */
function timeEdit(page: Page, sheet: string, cell: string, value: number, marked: boolean): Promise<number> {
  return page.evaluate(
    // Inline, unnamed functions only: tsx's name helper does not exist in the page.
    async ([s, c, v, want]) => {
      const api = (globalThis as unknown as HarnessWindow).__juesuan;
      const t0 = performance.now();
      api.setCell(s, c, v);
      for (;;) {
        if (api.snapshot().marks.some((m) => m.sheet === s && m.cell === c) === want) return performance.now() - t0;
        if (performance.now() - t0 > 30_000) throw new Error(`the mark of ${s}!${c} did not change`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    },
    [sheet, cell, value, marked] as const,
  );
}

async function measureOn(page: Page, origin: string, grid: WorkbookGrid): Promise<number[]> {
  await page.goto(`${origin}/harness.html`);
  await page.waitForFunction(() => typeof (globalThis as unknown as HarnessWindow).__juesuanLoad === 'function');
  await page.evaluate((g) => (globalThis as unknown as HarnessWindow).__juesuanLoad!(g), grid);
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-live=watching]').waitFor({ timeout: 120_000 });
  const figure = figureOf(grid);
  const times: number[] = [];
  for (let round = -1; round < ROUNDS; round++) {
    const wrong = await timeEdit(page, figure.sheet, figure.cell, figure.value + 1, true);
    const right = await timeEdit(page, figure.sheet, figure.cell, figure.value, false);
    if (round >= 0) times.push(wrong, right); // the first round warms the page up
  }
  return times;
}

export async function measureLiveHarness(): Promise<HarnessLiveFigures> {
  await buildHarness();
  const server = await serveDir(E2E_DIST);
  const found = await findBrowser();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: [...ARGS, ...found.args], headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 380, height: 860 }, locale: 'zh-CN' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ROOT, 'samples/seed-2024.xlsx'));
    const sample = spread(await measureOn(page, server.origin, workbookToGrid(wb, 'seed-2024.xlsx')));
    const big = workbookToGrid(buildSampleWorkbook(syntheticData(2000).data), 'synthetic-2000.xlsx');
    const rows2000 = spread(await measureOn(page, server.origin, big));
    return {
      harnessSampleMs: sample.median,
      harness2000Ms: rows2000.median,
      harnessSample: sample,
      harness2000: rows2000,
      rounds: ROUNDS * 2,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) {
  measureLiveHarness().then(
    (figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
