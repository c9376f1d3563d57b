/**
 * The add-in as deployed: the production build of taskpane.html for an intranet base URL
 * (ADDIN_BASE_URL), as Excel would load it. Every script parses as ES2020 (the inline start-up script as
 * ES5), the first load stays within 300 KB gzipped, dist/manifest.xml names the base throughout and still
 * reads as a manifest, the help page (SupportUrl) is there; and in Chromium, a bundle that cannot run
 * ends in a plain message, not in "Loading…" forever.
 *
 * Drives Chromium (see ./browser.ts: an installed one, else the one inside @sparticuz/chromium).
 * the sources; ADDIN_DIST=dist tests a build made elsewhere as it is (with its ADDIN_BASE_URL), e.g.
 *   ADDIN_BASE_URL=https://host/path npm run build && ADDIN_BASE_URL=https://host/path ADDIN_DIST=dist npx mocha test/e2e/addin.e2e.test.ts
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { findBrowser } from './browser';
import { chromium, type Browser } from 'playwright-core';
import { parseStringPromise } from 'xml2js';
import { MESSAGES } from '../../src/pane/i18n';
import { bundleSizes, pageAssets } from './bundle';
import { buildPage, ROOT } from './build';
import { inlineScripts, scriptsBeyondES2020, syntaxError } from './es2020';
import { serveDir, type StaticServer } from './server';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];
const GIVEN = process.env.ADDIN_DIST;
const DIST = GIVEN ? path.resolve(GIVEN) : path.join(ROOT, 'test-output', 'addin-dist');
const BASE = (process.env.ADDIN_BASE_URL ?? 'https://intranet.example.gov.cn/juesuan').replace(/\/+$/, '');

describe('the add-in as deployed (production build for an intranet base URL)', function () {
  this.timeout(600_000);

  let server: StaticServer;
  let browser: Browser;
  let bundle: string;

  before(async function () {
    if (!GIVEN) {
      const { built, ms } = await buildPage('taskpane', DIST, 'taskpane.html', { ADDIN_BASE_URL: `${BASE}/` });
      if (built) console.log(`      (built the add-in in ${(ms / 1000).toFixed(1)} s)`);
    }
    bundle = pageAssets(fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8')).find((f) => f.endsWith('.js'))!;
  });

  after(async function () {
    await browser?.close();
    await server?.close();
  });

  it('parses as ES2020 in every script it emits, and its inline start-up script as ES5', function () {
    const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
    assert.ok(scripts.length >= 2, scripts.join(', '));
    assert.deepEqual(scriptsBeyondES2020(DIST), []);
    const inline = inlineScripts(fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8'));
    assert.equal(inline.length, 1);
    assert.equal(syntaxError(inline[0], 5), undefined);
    // The check can fail: what some dependencies ship does not parse at ES2020.
    assert.match(syntaxError('class A { static { A.x = 1; } }', 2020) ?? '', /Unexpected/);
    assert.match(syntaxError('a ??= 1;', 2020) ?? '', /Unexpected|assign/i);
  });

  it('loads within 300 KB gzipped at first, the Word writer apart', function () {
    const sizes = bundleSizes(DIST);
    assert.ok(sizes.initialGzip <= 300 * 1024, `initial ${sizes.initialGzip} bytes gzipped`);
    assert.ok(sizes.lazy.some((f) => /docx/.test(f.file)));
    console.log(`      (first load ${(sizes.initialGzip / 1024).toFixed(1)} KB gzipped)`);
  });

  it('writes dist/manifest.xml with every URL on the base, no localhost, still a valid manifest', async function () {
    const file = path.join(DIST, 'manifest.xml');
    const xml = fs.readFileSync(file, 'utf8');
    assert.ok(!/localhost/i.test(xml), 'no localhost left');
    const urls = [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    assert.ok(urls.length >= 8, urls.join('\n'));
    for (const url of urls) assert.ok(url.startsWith(`${BASE}/`), url);
    const info = await OfficeAddinManifest.readManifestFile(file);
    assert.equal(info.displayName, '决算助手');
    assert.deepEqual(info.hosts, ['Workbook']);
    const doc = await parseStringPromise(xml);
    assert.equal(doc.OfficeApp.SupportUrl[0].$.DefaultValue, `${BASE}/help.html`);
    assert.equal(doc.OfficeApp.DefaultSettings[0].SourceLocation[0].$.DefaultValue, `${BASE}/taskpane.html`);
    // Every file a URL names is in the build.
    for (const url of urls) assert.ok(fs.existsSync(path.join(DIST, url.slice(BASE.length + 1))), `${url} is in dist/`);
  });

  describe('in Chromium', () => {
    before(async function () {
      const browserFound = await findBrowser();
      server = await serveDir(DIST);
      browser = await chromium.launch({
        executablePath: browserFound.executablePath,
        args: [...ARGS, ...browserFound.args],
        headless: true,
      });
    });

    /** Opens taskpane.html with Office.js unreachable and the bundle answered by `answer`. */
    async function openPane(answer: 'as built' | 'unparsable' | 'missing', locale = 'zh-CN') {
      const page = await (await browser.newContext({ locale })).newPage();
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== server.origin) return route.abort();
        if (url.pathname.endsWith(bundle) && answer === 'unparsable')
          return route.fulfill({ contentType: 'text/javascript', body: 'class { static { this.x ??= ; } }' });
        if (url.pathname.endsWith(bundle) && answer === 'missing') return route.fulfill({ status: 404, body: '' });
        return route.continue();
      });
      await page.goto(`${server.origin}/taskpane.html`);
      return page;
    }

    for (const answer of ['unparsable', 'missing'] as const) {
      it(`says plainly that it cannot start when the bundle is ${answer}, in Chinese and English`, async function () {
        for (const [locale, texts] of [
          ['zh-CN', MESSAGES.zh],
          ['en-US', MESSAGES.en],
        ] as const) {
          const page = await openPane(answer, locale);
          const box = page.locator('[data-script-failed]');
          await box.waitFor({ timeout: 10_000 });
          const text = await box.innerText();
          assert.ok(text.includes(texts.scriptFailedTitle) && text.includes(texts.scriptFailedBody), text);
          assert.equal(await page.locator('#juesuan-loading').count(), 0, 'no "Loading…" left');
          await page.context().close();
        }
      });
    }

    it('leaves a missing Office.js to the pane, which names it', async function () {
      const page = await openPane('as built');
      const notice = page.locator('[data-start-notice]');
      await notice.waitFor({ timeout: 20_000 });
      assert.ok((await notice.innerText()).includes(MESSAGES.zh.officeMissingTitle));
      assert.equal(await page.locator('[data-script-failed]').count(), 0);
      await page.context().close();
    });

    it('ships a help page in both languages that loads nothing else', async function () {
      const page = await (await browser.newContext()).newPage();
      const outside: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) outside.push(r.url());
      });
      await page.goto(`${server.origin}/help.html`);
      const text = await page.locator('body').innerText();
      for (const s of ['决算助手 帮助', 'ExcelApi', '1.13', '受保护', 'Mac', 'Final Accounts Assistant: help'])
        assert.ok(text.includes(s), s);
      assert.deepEqual(outside, []);
      await page.context().close();
    });
  });
});
