/** `juesuan narrative` and the narrative in `check --json`, as a finance officer runs them. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PROJECT_ROOT } from './helpers/variants';

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

describe('juesuan narrative', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-narr-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the 情况说明 and lists what is missing on stderr', () => {
    const r = juesuan('narrative', 'samples/seed-2024.xlsx');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^第三部分 情况说明\n\n一、收入支出决算总体情况说明\n2024年度收入总计403\.05万元/);
    assert.match(r.stderr, /待补充 \d+ 项/);
  });

  it('with the example supplement needs nothing more', () => {
    const r = juesuan('narrative', 'samples/seed-2024.xlsx', '--supplement', 'samples/supplement-2024.json');
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, /待补充/);
    assert.match(r.stdout, /收入总计减少58\.52万元，下降12\.68%/);
  });

  it("takes the 上年 figures from last year's workbook (here the sample itself: every change is 持平)", () => {
    const r = juesuan('narrative', 'samples/seed-2024.xlsx', '--prior', 'samples/seed-2024.xlsx');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /收入总计与上年持平，支出总计与上年持平/);
    assert.match(r.stdout, /一般公共服务支出年初预算【待补充：一般公共服务支出（201）年初预算】.*较上年决算与上年决算持平/);
  });

  it('writes Markdown and Word files', async () => {
    const md = path.join(dir, 'n.md');
    const docx = path.join(dir, 'n.docx');
    assert.equal(juesuan('narrative', 'samples/seed-2024.xlsx', '-o', md).status, 0);
    assert.match(fs.readFileSync(md, 'utf8'), /^# 第三部分 情况说明\n\n## 一、收入支出决算总体情况说明/);
    assert.equal(juesuan('narrative', 'samples/seed-2024.xlsx', '--supplement', 'samples/supplement-2024.json', '-o', docx).status, 0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    assert.match(xml, /阳城县政务服务中心2024年度决算公开/);
    assert.match(xml, /Heading1/);
  });

  it('refuses a broken supplement with one line naming it', () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"上年.收入总计": "很多"}');
    const r = juesuan('narrative', 'samples/seed-2024.xlsx', '--supplement', bad);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /bad\.json：“上年\.收入总计”应为金额/);
  });

  it('check --json carries the narrative with its facts and missing list', () => {
    const r = juesuan('check', 'samples/seed-2024.xlsx', '--json');
    const j = JSON.parse(r.stdout);
    assert.equal(j.narrative.sections[0].heading, '一、收入支出决算总体情况说明');
    assert.deepEqual(j.narrative.sections[0].facts[0], {
      text: '403.05',
      offset: 10,
      source: { kind: 'cell', table: '公开01表', sheet: '公开01表', cell: 'C37', label: '收入总计' },
    });
    assert.equal(j.narrative.sections[0].text.slice(10, 16), '403.05'); // "2024年度收入总计" is 10 characters
    assert.ok(j.narrative.missing.length > 10);
    // Read back by the narrative rules, the generated text has no error (placeholders are warnings).
    assert.deepEqual(
      j.narrative.selfCheck.filter((f: { severity: string }) => f.severity === 'error'),
      [],
    );
    assert.ok(j.narrative.selfCheck.some((f: { rule: string }) => f.rule === 'W-PLACEHOLDER'));
  });
});
