/**
 * One rule registry: ids are unique, every id the code can put on a finding is registered, every
 * finding of the sample workbooks carries a registered id, and docs/rules.md is the registry's own text.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadWorkbook, workbookToGrid } from '../src/xlsx/read';
import { check } from '../src/engine';
import { CATALOGUE } from '../src/rules/catalogue';
import { RULES, ruleInfo } from '../src/rules/registry';
import { rulesMarkdown } from '../src/rules/rulesDoc';
import { locate, sampleGrid, setCell } from './helpers/sample';
import { nationalFamily, toYuan } from './helpers/variants';

const SRC = path.resolve(__dirname, '..', 'src');

function* sources(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (/\.tsx?$/.test(e.name)) yield p;
  }
}

describe('the rule registry', () => {
  it('has unique ids, each with a title, a kind and what it compares', () => {
    const seen = new Set<string>();
    for (const r of RULES) {
      assert.ok(!seen.has(r.id), `duplicate rule id ${r.id}`);
      seen.add(r.id);
      assert.ok(r.title && r.compares && r.kind && r.group, r.id);
    }
    assert.equal(new Set(CATALOGUE.map((r) => r.id)).size, CATALOGUE.length, 'catalogue ids are unique');
  });

  it('registers every rule id written in the code', () => {
    const ids = new Set<string>();
    for (const file of sources(SRC)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\brule:\s*'([^']+)'/g)) ids.add(m[1]);
      // Ids passed around before they reach a finding ('ATT-4', 'N07', 'X17' …).
      for (const m of text.matchAll(/'((?:ATT-\d+|N\d{2}|W-[A-Z0-9]+|[GRX]\d{2}|T\d{2}-\d+))'/g)) ids.add(m[1]);
    }
    assert.ok(ids.size > 40, `only ${ids.size} ids found: the scan is broken`);
    assert.deepEqual(
      [...ids].filter((id) => !ruleInfo(id)),
      [],
    );
  });

  it('registers every id the findings of varied workbooks carry', async () => {
    const grid = await sampleGrid();
    const broken = structuredClone(grid);
    const at = locate(broken, 'T03', '2010350', '基本支出');
    setCell(broken, at.sheet, at.cell, 189.12);
    const attachments = workbookToGrid(await loadWorkbook('samples/seed-2024-attachments.xlsx'), 'att');
    const seen = new Set<string>();
    for (const g of [grid, broken, toYuan(grid), nationalFamily(grid), attachments]) for (const f of check(g).findings) seen.add(f.rule);
    assert.ok(seen.size >= 8, [...seen].join());
    assert.deepEqual(
      [...seen].filter((id) => !ruleInfo(id)),
      [],
    );
  });

  it('docs/rules.md is generated from it (npm run rules-doc)', () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '..', 'docs', 'rules.md'), 'utf8');
    assert.equal(committed, rulesMarkdown(), 'docs/rules.md is stale: run npm run rules-doc');
    for (const r of RULES) assert.ok(committed.includes(`| ${r.id} |`), r.id);
  });
});
