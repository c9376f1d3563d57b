/**
 * The sample mutated a thousand ways (seeded, reproducible): the engine never throws, never places a
 * recognised row where its label or code is not, raises no error when no figure changed, and reports
 * every changed figure that takes part in a reconciliation.
 */
import assert from 'node:assert/strict';
import type { RawValue, WorkbookGrid } from '../src/core/grid';
import { check } from '../src/engine';
import { normalize } from '../src/core/text';
import { recognize } from '../src/recognize/recognize';
import { formulaBook } from './helpers/formulas';
import { sampleGrid } from './helpers/sample';
import { rng } from './helpers/random';

const N = 1000;

describe('generative mutations of the sample', function () {
  this.timeout(180_000);
  let base: WorkbookGrid;
  before(async () => {
    base = await sampleGrid();
  });

  /** Every recognised row sits where its code or label is written. */
  function assertPlaces(grid: WorkbookGrid, context: string) {
    for (const t of recognize(grid).tables) {
      const sheet = grid.sheets.find((s) => s.name === t.sheet)!;
      for (const r of t.rows) {
        if (r.kind === 'group') continue;
        const cells = (sheet.rows[r.sheetRow] ?? []).map((v) => (v === null ? '' : normalize(String(v))));
        const byCode = r.code && t.template.kind !== 'items';
        const ok = byCode ? cells.join('').includes(r.code!) : cells.some((c) => c === normalize(r.label));
        assert.ok(ok, `${context}: ${t.id} row ${r.key} placed on sheet row ${r.sheetRow + 1}: ${cells.join('|')}`);
      }
    }
  }

  it(`${N} mutations: no throw, right places, no false error, every broken figure reported`, () => mutate(base, N, 20241231, false));

  // The same on a workbook of formulas: cached results with binary noise, formats '#,##0.00'.
  it(`${N / 2} mutations of a workbook of formulas whose results carry float noise`, () =>
    mutate(formulaBook(base).grid, N / 2, 20250101, true));

  /** Relative noise of one double sum (75.26 → 75.26000000000107), as a formula result would carry. */
  const noise = (v: number) => v * (1 + 2 ** -46);

  function mutate(base: WorkbookGrid, N: number, seed: number, noisy: boolean) {
    const rand = rng(seed);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    const rec = recognize(base);
    // Figures that take part in an equality (everything but 机关运行经费 and the equipment count).
    const figures = rec.tables.flatMap((t) =>
      t.rows.flatMap((r) =>
        [...r.figures.values()].filter((f) => f.parsed.kind !== 'na' && !(t.key === 'T10' && !/合计|货物|工程|服务|用车/.test(r.key))),
      ),
    );
    const stats = { value: 0, insert: 0, remove: 0, swap: 0, label: 0, reported: 0 };
    for (let i = 0; i < N; i++) {
      const g = structuredClone(base);
      const kind = pick(['value', 'value', 'insert', 'remove', 'swap', 'label'] as const);
      stats[kind]++;
      if (kind === 'value') {
        const f = pick(figures);
        const sheet = g.sheets.find((s) => s.name === f.sheet)!;
        const old = f.parsed.kind === 'number' ? Number(f.parsed.text) : 0;
        const delta = (1 + Math.floor(rand() * 500)) * (rand() < 0.5 ? -1 : 1) * (f.kind === 'count' ? 1 : 0.37);
        const next: RawValue = f.kind === 'count' ? Math.max(0, old + Math.sign(delta) * 1) : Math.round((old + delta) * 100) / 100;
        if (next === old) continue;
        sheet.rows[f.row][f.col] = noisy && typeof next === 'number' && f.kind !== 'count' ? noise(next) : next;
        const r = check(g);
        const hit = r.findings.some((x) => x.severity !== 'info' && x.cells.some((c) => c.sheet === f.sheet && c.cell === f.address));
        assert.ok(hit, `mutation ${i}: ${f.sheet}!${f.address} ${old}→${next} not reported`);
        stats.reported++;
        continue;
      }
      const sheet = pick(g.sheets);
      if (kind === 'insert') {
        // A blank row anywhere below the title: figures unchanged, so no error may appear.
        const at = 1 + Math.floor(rand() * Math.max(1, sheet.rows.length - 1));
        sheet.rows.splice(at, 0, []);
        sheet.formats?.splice(at, 0, []);
        for (const m of sheet.merges ?? []) {
          if (m.top >= at) m.top++;
          if (m.bottom >= at) m.bottom++;
        }
        const r = check(g);
        assert.deepEqual(
          r.findings.filter((x) => x.severity === 'error' && !/^(G01|R0)/.test(x.rule)).map((x) => x.message),
          [],
          `mutation ${i}: blank row at ${sheet.name}:${at + 1}`,
        );
      } else if (kind === 'remove') {
        const at = Math.floor(rand() * sheet.rows.length);
        sheet.rows.splice(at, 1);
        sheet.formats?.splice(at, 1);
        sheet.merges = (sheet.merges ?? [])
          .filter((m) => m.top !== at && m.bottom !== at)
          .map((m) => ({ ...m, top: m.top > at ? m.top - 1 : m.top, bottom: m.bottom > at ? m.bottom - 1 : m.bottom }));
        check(g);
      } else if (kind === 'swap') {
        const a = Math.floor(rand() * 8);
        const b = Math.floor(rand() * 8);
        for (const row of sheet.rows) [row[a], row[b]] = [row[b] ?? null, row[a] ?? null];
        for (const row of sheet.formats ?? []) [row[a], row[b]] = [row[b] ?? null, row[a] ?? null];
        check(g);
      } else {
        const r0 = Math.floor(rand() * sheet.rows.length);
        const row = sheet.rows[r0] ?? [];
        const c0 = row.findIndex((v) => typeof v === 'string');
        if (c0 >= 0) row[c0] = pick([`${row[c0]} `, `其他${row[c0]}`, String(row[c0]).slice(1), '']);
        check(g);
      }
      assertPlaces(g, `mutation ${i} (${kind} on ${sheet.name})`);
    }
    assert.ok(stats.reported > N / 5, JSON.stringify(stats));
  }
});
