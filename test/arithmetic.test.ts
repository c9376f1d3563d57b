/**
 * The rules' arithmetic: JS integers on the fast path, BigInt where a magnitude or a precision cannot be held
 * exactly, and the same answer either way (core/tolerance.ts, core/lookup.ts).
 */
import assert from 'node:assert/strict';
import { TableLookup } from '../src/core/lookup';
import { Decimal, parseCell } from '../src/core/money';
import type { Figure, RecognizedTable, Unit } from '../src/core/table';
import type { TableKey } from '../src/core/template';
import { classifyFast, classifyScaled, FAST_LIMIT, fastFromText, SCALE, scaledFromText, type Outcome } from '../src/core/tolerance';
import { recognize } from '../src/recognize/recognize';
import { CATALOGUE } from '../src/rules/catalogue';
import { evaluateRules } from '../src/rules/evaluate';
import { locate, sampleGrid, setCell } from './helpers/sample';
import { toYuan } from './helpers/variants';
import type { WorkbookGrid } from '../src/core/grid';
import { rng as prng } from './helpers/random';

/** A lookup that never takes the fast path: the reference every fast answer must equal. */
class ExactLookup extends TableLookup {
  override fastScale(): undefined {
    return undefined;
  }
}

/** Findings of the catalogue on a grid, through the fast lookup and through the exact one (each on its own tables). */
function bothWays(grid: WorkbookGrid): { fast: TableLookup; fastFindings: unknown; exactFindings: unknown } {
  const fast = new TableLookup(recognize(grid).tables, '万元');
  const fastFindings = evaluateRules(fast, CATALOGUE);
  const exact = new ExactLookup(recognize(grid).tables, '万元');
  return { fast, fastFindings, exactFindings: evaluateRules(exact, CATALOGUE) };
}

/** A random amount of `cents` digits of 分 at most, printed with two decimals ("-1234.05"). */
function amount(rand: () => number, digits: number): string {
  let cents = 0n;
  const n = 1 + Math.floor(rand() * digits);
  for (let i = 0; i < n; i++) cents = cents * 10n + BigInt(Math.floor(rand() * 10));
  if (rand() < 0.2) cents = -cents;
  const negative = cents < 0n;
  const abs = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/** A one-column table of figures written as given (text numbers, as an export may hold them). */
function fakeTable(key: string, unit: Unit, texts: string[]): RecognizedTable {
  const rows = texts.map((text, i) => {
    const figure: Figure = {
      sheet: 'S',
      row: i,
      col: 0,
      address: `A${i + 1}`,
      rowKey: `r${i}`,
      colKey: '金额',
      raw: text,
      parsed: parseCell(text),
      kind: 'money',
    };
    return { key: `r${i}`, label: '', kind: 'item' as const, sheetRow: i, figures: new Map([['金额', figure]]) };
  });
  return {
    key: key as TableKey,
    unit,
    rows,
    rowIndex: new Map(rows.map((r) => [r.key, r])),
    columns: ['金额'],
    template: { defaultColumn: '金额' },
  } as unknown as RecognizedTable;
}

/** The outcome of parent = Σ children with decimal.js: the band is 0.005 per figure. */
function decimalOutcome(parent: string, children: string[]): Outcome {
  const diff = children.reduce((d, c) => d.minus(c), new Decimal(parent)).abs();
  if (diff.isZero()) return 'pass';
  return diff.lte(new Decimal('0.005').times(children.length + 1)) ? 'tail' : 'fail';
}

describe('arithmetic without BigInt on the hot path', () => {
  it('reads a decimal text into the same integer as the BigInt scale', () => {
    const rand = prng(7);
    for (let i = 0; i < 2000; i++) {
      const text = amount(rand, 14);
      for (const places of [2, 3, 6]) assert.equal(fastFromText(text, places, 1), Number(scaledFromText(text, places)), text);
    }
    assert.equal(fastFromText('0', 2, 2), 0);
    assert.equal(fastFromText('-0.05', 2, 2), -10);
    assert.equal(fastFromText('12', 6, 2), 24_000_000);
  });

  it('classifies exactly as the BigInt path does', () => {
    for (const relation of ['=', '≤', '≥'] as const)
      for (const diff of [-3, -2, -1, 0, 1, 2, 3])
        for (const tolerance of [0, 1, 2])
          assert.equal(classifyFast(relation, diff, tolerance), classifyScaled(relation, BigInt(diff), BigInt(tolerance)));
  });

  it('sums of random 2-decimal amounts equal decimal.js, and judge relations as decimal.js does', () => {
    const rand = prng(2024);
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(rand() * 80);
      const children = Array.from({ length: n }, () => amount(rand, 12));
      const exact = children.reduce((s, c) => s.plus(c), new Decimal(0));
      // The parent: the exact sum, or off by a few 分 (尾数 or not), or by a lot.
      const off = [0, 0, 1, -1, 2, n + 1, n + 2, 12345][Math.floor(rand() * 8)];
      const parent = exact.plus(new Decimal(off).div(100)).toFixed(2);
      const table = fakeTable('T03', '万元', [parent, ...children]);
      const lookup = new TableLookup([table], '万元');
      const scale = lookup.fastScale();
      assert.ok(scale && scale.places === 2, 'two decimals of 万元: places 2');
      assert.ok(lookup.fastFits(n + 1));
      const sum = { value: 0, radius: 0 };
      for (const row of table.rows.slice(1)) lookup.addFast(sum, row.figures.get('金额')!, table, 1);
      // Fast units are halves of 0.01: the sum is exact, its band is one unit per figure.
      assert.equal(new Decimal(sum.value).div(200).toFixed(2), exact.toFixed(2), `round ${round}`);
      assert.equal(sum.radius, n);
      const relation = { value: 0, radius: 0 };
      lookup.addFast(relation, table.rows[0].figures.get('金额')!, table, 1);
      for (const row of table.rows.slice(1)) lookup.addFast(relation, row.figures.get('金额')!, table, -1);
      assert.equal(classifyFast('=', relation.value, relation.radius), decimalOutcome(parent, children), `round ${round}: off ${off}`);
      // And as the BigInt scale does.
      const p = lookup.scaled(table.rows[0].figures.get('金额')!, table);
      let diff = p.value;
      let tolerance = p.radius;
      for (const row of table.rows.slice(1)) {
        const s = lookup.scaled(row.figures.get('金额')!, table);
        diff -= s.value;
        tolerance += s.radius;
      }
      assert.equal(classifyFast('=', relation.value, relation.radius), classifyScaled('=', diff, tolerance));
    }
  });

  it('decides the scale from the finest figure: a 元 table to 分 in a 万元 report needs 6 places', () => {
    const wan = new TableLookup([fakeTable('T01', '万元', ['403.05', '1.5'])], '万元');
    assert.equal(wan.fastScale()?.places, 2);
    const yuan = new TableLookup([fakeTable('T01', '元', ['4030500.05', '1'])], '万元');
    assert.equal(yuan.fastScale()?.places, 6);
    const table = yuan.table('T01')!;
    const sum = { value: 0, radius: 0 };
    yuan.addFast(sum, table.rows[0].figures.get('金额')!, table, 1);
    // 4030500.05 元 = 403.050005 万元, in halves of 10^-6 万元; its band is 0.005 元 = 5 × 10^-7 万元.
    assert.deepEqual(sum, { value: 806_100_010, radius: 1 });
  });

  it('falls back to BigInt for a figure finer than the fast scale holds, or beyond its range', () => {
    assert.equal(new TableLookup([fakeTable('T01', '万元', ['1.1234567890123'])], '万元').fastScale(), undefined);
    assert.equal(new TableLookup([fakeTable('T01', '万元', ['123456789012345678.12'])], '万元').fastScale(), undefined);
    // Large but alone exact: the scale holds, a long enough sum of such figures does not.
    const big = new TableLookup([fakeTable('T01', '万元', ['1000000000000.01'])], '万元');
    assert.ok(big.fastScale() && big.fastFits(2));
    assert.ok(!big.fastFits(100));
    assert.ok(FAST_LIMIT < Number.MAX_SAFE_INTEGER);
    assert.equal(SCALE, 12);
  });

  it('the sample gives the same findings on the fast path as on the BigInt path', async () => {
    const { fast, fastFindings, exactFindings } = bothWays(await sampleGrid());
    assert.equal(fast.fastScale()?.places, 2);
    assert.deepEqual(fastFindings, exactFindings);
  });

  it('a 元 workbook, and one with a broken sum, give the same findings both ways', async () => {
    const yuan = toYuan(await sampleGrid());
    const a = bothWays(yuan);
    assert.deepEqual(a.fastFindings, a.exactFindings);
    const broken = await sampleGrid();
    const at = locate(broken, 'T03', '2010350', '基本支出');
    setCell(broken, at.sheet, at.cell, 199.13); // a 尾数 inside the band
    const at2 = locate(broken, 'T05', '合计', '项目支出');
    setCell(broken, at2.sheet, at2.cell, 12345.67); // an error
    const b = bothWays(broken);
    assert.equal(b.fast.fastScale()?.places, 2);
    assert.ok((b.fastFindings as unknown[]).length > 0);
    assert.deepEqual(b.fastFindings, b.exactFindings);
  });

  it('a figure beyond the safe range gives the same finding as the exact path', async () => {
    const grid = await sampleGrid();
    const at = locate(grid, 'T03', '2010350', '基本支出');
    setCell(grid, at.sheet, at.cell, '123456789012345678.12'); // written as text: no double holds it
    const { fast, fastFindings, exactFindings } = bothWays(grid);
    assert.equal(fast.fastScale(), undefined, 'the whole check takes the BigInt path');
    const findings = fastFindings as { cells?: { cell: string }[] }[];
    assert.ok(findings.some((f) => f.cells?.some((c) => c.cell === at.cell)));
    assert.deepEqual(fastFindings, exactFindings);
  });

  it('a figure with more decimals than the fast scale gives the same finding as the exact path', async () => {
    const grid = await sampleGrid();
    const at = locate(grid, 'T03', '2010350', '基本支出');
    setCell(grid, at.sheet, at.cell, '199.1200000000001'); // 13 decimals: beyond the fast scale (and the BigInt one)
    const { fast, fastFindings, exactFindings } = bothWays(grid);
    assert.equal(fast.fastScale(), undefined);
    assert.deepEqual(fastFindings, exactFindings);
    // Six decimals: still fast (places 6), the same findings.
    const six = await sampleGrid();
    setCell(six, at.sheet, at.cell, '199.123456');
    const s = bothWays(six);
    assert.equal(s.fast.fastScale()?.places, 6);
    assert.ok((s.fastFindings as unknown[]).length > 0);
    assert.deepEqual(s.fastFindings, s.exactFindings);
  });

  it('a large figure takes the BigInt path only for the sums it could overflow', async () => {
    const grid = await sampleGrid();
    const at = locate(grid, 'T03', '2010350', '基本支出');
    setCell(grid, at.sheet, at.cell, '9000000000000.01'); // 9 × 10^12 万元: alone exact, a long sum not
    const { fast, fastFindings, exactFindings } = bothWays(grid);
    assert.ok(fast.fastScale() && fast.fastFits(1) && !fast.fastFits(500));
    assert.ok((fastFindings as unknown[]).length > 0);
    assert.deepEqual(fastFindings, exactFindings);
  });
});
