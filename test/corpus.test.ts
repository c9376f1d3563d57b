/**
 * The corpus of real layouts (test/corpus/README.md): each workbook is built with ExcelJS into a temp
 * dir, read back as a real .xlsx, and checked. Its expected tables, errors, year and unit name are
 * written by hand in its builder, never produced by the engine.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseA1, type RawValue } from '../src/core/grid';
import { check, type CheckResult } from '../src/engine';
import { loadWorkbook, workbookToGrid } from '../src/xlsx/read';
import { CORPUS } from './corpus';
import type { CorpusCase } from './corpus/case';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-corpus-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const sortTriples = (xs: [string, string, string][]) => xs.map((x) => x.join(' @ ')).sort((a, b) => a.localeCompare(b, 'zh'));

/** The errors of a result as [rule, sheet, cell], for comparison and for a readable failure. */
function errorsOf(r: CheckResult): [string, string, string][] {
  return r.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.sheet ?? '', f.cell ?? '']);
}

describe('corpus of real layouts', function () {
  for (const c of CORPUS) {
    describe(`${c.id} ${c.file}`, () => {
      let grid: Awaited<ReturnType<typeof read>>;
      let result: CheckResult;
      async function read(k: CorpusCase) {
        const file = path.join(dir, k.file);
        await k.build().xlsx.writeFile(file);
        return workbookToGrid(await loadWorkbook(file), file);
      }
      before(async () => {
        grid = await read(c);
        result = check(grid);
      });

      it('holds the hand-written figures where the expectations say (no engine involved)', () => {
        for (const [sheet, cell, value] of c.probes) {
          const s = grid.sheets.find((x) => x.name === sheet);
          assert.ok(s, `no sheet ${sheet}`);
          const { row, col } = parseA1(cell);
          const raw: RawValue = s.rows[row]?.[col] ?? null;
          assert.deepEqual(raw, value, `${sheet}!${cell}`);
        }
      });

      it('recognises every table on its sheet', () => {
        const found = Object.fromEntries(result.tables.map((t) => [t.key, t.sheet]));
        assert.deepEqual(found, c.tables, `unrecognised: ${JSON.stringify(result.unrecognizedReasons)}`);
        if (c.attachments) assert.deepEqual(result.attachments.map((a) => a.sheet).sort(), [...c.attachments].sort());
      });

      it('reads every table completely (no R01–R03 reading note)', () => {
        const notes = result.findings.filter((f) => /^R0[1-3]$/.test(f.rule));
        assert.deepEqual(
          notes.map((f) => `${f.rule} ${f.sheet ?? ''}: ${f.message}`),
          [],
        );
      });

      it(c.errors.length ? `finds exactly the planted errors (${c.errors.length})` : 'finds no error', () => {
        assert.deepEqual(sortTriples(errorsOf(result)), sortTriples(c.errors), messages(result));
      });

      if (c.year) it(`reads the year ${c.year}`, () => assert.equal(result.year, c.year));
      if (c.department) it(`reads the unit name ${c.department}`, () => assert.equal(result.department, c.department));
    });
  }
});

function messages(r: CheckResult): string {
  return r.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.rule} ${f.sheet ?? ''}!${f.cell ?? ''} ${f.message}`)
    .join('\n');
}
