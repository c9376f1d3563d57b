/**
 * Batch review on a hostile folder (issue 15): a workbook too big for its worker's memory, a corrupt zip,
 * links, a dangling link, a FIFO, a workbook of 自评表 only. Every .xlsx gets a row saying what happened,
 * the summary is always written, a worker that dies is replaced, nothing is written outside the summary,
 * and the summary never lands on a file of the folder.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkMany, OUT_OF_MEMORY } from '../src/batch/pool';
import { canMakeFifo, fifo } from './hostile/files';
import { juesuan, snapshot } from './hostile/run';
import { bulkyWorkbook, sizeMismatch } from './hostile/workbooks';
import { PROJECT_ROOT, SAMPLE_PATH } from './helpers/variants';

const ATTACHMENTS_ONLY = path.join(PROJECT_ROOT, 'samples', 'seed-2024-attachments.xlsx');
// Small enough that 100 000 parsed cells exceed it, large enough for the sample (which needs about 16 MB).
const TIGHT = { JUESUAN_WORKER_MEMORY_MB: '32' };

/** The .csv summary as rows of named columns. */
function readCsv(file: string): Record<string, string>[] {
  const [head, ...lines] = fs
    .readFileSync(file, 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  const names = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])));
}

describe('batch review on a hostile folder (issue 15)', function () {
  this.timeout(240_000);
  let root: string;
  let dir: string;
  let bulky: string;
  const regular: string[] = [];
  const at = (name: string) => path.join(dir, name);

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-batch-hostile-'));
    dir = path.join(root, '各单位');
    fs.mkdirSync(path.join(dir, '二级单位'), { recursive: true });
    const outside = path.join(root, '别处.xlsx');
    fs.copyFileSync(SAMPLE_PATH, outside);
    for (const name of ['甲单位.xlsx', path.join('二级单位', '乙单位.xlsx'), '丙单位.xlsx']) fs.copyFileSync(SAMPLE_PATH, at(name));
    bulky = at('庞大.xlsx');
    // Big enough to exhaust a 32 MB worker with the lean reader, inside the rows and columns a sheet may hold.
    fs.writeFileSync(bulky, await bulkyWorkbook(60_000, 40));
    fs.writeFileSync(at('损坏.xlsx'), await sizeMismatch(fs.readFileSync(SAMPLE_PATH)));
    fs.copyFileSync(ATTACHMENTS_ONLY, at('绩效自评表.xlsx'));
    fs.writeFileSync(at('说明.csv'), '单位,备注\n');
    regular.push(outside, ...fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => at(f)));
    fs.symlinkSync(outside, at('链接.xlsx'));
    fs.symlinkSync(path.join(root, '不存在.xlsx'), at('断链.xlsx'));
    if (canMakeFifo) fifo(at('管道.xlsx'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('every .xlsx gets a row saying what happened; a worker out of memory is replaced; the summary is written (4, 6, 13, 14)', () => {
    const inputs = snapshot(...regular.filter((f) => fs.statSync(f).isFile()));
    const out = path.join(root, '汇总.csv');
    const r = juesuan(['check', dir, '--summary', out, '--jobs', '2'], TIGHT);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, '');
    const rows = new Map(readCsv(out).map((row) => [path.relative(dir, row['文件']), row]));
    const reasons = Object.fromEntries([...rows].map(([f, row]) => [f, row['无法检查的原因']]));
    assert.deepEqual(reasons, {
      [path.join('二级单位', '乙单位.xlsx')]: '',
      '甲单位.xlsx': '',
      '丙单位.xlsx': '',
      '链接.xlsx': '',
      '绩效自评表.xlsx': '',
      '庞大.xlsx': OUT_OF_MEMORY,
      '损坏.xlsx': '工作簿已损坏或无法解析',
      '断链.xlsx': '链接指向的文件不存在',
      ...(canMakeFifo ? { '管道.xlsx': '不是普通文件，而是管道、设备或套接字' } : {}),
    });
    assert.equal(rows.get('链接.xlsx')!['单位名称'], '阳城县政务服务中心');
    // The one with errors is the 自评表 workbook (two 总分 errors).
    assert.match(r.stdout, new RegExp(`^检查 ${rows.size} 个文件：1 个有错误，0 个仅有警告，${canMakeFifo ? 4 : 3} 个无法检查。`));
    inputs.unchanged();
  });

  it('a workbook of 自评表 only is checked in a batch exactly as `check` checks it (13)', () => {
    const out = path.join(root, '自评汇总.csv');
    const file = at('绩效自评表.xlsx');
    const batch = juesuan(['check', file, '--summary', out]);
    assert.equal(batch.status, 1, batch.stderr);
    const [row] = readCsv(out);
    const single = JSON.parse(juesuan(['check', file, '--json']).stdout);
    assert.equal(row['无法检查的原因'], '');
    assert.equal(Number(row['绩效自评表']), 10);
    assert.deepEqual([row['错误'], row['警告'], row['尾数差异']].map(Number), [
      single.counts.error,
      single.counts.warning,
      single.counts.info,
    ]);
    assert.ok(single.counts.error > 0);
  });

  it('one worker: the file that kills it gets its row, a new worker checks the rest', async () => {
    const files = [bulky, at('甲单位.xlsx'), at('丙单位.xlsx')];
    const details: string[] = [];
    const rows = await checkMany(files, { jobs: 1, workerMemoryMb: 32, onDetail: (f, d) => details.push(`${f} ${d}`) });
    assert.deepEqual(
      rows.map((r) => r.unreadable),
      [OUT_OF_MEMORY, '', ''],
    );
    assert.deepEqual(
      rows.map((r) => r.tables),
      [0, 10, 10],
    );
    assert.match(details.join('\n'), /ERR_WORKER_OUT_OF_MEMORY/);
  });

  it('the summary never overwrites a file under the folder, nor a link to one (2)', () => {
    const inputs = snapshot(...regular.filter((f) => fs.statSync(f).isFile()));
    const inside = at('甲单位.xlsx');
    const r = juesuan(['check', dir, '--summary', inside]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      `--summary 的输出文件 ${inside} 就是输入文件 ${inside}（同一个文件或它的链接），写出会覆盖输入；请另选输出文件名\n`,
    );
    const hard = path.join(root, '硬链接.csv');
    fs.linkSync(at('说明.csv'), hard);
    const h = juesuan(['check', dir, '--summary', hard]);
    assert.equal(h.status, 2);
    assert.equal(
      h.stderr,
      `--summary 的输出文件 ${hard} 就是输入文件 ${at('说明.csv')}（同一个文件或它的链接），写出会覆盖输入；请另选输出文件名\n`,
    );
    inputs.unchanged();
  });

  it('runs with a temp folder that cannot be written, and writes nothing into node_modules (7)', () => {
    const small = path.join(root, '两家');
    fs.mkdirSync(small);
    fs.copyFileSync(SAMPLE_PATH, path.join(small, '甲.xlsx'));
    fs.copyFileSync(SAMPLE_PATH, path.join(small, '乙.xlsx'));
    const notAFolder = path.join(root, '不是文件夹');
    fs.writeFileSync(notAFolder, ''); // os.tmpdir() → a file: nothing can be created under it, even by root
    const cache = path.join(PROJECT_ROOT, 'node_modules', '.cache');
    const before = fs.existsSync(cache) ? fs.readdirSync(cache, { recursive: true }) : [];
    const out = path.join(root, '两家.csv');
    const r = juesuan(['check', small, '--summary', out, '--jobs', '2'], { TMPDIR: notAFolder, TMP: notAFolder, TEMP: notAFolder });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^检查 2 个文件：0 个有错误，0 个仅有警告，0 个无法检查。/);
    assert.equal(readCsv(out).length, 2);
    assert.deepEqual(fs.existsSync(cache) ? fs.readdirSync(cache, { recursive: true }) : [], before);
  });
});
