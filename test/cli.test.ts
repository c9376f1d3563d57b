/**
 * `juesuan check` as a finance officer runs it: exit codes, the text and JSON reports, the annotated copy,
 * and one clear line for files that cannot be checked.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { workbookToGrid } from '../src/xlsx/read';
import { PROJECT_ROOT, SAMPLE_PATH } from './helpers/variants';

const SAMPLE = 'samples/seed-2024.xlsx';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function juesuan(...args: string[]): Run {
  const r = spawnSync(process.execPath, ['bin/juesuan.js', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Every non-empty cell of every sheet: "sheet!A1" → value. */
async function cellValues(file: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, unknown>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== null && cell.value !== undefined) out.set(`${ws.name}!${cell.address}`, cell.value);
      });
    });
  });
  return out;
}

let dir: string;
let mutated: string;
const MUTATED_CELL = { sheet: '公开03表', cell: 'D10' };

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-cli-'));
  // 公开03表, row 2010350 事业运行, 基本支出: 199.12 → 191.12.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_PATH);
  const ws = wb.getWorksheet('公开03表')!;
  assert.equal(ws.getCell('A10').value, '2010350');
  assert.equal(ws.getCell('D4').value, '基本支出');
  assert.equal(ws.getCell(MUTATED_CELL.cell).value, 199.12);
  ws.getCell(MUTATED_CELL.cell).value = 191.12;
  mutated = path.join(dir, 'mutated.xlsx');
  await wb.xlsx.writeFile(mutated);
});

after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('juesuan check (command line)', () => {
  it('checks the sample: exit 0, 识别到 10 张表', () => {
    const r = juesuan('check', SAMPLE);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /识别到 10 张表/);
    assert.match(r.stdout, /错误 0 项/);
  });

  it('--json: file, unit, ten tables, unrecognised sheets and complete findings', () => {
    const r = juesuan('check', SAMPLE, '--json');
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.file, SAMPLE);
    assert.equal(j.unit, '万元');
    assert.equal(j.tables.length, 10);
    for (const t of j.tables) {
      for (const k of ['id', 'title', 'sheet', 'range']) assert.equal(typeof t[k], 'string', `table ${JSON.stringify(t)} lacks ${k}`);
      assert.match(t.range, /^[A-Z]+\d+:[A-Z]+\d+$/);
    }
    assert.deepEqual(
      j.tables.map((t: { id: string }) => t.id),
      ['公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表', '公开10表'],
    );
    assert.ok(Array.isArray(j.unrecognized));
    assert.deepEqual(j.unrecognized, []);
    assert.ok(Array.isArray(j.findings));
    assert.equal(j.findings.length, 11);
    for (const f of j.findings) {
      for (const k of ['rule', 'severity', 'sheet', 'cell', 'expected', 'actual', 'message'])
        assert.equal(typeof f[k], 'string', `finding lacks ${k}: ${JSON.stringify(f)}`);
      assert.ok(Array.isArray(f.cells) && f.cells.length > 0);
      for (const c of f.cells) assert.deepEqual(Object.keys(c).sort(), ['cell', 'sheet']);
      assert.equal(f.severity, 'info');
    }
  });

  it('a changed figure: exit 1 and an error naming that cell', () => {
    const r = juesuan('check', mutated, '--json');
    assert.equal(r.status, 1, r.stderr);
    const j = JSON.parse(r.stdout);
    const errors = j.findings.filter((f: { severity: string }) => f.severity === 'error');
    assert.ok(errors.length > 0);
    const hit = errors.filter((f: { cells: { sheet: string; cell: string }[] }) =>
      f.cells.some((c) => c.sheet === MUTATED_CELL.sheet && c.cell === MUTATED_CELL.cell),
    );
    assert.ok(hit.length > 0, JSON.stringify(errors, null, 1));
    for (const f of hit) {
      for (const k of ['rule', 'severity', 'sheet', 'cell', 'expected', 'actual', 'message'])
        assert.equal(typeof f[k], 'string', `finding lacks ${k}`);
    }
    // The changed cell is the one to fix first.
    assert.ok(errors.some((f: { sheet: string; cell: string }) => f.sheet === MUTATED_CELL.sheet && f.cell === MUTATED_CELL.cell));
  });

  describe('--annotate', () => {
    let out: string;
    let run: Run;
    let inputHash: string;
    let annotated: ExcelJS.Workbook;
    const FILLS = new Set(['FFFFC7CE', 'FFFFEB9C']);

    before(async () => {
      out = path.join(dir, 'annotated.xlsx');
      inputHash = sha256(mutated);
      run = juesuan('check', mutated, '--annotate', out);
      annotated = new ExcelJS.Workbook();
      if (fs.existsSync(out)) await annotated.xlsx.readFile(out);
    });

    it('exits 1, writes the copy and leaves the input file byte for byte', () => {
      assert.equal(run.status, 1, run.stderr);
      assert.ok(fs.existsSync(out));
      assert.equal(sha256(mutated), inputHash, 'input file changed');
    });

    it('marks the wrong cell with a solid red fill and a note', () => {
      const cell = annotated.getWorksheet(MUTATED_CELL.sheet)!.getCell(MUTATED_CELL.cell);
      const note = cell.note as unknown;
      const noteText = typeof note === 'string' ? note : ((note as ExcelJS.Comment | undefined)?.texts ?? []).map((t) => t.text).join('');
      assert.ok(noteText.length > 0, 'no note on the marked cell');
      assert.match(noteText, /T03-/);
      const fill = cell.fill as ExcelJS.FillPattern;
      assert.equal(fill?.type, 'pattern');
      assert.equal(fill.pattern, 'solid');
      assert.equal(fill.fgColor?.argb, 'FFFFC7CE');
    });

    it('marks only the cells of errors (red) and warnings (amber)', () => {
      const j = JSON.parse(juesuan('check', mutated, '--json').stdout);
      const want = new Map<string, string>();
      for (const f of j.findings as { severity: string; cells: { sheet: string; cell: string }[] }[]) {
        if (f.severity === 'info') continue;
        for (const c of f.cells) {
          const k = `${c.sheet}!${c.cell}`;
          if (f.severity === 'error' || !want.has(k)) want.set(k, f.severity === 'error' ? 'FFFFC7CE' : 'FFFFEB9C');
        }
      }
      assert.ok(want.size > 0);
      const got = new Map<string, string>();
      annotated.eachSheet((ws) => {
        ws.eachRow({ includeEmpty: true }, (row) => {
          row.eachCell({ includeEmpty: true }, (cell) => {
            const argb = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
            if (argb && FILLS.has(argb)) got.set(`${ws.name}!${cell.address}`, argb);
          });
        });
      });
      const extra = [...got.keys()].filter((k) => !want.has(k));
      assert.equal(extra.length, 0, `${extra.length} cells filled that no finding names, e.g. ${extra.slice(0, 8).join(' ')}`);
      assert.deepEqual(Object.fromEntries([...got].sort()), Object.fromEntries([...want].sort()));
    });

    it('keeps every value of every sheet', async () => {
      const [a, b] = await Promise.all([cellValues(mutated), cellValues(out)]);
      assert.ok(a.size > 500);
      assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
      for (const [k, v] of a) assert.deepEqual(b.get(k), v, k);
      const [ga, gb] = await Promise.all(
        [mutated, out].map(async (f) => {
          const w = new ExcelJS.Workbook();
          await w.xlsx.readFile(f);
          return workbookToGrid(w);
        }),
      );
      assert.deepEqual(
        gb.sheets.map((s) => [s.name, s.rows, s.merges]),
        ga.sheets.map((s) => [s.name, s.rows, s.merges]),
      );
    });
  });

  describe('files that cannot be checked: exit 2 and one line naming the file', () => {
    const cases: [string, () => string][] = [
      [
        'not a workbook (text)',
        () => {
          const f = path.join(dir, 'x.xlsx');
          fs.writeFileSync(f, 'this is not a workbook\n');
          return f;
        },
      ],
      [
        'a truncated xlsx',
        () => {
          const f = path.join(dir, 'truncated.xlsx');
          fs.writeFileSync(f, fs.readFileSync(SAMPLE_PATH).subarray(0, 200));
          return f;
        },
      ],
      [
        'an OLE file (encrypted workbook or .xls)',
        () => {
          const f = path.join(dir, 'encrypted.xlsx');
          fs.writeFileSync(f, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
          return f;
        },
      ],
      ['a missing file', () => path.join(dir, 'no-such-file.xlsx')],
    ];
    for (const [name, make] of cases) {
      it(name, () => {
        const f = make();
        const r = juesuan('check', f);
        assert.equal(r.status, 2, r.stdout + r.stderr);
        const lines = r.stderr.trim().split('\n');
        assert.equal(lines.length, 1, r.stderr);
        assert.ok(lines[0].includes(f), lines[0]);
        assert.ok(!/内部错误|at .*\.ts:\d+/.test(r.stderr), r.stderr);
      });
    }

    it('an xlsx with no recognisable table', async () => {
      const f = path.join(dir, 'cover.xlsx');
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('封面');
      ws.getCell('A1').value = '阳城县政务服务中心';
      ws.getCell('A2').value = '2024年度部门决算';
      await wb.xlsx.writeFile(f);
      const r = juesuan('check', f);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.ok(lines[0].includes(f), lines[0]);
    });
  });

  describe('several files: the exit code is the worst', () => {
    it('clean + with errors → 1', () => {
      assert.equal(juesuan('check', SAMPLE, mutated).status, 1);
    });
    it('with errors + clean → 1', () => {
      assert.equal(juesuan('check', mutated, SAMPLE).status, 1);
    });
    it('clean + unreadable → 2, and the readable one is still reported', () => {
      const bad = path.join(dir, 'bad.xlsx');
      fs.writeFileSync(bad, 'nope');
      const r = juesuan('check', bad, SAMPLE, '--json');
      assert.equal(r.status, 2);
      const j = JSON.parse(r.stdout);
      assert.ok(Array.isArray(j) && j.length === 2);
      assert.equal(j[0].file, bad);
      assert.equal(typeof j[0].error, 'string');
      assert.equal(j[1].tables.length, 10);
    });
    it('with errors + unreadable → 2', () => {
      const bad = path.join(dir, 'bad2.xlsx');
      fs.writeFileSync(bad, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
      assert.equal(juesuan('check', mutated, bad).status, 2);
    });
    it('clean + clean → 0', () => {
      assert.equal(juesuan('check', SAMPLE, SAMPLE).status, 0);
    });
  });
});
