/** Batch review for the finance bureau: a folder of workbooks → one summary row each, on all cores. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkMany } from '../src/batch/pool';
import { collectFiles } from '../src/batch/walk';
import { locate, SAMPLE, sampleGrid } from './helpers/sample';
import { PROJECT_ROOT } from './helpers/variants';

describe('batch review', function () {
  this.timeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-batch-'));
  const broken = new Set<string>();
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  before(async () => {
    const bytes = fs.readFileSync(SAMPLE);
    const at = locate(await sampleGrid(), 'T03', '2010350', '基本支出');
    fs.mkdirSync(path.join(dir, '县直单位', '二级单位'), { recursive: true });
    for (let i = 0; i < 48; i++) {
      const sub = i % 3 === 0 ? '县直单位' : i % 3 === 1 ? path.join('县直单位', '二级单位') : '';
      const file = path.join(dir, sub, `单位${String(i).padStart(2, '0')}.xlsx`);
      if (i % 6 === 0) {
        // Every sixth unit has 公开03表 2010350 基本支出 wrong.
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes as unknown as ArrayBuffer);
        wb.getWorksheet(at.sheet)!.getCell(at.cell).value = 191.12 + i;
        await wb.xlsx.writeFile(file);
        broken.add(file);
      } else fs.writeFileSync(file, bytes);
    }
    fs.writeFileSync(path.join(dir, '损坏.xlsx'), bytes.subarray(0, 3000));
    fs.writeFileSync(path.join(dir, '不是工作簿.xlsx'), '单位,金额\n测试,1\n');
    fs.writeFileSync(path.join(dir, '~$单位00.xlsx'), 'Excel lock file');
    fs.writeFileSync(path.join(dir, '说明.txt'), 'not a workbook, not .xlsx');
  });

  it('walks folders, skips Excel lock files, and checks 50 workbooks on all cores', async () => {
    const files = await collectFiles([dir]);
    assert.equal(files.length, 50);
    assert.ok(!files.some((f) => path.basename(f).startsWith('~$')));
    let progress = 0;
    const rows = await checkMany(files, { jobs: 2, onProgress: (done) => (progress = done) });
    assert.equal(progress, 50);
    assert.equal(rows.length, 50);
    for (const r of rows) {
      const name = path.basename(r.file);
      if (name === '损坏.xlsx') assert.match(r.unreadable, /损坏|无法解析/);
      else if (name === '不是工作簿.xlsx') assert.match(r.unreadable, /不是 \.xlsx 工作簿/);
      else {
        assert.equal(r.unreadable, '', name);
        assert.equal(r.department, '阳城县政务服务中心');
        assert.equal(r.year, '2024');
        assert.equal(r.tables, 10);
        assert.equal(r.errors > 0, broken.has(r.file), `${name}: ${r.errors} errors`);
      }
    }
    assert.equal(rows.filter((r) => r.errors).length, 8);
  });

  it('gives the same rows on one worker as on all cores', async () => {
    const files = (await collectFiles([dir])).slice(0, 8);
    assert.deepEqual(await checkMany(files, { jobs: 1 }), await checkMany(files, { jobs: 2 }));
  });

  it('juesuan check DIR --summary writes the .xlsx and .csv summaries; exit 2 when a file is unreadable', async () => {
    for (const out of ['汇总.xlsx', '汇总.csv']) {
      const file = path.join(dir, '..', `${path.basename(dir)}-${out}`);
      const r = spawnSync(process.execPath, ['bin/juesuan.js', 'check', dir, '--summary', file], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        timeout: 180_000,
      });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stdout, /检查 50 个文件：8 个有错误，0 个仅有警告，2 个无法检查/);
      assert.equal(r.stderr, '', 'no progress bar when stderr is not a terminal');
      if (out.endsWith('.csv')) {
        const text = fs.readFileSync(file, 'utf8');
        assert.ok(text.startsWith('\ufeff文件,单位名称,年度,模板,识别表数'));
        assert.equal(text.trim().split('\r\n').length, 51);
      } else {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        const ws = wb.getWorksheet('检查汇总')!;
        assert.equal(ws.rowCount, 51);
        assert.equal(ws.getRow(1).getCell(1).value, '文件');
      }
      fs.rmSync(file);
    }
  });
});
