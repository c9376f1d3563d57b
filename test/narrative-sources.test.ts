/** An existing 情况说明 is checked wherever it is: a sheet of the workbook, a .txt or a .docx file. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { check } from '../src/engine';
import { locate, sampleGrid } from './helpers/sample';
import { PROJECT_ROOT } from './helpers/variants';

const SEED_TEXT = fs.readFileSync(path.join(__dirname, 'fixtures', 'seed-narrative.txt'), 'utf8');

function juesuan(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/juesuan.js', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  return r;
}

describe('checking an existing 情况说明', () => {
  it('finds a 情况说明 sheet in the workbook and points at both the paragraph and the table cell', async () => {
    const grid = await sampleGrid();
    const lines = SEED_TEXT.split('\n').filter((l) => l.trim());
    grid.sheets.push({ name: '情况说明', rows: lines.map((l) => [l]) });
    const r = check(grid);
    assert.equal(r.narrativeSheet, '情况说明');
    assert.ok(!r.unrecognized.includes('情况说明'));
    const n11 = r.findings.find((f) => f.rule === 'N11' && f.severity === 'error');
    assert.ok(n11, "the seed's 劳务费 0.06 vs 0.07");
    const labour = locate(grid, 'T06', '30226');
    assert.ok(n11.cells.some((c) => c.sheet === labour.sheet && c.cell === labour.cell));
    assert.ok(n11.cells.some((c) => c.sheet === '情况说明'));
    assert.equal(r.counts.error, 1);
  });

  it('leaves a workbook without a narrative sheet as it was', async () => {
    const r = check(await sampleGrid());
    assert.equal(r.narrativeSheet, undefined);
    assert.equal(r.counts.error, 0);
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-nf-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('checks a .txt given with --narrative-file: exit 1 and the N11 error', () => {
    const r = juesuan('check', 'samples/seed-2024.xlsx', '--narrative-file', 'test/fixtures/seed-narrative.txt', '--json');
    assert.equal(r.status, 1, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(
      j.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { rule: string }) => f.rule),
      ['N11'],
    );
  });

  it('checks a .docx the same way', async () => {
    const doc = new Document({ sections: [{ children: SEED_TEXT.split('\n').map((l) => new Paragraph(l)) }] });
    const file = path.join(dir, '情况说明.docx');
    fs.writeFileSync(file, await Packer.toBuffer(doc));
    const r = juesuan('check', 'samples/seed-2024.xlsx', '--narrative-file', file);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /【情况说明】\n {2}✗ 错误 N11 公开06表!F26　公用经费中的劳务费/);
  });

  it('says which narrative file it could not read', () => {
    const r = juesuan('check', 'samples/seed-2024.xlsx', '--narrative-file', path.join(dir, 'missing.docx'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /missing\.docx：无法读取情况说明/);
  });
});
