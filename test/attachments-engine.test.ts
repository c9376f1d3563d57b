/** The 自评表 inside a workbook: checked with the tables, and counted in the narrative's 十(四). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { loadWorkbook, workbookToGrid } from '../src/xlsx/read';
import { check, narrate } from '../src/engine';
import { sampleGrid } from './helpers/sample';

describe('绩效自评表 with the ten tables', () => {
  it('are checked with the workbook, not listed as unrecognised, and fill 十(四)', async () => {
    const grid = await sampleGrid();
    const att = workbookToGrid(await loadWorkbook('samples/seed-2024-attachments.xlsx'));
    grid.sheets.push(...att.sheets);
    const r = check(grid);
    assert.equal(r.attachments.length, 10);
    assert.deepEqual(r.unrecognized, []);
    const att4 = r.findings.filter((f) => f.rule === 'ATT-4' && f.severity === 'error');
    assert.equal(att4.length, 2, 'the two 总分 98 that should be 88');
    const x17 = r.findings.find((f) => f.rule === 'X17');
    assert.equal(x17?.severity, 'info'); // Σ执行数 130.609 against 项目支出 130.61: inside the band
    const { narrative: n } = narrate(r);
    const perf = n.sections.find((s) => s.heading.startsWith('（四）预算绩效'))!.text;
    assert.match(
      perf,
      /二级项目绩效自评个数10个，涉及资金130\.61万元：9个项目自评等级为“优”，0个项目自评等级为“良”，1个项目自评等级为“中”，0个项目自评等级为“差”/,
    );
    assert.ok(!n.missing.some((m) => m.key.startsWith('绩效.') && m.key !== '绩效.改进措施'));
  });
});

describe("X18: the narrative's 自评 counts against the 自评表", () => {
  it('agree on the seed, and a wrong count in the 情况说明 sheet is an error there', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const text = fs.readFileSync(path.join(__dirname, 'fixtures', 'seed-narrative.txt'), 'utf8');
    const build = async (narrative: string) => {
      const grid = await sampleGrid();
      grid.sheets.push(...workbookToGrid(await loadWorkbook('samples/seed-2024-attachments.xlsx')).sheets);
      grid.sheets.push({
        name: '情况说明',
        rows: narrative
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => [l]),
      });
      return check(grid);
    };
    assert.deepEqual(
      (await build(text)).findings.filter((f) => f.rule === 'X18'),
      [],
    );
    const wrong = await build(text.replace('9个项目自评等级为“优”', '8个项目自评等级为“优”'));
    const x18 = wrong.findings.filter((f) => f.rule === 'X18');
    assert.ok(x18.length >= 1, JSON.stringify(x18));
    assert.ok(x18.every((f) => f.severity === 'error' && f.cells.some((c) => c.sheet === '情况说明')));
  });
});

describe('juesuan check on a file of 自评表 only', () => {
  it('lists the ten, reports the two 总分 errors in their own groups, and asks for no missing table', () => {
    const r = spawnSync(process.execPath, ['bin/juesuan.js', 'check', 'samples/seed-2024-attachments.xlsx'], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /项目支出绩效自评表 10 张/);
    assert.match(r.stdout, /【项目支出绩效自评表（政务中心工作人员餐补）】\n {2}✗ 错误 ATT-4 附件2!J19/);
    assert.doesNotMatch(r.stdout, /G01|缺少“/);
  });
});
