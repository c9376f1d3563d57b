/**
 * The corpus of real-style 情况说明 (test/narrative-corpus): each text sits in a sheet 情况说明 of a workbook
 * built from the corpus units, one paragraph a row; the check must report exactly the hand-written findings
 * (rule and the paragraph's own cell), no more. And the generated narrative of every corpus workbook reads
 * back with no error.
 */
import assert from 'node:assert/strict';
import { check } from '../src/engine';
import { generateNarrative } from '../src/narrative/generate';
import { recognize } from '../src/recognize/recognize';
import { checkNarrative } from '../src/narrative-check';
import { workbookToGrid } from '../src/xlsx/read';
import { CORPUS } from './corpus';
import { bookWithNarrative } from './narrative-corpus/books';
import { NARRATIVE_CASES } from './narrative-corpus';
import { sampleGrid } from './helpers/sample';

const key = ([rule, cell]: [string, string]) => `${rule} @ ${cell}`;
const sorted = (xs: string[]) => [...xs].sort((a, b) => a.localeCompare(b, 'zh'));

describe('narrative corpus: real-style 情况说明, findings at their rows', () => {
  for (const c of NARRATIVE_CASES) {
    it(`${c.id} (${c.book}): ${c.pattern}`, async () => {
      const grid = await workbookToGrid(bookWithNarrative(c.book, c.rows), `${c.id}.xlsx`);
      const result = check(grid);
      assert.equal(result.narrativeSheet, '情况说明');
      const found = result.findings.filter((f) => f.sheet === '情况说明' && f.severity !== 'info');
      const detail = found.map((f) => `${f.rule} @ ${f.cell}: ${f.message}`).join('\n');
      assert.deepEqual(sorted(found.map((f) => `${f.rule} @ ${f.cell}`)), sorted(c.expected.map(key)), detail);
    });
  }
});

describe('narrative corpus: the generated narrative reads back with no error', () => {
  for (const c of CORPUS) {
    it(`${c.id} ${c.file}`, async () => {
      const grid = await workbookToGrid(c.build(), c.file);
      const rec = recognize(grid);
      const sections = generateNarrative(rec.tables, rec.family, {}).sections.map((s) => ({ heading: s.heading, text: s.text }));
      const errors = checkNarrative({ sections }, rec.tables).filter((f) => f.severity === 'error');
      assert.deepEqual(
        errors.map((f) => `${f.rule}: ${f.message}`),
        [],
      );
    });
  }
  it('the sample', async () => {
    const rec = recognize(await sampleGrid());
    const sections = generateNarrative(rec.tables, rec.family, {}).sections.map((s) => ({ heading: s.heading, text: s.text }));
    assert.deepEqual(
      checkNarrative({ sections }, rec.tables)
        .filter((f) => f.severity === 'error')
        .map((f) => f.message),
      [],
    );
  });
});
