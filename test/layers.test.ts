/**
 * The house plan, kept: every folder of src/ sits on a layer and imports only from layers below it
 * (or from itself). Two folders on one layer do not import each other. src/ never imports the pane.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

/** Bottom first. A top-level file (src/engine.ts) counts as the folder of its name. */
export const LAYERS: string[][] = [
  ['core'], // grids, money, findings, tolerance, the table model: the shared vocabulary
  ['templates'], // the tables as data
  ['recognize'], // finds the tables in a grid
  ['rules'], // the rule catalogue and its evaluation
  ['attachments'], // 项目支出绩效自评表
  ['narrative', 'narrative-check'], // writes / reads the 情况说明
  ['engine'], // one entry point over all of the above
  ['report'], // the Chinese text report and the JSON shape
  ['marks'], // which cells a check marks, and the colours every host and file shows them in
  ['xlsx'], // .xlsx files (ExcelJS): read into a grid, write the annotated copy
  ['hosts'], // the seam and its hosts: Office.js, a file opened in the browser, a workbook in memory
  ['pane'], // the pane's logic, no DOM
  ['batch'], // many workbooks at once
  ['cli'], // the juesuan command
];

const SRC = path.resolve(__dirname, '..', 'src');

function layerOf(folder: string): number {
  return LAYERS.findIndex((l) => l.includes(folder));
}

function* sources(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (/\.tsx?$/.test(e.name)) yield p;
  }
}

/** The folder of src/ a path belongs to ("engine" for src/engine.ts), or undefined outside src/. */
function folderOf(file: string): string | undefined {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..')) return undefined;
  const first = rel.split(path.sep)[0];
  return first.replace(/\.tsx?$/, '');
}

const IMPORT = /(?:from\s+|import\(\s*|import\s+)'(\.[^']+)'/g;

/** Imports that break the plan, as "file → import: why". */
function violations(files: { file: string; source: string }[]): string[] {
  const wrong: string[] = [];
  for (const { file, source } of files) {
    const from = folderOf(file)!;
    for (const m of source.matchAll(IMPORT)) {
      const to = folderOf(path.resolve(path.dirname(file), m[1]));
      const where = `${path.relative(SRC, file)} → ${m[1]}`;
      if (to === undefined) wrong.push(`${where}: outside src/`);
      else if (to !== from && layerOf(to) >= layerOf(from))
        wrong.push(`${where}: ${from} (layer ${layerOf(from)}) may not import ${to} (layer ${layerOf(to)})`);
    }
  }
  return wrong;
}

describe('layers of src/', () => {
  const files = [...sources(SRC)];

  it('every folder of src/ is on a layer', () => {
    const folders = new Set(files.map((f) => folderOf(f)!));
    for (const f of folders) assert.ok(layerOf(f) >= 0, `src/${f} is on no layer: add it to LAYERS`);
  });

  it('imports only go down (or stay in the folder)', () => {
    assert.deepEqual(violations(files.map((file) => ({ file, source: fs.readFileSync(file, 'utf8') }))), []);
  });

  it('would catch an upward import, a sideways one and one into the pane', () => {
    const at = (rel: string, source: string) => ({ file: path.join(SRC, rel), source });
    assert.equal(violations([at('core/money.ts', "import { x } from '../rules/types';")]).length, 1);
    assert.equal(violations([at('narrative/values.ts', "import { x } from '../narrative-check/figures';")]).length, 1);
    assert.equal(violations([at('app/state.ts', "import type { X } from '../../taskpane/App';")]).length, 1);
    assert.equal(violations([at('rules/evaluate.ts', "import { x } from '../core/money';")]).length, 0);
  });
});
