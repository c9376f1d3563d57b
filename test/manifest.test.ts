/**
 * The add-in manifest, validated offline: office-addin-manifest's validator calls an online service,
 * so this parses the file with its reader and xml2js and asserts what Office needs.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { parseStringPromise } from 'xml2js';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinBaseUrl, manifestForBase } = require('../taskpane/addin/build/manifest') as {
  addinBaseUrl: (value: string | undefined) => string | undefined;
  manifestForBase: (xml: string, base: string | undefined) => string;
};

describe('manifest.xml', () => {
  it('is a Workbook task pane with its id, locale, names and permission', async () => {
    const info = await OfficeAddinManifest.readManifestFile('manifest.xml');
    assert.match(info.id ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(info.defaultLocale, 'zh-CN');
    assert.equal(info.displayName, '决算助手');
    assert.deepEqual(info.hosts, ['Workbook']);
    assert.equal(info.permissions, 'ReadWriteDocument');
    assert.equal(info.officeAppType, 'TaskPaneApp');
    assert.match(info.version ?? '', /^\d+\.\d+\.\d+\.\d+$/);
  });

  it('names its ExcelApi floor, a Home-tab button that opens the pane, icons and English overrides', async () => {
    const xml = fs.readFileSync('manifest.xml', 'utf8');
    const doc = await parseStringPromise(xml);
    const app = doc.OfficeApp;
    const sets = app.Requirements[0].Sets[0].Set.map((s: { $: { Name: string; MinVersion: string } }) => s.$);
    const excel = sets.find((s: { Name: string }) => s.Name === 'ExcelApi');
    assert.ok(excel, 'ExcelApi requirement');
    assert.match(excel.MinVersion, /^1\.\d+$/);
    const readme = fs.readFileSync('README.md', 'utf8');
    assert.ok(readme.includes(`ExcelApi ${excel.MinVersion}`), 'README states the same floor');
    assert.equal(app.DisplayName[0].Override[0].$.Locale, 'en-US');
    const host = app.VersionOverrides[0].Hosts[0].Host[0];
    const tab = host.DesktopFormFactor[0].ExtensionPoint[0].OfficeTab[0];
    assert.equal(tab.$.id, 'TabHome');
    const button = tab.Group[0].Control[0];
    assert.equal(button.Action[0].$['xsi:type'], 'ShowTaskpane');
    const res = app.VersionOverrides[0].Resources[0];
    const ids = (list: { $: { id: string } }[]) => list.map((x) => x.$.id);
    const urls = res['bt:Urls'][0]['bt:Url'].map((u: { $: { id: string; DefaultValue: string } }) => u.$);
    assert.ok(
      urls.every((u: { DefaultValue: string }) => u.DefaultValue.startsWith('https://')),
      'https everywhere',
    );
    for (const r of [button.Label[0].$.resid, button.Action[0].SourceLocation[0].$.resid]) {
      assert.ok([...ids(res['bt:ShortStrings'][0]['bt:String']), ...urls.map((u: { id: string }) => u.id)].includes(r), `resource ${r}`);
    }
    for (const img of res['bt:Images'][0]['bt:Image']) {
      const file = img.$.DefaultValue.replace('https://localhost:3000/', '');
      assert.ok(fs.existsSync(file), `${file} exists`);
      const size = Number(/icon-(\d+)\.png$/.exec(file)![1]);
      const png = fs.readFileSync(file);
      assert.equal(png.readUInt32BE(16), size, `${file} is ${size}px wide`);
    }
    for (const s of res['bt:ShortStrings'][0]['bt:String']) assert.equal(s['bt:Override'][0].$.Locale, 'en-US', s.$.id);
  });

  it('has a SupportUrl and a LearnMoreUrl on the help page the build ships', async () => {
    const doc = await parseStringPromise(fs.readFileSync('manifest.xml', 'utf8'));
    assert.equal(doc.OfficeApp.SupportUrl[0].$.DefaultValue, 'https://localhost:3000/help.html');
    const urls = doc.OfficeApp.VersionOverrides[0].Resources[0]['bt:Urls'][0]['bt:Url'].map(
      (u: { $: { id: string; DefaultValue: string } }) => u.$,
    );
    assert.equal(urls.find((u: { id: string }) => u.id === 'GetStarted.LearnMoreUrl').DefaultValue, 'https://localhost:3000/help.html');
    assert.ok(fs.existsSync('taskpane/addin/help.html'));
    assert.match(fs.readFileSync('webpack.config.js', 'utf8'), /taskpane\/addin\/help\.html/);
  });

  describe('for another host (ADDIN_BASE_URL)', () => {
    const base = 'https://intranet.example.gov.cn/juesuan';

    it('puts every URL on the base, leaves no localhost, and still reads as a manifest', async () => {
      const xml = manifestForBase(fs.readFileSync('manifest.xml', 'utf8'), addinBaseUrl(`${base}/`));
      assert.ok(!/localhost/i.test(xml));
      const urls = [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
      assert.ok(urls.length >= 8);
      for (const url of urls) assert.ok(url.startsWith(`${base}/`), url);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-manifest-')), 'manifest.xml');
      fs.writeFileSync(file, xml);
      const info = await OfficeAddinManifest.readManifestFile(file);
      assert.equal(info.displayName, '决算助手');
      assert.equal(info.officeAppType, 'TaskPaneApp');
      const doc = await parseStringPromise(xml);
      assert.equal(doc.OfficeApp.SupportUrl[0].$.DefaultValue, `${base}/help.html`);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    });

    it('is left on the dev server when no base is given, and refuses a base Office would not load', () => {
      const xml = fs.readFileSync('manifest.xml', 'utf8');
      assert.equal(manifestForBase(xml, addinBaseUrl(undefined)), xml);
      assert.equal(addinBaseUrl('https://h.example/a/b//'), 'https://h.example/a/b');
      assert.throws(() => addinBaseUrl('http://intranet.example.gov.cn/juesuan'), /HTTPS/);
      assert.throws(() => addinBaseUrl('intranet/juesuan'), /not a URL/);
      assert.throws(() => addinBaseUrl('https://h.example/?x=1'), /query/);
    });
  });
});
