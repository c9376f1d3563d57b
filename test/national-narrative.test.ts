/**
 * The national 情况说明 against hand-written published-style texts (test/national-narrative/texts), figure
 * by figure and section by section, with supplements holding only what the tables cannot give; and no
 * generated text, of either family, with or without a supplement, prints an unknown value.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check, narrate, type CheckResult } from '../src/engine';
import { readSupplement, type Supplement } from '../src/narrative/supplement';
import { toPlainText } from '../src/narrative/render/text';
import type { Narrative } from '../src/narrative/types';
import { loadWorkbookBuffer, workbookToGrid } from '../src/xlsx/read';
import { CORPUS } from './corpus';
import { figuresOf, sectionsOfText } from './national-narrative/figures';
import { NARRATIVE_CORPUS } from './national-narrative/workbooks';
import type ExcelJS from 'exceljs';

const DIR = path.join(__dirname, 'national-narrative');

async function checked(build: () => ExcelJS.Workbook, file: string): Promise<CheckResult> {
  const buf = await build().xlsx.writeBuffer();
  return check(workbookToGrid(await loadWorkbookBuffer(buf as ArrayBuffer, file), file));
}

/** A supplement figure of 0 that closes a paragraph, and the keys that paragraph would otherwise ask. */
const GATES: [string, RegExp][] = [
  ['政府采购.合计', /^政府采购\./],
  ['本年.机关运行经费', /^(上年|原因)\.机关运行经费$/],
  ['绩效.中', /^绩效\.改进措施$/],
];

const UNKNOWN = /NaN|undefined|null|\[object|本部门/;

/** Figures of the published text not found in the same section of the generated one. */
function compare(published: string, generated: Narrative) {
  const mine = sectionsOfText(toPlainText(generated));
  let total = 0;
  const notFound: string[] = [];
  for (const [kind, text] of sectionsOfText(published)) {
    const want = figuresOf(text);
    const have = figuresOf(mine.get(kind) ?? '');
    total += want.length;
    for (const f of want) if (!have.includes(f)) notFound.push(`${kind}: ${f}`);
  }
  return { total, notFound };
}

describe('the national 情况说明 as units publish it (hand-written corpus)', () => {
  const counts: string[] = [];
  after(() => console.log(`      figures found, per file:\n${counts.map((c) => `        ${c}`).join('\n')}`));

  for (const c of NARRATIVE_CORPUS) {
    describe(`${c.id} ${c.file}`, () => {
      let result: CheckResult;
      let supplement: Supplement;
      let published: string;
      before(async () => {
        result = await checked(c.build, c.file);
        supplement = readSupplement(JSON.parse(fs.readFileSync(path.join(DIR, 'supplements', c.supplement), 'utf8')));
        published = fs.readFileSync(path.join(DIR, 'texts', c.text), 'utf8');
      });

      it('prints every figure of the published text in the same section, in the national order', () => {
        const n = narrate(result, supplement).narrative;
        const heads = n.sections.filter((s) => s.level === 1).map((s) => s.heading);
        const publishedHeads = published.split('\n').filter((l) => /^[一二三四五六七八九十]+、/.test(l));
        assert.deepEqual(
          heads.map((h) => h.split('、')[0]),
          publishedHeads.map((h) => h.split('、')[0]),
        );
        assert.deepEqual(
          heads.slice(6).map((h) => h.replace(/^.+、/, '')),
          publishedHeads.slice(6).map((h) => h.replace(/^.+、/, '')),
        );
        const { total, notFound } = compare(published, n);
        counts.push(`${c.id}: ${total - notFound.length} of ${total} found, ${notFound.length} not found`);
        assert.ok(total > 40, `only ${total} figures read from ${c.text}`);
        assert.deepEqual(notFound, [], `generated:\n${toPlainText(n)}`);
      });

      it('asks only what the published text fills: no placeholder left, every missing key one the supplement holds', () => {
        const full = narrate(result, supplement).narrative;
        assert.deepEqual(full.missing, []);
        assert.doesNotMatch(toPlainText(full), /【待补充/);
        // Without a supplement the text asks for everything it may print; what the published text leaves
        // out is only what a given figure closes (no 采购, no 中/差 project, no 机关运行经费).
        const bare = narrate(result, {}).narrative;
        const given = new Set(Object.keys(supplement));
        const closed = (key: string) =>
          GATES.some(([gate, follows]) => Number(supplement[gate]) === 0 && given.has(gate) && follows.test(key));
        assert.deepEqual(
          bare.missing.filter((m) => !given.has(m.key) && !closed(m.key)).map((m) => m.key),
          [],
        );
      });

      it('is read back by the checker without an error', () => {
        const { selfCheck } = narrate(result, supplement);
        assert.deepEqual(
          selfCheck.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.message}`),
          [],
        );
      });
    });
  }
});

describe('generated text never prints an unknown value', () => {
  const cases = [
    ...NARRATIVE_CORPUS.map((c) => ({ id: c.id, file: c.file, build: c.build })),
    ...CORPUS.map((c) => ({ id: c.id, file: c.file, build: c.build })),
  ];
  for (const c of cases)
    it(`${c.id}: no NaN / undefined / null / [object / 本部门, with or without a supplement`, async () => {
      const result = await checked(c.build, c.file);
      const supplements: Supplement[] = [{}, { '上年.收入总计': '1.00', '原因.收入支出总计': '原因' }];
      for (const sup of supplements) {
        const n = narrate(result, sup).narrative;
        const text = toPlainText(n) + n.missing.map((m) => m.label).join('\n');
        const bad = UNKNOWN.exec(text);
        assert.equal(bad, null, `${c.id}: “${bad?.[0]}” in ${text.slice(Math.max(0, (bad?.index ?? 0) - 40), (bad?.index ?? 0) + 40)}`);
        if (!result.year) assert.match(toPlainText(n), /【待补充：年度】/);
        if (!result.department) assert.match(toPlainText(n), /【待补充：单位名称】/);
      }
    });
});
