/**
 * 实时检查 in the real pane (Chromium, the harness's in-memory workbook): after 检查 the pane follows the
 * edits — a corrected figure loses its mark and finding, a broken one gets them, the status line says when
 * and what changed; a row inserted reads the workbook whole; the switch turns it off, and the workbook keeps
 * that. Same build and server as taskpane.e2e.test.ts.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { WorkbookGrid } from '../../src/core/grid';
import { check } from '../../src/engine';
import { marksFor } from '../../src/marks';
import type { MemoryHostSnapshot } from '../../src/hosts/memory/memoryHost';
import { locate, sampleGrid, setCell } from '../helpers/sample';
import { findBrowser } from './browser';
import { buildHarness, E2E_DIST, ROOT } from './build';
import { serveDir, type StaticServer } from './server';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'];
const OUT = path.join(ROOT, 'test-output');

type Cell = { sheet: string; cell: string };

describe('实时检查 in the browser (harness)', function () {
  this.timeout(240_000);

  let server: StaticServer;
  let context: BrowserContext;
  let profile: string;
  let grid: WorkbookGrid;
  let broken: Cell;
  const pageErrors: string[] = [];

  const api = <T = unknown>(p: Page, method: string, ...args: unknown[]): Promise<T> =>
    p.evaluate(([m, a]) => (globalThis as any).__juesuan[m as string](...(a as unknown[])), [method, args] as const) as Promise<T>;
  const snapshot = (p: Page) => api<MemoryHostSnapshot>(p, 'snapshot');
  const idle = (p: Page) => p.waitForSelector('[data-busy]', { state: 'detached' });
  const isMarked = (p: Page, { sheet, cell }: Cell) =>
    p.evaluate(([s, c]) => (globalThis as any).__juesuan.snapshot().marks.some((m: Cell) => m.sheet === s && m.cell === c), [
      sheet,
      cell,
    ] as const);
  const waitMarked = (p: Page, { sheet, cell }: Cell, marked: boolean) =>
    p.waitForFunction(
      ([s, c, want]) => (globalThis as any).__juesuan.snapshot().marks.some((m: Cell) => m.sheet === s && m.cell === c) === want,
      [sheet, cell, marked] as const,
    );
  const keys = (marks: Cell[]) => marks.map((m) => `${m.sheet}!${m.cell}`).sort();
  const status = (p: Page) => p.locator('[data-live] [role=status]').innerText();

  async function open(query = ''): Promise<Page> {
    const p = await context.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    await p.goto(`${server.origin}/harness.html${query}`);
    await p.waitForFunction(() => typeof (globalThis as any).__juesuanLoad === 'function');
    await p.evaluate((g) => (globalThis as any).__juesuanLoad(g), grid);
    await p.waitForSelector('[role=toolbar]');
    return p;
  }

  before(async function () {
    const browserFound = await findBrowser();
    await buildHarness();
    server = await serveDir(E2E_DIST);
    grid = await sampleGrid();
    broken = locate(grid, 'T03', '2010350', '基本支出');
    setCell(grid, broken.sheet, broken.cell, 191.12);
    fs.mkdirSync(OUT, { recursive: true });
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-live-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browserFound.executablePath,
      args: [...ARGS, ...browserFound.args],
      headless: true,
      viewport: { width: 380, height: 860 },
      locale: 'zh-CN',
    });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return url.hostname === '127.0.0.1' ? route.continue() : route.abort();
    });
  });

  after(async function () {
    await context?.close();
    await server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('after 检查, a corrected figure loses its mark and its finding, and the status line says so', async function () {
    const p = await open();
    const toggle = p.getByRole('switch', { name: '实时检查' });
    assert.ok(await toggle.isChecked(), 'on by default');
    assert.ok((await status(p)).includes('实时检查已开启'));
    await p.getByRole('button', { name: '检查', exact: true }).click();
    await idle(p);
    await p.locator('[data-live=watching]').waitFor();
    assert.ok(await isMarked(p, broken));
    assert.ok((await p.locator('section[data-table="公开03表"] li[data-severity=error]').count()) > 0);

    await api(p, 'setCell', broken.sheet, broken.cell, 199.12); // the officer types the right figure
    await waitMarked(p, broken, false);
    await p.locator('[data-live-status=rechecked]').waitFor();
    assert.match(await status(p), /^\d\d:\d\d:\d\d 实时检查：修正 [1-9]\d* 处，新增 0 处$/);
    await p.locator('section[data-table="公开03表"] li[data-severity=error]').waitFor({ state: 'detached' });
    const fixed = structuredClone(grid);
    setCell(fixed, broken.sheet, broken.cell, 199.12);
    assert.deepEqual(keys((await snapshot(p)).marks), keys(marksFor(check(fixed).findings)));
    assert.match(await p.locator('[data-count=error]').innerText(), new RegExp(`^${check(fixed).counts.error}\\s*错误`));
    await p.screenshot({ path: path.join(OUT, 'taskpane-live.png'), fullPage: false });

    // Typed wrong again: the finding and the mark come back, counted as new.
    await api(p, 'setCell', broken.sheet, broken.cell, 191.12);
    await waitMarked(p, broken, true);
    await p.waitForFunction(() => /新增 [1-9]/.test((globalThis as any).document.querySelector('[data-live] [role=status]').innerText));
    const calls = (await snapshot(p)).calls;
    assert.equal(calls.filter((c) => c === 'readWorkbook').length, 1, `one full read, the rest re-checks: ${calls.join(', ')}`);
    assert.equal(calls.filter((c) => c.startsWith('recheck')).length, 2);
    await p.close();
  });

  it('rows inserted: the workbook is read whole, and the mark moves with its figure', async function () {
    const p = await open();
    await p.getByRole('button', { name: '检查', exact: true }).click();
    await idle(p);
    await p.locator('[data-live=watching]').waitFor();
    await api(p, 'insertRows', broken.sheet, 2, 1);
    const moved = { sheet: broken.sheet, cell: broken.cell.replace(/\d+/, (n) => String(Number(n) + 1)) };
    await waitMarked(p, moved, true);
    await p.locator('[data-live] [role=status]', { hasText: '已重新读取整个工作簿' }).waitFor();
    const shifted = structuredClone(grid);
    const sheet = shifted.sheets.find((s) => s.name === broken.sheet)!;
    sheet.rows.splice(1, 0, []);
    for (const merge of sheet.merges ?? []) {
      if (merge.top >= 1) merge.top++;
      if (merge.bottom >= 1) merge.bottom++;
    }
    assert.deepEqual(keys((await snapshot(p)).marks), keys(marksFor(check(shifted).findings)));
    assert.ok((await snapshot(p)).calls.includes('recheck full'));
    await p.close();
  });

  it('switched off, it stops following the edits, and the workbook remembers it', async function () {
    const p = await open();
    await p.getByRole('button', { name: '检查', exact: true }).click();
    await idle(p);
    await p.locator('[data-live=watching]').waitFor();
    await p.getByRole('switch', { name: '实时检查' }).click();
    await p.locator('[data-live=off]').waitFor();
    await p.waitForFunction(() => (globalThis as any).__juesuan.snapshot().state.live === false);
    assert.ok((await status(p)).includes('实时检查已关闭'));
    await api(p, 'setCell', broken.sheet, broken.cell, 199.12);
    await p.waitForTimeout(600);
    assert.ok(await isMarked(p, broken), 'the mark stays until the next 检查');
    assert.ok(!(await snapshot(p)).calls.some((c) => c.startsWith('recheck')));

    await api(p, 'reopen');
    await p.waitForSelector('[data-live=off]');
    assert.equal(await p.getByRole('switch', { name: '实时检查' }).isChecked(), false);
    await p.close();
  });

  it('speaks English when Office does', async function () {
    const p = await open('?lang=en-US');
    assert.equal(await p.getByRole('switch', { name: 'Live check' }).count(), 1);
    await p.getByRole('button', { name: 'Check', exact: true }).click();
    await idle(p);
    await p.locator('[data-live=watching]').waitFor();
    await api(p, 'setCell', broken.sheet, broken.cell, 199.12);
    await p.locator('[data-live-status=rechecked]').waitFor();
    assert.match(await status(p), /^\d\d:\d\d:\d\d Live check: [1-9]\d* fixed, 0 new$/);
    await p.close();
  });

  it('left no error in the page', function () {
    assert.deepEqual(pageErrors, []);
  });
});
