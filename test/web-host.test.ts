/**
 * The offline page's host (src/hosts/file/fileHost.ts) over the reader the page runs in its worker
 * (src/hosts/file/pageRead.ts), here in process: the grid and the check as the CLI's lean reader gives them,
 * the hostile files refused in the CLI's words (issue 15), the 情况说明 sheet in the grid and the view, and the
 * annotated copy of a file whose merge reaches XFD1048576.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { check } from '../src/engine';
import { FileHost, type PageReader } from '../src/hosts/file/fileHost';
import { annotatedXlsx } from '../src/hosts/file/lazyXlsx';
import { answer, type PageRead } from '../src/hosts/file/pageRead';
import { viewCell } from '../src/hosts/file/viewModel';
import { readWorkbookGrid } from '../src/xlsx/lean/read';
import { SAMPLE } from './helpers/sample';
import { assertPlain } from './hostile/run';
import { inflatingWorkbook, notAWorkbook, oleFile, truncated, withMerge, zipBomb } from './hostile/zips';

/** What the page's worker does, in process (with the worker's copy of the bytes). */
const inProcess: PageReader = async (bytes, name) => {
  const reply = answer({ bytes, name });
  if (!reply.ok) throw new Error(reply.message);
  return structuredClone(reply.read) as PageRead; // what crosses from the worker is plain data
};

const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer;
const hostOf = (name: string, bytes: Buffer) => new FileHost(name, arrayBuffer(bytes), { reader: inProcess });

describe('offline page: the file host over the lean reader', function () {
  this.timeout(60_000);

  it('reads and checks the file as the CLI does; the view shows its sheets', async () => {
    const bytes = fs.readFileSync(SAMPLE);
    const host = hostOf('seed-2024.xlsx', bytes);
    await host.open();
    const grid = await host.readWorkbook();
    assert.deepEqual(grid, readWorkbookGrid(bytes, 'seed-2024.xlsx'));
    assert.deepEqual(host.checkedAsRead()?.counts, check(grid).counts);
    const snap = host.getSnapshot();
    assert.equal(snap.status, 'ready');
    assert.equal(snap.activeSheet, '公开01表');
    const t03 = snap.sheets.find((s) => s.name === '公开03表')!;
    assert.equal(viewCell(t03, 6, 2)?.text, '403.05');
  });

  it('refuses each hostile file in the CLI’s plain words, and the view says why', async () => {
    const cases: [string, Buffer, RegExp][] = [
      [
        '四百兆.xlsx',
        inflatingWorkbook(400),
        /^四百兆\.xlsx：工作簿中的 xl\/worksheets\/sheet1\.xml 解压后有 399\.\d MB，超过每个部分 200 MB 的上限/,
      ],
      ['十万行.xlsx', inflatingWorkbook(60, 10), /^十万行\.xlsx：工作表“数据1”在第 100001 行有内容，超出决算报表的范围/],
      ['炸弹.xlsx', zipBomb(), /^炸弹\.xlsx：工作簿解压后超过 500 MB/],
      ['截断.xlsx', truncated(SAMPLE), /^截断\.xlsx：工作簿已损坏或无法解析$/],
      ['加密.xlsx', oleFile(), /^加密\.xlsx：这是加密的工作簿或旧版 \.xls 文件，请在 Excel 中另存为未加密的 \.xlsx/],
      ['报告.xlsx', notAWorkbook(), /^报告\.xlsx：不是 \.xlsx 工作簿/],
    ];
    for (const [name, bytes, message] of cases) {
      const host = hostOf(name, bytes);
      const says = (e: Error) => message.test(e.message);
      await assert.rejects(host.open(), says);
      const snap = host.getSnapshot();
      assert.equal(snap.status, 'failed', name);
      assert.match(snap.error!, message);
      assertPlain(snap.error!);
      await assert.rejects(host.readWorkbook(), says, 'the pane is told the same');
    }
  });

  it('the 情况说明 sheet goes into the grid and the view; the check made at reading no longer stands', async () => {
    const host = hostOf('seed-2024.xlsx', fs.readFileSync(SAMPLE));
    await host.open();
    assert.ok(host.checkedAsRead());
    assert.equal(await host.writeTextSheet('情况说明', ['第三部分 情况说明', '', '=1+1'], false), 'written');
    assert.equal(await host.writeTextSheet('情况说明', ['x'], false), 'exists');
    assert.equal(host.checkedAsRead(), undefined);
    const grid = await host.readWorkbook();
    assert.deepEqual(grid.sheets.at(-1), { name: '情况说明', rows: [['第三部分 情况说明'], [''], ['=1+1']], merges: [], hidden: false });
    const snap = host.getSnapshot();
    assert.equal(snap.activeSheet, '情况说明');
    const view = snap.sheets.at(-1)!;
    assert.deepEqual(viewCell(view, 2, 0), { text: '=1+1', wrap: true });
    await assert.rejects(host.mark([{ sheet: '没有这张表', cell: 'A1', severity: 'error', message: 'x' }]), {
      message: '工作表“没有这张表”不存在',
    });
  });

  it('opens the sample with a merge over H40:XFD1048576 and annotates it, the merges clipped', async () => {
    const bytes = withMerge(SAMPLE);
    const host = hostOf('合并.xlsx', bytes);
    await host.open();
    const result = host.checkedAsRead()!;
    assert.equal(result.counts.error, 0);
    // What host.annotated() hands the lazy ExcelJS chunk (which the page loads with import()).
    const first = host.getSnapshot().sheets[0];
    assert.equal(first.mergesClipped, true);
    const started = Date.now();
    const { data } = await annotatedXlsx(
      arrayBuffer(bytes),
      '合并.xlsx',
      new Map(),
      result.findings,
      new Map([[first.name, first.merges]]),
    );
    assert.ok(Date.now() - started < 20_000);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data);
    assert.ok(!wb.worksheets[0].model.merges.some((m: string) => m.includes('XFD')), wb.worksheets[0].model.merges.join());
    assert.equal(wb.getWorksheet('公开03表')!.getCell('C7').value, 403.05);
  });
});
