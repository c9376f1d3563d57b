/**
 * The offline web page (taskpane/web) in Chromium: a real .xlsx opened through the file input, the
 * task pane's check over it, the read-only workbook view (marks, selection, sheets, borders of empty
 * cells), the downloads (annotated workbook, supplement, the 情况说明 sheet carried by the workbook),
 * several files, hostile files read in a Web Worker while the page stays responsive (issue 15), the page
 * opened from a folder (file://, the worker from a blob:) and without workers, and no request leaving
 * 127.0.0.1.
 *
 * Drives Chromium (see ./browser.ts: an installed one, else the one inside @sparticuz/chromium).
 * that build is newer than the sources.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { findBrowser } from './browser';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { workbookToGrid } from '../../src/xlsx/read';
import { check } from '../../src/engine';
import { locate, SAMPLE, sampleGrid } from '../helpers/sample';
import { bundleSizes } from './bundle';
import { isStale, ROOT } from './build';
import { scriptsBeyondES2020 } from './es2020';
import { serveDir, type StaticServer } from './server';
import { assertPlain } from '../hostile/run';
import { inflatingWorkbook, notAWorkbook, oleFile, truncated, withMerge, zipBomb } from '../hostile/zips';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OUT = path.join(ROOT, 'test-output');
const WEB_DIST = path.join(OUT, 'web-dist');
const SCREEN = { width: 1440, height: 900 };

async function buildWeb(): Promise<void> {
  if (!isStale(WEB_DIST, 'web.html')) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as (
    config: unknown,
    cb: (err: Error | null, stats?: { hasErrors(): boolean; toString(o: unknown): string }) => void,
  ) => void;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<unknown>;
  const config = await configure({ only: 'web', out: path.relative(ROOT, WEB_DIST) }, { mode: 'production' });
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (!stats || stats.hasErrors()) reject(new Error(`webpack failed:\n${stats?.toString('errors-only')}`));
      else resolve();
    }),
  );
}

async function gridOf(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, grid: workbookToGrid(wb) };
}

describe('offline web page (web.html)', function () {
  this.timeout(240_000);

  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let tmp: string;
  let changed: string; // the sample with 公开03表 2010350 基本支出 = 191.12
  let broken: { sheet: string; cell: string };
  const outside: string[] = [];
  const requested: string[] = [];
  const pageErrors: string[] = [];
  const workerUrls: string[] = []; // the workers the page started

  const button = (name: string, p: Page = page) => p.getByRole('button', { name, exact: true });
  const idle = (p: Page = page) => p.waitForSelector('[data-busy]', { state: 'detached' });
  const pane = (p: Page = page) => p.locator('.web-pane-slot:not([hidden])');
  const view = (p: Page = page) => p.locator('[data-workbook-view]');
  const td = (cell: string, p: Page = page) => p.locator(`.wv-scroll td[data-cell="${cell}"]`);

  /** Starts timing the page's thread: the longest gap between two ticks of a 50 ms timer (longestStall). */
  async function startProbe(p: Page = page): Promise<void> {
    await p.evaluate(() => {
      const w = globalThis as any;
      clearInterval(w.__probe);
      w.__longest = 0;
      let last = performance.now();
      w.__probe = setInterval(() => {
        const now = performance.now();
        w.__longest = Math.max(w.__longest, now - last);
        last = now;
      }, 50);
    });
  }
  const longestStall = (p: Page = page) => p.evaluate(() => Math.round((globalThis as any).__longest as number));

  async function download(p: Page, name: string, within?: ReturnType<Page['locator']>): Promise<{ file: string; name: string }> {
    const target = within ? within.getByRole('button', { name, exact: true }) : button(name, p);
    const [d] = await Promise.all([p.waitForEvent('download'), target.click()]);
    const file = path.join(tmp, `${Date.now()}-${d.suggestedFilename()}`);
    await d.saveAs(file);
    return { file, name: d.suggestedFilename() };
  }

  before(async function () {
    const browserFound = await findBrowser();
    await buildWeb();
    server = await serveDir(WEB_DIST);

    // The user's file: the sample with one figure changed, written by ExcelJS as any .xlsx.
    broken = locate(await sampleGrid(), 'T03', '2010350', '基本支出');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-web-'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    wb.getWorksheet(broken.sheet)!.getCell(broken.cell).value = 191.12;
    changed = path.join(tmp, '阳城县政务服务中心2024年度决算.xlsx');
    await wb.xlsx.writeFile(changed);

    fs.mkdirSync(OUT, { recursive: true });
    const browser = await chromium.launch({
      executablePath: browserFound.executablePath,
      args: [...ARGS, ...browserFound.args],
      headless: true,
    });
    context = await browser.newContext({ viewport: SCREEN, acceptDownloads: true, locale: 'zh-CN', deviceScaleFactor: 1 });
    context.on('close', () => void browser.close());
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      // The built page opened from its folder (file://) may read its own files, nothing else.
      if (url.protocol === 'file:' && decodeURIComponent(url.pathname).startsWith(WEB_DIST + path.sep)) return route.continue();
      if (url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.port === String(server.port)) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    context.on('request', (r) => requested.push(r.url()));
    page = await context.newPage();
    page.on('worker', (w) => workerUrls.push(w.url()));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${server.origin}/web.html`);
  });

  after(async function () {
    await context?.close();
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('loads the page light: the reading worker, ExcelJS and the Word writer are lazy chunks', function () {
    const sizes = bundleSizes(WEB_DIST, 'web.html');
    assert.ok(sizes.initialGzip <= 300 * 1024, `initial ${sizes.initialGzip} bytes gzipped`);
    const xlsx = sizes.lazy.find((f) => /^xlsx\./.test(f.file));
    assert.ok(xlsx && xlsx.gzip > 100 * 1024, `a lazy ExcelJS chunk: ${JSON.stringify(sizes.lazy)}`);
    assert.ok(sizes.lazy.some((f) => /^docx\./.test(f.file)));
    // The worker: the lean reader and the engine, no ExcelJS; and its code once more for file:// (a blob: worker).
    const worker = sizes.lazy.find((f) => /^read-worker\.[0-9a-f]{8}\.chunk\.js$/.test(f.file));
    assert.ok(worker, JSON.stringify(sizes.lazy.map((f) => f.file)));
    const workerJs = fs.readFileSync(path.join(WEB_DIST, worker.file), 'utf8');
    assert.ok(workerJs.includes('超出决算报表的范围') && !workerJs.includes('exceljs'), 'the lean reader, not ExcelJS');
    const source = fs.readFileSync(path.join(WEB_DIST, 'read-worker.source.js'), 'utf8');
    assert.equal(source, `self.__juesuanWorkerSource=${JSON.stringify(workerJs)};\n`);
    for (const f of sizes.initial) {
      const js = fs.readFileSync(path.join(WEB_DIST, f.file), 'utf8');
      assert.ok(!js.includes('xl/worksheets/sheet'), `${f.file} holds ExcelJS or the reader`);
      assert.ok(!js.includes('word/document.xml'), `${f.file} holds the docx library`);
    }
    // Relative asset URLs: the folder works wherever it is put.
    const html = fs.readFileSync(path.join(WEB_DIST, 'web.html'), 'utf8');
    assert.ok(/<script[^>]+src="?web\.[0-9a-f]{8}\.js/.test(html), html.slice(0, 300));
    // The page is for older machines too: every script, ExcelJS's chunk included, parses as ES2020.
    assert.deepEqual(scriptsBeyondES2020(WEB_DIST), []);
  });

  it('opens on the welcome: the open button, drop zone, and nothing but the page loaded', async function () {
    await page.getByText('打开部门决算公开工作簿').waitFor();
    assert.ok(await page.locator('label', { hasText: '打开工作簿（.xlsx）' }).first().isVisible());
    assert.equal(await page.getByLabel('打开工作簿（.xlsx）').first().getAttribute('type'), 'file');
    assert.ok((await page.innerText('body')).includes('不会上传'));
    assert.equal(requested.filter((u) => /xlsx\.[0-9a-f]{8}\.chunk\.js$/.test(u)).length, 0, 'ExcelJS not loaded before a file is opened');
    await page.screenshot({ path: path.join(OUT, 'web-welcome.png') });
  });

  it('opens a workbook from the file input and shows it read-only, sheet by sheet, merges kept', async function () {
    await page.setInputFiles('input[type=file]', changed);
    await page.locator('[data-workbook-view=ready]').waitFor();
    assert.ok(
      requested.some((u) => /read-worker\.[0-9a-f]{8}\.chunk\.js$/.test(u)),
      'read in the worker, started by its URL',
    );
    assert.match(workerUrls[0] ?? '', /\/read-worker\.[0-9a-f]{8}\.chunk\.js$/);
    assert.ok(!requested.some((u) => /xlsx\.[0-9a-f]{8}\.chunk\.js$/.test(u)), 'ExcelJS not loaded to read');
    assert.equal(await page.getByRole('tab', { name: '阳城县政务服务中心2024年度决算.xlsx' }).getAttribute('aria-selected'), 'true');
    const tabs = await page.locator('[data-sheet-tab]').allInnerTexts();
    assert.deepEqual(tabs, [
      '公开01表',
      '公开02表',
      '公开03表',
      '公开04表',
      '公开05表',
      '公开06表',
      '公开07表',
      '公开08表',
      '公开09表',
      '公开10表',
    ]);
    assert.equal(await view().getAttribute('data-active-sheet'), '公开01表');
    // The title is one merged cell across the table (A1:F1), as in Excel.
    assert.equal(await td('A1').getAttribute('colspan'), '6');
    assert.equal(await td('B1').count(), 0);
    assert.equal(await td('A1').innerText(), '收入支出决算总表');
    // Empty cells of the table keep the borders the file gives them (C8 holds nothing; so does F8).
    for (const cell of ['C8', 'F8']) {
      assert.equal(await td(cell).innerText(), '');
      const border = await td(cell).evaluate((e) => {
        const s = (globalThis as any).getComputedStyle(e);
        return [s.borderRightWidth, s.borderRightColor, s.borderBottomWidth, s.borderBottomColor];
      });
      assert.deepEqual(border, ['1px', 'rgb(92, 92, 92)', '1px', 'rgb(92, 92, 92)'], cell);
    }
    // Beyond the table, no border: the gridline colour.
    assert.equal(await td('A2').evaluate((e) => (globalThis as any).getComputedStyle(e).borderBottomColor), 'rgb(236, 236, 236)');
    // Figures as the number format shows them.
    await page.locator('[data-sheet-tab="公开03表"]').click();
    assert.equal(await view().getAttribute('data-active-sheet'), '公开03表');
    assert.equal(await td('C7').innerText(), '403.05');
  });

  it('checks in the pane: findings, and the broken cell highlighted in the view', async function () {
    await pane().getByRole('button', { name: '检查', exact: true }).click();
    await idle();
    const findings = await pane().locator('[data-view=findings]').innerText();
    assert.ok(findings.includes('公开03表'), findings.slice(0, 300));
    const expected = check((await gridOf(changed)).grid).counts;
    assert.match(await pane().locator('[data-count=error]').innerText(), new RegExp(`^${expected.error}\\s*错误`));

    // The view shows 公开03表 (opened above): its broken cell is red, with the message as its tooltip.
    const cell = td(broken.cell);
    await page.waitForFunction(
      (c) => (globalThis as any).document.querySelector(`.wv-scroll td[data-cell="${c}"]`)?.classList.contains('wv-error'),
      broken.cell,
    );
    assert.equal(await cell.getAttribute('data-severity'), 'error');
    assert.equal(await cell.evaluate((e) => (globalThis as any).getComputedStyle(e).backgroundColor), 'rgb(255, 199, 206)');
    assert.equal(await cell.innerText(), '191.12');
    const title = (await cell.getAttribute('title')) ?? '';
    assert.ok(title.includes('错误') && title.includes('191.12'), title);
    assert.ok((await page.locator('[data-sheet-tab="公开03表"] .wv-dot-error').innerText()).length > 0);
  });

  it('clicking a finding shows its sheet in the view, the cell selected and in sight', async function () {
    await page.locator('[data-sheet-tab="公开01表"]').click();
    assert.equal(await view().getAttribute('data-active-sheet'), '公开01表');
    await pane().locator('section[data-table="公开03表"] li[data-severity=error] button').first().click();
    await page.waitForFunction(
      () => (globalThis as any).document.querySelector('[data-workbook-view]')?.getAttribute('data-active-sheet') === '公开03表',
    );
    const cell = td(broken.cell);
    assert.equal(await cell.getAttribute('aria-selected'), 'true');
    assert.ok(await cell.isVisible());
    const inView = await cell.evaluate((e) => {
      const r = e.getBoundingClientRect();
      const s = e.closest('.wv-scroll')!.getBoundingClientRect();
      return r.top >= s.top && r.bottom <= s.bottom && r.left >= s.left && r.right <= s.right;
    });
    assert.ok(inView, 'scrolled into view');
    assert.equal(await page.locator('[data-cellbar] .wv-addr').innerText(), broken.cell);
    assert.ok((await page.locator('[data-cellbar]').innerText()).includes('191.12'));
    await page.waitForTimeout(1300); // the selection's flash is over
    await page.screenshot({ path: path.join(OUT, 'web.png') });
  });

  it('puts the pane above the workbook on a narrow screen', async function () {
    await page.setViewportSize({ width: 760, height: 900 });
    const paneBox = (await page.locator('.web-pane').boundingBox())!;
    const sheetBox = (await page.locator('.web-sheet').boundingBox())!;
    assert.ok(sheetBox.y >= paneBox.y + paneBox.height - 1, `${JSON.stringify(paneBox)} / ${JSON.stringify(sheetBox)}`);
    assert.ok(sheetBox.width > 700);
    await page.screenshot({ path: path.join(OUT, 'web-narrow.png') });
    await page.setViewportSize(SCREEN);
  });

  it('downloads the annotated workbook: the broken cell filled red with a note, every value as uploaded', async function () {
    const d = await download(page, '下载标注工作簿');
    assert.ok(
      requested.some((u) => /xlsx\.[0-9a-f]{8}\.chunk\.js$/.test(u)),
      'ExcelJS loaded now, to write',
    );
    assert.equal(d.name, '阳城县政务服务中心2024年度决算（已标注）.xlsx');
    const { wb, grid } = await gridOf(d.file);
    const cell = wb.getWorksheet(broken.sheet)!.getCell(broken.cell);
    assert.equal((cell.fill as ExcelJS.FillPattern).fgColor?.argb, 'FFFFC7CE');
    const note = cell.note as ExcelJS.Comment | string;
    const noteText = typeof note === 'string' ? note : note.texts!.map((t) => t.text).join('');
    assert.ok(noteText.includes('决算助手') && noteText.includes('191.12'), noteText);
    const original = (await gridOf(changed)).grid;
    assert.deepEqual(
      grid.sheets.map((s) => s.name),
      original.sheets.map((s) => s.name),
    );
    for (let i = 0; i < original.sheets.length; i++)
      assert.deepEqual(grid.sheets[i].rows, original.sheets[i].rows, `values of ${original.sheets[i].name}`);
    assert.ok((await page.locator('[data-notice=success]').innerText()).includes('已下载'));
  });

  it('keeps the supplement per file and offers it as a download; the 情况说明 sheet goes into the workbook', async function () {
    await pane().getByRole('button', { name: '生成情况说明', exact: true }).click();
    await idle();
    await pane().locator('[data-narrative]').waitFor();
    await pane().getByRole('textbox', { name: '上年收入总计', exact: true }).fill('461.57');
    await pane().locator('[data-save-status=saved]').waitFor();
    const s = await download(page, '下载补充信息');
    assert.equal(s.name, '阳城县政务服务中心2024年度决算（补充信息）.json');
    const json = JSON.parse(fs.readFileSync(s.file, 'utf8')) as Record<string, string>;
    assert.equal(json['上年.收入总计'], '461.57');

    // 插入到工作表: the view shows the new sheet, and the downloaded workbook carries it.
    await pane().getByRole('button', { name: '插入到工作表', exact: true }).click();
    await pane().getByText('已写入工作表“情况说明”').waitFor();
    assert.equal(await view().getAttribute('data-active-sheet'), '情况说明');
    assert.equal(await td('A1').innerText(), '第三部分 情况说明');
    const d = await download(page, '下载标注工作簿');
    const { wb } = await gridOf(d.file);
    const lines = wb
      .getWorksheet('情况说明')!
      .getColumn(1)
      .values.filter((v) => typeof v === 'string') as string[];
    assert.equal(lines[0], '第三部分 情况说明');
    assert.ok(
      lines.some((l) => l.includes('减少58.52万元')),
      lines.slice(0, 5).join('\n'),
    );

    // The .docx of the pane works here too.
    const docx = await download(page, '下载 .docx', pane());
    assert.match(docx.name, /\.docx$/);
    assert.ok(fs.statSync(docx.file).size > 5000);
  });

  it('opening a supplement JSON keeps the pane as it is: the 情况说明 stays, the field takes the new value', async function () {
    await pane().getByRole('button', { name: '生成情况说明', exact: true }).click();
    await idle();
    await pane().locator('[data-narrative]').waitFor();
    const json = path.join(tmp, '补充信息.json');
    fs.writeFileSync(json, JSON.stringify({ '上年.支出总计': '461.57' }));
    await page.setInputFiles('input[type=file]', json);
    await page.getByText('已载入补充信息“补充信息.json”').waitFor();
    assert.equal(await pane().locator('[data-narrative]').count(), 1, 'the 情况说明 view is still there');
    const field = pane().getByRole('textbox', { name: '上年支出总计', exact: true });
    for (let i = 0; i < 50 && (await field.inputValue()) !== '461.57'; i++) await page.waitForTimeout(100);
    assert.equal(await field.inputValue(), '461.57');
    assert.equal(await pane().getByRole('textbox', { name: '上年收入总计', exact: true }).inputValue(), '461.57', 'what was typed stays');
  });

  it('opens several files, one tab each; each keeps its own pane and view', async function () {
    await page.setInputFiles('input[type=file]', SAMPLE);
    await page.getByRole('tab', { name: 'seed-2024.xlsx' }).waitFor();
    await page.locator('[data-workbook-view=ready]').waitFor();
    assert.equal(await page.getByRole('tab', { name: 'seed-2024.xlsx' }).getAttribute('aria-selected'), 'true');
    assert.equal(await pane().locator('[data-view=findings]').count(), 0, 'a new pane for the new file');
    await pane().getByRole('button', { name: '检查', exact: true }).click();
    await idle();
    assert.match(await pane().locator('[data-count=error]').innerText(), /^0\s*错误/);

    await page.getByRole('tab', { name: '阳城县政务服务中心2024年度决算.xlsx' }).click();
    assert.equal(await view().getAttribute('data-active-sheet'), '情况说明');
    assert.ok((await pane().locator('[data-narrative]').innerText()).includes('减少58.52万元'), 'the first pane as it was');
    await page.getByRole('button', { name: '关闭 seed-2024.xlsx' }).click();
    assert.equal(await page.locator('.web-files [role=tab]').count(), 1);
  });

  it('a newer version of the same file, opened again, is re-checked live: the status says what changed, the mark goes', async function () {
    const name = path.basename(changed);
    await page.getByRole('tab', { name }).click();
    assert.equal(await pane().locator('[data-live]').getAttribute('data-live'), 'watching', 'checked and marked: watched');
    assert.match(await pane().locator('[data-live-status]').innerText(), /再次打开同名文件的新版本时/);
    // The officer corrects the figure in Excel or WPS, saves, and opens the file again.
    const newer = path.join(tmp, 'newer');
    fs.mkdirSync(newer, { recursive: true });
    fs.copyFileSync(SAMPLE, path.join(newer, name));
    await page.setInputFiles('input[type=file]', path.join(newer, name));
    await pane().locator('[data-live-status=rechecked]').waitFor();
    assert.match(
      await pane().locator('[data-live-status]').innerText(),
      /^\d\d:\d\d:\d\d 实时检查（已打开新版本，与上次检查相比）：修正 [1-9]\d* 处，新增 0 处$/,
    );
    assert.equal(await page.locator('.web-files [role=tab]').count(), 1, 'the same tab, not a second one');
    await pane().getByRole('tab', { name: '检查结果' }).click();
    assert.match(await pane().locator('[data-count=error]').innerText(), /^0\s*错误/);
    await page.locator(`[data-sheet-tab="${broken.sheet}"]`).click();
    await page.waitForFunction(
      (c) => !(globalThis as any).document.querySelector(`.wv-scroll td[data-cell="${c}"]`)?.classList.contains('wv-error'),
      broken.cell,
    );
    assert.notEqual(await td(broken.cell).innerText(), '191.12', 'the view shows the new version');
  });

  it('says why a file that is not an .xlsx cannot be opened', async function () {
    const bad = path.join(tmp, '旧版.xls');
    fs.writeFileSync(bad, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await page.setInputFiles('input[type=file]', bad);
    await page.locator('[data-workbook-view=failed]').waitFor();
    assert.ok((await view().innerText()).includes('另存为未加密的 .xlsx'));
    await page.getByRole('button', { name: '关闭 旧版.xls' }).click();
  });

  it('reads a hostile file in a worker: the page answers while it reads for seconds, then says why', async function () {
    // About 250 KB that inflates to 60 MB of rows past row 100 000: read for seconds, then refused as the CLI does.
    const file = path.join(tmp, '十万行.xlsx');
    fs.writeFileSync(file, inflatingWorkbook(60, 10));
    await startProbe();
    await page.setInputFiles('input[type=file]', file);
    await page.getByRole('tab', { name: '十万行.xlsx' }).waitFor();
    assert.equal(await view().getAttribute('data-workbook-view'), 'loading');
    // While it is read, a click on another file's tab shows that workbook at once; then back.
    const clicked = Date.now();
    await page.getByRole('tab', { name: '阳城县政务服务中心2024年度决算.xlsx' }).click();
    await page.locator('[data-workbook-view=ready]').waitFor({ timeout: 2000 });
    assert.ok(Date.now() - clicked < 2000, `${Date.now() - clicked} ms`);
    await page.getByRole('tab', { name: '十万行.xlsx' }).click();
    await page.locator('[data-workbook-view=failed]').waitFor({ timeout: 90_000 });
    const stall = await longestStall();
    assert.ok(stall < 1000, `the page was held ${stall} ms`);
    const text = await view().innerText();
    assert.ok(text.includes('十万行.xlsx：工作表“数据1”在第 100001 行有内容，超出决算报表的范围（每张表最多 100000 行、1000 列）'), text);
    assertPlain(text);
    await page.getByRole('button', { name: '关闭 十万行.xlsx' }).click();
  });

  it('closing a file while it is read ends its worker', async function () {
    const started = new Promise<{ url: () => string; once: (e: 'close', f: () => void) => void }>((resolve) =>
      page.once('worker', resolve),
    );
    await page.setInputFiles('input[type=file]', path.join(tmp, '十万行.xlsx'));
    const worker = await started;
    const ended = new Promise<void>((resolve) => worker.once('close', resolve));
    await page.getByRole('button', { name: '关闭 十万行.xlsx' }).click();
    const closed = Date.now();
    await ended;
    assert.ok(Date.now() - closed < 2000, `ended ${Date.now() - closed} ms after the file was closed`);
    assert.equal(await page.getByRole('tab', { name: '十万行.xlsx' }).count(), 0);
  });

  const refused: [string, () => Buffer, string][] = [
    [
      '四百兆.xlsx',
      () => inflatingWorkbook(400),
      '四百兆.xlsx：工作簿中的 xl/worksheets/sheet1.xml 解压后有 399.7 MB，超过每个部分 200 MB 的上限',
    ],
    ['炸弹.xlsx', () => zipBomb(), '炸弹.xlsx：工作簿解压后超过 500 MB'],
    ['截断.xlsx', () => truncated(SAMPLE), '截断.xlsx：工作簿已损坏或无法解析'],
    ['加密.xlsx', oleFile, '加密.xlsx：这是加密的工作簿或旧版 .xls 文件，请在 Excel 中另存为未加密的 .xlsx 后再检查'],
    ['报告.xlsx', notAWorkbook, '报告.xlsx：不是 .xlsx 工作簿（文件内容不是 Office Open XML 格式）'],
  ];
  for (const [name, build, says] of refused)
    it(`refuses ${name} in the CLI's plain words, never holding the page; the pane says the same`, async function () {
      const file = path.join(tmp, name);
      fs.writeFileSync(file, build());
      await startProbe();
      await page.setInputFiles('input[type=file]', file);
      await page.getByRole('tab', { name }).waitFor();
      await page.locator('[data-workbook-view=failed]').waitFor({ timeout: 90_000 });
      const stall = await longestStall();
      assert.ok(stall < 1000, `the page was held ${stall} ms`);
      const text = await view().innerText();
      assert.ok(text.includes(says), text);
      assertPlain(text);
      await pane().getByRole('button', { name: '检查', exact: true }).click();
      await idle();
      const paneText = await pane().innerText();
      assert.ok(paneText.includes(says), paneText);
      await page.getByRole('button', { name: `关闭 ${name}` }).click();
    });

  it('opens the 26 KB workbook with a merge over H40:XFD1048576: read, checked and annotated, the merge clipped', async function () {
    const file = path.join(tmp, '合并.xlsx');
    fs.writeFileSync(file, withMerge(SAMPLE));
    assert.ok(fs.statSync(file).size < 40 * 1024);
    await startProbe();
    await page.setInputFiles('input[type=file]', file);
    await page.getByRole('tab', { name: '合并.xlsx' }).waitFor();
    await page.locator('[data-workbook-view=ready]').waitFor({ timeout: 60_000 });
    assert.equal(await td('A1').getAttribute('colspan'), '6');
    assert.equal(await page.locator('.wv-grid tbody tr').count(), 38, 'the sheet as far as its table, no further');
    await pane().getByRole('button', { name: '检查', exact: true }).click();
    await idle();
    assert.match(await pane().locator('[data-count=error]').innerText(), /^0\s*错误/);
    const stall = await longestStall();
    assert.ok(stall < 1000, `the page was held ${stall} ms`);
    // ExcelJS writes the copy (on the page's thread) from bytes whose merges are clipped: it never walks XFD1048576.
    const d = await download(page, '下载标注工作簿');
    const { wb } = await gridOf(d.file);
    assert.ok(!wb.worksheets[0].model.merges.some((m: string) => m.includes('XFD')), wb.worksheets[0].model.merges.join());
    await page.getByRole('button', { name: '关闭 合并.xlsx' }).click();
  });

  it('a good workbook opened after the hostile ones is read and checked as ever', async function () {
    await page.setInputFiles('input[type=file]', SAMPLE);
    await page.getByRole('tab', { name: 'seed-2024.xlsx' }).waitFor();
    await page.locator('[data-workbook-view=ready]').waitFor();
    await pane().getByRole('button', { name: '检查', exact: true }).click();
    await idle();
    assert.match(await pane().locator('[data-count=error]').innerText(), /^0\s*错误/);
    assert.equal(await td('C7').innerText(), '403.05');
    await page.getByRole('button', { name: '关闭 seed-2024.xlsx' }).click();
  });

  it('without Web Workers, reads on the page itself with the same bounds (the last fallback)', async function () {
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.addInitScript(() => {
      delete (globalThis as any).Worker;
    });
    await p.goto(`${server.origin}/web.html`);
    await p.setInputFiles('input[type=file]', SAMPLE);
    await p.locator('[data-workbook-view=ready]').waitFor();
    await p.locator('.web-pane-slot:not([hidden])').getByRole('button', { name: '检查', exact: true }).click();
    await p.waitForSelector('[data-busy]', { state: 'detached' });
    assert.match(await p.locator('[data-count=error]').innerText(), /^0\s*错误/);
    const file = path.join(tmp, '四百兆.xlsx');
    await p.setInputFiles('input[type=file]', file);
    await p.locator('[data-workbook-view=failed]').waitFor();
    assert.ok((await p.locator('[data-workbook-view]').innerText()).includes('超过每个部分 200 MB 的上限'));
    assert.ok(
      requested.some((u) => /\/read\.[0-9a-f]{8}\.chunk\.js$/.test(u)),
      'the reader in its lazy chunk',
    );
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('draws a big sheet a window of rows at a time, and says so', async function () {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('明细');
    for (let r = 1; r <= 6000; r++) ws.addRow([`项目${r}`, r * 1.5, '<b>不是HTML</b>']);
    const big = path.join(tmp, '大表.xlsx');
    await wb.xlsx.writeFile(big);
    await page.setInputFiles('input[type=file]', big);
    await page.getByRole('tab', { name: '大表.xlsx' }).waitFor();
    await page.locator('[data-workbook-view=ready]').waitFor();
    const note = await page.locator('.wv-note').innerText();
    assert.ok(note.includes('本表共 6000 行') && note.includes('只显示第 1–2000 行'), note);
    assert.equal(await page.locator('.wv-grid tbody tr').count(), 2000);
    assert.equal(await td('C1').innerText(), '<b>不是HTML</b>');
    assert.equal(await page.locator('.wv-grid b').count(), 0);
    await page.getByRole('button', { name: '关闭 大表.xlsx' }).click();
  });

  it('works opened from a folder (file://), offline', async function () {
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const workers: string[] = [];
    p.on('worker', (w) => workers.push(w.url()));
    await p.goto(pathToFileURL(path.join(WEB_DIST, 'web.html')).href);
    await p.setInputFiles('input[type=file]', changed);
    await p.locator('[data-workbook-view=ready]').waitFor();
    await p.locator('.web-pane-slot:not([hidden])').getByRole('button', { name: '检查', exact: true }).click();
    await p.waitForSelector('[data-busy]', { state: 'detached' });
    assert.ok((await p.locator('[data-view=findings]').innerText()).includes('公开03表'));
    // Chromium refuses a worker at a file: URL: the worker's code came by read-worker.source.js, run from a blob:.
    assert.ok(
      requested.some((u) => u.startsWith('file:') && u.endsWith('/read-worker.source.js')),
      requested.filter((u) => u.startsWith('file:')).join('\n'),
    );
    assert.ok(workers.length > 0 && workers.every((u) => u.startsWith('blob:')), workers.join('\n'));
    // … and it reads off the page's thread there too.
    await startProbe(p);
    await p.setInputFiles('input[type=file]', path.join(tmp, '十万行.xlsx'));
    await p.locator('[data-workbook-view=failed]').waitFor({ timeout: 90_000 });
    const stall = await longestStall(p);
    assert.ok(stall < 1000, `the page was held ${stall} ms`);
    assert.ok((await p.locator('[data-workbook-view]').innerText()).includes('在第 100001 行有内容'));
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('made no request outside 127.0.0.1, nor an error in the page', function () {
    assert.deepEqual(outside, []);
    assert.deepEqual(pageErrors, []);
    assert.ok(
      requested.every((u) => u.startsWith(server.origin) || /^(data|blob|file):/.test(u)),
      requested.join('\n'),
    );
  });
});
