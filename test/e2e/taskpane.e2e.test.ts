/**
 * The real task pane in Chromium, over an in-memory workbook (taskpane/harness): check, marks, cell
 * selection, 出错说明, the narrative with its supplement, insert/copy/.docx, English, host failures,
 * the Office start-up gate, and no request leaving 127.0.0.1.
 *
 * Drives Chromium (see ./browser.ts: an installed one, else the one inside @sparticuz/chromium).
 * into test-output/e2e-dist unless that build is newer than the sources.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { findBrowser } from './browser';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parseA1, type WorkbookGrid } from '../../src/core/grid';
import { check, narrate } from '../../src/engine';
import { marksFor } from '../../src/marks';
import type { MemoryHostSnapshot } from '../../src/hosts/memory/memoryHost';
import { locate, sampleGrid, setCell } from '../helpers/sample';
import { bundleSizes } from './bundle';
import { buildHarness, E2E_DIST, ROOT } from './build';
import { scriptsBeyondES2020 } from './es2020';
import { serveDir, type StaticServer } from './server';

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
const PANE = { width: 380, height: 860 }; // a task pane is about this wide

type Cell = { sheet: string; cell: string };

describe('task pane in the browser (harness)', function () {
  this.timeout(240_000);

  let server: StaticServer;
  let context: BrowserContext;
  let profile: string;
  let page: Page;
  let grid: WorkbookGrid;
  let broken: Cell; // 公开03表 2010350 基本支出, set to 191.12
  let t05: Cell; // 公开05表 2010350 基本支出, the other side of the X08 warning
  let t05Value: unknown;
  const outside: string[] = [];
  const requested: string[] = [];

  const api = <T = unknown>(p: Page, method: string, ...args: unknown[]): Promise<T> =>
    p.evaluate(([m, a]) => (globalThis as any).__juesuan[m as string](...(a as unknown[])), [method, args] as const) as Promise<T>;
  const snapshot = (p: Page = page) => api<MemoryHostSnapshot>(p, 'snapshot');
  const idle = (p: Page = page) => p.waitForSelector('[data-busy]', { state: 'detached' });
  const button = (name: string, p: Page = page) => p.getByRole('button', { name, exact: true });

  const narrativeWith = (supplement: Record<string, string>) => {
    return narrate(check(grid), supplement).narrative;
  };

  async function open(query = '', options: object = {}, workbook: WorkbookGrid = grid): Promise<Page> {
    const p = await context.newPage();
    p.on('pageerror', (e) => outside.push(`pageerror: ${e.message}`));
    await p.goto(`${server.origin}/harness.html${query}`);
    await p.waitForFunction(() => typeof (globalThis as any).__juesuanLoad === 'function');
    await p.evaluate(([g, o]) => (globalThis as any).__juesuanLoad(g, o), [workbook, options] as const);
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
    t05 = locate(grid, 'T05', '2010350', '基本支出');
    const at = parseA1(t05.cell);
    t05Value = grid.sheets.find((s) => s.name === t05.sheet)!.rows[at.row][at.col];
    assert.equal(typeof t05Value, 'number');

    fs.mkdirSync(OUT, { recursive: true });
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browserFound.executablePath,
      args: [...ARGS, ...browserFound.args],
      headless: true,
      viewport: PANE,
      acceptDownloads: true,
      locale: 'zh-CN',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.port === String(server.port)) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    context.on('request', (r) => requested.push(r.url()));
    page = await open('', { formats: { [`${broken.sheet}!${broken.cell}`]: 'numFmt:#,##0.00;fill:none;font:宋体 10' } });
  });

  after(async function () {
    await context?.close();
    await server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('loads what a task pane loads first within 300 KB gzipped, the Word writer apart', function () {
    const sizes = bundleSizes(E2E_DIST, 'harness.html');
    assert.ok(sizes.initialGzip <= 300 * 1024, `initial ${sizes.initialGzip} bytes gzipped`);
    assert.ok(
      sizes.lazy.some((f) => /docx/.test(f.file)),
      'a lazy docx chunk',
    );
    for (const f of sizes.initial)
      assert.ok(!fs.readFileSync(path.join(E2E_DIST, f.file), 'utf8').includes('word/document.xml'), `${f.file} holds the docx library`);
    assert.deepEqual(scriptsBeyondES2020(E2E_DIST), [], 'every script parses as ES2020');
  });

  it('checks: progress while reading, counts, findings by table with errors first, marks on the cells', async function () {
    await api(page, 'setDelay', 300);
    await button('检查').click();
    await page.getByRole('progressbar').waitFor();
    await idle();
    await api(page, 'setDelay', 0);

    const expected = check(grid).counts;
    const count = (k: string) => page.locator(`[data-count=${k}]`).innerText();
    assert.match(await count('error'), new RegExp(`^${expected.error}\\s*错误`));
    assert.match(await count('warning'), new RegExp(`^${expected.warning}\\s*警告`));
    assert.match(await count('info'), new RegExp(`^${expected.info}\\s*尾数差异`));

    const findings = await page.locator('[data-view=findings]').innerText();
    assert.ok(findings.includes('公开03表'), findings);
    assert.ok(findings.includes('支出决算表'));
    const group = page.locator('section[data-table="公开03表"]');
    const severities = await group.locator('li[data-severity]').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    assert.deepEqual(severities, [...severities].sort(), `errors first: ${severities}`);
    assert.ok(severities.includes('error'));
    const first = await group.locator('li[data-severity=error]').first().innerText();
    for (const label of ['应为', '实际', '差额', '容差', '191.12', '199.12', '8.00'])
      assert.ok(first.includes(label), `${label} in ${first}`);

    await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
    await page.screenshot({ path: path.join(OUT, 'taskpane.png'), fullPage: true });

    // 尾数差异 are folded away until opened.
    assert.equal(await page.locator('li[data-severity=info]').count(), 0);
    await page.getByRole('button', { name: new RegExp(`尾数差异（${expected.info}）`) }).click();
    await page.locator('li[data-severity=info]').first().waitFor();
    assert.equal(await page.locator('li[data-severity=info]').count(), expected.info);

    const snap = await snapshot();
    const mark = snap.marks.find((m) => m.sheet === broken.sheet && m.cell === broken.cell);
    assert.ok(mark, `marked ${broken.sheet}!${broken.cell}: ${JSON.stringify(snap.marks)}`);
    assert.equal(mark.severity, 'error');
    assert.ok(snap.marks.every((m) => m.severity !== 'info'));
    assert.equal(await api(page, 'displayedFormat', broken.sheet, broken.cell), 'fill:#FFC7CE');
  });

  it('selects the cell of a finding when it is clicked', async function () {
    await page.locator('section[data-table="公开03表"] li[data-severity=error] button').first().click();
    await page.waitForFunction(() => (globalThis as any).__juesuan.snapshot().selection !== null);
    assert.deepEqual((await snapshot()).selection, broken);
  });

  it('clears the marks and restores the cells’ own formats exactly', async function () {
    await button('清除标记').click();
    await idle();
    assert.deepEqual((await snapshot()).marks, []);
    assert.equal(await api(page, 'displayedFormat', broken.sheet, broken.cell), 'numFmt:#,##0.00;fill:none;font:宋体 10');
    assert.ok((await page.innerText('body')).includes('已清除'));
  });

  it('dismisses a warning only with a written reason; the dismissal lapses when a figure changes', async function () {
    await button('检查').click();
    await idle();
    const warning = page.locator('li[data-severity=warning][data-rule=X08]');
    await warning.getByRole('button', { name: '出错说明', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.ok(await dialog.getByRole('button', { name: '保存' }).isDisabled(), 'no reason, no save');
    await dialog.getByRole('textbox').fill('公开05表按财政批复口径列示，已与财政部门核对。');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('li[data-rule=X08][data-status=explained]').waitFor();
    assert.ok((await page.locator('li[data-rule=X08]').innerText()).includes('已说明：公开05表按财政批复口径列示'));

    const snap = await snapshot();
    assert.equal(snap.state.dismissals.length, 1);
    assert.equal(snap.state.dismissals[0].rule, 'X08');
    // The explained warning is no longer marked; the errors still are.
    await page.waitForFunction(
      ([s, c]) => !(globalThis as any).__juesuan.snapshot().marks.some((m: Cell) => m.sheet === s && m.cell === c),
      [t05.sheet, t05.cell],
    );
    assert.ok((await snapshot()).marks.some((m) => m.sheet === broken.sheet && m.cell === broken.cell));

    // A figure of the relation changes: the explanation no longer holds.
    await api(page, 'setCell', t05.sheet, t05.cell, 199.13);
    await button('检查').click();
    await idle();
    await page.locator('li[data-rule=X08][data-status=lapsed]').waitFor();
    assert.ok((await page.locator('li[data-rule=X08]').innerText()).includes('原说明已失效'));

    // Back to the figures it was written for: it holds again.
    await api(page, 'setCell', t05.sheet, t05.cell, t05Value);
    await button('检查').click();
    await idle();
    await page.locator('li[data-rule=X08][data-status=explained]').waitFor();
  });

  it('shows what failed when the host fails, and keeps the pane', async function () {
    await api(page, 'failNext', 'readWorkbook', '工作簿正在编辑中');
    await button('检查').click();
    await idle();
    const bar = page.locator('[data-notice=error]');
    await bar.waitFor();
    const text = await bar.innerText();
    assert.ok(text.includes('读取工作簿失败') && text.includes('工作簿正在编辑中'), text);
    assert.ok(await button('检查').isEnabled());

    await api(page, 'failNext', 'select', '无法选择该单元格');
    await page.locator('li[data-severity=error] button').first().click();
    await page.getByText('定位单元格失败').waitFor();
    await bar.first().getByRole('button', { name: '关闭' }).click();
  });

  it('writes the 情况说明: figures link to their cells, placeholders are highlighted', async function () {
    await button('生成情况说明').click();
    await idle();
    const article = page.locator('[data-narrative]');
    await article.waitFor();
    const text = await article.innerText();
    assert.ok(text.includes('一、收入支出决算总体情况说明'), text.slice(0, 200));
    assert.ok(text.includes('403.05'));
    assert.ok((await page.locator('mark[data-placeholder]').count()) > 10);
    assert.equal(await page.locator('mark[data-placeholder="上年收入总计"]').innerText(), '【待补充：上年收入总计】');
    const bg = await page
      .locator('mark[data-placeholder]')
      .first()
      .evaluate((e) => (globalThis as any).getComputedStyle(e).backgroundColor);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
    await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
    await page.screenshot({ path: path.join(OUT, 'taskpane-narrative.png'), fullPage: false });

    const expected = narrativeWith({}).sections[0].facts.find((f) => f.source.kind === 'cell')!;
    assert.equal(expected.text, '403.05');
    const src = expected.source as { sheet: string; cell: string };
    await article.locator(`[data-cell="${src.sheet}!${src.cell}"]`).first().click();
    await page.waitForFunction(
      ([s, c]) => {
        const sel = (globalThis as any).__juesuan.snapshot().selection;
        return sel && sel.sheet === s && sel.cell === c;
      },
      [src.sheet, src.cell],
    );
  });

  it('fills the supplement from a placeholder, regenerates, saves, and keeps it on reopening', async function () {
    await page.locator('mark[data-placeholder="上年收入总计"][role=button]').click();
    await page.waitForFunction(() => (globalThis as any).document.activeElement?.tagName === 'INPUT');
    const field = page.getByRole('textbox', { name: '上年收入总计', exact: true });
    assert.ok(await field.evaluate((e) => e === (globalThis as any).document.activeElement), 'the field has the focus');
    await field.fill('461.57');
    await page.waitForFunction(() => !(globalThis as any).document.querySelector('mark[data-placeholder="上年收入总计"]'));
    const filled = narrativeWith({ '上年.收入总计': '461.57' }).sections[0].text;
    assert.ok(filled.includes('减少58.52万元'), filled);
    assert.ok((await page.locator('[data-section="一、收入支出决算总体情况说明"]').innerText()).includes(filled));

    // An amount that is not one is refused and not used.
    const budget = page.getByRole('textbox', { name: '上年支出总计', exact: true });
    await budget.fill('约四百万');
    await page.getByText('请填写金额（万元）').waitFor();
    assert.equal(await page.locator('mark[data-placeholder="上年支出总计"]').count(), 1);
    await budget.fill('');

    await page.locator('[data-save-status=saved]').waitFor();
    await page.waitForFunction(() => (globalThis as any).__juesuan.snapshot().state.supplement['上年.收入总计'] === '461.57');
    assert.equal((await snapshot()).state.supplement['上年.支出总计'], undefined);

    await page.screenshot({ path: path.join(OUT, 'taskpane-supplement.png'), fullPage: false });

    // Close and reopen the workbook: the pane starts empty, the supplement comes back from the workbook.
    await api(page, 'reopen');
    await button('生成情况说明').click();
    await idle();
    const section = await page.locator('[data-section="一、收入支出决算总体情况说明"]').innerText();
    assert.ok(section.includes('减少58.52万元') && !section.includes('【待补充：上年收入总计】'), section);
    assert.equal(await page.getByRole('textbox', { name: '上年收入总计', exact: true }).inputValue(), '461.57');
    // The explanation came back too.
    await page.getByRole('tab', { name: '检查结果' }).click();
    await page.locator('li[data-rule=X08][data-status=explained]').waitFor();
    await page.getByRole('tab', { name: '情况说明' }).click();
  });

  it('inserts the text into a sheet, asking before it replaces one', async function () {
    await button('插入到工作表').click();
    await page.getByText('已写入工作表“情况说明”').waitFor();
    let snap = await snapshot();
    const lines = snap.textSheets['情况说明'];
    assert.equal(lines[0], '第三部分 情况说明');
    assert.ok(lines.includes('一、收入支出决算总体情况说明'));
    assert.ok(lines.includes(narrativeWith({ '上年.收入总计': '461.57' }).sections[0].paragraphs[0]));

    await button('插入到工作表').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    assert.ok((await dialog.innerText()).includes('已存在'));
    await dialog.getByRole('button', { name: '替换' }).click();
    await page.getByText('已写入工作表“情况说明”').waitFor();
    snap = await snapshot();
    assert.deepEqual(
      snap.calls.filter((c) => c.startsWith('writeTextSheet')),
      ['writeTextSheet 情况说明 new', 'writeTextSheet 情况说明 new', 'writeTextSheet 情况说明 replace'],
    );
  });

  it('copies the text to the clipboard', async function () {
    await button('复制').click();
    await page.getByText('已复制到剪贴板').waitFor();
    const copied = await page.evaluate(() => (globalThis as any).navigator.clipboard.readText() as Promise<string>);
    assert.ok(copied.startsWith('第三部分 情况说明'), copied.slice(0, 50));
    assert.ok(copied.includes('一、收入支出决算总体情况说明') && copied.includes('减少58.52万元'));
  });

  it('downloads a .docx, loading the Word writer only then', async function () {
    const lazy = (u: string) => /docx.*\.chunk\.js$/.test(u);
    assert.equal(requested.filter(lazy).length, 0, 'not loaded before it is asked for');
    const [download] = await Promise.all([page.waitForEvent('download'), button('下载 .docx').click()]);
    assert.match(download.suggestedFilename(), /阳城县政务服务中心2024年度情况说明\.docx$/);
    const file = await download.path();
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.ok(xml.includes('一、收入支出决算总体情况说明') && xml.includes('403.05'));
    assert.equal(requested.filter(lazy).length, 1);
  });

  it('never renders cell text as HTML', async function () {
    const g = structuredClone(grid);
    const evil = '<img src=x onerror="globalThis.__pwned=1"><b>粗体</b>';
    setCell(g, broken.sheet, broken.cell, evil);
    const p = await context.newPage();
    await p.goto(`${server.origin}/harness.html`);
    await p.evaluate((x) => (globalThis as any).__juesuanLoad(x), g);
    await button('检查', p).click();
    await idle(p);
    const text = await p.locator('[data-view=findings]').innerText();
    assert.ok(text.includes(evil), 'shown as typed');
    assert.equal(await p.locator('[data-view=findings] img, [data-view=findings] b').count(), 0);
    assert.equal(await p.evaluate(() => (globalThis as any).__pwned), undefined);
    await p.close();
  });

  it('speaks English when Office does (?lang=en-US)', async function () {
    const p = await open('?lang=en-US');
    assert.equal(await button('Check', p).count(), 1);
    assert.equal(await button('Clear marks', p).count(), 1);
    assert.equal(await p.evaluate(() => (globalThis as any).document.documentElement.lang), 'en');
    await button('Check', p).click();
    await idle(p);
    assert.match(await p.locator('[data-count=error]').innerText(), /Errors/);
    await p.screenshot({ path: path.join(OUT, 'taskpane-en.png'), fullPage: false });
    await p.close();
  });

  it('names the Excel version needed instead of a blank pane, and starts where it is supported', async function () {
    const p = await open();
    assert.equal(await api(p, 'startOffice', { host: 'Excel', supported: false }), 'unsupported');
    const text = await p.locator('[data-start-notice]').innerText();
    for (const s of ['ExcelApi', '1.13', 'Microsoft 365', 'Excel 2021', 'Excel 网页版']) assert.ok(text.includes(s), `${s} in ${text}`);
    assert.equal(await api(p, 'startOffice', { host: null, supported: true }), 'not-excel');
    assert.ok((await p.locator('[data-start-notice]').innerText()).includes('请在 Excel 中'));
    assert.equal(await api(p, 'startOffice', { host: 'Excel', supported: true }), 'started');
    await button('检查', p).waitFor();
    await p.close();
  });

  describe('where Excel says no (issue 11)', () => {
    const warnings = (p: Page) => p.locator('[data-notice=warning]').allInnerTexts();

    it('3. names a protected sheet it did not mark, still lists its findings, and says so when clearing', async function () {
      const p = await open('', { protectedSheets: [broken.sheet] });
      await button('检查', p).click();
      await idle(p);
      const text = (await warnings(p)).join('\n');
      assert.ok(text.includes(`工作表“${broken.sheet}”受保护`) && text.includes('未标记'), text);
      assert.ok((await p.locator('section[data-table="公开03表"] li[data-severity=error]').count()) > 0, 'findings listed');
      const snap = await snapshot(p);
      assert.ok(snap.marks.length > 0 && snap.marks.every((m) => m.sheet !== broken.sheet), JSON.stringify(snap.marks));
      await button('清除标记', p).click();
      await idle(p);
      await p.close();
    });

    it('3. says why the 情况说明 sheet cannot be inserted into a protected workbook structure', async function () {
      const p = await open('', { protectedStructure: true });
      await button('生成情况说明', p).click();
      await idle(p);
      await button('插入到工作表', p).click();
      await p.getByText('工作簿结构受保护，无法插入工作表“情况说明”').waitFor();
      assert.deepEqual((await snapshot(p)).textSheets, {});
      assert.equal(await p.getByText('已写入工作表').count(), 0);
      await p.close();
    });

    it('4. says which sheets were read without their merged areas', async function () {
      const p = await open('', { mergesUnread: ['附表1'] });
      await button('检查', p).click();
      await idle(p);
      assert.ok((await warnings(p)).join('\n').includes('工作表“附表1”的合并单元格超过 512 处'));
      await p.close();
    });

    it('5. checks again when a cell changes between the read and the marks, and marks the figures as they now are', async function () {
      const p = await open();
      await api(p, 'setDelay', 600);
      await button('检查', p).click();
      await p.locator('[data-busy=busyMarking]').waitFor();
      await api(p, 'setCell', broken.sheet, broken.cell, 199.12); // the figure corrected while the pane marks
      await idle(p);
      await api(p, 'setDelay', 0);
      assert.ok((await warnings(p)).join('\n').includes('检查期间工作簿有改动'));
      const snap = await snapshot(p);
      const now = structuredClone(grid);
      setCell(now, broken.sheet, broken.cell, 199.12);
      const keys = (marks: { sheet: string; cell: string }[]) => marks.map((m) => `${m.sheet}!${m.cell}`).sort();
      assert.deepEqual(keys(snap.marks), keys(marksFor(check(now).findings)), 'marked as the workbook now is');
      assert.ok(!snap.marks.some((m) => m.sheet === broken.sheet && m.cell === broken.cell));
      // Read, mark (refused: the workbook changed), read again, mark.
      assert.deepEqual(
        snap.calls.filter((c) => c === 'readWorkbook' || c.startsWith('mark ')).map((c) => c.split(' ')[0]),
        ['readWorkbook', 'mark', 'readWorkbook', 'mark'],
      );
      await p.close();
    });

    it('5. tells how to go on when the read waits (a cell being edited)', async function () {
      const p = await open();
      await api(p, 'setDelay', 3200);
      await button('检查', p).click();
      await p.locator('[data-busy=busyReadingLong]').waitFor({ timeout: 5000 });
      assert.ok((await p.locator('[data-busy]').innerText()).includes('请按 Enter 结束编辑'));
      await api(p, 'setDelay', 0);
      await idle(p);
      await p.close();
    });

    it('6. says a finding’s sheet is hidden and shows it when asked', async function () {
      const hidden = structuredClone(grid);
      hidden.sheets.find((s) => s.name === broken.sheet)!.hidden = true;
      const p = await open('', {}, hidden);
      await button('检查', p).click();
      await idle(p);
      await p.locator('section[data-table="公开03表"] li[data-severity=error] button').first().click();
      const bar = p.locator('[data-notice=warning]', { hasText: `工作表“${broken.sheet}”是隐藏的` });
      await bar.waitFor();
      assert.equal((await snapshot(p)).selection, null);
      await bar.locator('[data-notice-action]').click();
      await p.waitForFunction(() => (globalThis as any).__juesuan.snapshot().selection !== null);
      assert.deepEqual((await snapshot(p)).selection, broken);
      assert.equal(await bar.count(), 0, 'the notice is gone once the sheet is shown');
      await p.close();
    });

    it('6. offers insert and copy instead of a download where the pane cannot download (Excel on Mac)', async function () {
      const p = await open('', { canDownload: false });
      await button('生成情况说明', p).click();
      await idle(p);
      await p.locator('[data-narrative]').waitFor();
      assert.equal(await button('下载 .docx', p).count(), 0);
      assert.ok((await p.locator('[data-no-download]').innerText()).includes('Mac 和 iPad 版 Excel 的任务窗格不能下载文件'));
      assert.equal(await button('插入到工作表', p).count(), 1);
      assert.equal(await button('复制', p).count(), 1);
      await p.close();
    });
  });

  it('made no request outside 127.0.0.1 (nor an error in the page)', function () {
    assert.deepEqual(outside, []);
    assert.ok(
      requested.length > 0 && requested.every((u) => u.startsWith(server.origin) || u.startsWith('data:') || u.startsWith('blob:')),
      requested.join('\n'),
    );
  });
});
