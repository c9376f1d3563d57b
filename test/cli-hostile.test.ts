/**
 * `juesuan check` and `juesuan narrative` on hostile paths and files (issue 15): outputs that would overwrite
 * an input, bad output paths, FIFOs and devices, giant files, text in GBK or UTF-16, supplement values out
 * of range, HTML in the Markdown output, and library words in messages. Every case runs the real command,
 * and every input's bytes are proven unchanged.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeProblem } from '../src/batch/problems';
import { writeAtomic } from '../src/batch/output';
import { decodeText, detectEncoding } from '../src/cli/encoding';
import { escapeMarkdown } from '../src/narrative/render/text';
import { readSupplement } from '../src/narrative/supplement';
import { canMakeFifo, fifo, sparse } from './hostile/files';
import { assertPlain, juesuan, snapshot } from './hostile/run';
import { gbk, utf16be, utf16le, utf8Bom, WRONG_NARRATIVE } from './hostile/text';
import { sizeMismatch } from './hostile/workbooks';
import { withMerge } from './hostile/zips';
import ExcelJS from 'exceljs';
import { SAMPLE_PATH } from './helpers/variants';

const MB = 1024 * 1024;

describe('juesuan on hostile paths and files (issue 15)', function () {
  this.timeout(240_000);
  let dir: string;
  let book: string; // a copy of the sample
  let prior: string;
  let supplement: string;
  let notes: string;
  const at = (name: string) => path.join(dir, name);

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-hostile-'));
    book = at('决算.xlsx');
    prior = at('上年.xlsx');
    supplement = at('补充.json');
    notes = at('说明.txt');
    fs.copyFileSync(SAMPLE_PATH, book);
    fs.copyFileSync(SAMPLE_PATH, prior);
    fs.writeFileSync(supplement, JSON.stringify({ '上年.收入总计': '461.57' }));
    fs.writeFileSync(notes, WRONG_NARRATIVE);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('2. an output never overwrites an input', () => {
    const refused = (args: string[], flag: string, out: () => string, input: () => string) => () => {
      const inputs = snapshot(book, prior, supplement, notes);
      const r = juesuan(args);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stdout, '', 'refused before any work');
      assert.equal(
        r.stderr,
        `${flag} 的输出文件 ${out()} 就是输入文件 ${input()}（同一个文件或它的链接），写出会覆盖输入；请另选输出文件名\n`,
      );
      inputs.unchanged();
    };
    it('narrative w.xlsx -o w.xlsx', () =>
      refused(
        ['narrative', book, '-o', book],
        '-o',
        () => book,
        () => book,
      )());
    it('check w.xlsx --summary w.xlsx', () =>
      refused(
        ['check', book, '--summary', book],
        '--summary',
        () => book,
        () => book,
      )());
    it('--annotate onto a symbolic link to the input', () => {
      const link = at('链接.xlsx');
      fs.symlinkSync(book, link);
      refused(
        ['check', book, '--annotate', link],
        '--annotate',
        () => link,
        () => book,
      )();
      assert.ok(fs.lstatSync(link).isSymbolicLink());
    });
    it('--annotate onto a hard link to the input', () => {
      const hard = at('硬链接.xlsx');
      fs.linkSync(book, hard);
      refused(
        ['check', book, '--annotate', hard],
        '--annotate',
        () => hard,
        () => book,
      )();
    });
    it('--annotate onto --prior, --supplement or --narrative-file', () => {
      refused(
        ['check', book, '--prior', prior, '--annotate', prior],
        '--annotate',
        () => prior,
        () => prior,
      )();
      refused(
        ['check', book, '--narrative-file', notes, '--annotate', notes],
        '--annotate',
        () => notes,
        () => notes,
      )();
    });
    it('narrative -o onto --supplement', () =>
      refused(
        ['narrative', book, '--supplement', supplement, '-o', supplement],
        '-o',
        () => supplement,
        () => supplement,
      )());

    it('writes through a temporary file: an existing link stays a link, no temporary file is left', () => {
      const target = at('旧副本.xlsx');
      const link = at('副本链接.xlsx');
      fs.writeFileSync(target, 'old copy');
      fs.symlinkSync(target, link);
      const inputs = snapshot(book);
      const r = juesuan(['check', book, '--annotate', link]);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(fs.lstatSync(link).isSymbolicLink());
      assert.equal(fs.readFileSync(target).subarray(0, 2).toString(), 'PK');
      assert.deepEqual(
        fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')),
        [],
      );
      inputs.unchanged();
    });

    it('a write that fails leaves no temporary file and says why in Chinese', async () => {
      const folder = at('一个文件夹');
      fs.mkdirSync(path.join(folder, '内容'), { recursive: true });
      await assert.rejects(writeAtomic(folder, 'x'), (e: Error) => {
        assert.equal(e.message, `${folder}：是文件夹，不是文件，未写出`);
        return true;
      });
      assert.deepEqual(
        fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')),
        [],
      );
    });
  });

  describe('3. bounded reading: a merge over H40:XFD1048576', () => {
    it('checks and annotates the 26 KB workbook at once, the merge clipped in the copy', async () => {
      const merged = at('合并.xlsx');
      fs.writeFileSync(merged, withMerge(SAMPLE_PATH));
      const inputs = snapshot(merged);
      const out = at('合并-标注.xlsx');
      // ExcelJS alone walks the 17 billion cells of the merge: this held the command for minutes.
      const r = juesuan(['check', merged, '--annotate', out], {}, 60_000);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /已写出标注副本/);
      inputs.unchanged();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const merges: string[] = wb.worksheets[0].model.merges;
      assert.ok(merges.length > 0 && !merges.some((m) => m.includes('XFD')), merges.join());
    });
  });

  describe('5. a bad output path is told before any work, in one plain line', () => {
    const cases: [string, () => string[], () => string][] = [
      [
        '--annotate into a missing folder',
        () => ['check', book, '--annotate', '/nonexistent/x.xlsx'],
        () => '--annotate 的输出文件夹不存在：/nonexistent',
      ],
      ['-o onto a folder', () => ['narrative', book, '-o', dir], () => `-o 的输出是一个文件夹：${dir}（请给出文件名）`],
      [
        '--summary into a missing folder',
        () => ['check', dir, '--summary', path.join(dir, '没有这个文件夹', '汇总.csv')],
        () => `--summary 的输出文件夹不存在：${path.join(dir, '没有这个文件夹')}`,
      ],
    ];
    for (const [name, args, message] of cases)
      it(name, () => {
        const inputs = snapshot(book);
        const r = juesuan(args());
        assert.equal(r.status, 2, r.stderr);
        assert.equal(r.stdout, '');
        assert.equal(r.stderr, `${message()}\n`);
        inputs.unchanged();
      });
  });

  describe('6. only regular files are read, and not beyond a size', () => {
    (canMakeFifo ? it : it.skip)('a FIFO named .xlsx, and one as --narrative-file, are refused at once', () => {
      const pipe = fifo(at('管道.xlsx'));
      const r = juesuan(['check', pipe], {}, 60_000);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, `无法检查：${pipe}：不是普通文件，而是管道、设备或套接字\n`);
      const text = fifo(at('管道.txt'));
      const inputs = snapshot(book);
      const n = juesuan(['check', book, '--narrative-file', text, '--annotate', at('标注.xlsx')], {}, 60_000);
      assert.equal(n.status, 2);
      assert.equal(n.stderr, `无法处理：${text}：无法读取情况说明（不是普通文件，而是管道、设备或套接字）\n`);
      assert.ok(!fs.existsSync(at('标注.xlsx')));
      inputs.unchanged();
    });

    (fs.existsSync('/dev/zero') ? it : it.skip)('/dev/zero as a workbook and as a supplement', () => {
      const r = juesuan(['check', '/dev/zero'], {}, 60_000);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, '无法检查：/dev/zero：不是普通文件，而是管道、设备或套接字\n');
      const s = juesuan(['narrative', book, '--supplement', '/dev/zero'], {}, 60_000);
      assert.equal(s.status, 2);
      assert.equal(s.stderr, '无法处理：/dev/zero：无法读取补充信息（不是普通文件，而是管道、设备或套接字）\n');
    });

    it('a 201 MB workbook and an 11 MB supplement are refused by their size', () => {
      const giant = sparse(at('巨大.xlsx'), 201 * MB);
      const r = juesuan(['check', giant]);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, `无法检查：${giant}：文件过大：201.0 MB，工作簿最大为 200 MB\n`);
      const big = sparse(at('巨大.json'), 11 * MB);
      const s = juesuan(['narrative', book, '--supplement', big]);
      assert.equal(s.status, 2);
      assert.equal(s.stderr, `无法处理：${big}：无法读取补充信息（文件过大：11.0 MB，文本文件最大为 10 MB）\n`);
      fs.rmSync(giant);
      fs.rmSync(big);
    });
  });

  describe('8. text files in GBK, UTF-16 or with a BOM are read as what they say', () => {
    it('detects each encoding', () => {
      const text = '一、收入支出决算总体情况说明 403.05万元';
      assert.equal(detectEncoding(gbk(text)), 'gb18030');
      assert.equal(detectEncoding(utf16le(text, true)), 'utf-16le');
      assert.equal(detectEncoding(utf16le(text, false)), 'utf-16le');
      assert.equal(detectEncoding(utf16be(text)), 'utf-16be');
      assert.equal(detectEncoding(utf8Bom(text)), 'utf-8');
      assert.equal(detectEncoding(Buffer.from(text)), 'utf-8');
      for (const bytes of [gbk(text), utf16le(text, true), utf16le(text, false), utf16be(text), utf8Bom(text), Buffer.from(text)])
        assert.equal(decodeText(bytes), text);
    });

    const encodings: [string, (t: string) => Buffer][] = [
      ['GBK', gbk],
      ['UTF-16LE without BOM', (t) => utf16le(t, false)],
      ['UTF-16BE with BOM', utf16be],
    ];
    for (const [name, encode] of encodings)
      it(`a --narrative-file in ${name} finds the wrong 收入总计, as in UTF-8`, () => {
        const file = at(`说明-${name}.txt`);
        fs.writeFileSync(file, encode(WRONG_NARRATIVE));
        const inputs = snapshot(book, file);
        const r = juesuan(['check', book, '--narrative-file', file]);
        assert.equal(r.status, 1, r.stderr);
        assert.match(r.stdout, /结果：错误 1 项/);
        assert.match(r.stdout, /✗ 错误 N01 公开01表!C37　收入总计：情况说明为503\.05万元/);
        inputs.unchanged();
      });

    const supplements: [string, (t: string) => Buffer][] = [
      ['GBK', gbk],
      ['UTF-8 with BOM', utf8Bom],
      ['UTF-16LE with BOM', (t) => utf16le(t, true)],
    ];
    for (const [name, encode] of supplements)
      it(`a supplement in ${name} is used, key for key`, () => {
        const file = at(`补充-${name}.json`);
        fs.writeFileSync(file, encode(JSON.stringify({ '上年.收入总计': '461.57', '原因.收入支出总计': '项目经费减少' }, null, 2)));
        const out = at(`情况说明-${name}.md`);
        const inputs = snapshot(book, file);
        const r = juesuan(['narrative', book, '--supplement', file, '-o', out]);
        assert.equal(r.status, 0, r.stderr);
        assert.doesNotMatch(r.stderr, /不是已知的补充项|JSON/);
        assert.match(fs.readFileSync(out, 'utf8'), /收入总计减少58\.52万元，下降12\.68%.*主要原因是项目经费减少/);
        inputs.unchanged();
      });
  });

  describe('9. supplement values are range-checked, key by key', () => {
    it('rejects NaN, Infinity, 1e309, hex, exponents, negatives, three decimals and fractional counts', () => {
      const bad: [string, unknown, string][] = [
        ['上年.收入总计', 'NaN', '金额'],
        ['上年.收入总计', 'Infinity', '金额'],
        ['上年.收入总计', Infinity, '金额'],
        ['上年.收入总计', '0x1A', '金额'],
        ['上年.收入总计', '1e1000000000', '金额'],
        ['年初预算.类.201', '-3', '金额'],
        ['接待.国内金额', 1.005, '金额'],
        ['政府采购.合计', 0.1 + 0.2, '金额'],
        ['数量.出国团组', -3, '数量'],
        ['数量.保有车辆', 2.5, '数量'],
        ['绩效.优', '2.5', '数量'],
      ];
      for (const [key, value, kind] of bad)
        assert.throws(
          () => readSupplement({ [key]: value }, 's.json'),
          (e: Error) => e.message.startsWith(`s.json：“${key}”应为${kind}`),
          `${key} = ${String(value)}`,
        );
      const good = {
        '上年.收入总计': '1,234.56',
        '上年.支出总计': 461.5,
        '上年.类.201': '461.570',
        '数量.出国团组': '3',
        '数量.保有车辆': 0,
        '原因.三公': '',
      };
      assert.deepEqual(readSupplement(good), good);
    });

    const cases: [string, string, string][] = [
      ['a count of -3', '{"数量.出国团组": -3}', '“数量.出国团组”应为数量（不小于 0 的整数），现为“-3”'],
      ['an amount of 1e309', '{"上年.收入总计": 1e309}', '“上年.收入总计”应为金额（万元，不小于 0，最多两位小数），现为“Infinity”'],
      ['an amount of "NaN"', '{"上年.支出总计": "NaN"}', '“上年.支出总计”应为金额（万元，不小于 0，最多两位小数），现为“NaN”'],
    ];
    for (const [name, json, message] of cases)
      it(`narrative -o refuses ${name}, names the key, writes nothing`, () => {
        const file = at('坏补充.json');
        fs.writeFileSync(file, json);
        const out = at('不该写出.md');
        const inputs = snapshot(book, file);
        const r = juesuan(['narrative', book, '--supplement', file, '-o', out]);
        assert.equal(r.status, 2);
        assert.equal(r.stderr, `无法处理：${file}：${message}\n`);
        assert.ok(!fs.existsSync(out));
        inputs.unchanged();
      });

    it('a file that is not JSON: where, in Chinese', () => {
      const file = at('不是json.json');
      fs.writeFileSync(file, '{\n  "上年.收入总计": "461.57",\n  oops\n}');
      const r = juesuan(['narrative', book, '--supplement', file]);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, `无法处理：${file}：不是有效的 JSON 文件，第 3 行附近有误（补充信息的写法见 docs/supplement.md）\n`);
    });
  });

  describe('10. Markdown output escapes Markdown and HTML', () => {
    it('escapeMarkdown', () => {
      assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert(1)&gt;');
      assert.equal(
        escapeMarkdown('7*24小时 [链接](javascript:x) `代码` a_b | R&D'),
        '7\\*24小时 \\[链接\\](javascript:x) \\`代码\\` a\\_b \\| R&amp;D',
      );
      assert.equal(escapeMarkdown('# 标题\n- 项\n1. 一\n> 引用'), '\\# 标题\n\\- 项\n1\\. 一\n&gt; 引用');
    });

    it('a reason <img src=x onerror=alert(1)> is written as text, not HTML', () => {
      const file = at('补充-html.json');
      fs.writeFileSync(file, JSON.stringify({ '上年.收入总计': '461.57', '原因.收入支出总计': '<img src=x onerror=alert(1)>' }));
      const out = at('情况说明.md');
      const inputs = snapshot(book, file);
      const r = juesuan(['narrative', book, '--supplement', file, '-o', out]);
      assert.equal(r.status, 0, r.stderr);
      const md = fs.readFileSync(out, 'utf8');
      assert.doesNotMatch(md, /<img/);
      assert.match(md, /主要原因是&lt;img src=x onerror=alert\(1\)&gt;/);
      assert.match(md, /^# 第三部分 情况说明\n\n## 一、收入支出决算总体情况说明/);
      inputs.unchanged();
    });
  });

  describe('14. no library internals in messages; --verbose has them', () => {
    let broken: string;
    before(async () => {
      broken = at('损坏.xlsx');
      fs.writeFileSync(broken, await sizeMismatch(fs.readFileSync(SAMPLE_PATH)));
    });

    it('a zip with a wrong size: 工作簿已损坏或无法解析, and the library words only with --verbose', () => {
      const r = juesuan(['check', broken]);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, `无法检查：${broken}：工作簿已损坏或无法解析\n`);
      const v = juesuan(['check', broken, '--verbose']);
      assert.equal(v.status, 2);
      assert.match(v.stderr, /^无法检查：.*：工作簿已损坏或无法解析\n技术细节：.*uncompressed data size mismatch/s);
    });

    it('a missing file and a folder, in plain words', () => {
      const missing = at('没有这个文件.xlsx');
      const r = juesuan(['check', missing, dir]);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, `无法检查：${missing}：文件不存在\n无法检查：${dir}：是文件夹，不是文件\n`);
      assertPlain(r.stderr);
    });

    it('any other error is told plainly, its detail kept for --verbose', () => {
      const p = describeProblem(new TypeError("Cannot set properties of undefined (setting 'sheetNo')"), 'x.xlsx');
      assert.equal(p.message, 'x.xlsx：检查此工作簿时出错，未能完成（加 --verbose 可查看技术细节）');
      assert.match(p.detail!, /sheetNo/);
      const e = Object.assign(new Error("EACCES: permission denied, open 'x.xlsx'"), { code: 'EACCES', syscall: 'open' });
      assert.equal(describeProblem(e, 'x.xlsx').message, 'x.xlsx：没有读取权限');
    });
  });
});
