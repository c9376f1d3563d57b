/**
 * Recognition is by content: the same ten tables must be found, on the right sheets and with their units,
 * however the workbook is named, ordered, shifted, decorated or typed — and the check must stay clean.
 */
import assert from 'node:assert/strict';
import DecimalJs from 'decimal.js';
import type { WorkbookGrid } from '../src/core/grid';
import { parseA1, a1 } from '../src/core/grid';
import { check, type CheckResult } from '../src/engine';
import { recognize } from '../src/recognize/recognize';
import type { Finding } from '../src/core/findings';
import type { TableKey } from '../src/core/template';
import * as V from './helpers/variants';

const KEYS: TableKey[] = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10'];

/** What the sample holds: table key → code, canonical title, sheet, range. */
const SEED: Record<TableKey, { id: string; title: string; sheet: string; range: string }> = {
  T01: { id: '公开01表', title: '收入支出决算总表', sheet: '公开01表', range: 'A1:F37' },
  T02: { id: '公开02表', title: '收入决算表', sheet: '公开02表', range: 'A1:I25' },
  T03: { id: '公开03表', title: '支出决算表', sheet: '公开03表', range: 'A1:H25' },
  T04: { id: '公开04表', title: '财政拨款收入支出决算总表', sheet: '公开04表', range: 'A1:I38' },
  T05: { id: '公开05表', title: '一般公共预算财政拨款支出决算表', sheet: '公开05表', range: 'A1:E25' },
  T06: { id: '公开06表', title: '一般公共预算财政拨款基本支出决算明细表', sheet: '公开06表', range: 'A1:L34' },
  T07: { id: '公开07表', title: '政府性基金预算财政拨款收入支出决算表', sheet: '公开07表', range: 'A1:H7' },
  T08: { id: '公开08表', title: '国有资本经营预算财政拨款支出决算表', sheet: '公开08表', range: 'A1:E7' },
  T09: { id: '公开09表', title: '财政拨款“三公”经费支出决算表', sheet: '公开09表', range: 'A1:L8' },
  T10: { id: '公开10表', title: '部门决算公开相关信息统计表', sheet: '公开10表', range: 'A1:C24' },
};

const sheetIndex = (key: TableKey) => KEYS.indexOf(key);

let base: WorkbookGrid;
let baseResult: CheckResult;

before(async () => {
  base = await V.loadSeedGrid();
  baseResult = check(base);
});

/** Rule ids of the 尾数 infos, sorted (the sample has 11). */
function tailSignature(r: CheckResult): string[] {
  return r.findings
    .filter((f) => f.severity === 'info')
    .map((f) => f.rule)
    .sort();
}

function describeFindings(fs: Finding[]): string {
  return fs.map((f) => `${f.rule} ${f.severity} ${f.sheet ?? ''}!${f.cell ?? ''} ${f.message}`).join('\n');
}

/**
 * All ten tables, each once, with the right key, id, canonical title, sheet and unit; no sheet left over;
 * no errors and no warnings; the same 尾数 infos as the untouched sample.
 */
function assertClean(r: CheckResult, sheetOf: (key: TableKey) => string, unit: '万元' | '元' = '万元'): void {
  assert.deepEqual(
    r.tables.map((t) => t.key),
    KEYS,
    `tables found: ${r.tables.map((t) => `${t.key}@${t.sheet}`).join(', ')}; unrecognised: ${JSON.stringify(r.unrecognizedReasons)}`,
  );
  for (const t of r.tables) {
    const key = t.key as TableKey;
    assert.equal(t.id, SEED[key].id, `${key} id`);
    assert.equal(t.title, SEED[key].title, `${key} title`);
    assert.equal(t.sheet, sheetOf(key), `${key} sheet`);
    assert.equal(t.unit, unit, `${key} unit on sheet ${t.sheet}`);
  }
  assert.equal(r.family, 'seed');
  assert.equal(r.unit, unit);
  assert.deepEqual(r.unrecognized, []);
  const bad = r.findings.filter((f) => f.severity !== 'info');
  assert.equal(bad.length, 0, `unexpected errors/warnings:\n${describeFindings(bad)}`);
  assert.deepEqual(tailSignature(r), tailSignature(baseResult));
}

const sameSheet = (key: TableKey) => SEED[key].sheet;
const renamedSheet = (key: TableKey) => `Sheet${sheetIndex(key) + 1}`;

function shiftRange(range: string, rows: number, cols: number): string {
  return range
    .split(':')
    .map((a) => {
      const p = parseA1(a);
      return a1(p.row + rows, p.col + cols);
    })
    .join(':');
}

describe('variant helpers', () => {
  it('never mutate their input', () => {
    const before = JSON.stringify(base);
    const input = V.clone(base);
    V.renameSheets(input);
    V.shuffleSheets(input, V.SCRAMBLED_10);
    V.offset(input, 2, 3);
    V.dropTableCodes(input);
    V.messTitles(input);
    V.toYuan(input);
    V.numbersAsText(input);
    V.splitCodes(input);
    V.splitCodes(input, { elide: true });
    V.dropRow(input, '二十六、抗疫特别国债安排的支出');
    V.setCell(input, '公开03表', 'D10', 1);
    V.nationalFamily(input);
    V.copySheet(input, '公开02表', 'copy');
    assert.equal(JSON.stringify(input), before);
  });

  it('toYuan converts amounts exactly and leaves 行次, 栏次, codes, counts and "——" alone', () => {
    const g = V.toYuan(base);
    // amounts
    assert.equal(V.getCell(g, '公开01表', 'C7'), 4030500);
    assert.equal(V.getCell(g, '公开06表', 'C8'), 114500); // 11.45
    assert.equal(V.getCell(g, '公开06表', 'L34'), 184800); // 公用经费合计 18.48
    assert.equal(V.getCell(g, '公开09表', 'K8'), 12800); // 1.28
    assert.equal(V.getCell(g, '公开06表', 'F26'), 700); // 0.07: no float noise
    // not amounts
    assert.equal(V.getCell(g, '公开01表', 'B7'), 1); // 行次
    assert.equal(V.getCell(g, '公开01表', 'C6'), 1); // 栏次
    assert.equal(V.getCell(g, '公开09表', 'A7'), 1); // 栏次 row of 三公
    assert.equal(V.getCell(g, '公开02表', 'A10'), '2010350'); // 科目代码
    assert.equal(V.getCell(g, '公开10表', 'C15'), 1); // 车辆数合计 (count)
    assert.equal(V.getCell(g, '公开10表', 'C23'), 1); // 其他用车 (count)
    assert.equal(V.getCell(g, '公开06表', 'I11'), '——');
    // unit lines
    assert.equal(V.getCell(g, '公开01表', 'F3'), '金额单位：元');
    assert.equal(V.getCell(g, '公开07表', 'H3'), '单位：元');
    // no amount left behind with decimals
    for (const s of g.sheets) {
      for (const row of s.rows)
        for (const v of row) if (typeof v === 'number') assert.ok(Number.isInteger(v), `${s.name}: ${v} not converted`);
    }
  });

  it('numbersAsText writes grouped text, some in full-width digits', () => {
    const g = V.numbersAsText(base);
    assert.equal(V.getCell(g, '公开01表', 'C7'), '４０３.０５');
    assert.equal(V.getCell(g, '公开01表', 'B7'), 1); // 行次 stays a number
    const big = V.numbersAsText(V.toYuan(base), { fullWidthEvery: 0 });
    assert.equal(V.getCell(big, '公开01表', 'C7'), '4,030,500.00');
    const texts = g.sheets.flatMap((s) => s.rows.flat()).filter((v) => typeof v === 'string' && /^[\d０-９.,]+$/.test(v));
    assert.ok(texts.some((v) => /[０-９]/.test(v as string)) && texts.some((v) => /^[\d.,]+$/.test(v as string)));
  });

  it('splitCodes prints 类/款/项 in three columns under a 科目代码 header', () => {
    const g = V.splitCodes(base);
    assert.deepEqual(
      ['A5', 'A6', 'B6', 'C6', 'D5', 'A11', 'B11', 'C11', 'D11'].map((a) => V.getCell(g, '公开03表', a)),
      ['科目代码', '类', '款', '项', '科目名称', '201', '03', '50', '事业运行'],
    );
    const e = V.splitCodes(base, { elide: true });
    assert.deepEqual(
      ['A11', 'B11', 'C11', 'A10', 'B10', 'A9'].map((a) => V.getCell(e, '公开03表', a)),
      [null, null, '50', null, '03', '201'],
    );
  });

  it('dropRow removes the labelled rows and nothing else', () => {
    const g = V.dropRow(base, '二十六、抗疫特别国债安排的支出');
    const len = (w: WorkbookGrid, s: string) => w.sheets.find((x) => x.name === s)!.rows.length;
    assert.equal(len(g, '公开01表'), len(base, '公开01表') - 1);
    assert.equal(len(g, '公开04表'), len(base, '公开04表') - 1);
    assert.equal(len(g, '公开02表'), len(base, '公开02表'));
    assert.equal(V.getCell(base, '公开01表', 'D32'), '二十六、抗疫特别国债安排的支出');
    assert.equal(V.getCell(g, '公开01表', 'D32'), '本年支出合计');
    assert.equal(V.getCell(g, '公开01表', 'A32'), '本年收入合计');
    assert.equal(V.getCell(g, '公开01表', 'A33'), '使用非财政拨款结余（含专用结余）');
  });
});

describe('recognition of workbook variants', () => {
  it('the untouched sample: 10 tables, 0 errors, 0 warnings, 11 尾数 infos', () => {
    assertClean(baseResult, sameSheet);
    assert.equal(baseResult.counts.info, 11);
    for (const t of baseResult.tables) assert.equal(t.range, SEED[t.key].range);
  });

  it('sheets renamed Sheet1 … Sheet10', () => {
    assertClean(check(V.renameSheets(base)), renamedSheet);
  });

  it('sheets in a scrambled order', () => {
    const g = V.shuffleSheets(base, V.SCRAMBLED_10);
    assert.equal(g.sheets[0].name, '公开07表');
    assertClean(check(g), sameSheet);
  });

  it('blank rows above and blank columns left of every table', () => {
    assertClean(check(V.offset(base, 3, 2)), sameSheet);
  });

  it('blank rows and columns: every table range moves with its table', () => {
    const r = check(V.offset(base, 3, 2));
    const got = Object.fromEntries(r.tables.map((t) => [t.key, t.range]));
    const want = Object.fromEntries(KEYS.map((k) => [k, shiftRange(SEED[k].range, 3, 2)]));
    assert.deepEqual(got, want);
  });

  it('no 公开NN表 code cells', () => {
    const g = V.dropTableCodes(base);
    assert.ok(!g.sheets.some((s) => s.rows.flat().some((v) => typeof v === 'string' && /^公开\d\d表$/.test(v))));
    assertClean(check(g), sameSheet);
  });

  it('messy titles: stray spaces, line breaks, full-width forms, prefixes', () => {
    const g = V.messTitles(base);
    assert.equal(V.getCell(g, '公开01表', 'A1'), '收入支出 决算\n总表');
    assert.equal(V.getCell(g, '公开09表', 'A1'), '财政拨款"三公"经费支出决算表 ');
    assertClean(check(g), sameSheet);
  });

  it('amounts stored as text with thousands separators and full-width digits', () => {
    const r = check(V.numbersAsText(base));
    assert.ok(!r.findings.some((f) => f.rule === 'R02'), describeFindings(r.findings.filter((f) => f.rule === 'R02')));
    assertClean(r, sameSheet);
  });

  it('科目代码 split in 类/款/项 columns (公开02/03/05)', () => {
    const g = V.splitCodes(base);
    assertClean(check(g), sameSheet);
    const codes = (w: WorkbookGrid, key: TableKey) =>
      recognize(w)
        .tables.find((t) => t.key === key)!
        .rows.map((r) => r.key);
    for (const k of ['T02', 'T03', 'T05'] as TableKey[]) assert.deepEqual(codes(g, k), codes(base, k), k);
  });

  it('科目代码 split in 类/款/项 columns with parent parts left blank', () => {
    const g = V.splitCodes(base, { elide: true });
    assertClean(check(g), sameSheet);
    const codes = (w: WorkbookGrid, key: TableKey) =>
      recognize(w)
        .tables.find((t) => t.key === key)!
        .rows.map((r) => r.key);
    for (const k of ['T02', 'T03', 'T05'] as TableKey[]) assert.deepEqual(codes(g, k), codes(base, k), k);
  });

  it('a 功能类 row missing from 公开01/04 (another year’s class list)', () => {
    const g = V.dropRow(base, '二十六、抗疫特别国债安排的支出');
    assertClean(check(g), sameSheet);
  });

  it('a 功能类 row with figures missing from 公开01 is caught', () => {
    const r = check(V.dropRow(base, '九、卫生健康支出', { sheets: ['公开01表'] }));
    assert.equal(r.tables.length, 10);
    const errors = r.findings.filter((f) => f.severity === 'error');
    // The total is off (T01-2), and the 类 itself is named: 公开03表 lists 210, 公开01表 does not (X02).
    assert.deepEqual(errors.map((f) => f.rule).sort(), ['T01-2', 'X02'], describeFindings(errors));
    assert.ok(errors.every((f) => f.difference === '11.36' || f.difference === '-11.36'));
    assert.match(errors.find((f) => f.rule === 'X02')!.message, /210 卫生健康支出.*公开01表未列示/);
  });

  it('combined: renamed + shuffled + offset + no codes', () => {
    const g = V.dropTableCodes(V.offset(V.shuffleSheets(V.renameSheets(base), V.SCRAMBLED_10), 2, 3));
    assertClean(check(g), renamedSheet);
  });

  it('combined: messy titles + amounts as text + split codes + offset', () => {
    const g = V.offset(V.splitCodes(V.numbersAsText(V.messTitles(base))), 1, 1);
    assertClean(check(g), sameSheet);
  });

  it('combined: renamed + split codes (elided) + dropped class row + no codes', () => {
    const g = V.dropTableCodes(V.dropRow(V.splitCodes(V.renameSheets(base), { elide: true }), '二十六、抗疫特别国债安排的支出'));
    assertClean(check(g), renamedSheet);
  });
});

describe('amounts in 元', () => {
  /**
   * A workbook in 元 states every figure to the 分: its sums must tie exactly. ×10000 of the 万元 sample
   * keeps the 0.01 万元 gaps of the rounded sample, now 100 元 gaps between printed 元 figures — a real
   * inconsistency of the 元 publication, far beyond 0.005 元 rounding. So every former 尾数 info becomes an
   * error on the same cells, and nothing else changes.
   */
  function signature(fs: Finding[]): string[] {
    return fs.map((f) => `${f.rule}|${f.cells.map((c) => `${c.sheet}!${c.cell}`).join(',')}`).sort();
  }

  for (const [name, build] of [
    ['numbers', (g: WorkbookGrid) => V.toYuan(g)],
    ['text with separators', (g: WorkbookGrid) => V.numbersAsText(V.toYuan(g))],
  ] as const) {
    it(`whole workbook in 元 (${name}): tables in 元, former 尾数 differences are errors of 100.00 元`, () => {
      const r = check(build(base));
      assert.deepEqual(
        r.tables.map((t) => t.key),
        KEYS,
      );
      for (const t of r.tables) {
        assert.equal(t.unit, '元', `${t.key} unit`);
        assert.equal(t.sheet, SEED[t.key].sheet);
      }
      assert.equal(r.unit, '元');
      assert.equal(r.counts.info, 0);
      assert.equal(r.counts.warning, 0, describeFindings(r.findings.filter((f) => f.severity === 'warning')));
      const errors = r.findings.filter((f) => f.severity === 'error');
      assert.deepEqual(signature(errors), signature(baseResult.findings.filter((f) => f.severity === 'info')));
      for (const e of errors) {
        assert.equal(new DecimalJs(e.difference!).abs().toFixed(2), '100.00', e.message);
        assert.ok(new DecimalJs(e.tolerance!).lt(1), e.message);
      }
    });
  }

  /**
   * 公开03表 in 元 as the 决算 software has it: the exact amounts the 万元 figures of the other tables were
   * rounded from (only the 201 branch differs from ×10000; those figures tie exactly in 元).
   */
  const T03_EXACT_YUAN: Record<string, number | null> = {
    C7: 4030520,
    D7: 2724430,
    E7: 1306090, // 合计
    C8: 3297320,
    D8: 1991230,
    E8: 1306090, // 201
    C9: 2544760,
    D9: 1991230,
    E9: 553530, // 20103
    C10: 1991230,
    D10: 1991230,
    E10: null, // 2010350
    C11: 553530,
    D11: null,
    E11: 553530, // 2010399
    C12: 752560,
    D12: null,
    E12: 752560, // 20199
    C13: 752560,
    D13: null,
    E13: 752560, // 2019999
  };

  it('mixed units (公开03表 in 元, exact): G02 error, amounts converted, no reconciliation error', () => {
    let g = V.toYuan(base, { sheets: ['公开03表'] });
    for (const [addr, v] of Object.entries(T03_EXACT_YUAN)) {
      // The exact 元 figure rounds to the 万元 figure printed in the sample.
      const wan = V.getCell(base, '公开03表', addr);
      assert.equal(
        v === null ? null : new DecimalJs(v).div(10000).toFixed(2),
        wan === null ? null : new DecimalJs(wan as number).toFixed(2),
        addr,
      );
      g = V.setCell(g, '公开03表', addr, v);
    }
    const r = check(g);
    assert.deepEqual(
      r.tables.map((t) => t.key),
      KEYS,
    );
    for (const t of r.tables) assert.equal(t.unit, t.key === 'T03' ? '元' : '万元', `${t.key} unit`);
    assert.equal(r.unit, '万元');
    const errors = r.findings.filter((f) => f.severity === 'error');
    assert.deepEqual(
      errors.map((f) => f.rule),
      ['G02'],
      describeFindings(errors),
    );
    assert.match(errors[0].message, /公开03表为元/);
    assert.equal(r.counts.warning, 0, describeFindings(r.findings.filter((f) => f.severity === 'warning')));
  });

  it('mixed units (公开03表 ×10000 to 元): G02 error and no cross-table error', () => {
    const r = check(V.toYuan(base, { sheets: ['公开03表'] }));
    const errors = r.findings.filter((f) => f.severity === 'error');
    assert.ok(errors.some((f) => f.rule === 'G02'));
    const cross = r.findings.filter((f) => f.rule.startsWith('X') && f.severity !== 'info');
    assert.deepEqual(cross, [], describeFindings(cross));
    // Inside 公开03表 the 100 元 gaps are errors, as for a whole workbook in 元.
    const within = errors.filter((f) => f.rule !== 'G02');
    assert.deepEqual(
      within.map((f) => f.rule).sort(),
      baseResult.findings
        .filter((f) => f.severity === 'info' && f.table === '公开03表')
        .map((f) => f.rule)
        .sort(),
    );
  });

  it('元 amounts under a 万元 unit line are not converted and break the cross-table checks', () => {
    const g = V.toYuan(base, { sheets: ['公开03表'] });
    const r = check(V.setCell(g, '公开03表', 'H3', '金额单位：万元'));
    assert.ok(!r.findings.some((f) => f.rule === 'G02'));
    assert.ok(
      r.findings.some((f) => f.rule === 'X02' && f.severity === 'error'),
      describeFindings(r.findings),
    );
  });
});

describe('national 九张表 family', () => {
  it('九张表 titles, no 公开10表, no codes: family national, ids equal to titles', () => {
    const g = V.nationalFamily(base);
    assert.equal(g.sheets.length, 9);
    const r = check(g);
    assert.equal(r.family, 'national');
    const want: Partial<Record<TableKey, string>> = {
      T01: '收入支出决算总表',
      T02: '收入决算表',
      T03: '支出决算表',
      T04: '财政拨款收入支出决算总表',
      T05: '一般公共预算财政拨款支出决算表',
      T06: '一般公共预算财政拨款基本支出决算表',
      T07: '政府性基金预算财政拨款收入支出决算表',
      T08: '国有资本经营预算财政拨款收入支出决算表',
      T09: '财政拨款“三公”经费支出决算表',
    };
    assert.deepEqual(Object.fromEntries(r.tables.map((t) => [t.key, t.id])), want);
    for (const t of r.tables) {
      assert.equal(t.title, t.id);
      assert.equal(t.sheet, SEED[t.key].sheet);
      assert.equal(t.unit, '万元');
    }
    assert.ok(!r.findings.some((f) => f.rule === 'G01'), '公开10表 is not part of the 九张表');
    assert.equal(r.counts.error, 0, describeFindings(r.findings.filter((f) => f.severity === 'error')));
    assert.equal(r.counts.warning, 0, describeFindings(r.findings.filter((f) => f.severity === 'warning')));
  });

  it('national titles with split codes on renamed, offset sheets', () => {
    const r = check(V.offset(V.renameSheets(V.splitCodes(V.nationalFamily(base))), 1, 2));
    assert.equal(r.family, 'national');
    assert.equal(r.tables.length, 9);
    assert.equal(r.counts.error, 0, describeFindings(r.findings.filter((f) => f.severity === 'error')));
  });
});

describe('sheets that are not (only) tables', () => {
  it('two sheets holding 收入决算表: an R01 warning naming both, one table checked', () => {
    const r = check(V.copySheet(base, '公开02表', '收入决算表(2)'));
    const t02 = r.tables.filter((t) => t.key === 'T02');
    assert.equal(t02.length, 1);
    const w = r.findings.filter((f) => f.rule === 'R01' && f.severity === 'warning');
    assert.equal(w.length, 1, describeFindings(r.findings));
    assert.match(w[0].message, /公开02表/);
    assert.match(w[0].message, /收入决算表\(2\)/);
    // The warning says which one was checked, and it is the one listed.
    assert.ok(w[0].message.includes(`检查使用“${t02[0].sheet}”`), w[0].message);
    assert.equal(r.counts.error, 0);
  });

  it('two sheets holding 收入决算表, the copy first: still a warning naming both', () => {
    const r = check(V.addSheet(base, { ...V.clone(base).sheets[1], name: '收入' }, 0));
    const w = r.findings.filter((f) => f.rule === 'R01');
    assert.equal(w.length, 1);
    assert.match(w[0].message, /“收入”/);
    assert.match(w[0].message, /“公开02表”/);
    assert.equal(r.tables.filter((t) => t.key === 'T02').length, 1);
  });

  it('a sheet with only the title 支出决算表: unrecognised with a reason, and a warning', () => {
    const r = check(V.addSheet(base, V.textSheet('支出', ['支出决算表'])));
    assert.deepEqual(r.unrecognized, ['支出']);
    const reason = r.unrecognizedReasons.find((u) => u.sheet === '支出')!.reason;
    assert.match(reason, /支出决算表/);
    const w = r.findings.filter((f) => f.severity === 'warning' && f.sheet === '支出');
    assert.equal(w.length, 1, describeFindings(r.findings));
    assert.equal(w[0].rule, 'R01');
    assert.equal(r.tables.find((t) => t.key === 'T03')!.sheet, '公开03表');
    assert.equal(r.counts.error, 0);
  });

  const TITLES = KEYS.map((k) => SEED[k].title);
  const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const tocs: Record<string, () => ReturnType<typeof V.textSheet>> = {
    'codes and titles in columns': () => V.textSheet('目录', ['目录', ...TITLES.map((t, i) => [SEED[KEYS[i]].id, t, i + 3])]),
    'numbered titles': () => V.textSheet('目录', ['目　录', ...TITLES.map((t, i) => [`${NUMERALS[i]}、${t}`, null, i + 3])]),
  };

  for (const [layout, toc] of Object.entries(tocs)) {
    it(`a 目录 sheet listing the ten titles (${layout}): unrecognised as a table of contents, no warning`, () => {
      const r = check(V.addSheet(base, toc(), 0));
      assert.deepEqual(
        r.tables.map((t) => `${t.key}@${t.sheet}`),
        KEYS.map((k) => `${k}@${SEED[k].sheet}`),
      );
      assert.deepEqual(r.unrecognized, ['目录']);
      const reason = r.unrecognizedReasons[0].reason;
      assert.match(reason, /目录/, reason);
      const aboutToc = r.findings.filter((f) => f.sheet === '目录' || f.message.includes('“目录”'));
      assert.deepEqual(aboutToc, [], describeFindings(aboutToc));
      assert.equal(r.counts.error, 0);
    });
  }

  it('a 目录 sheet: the reason counts all ten titles it lists', () => {
    const r = check(V.addSheet(base, tocs['codes and titles in columns'](), 0));
    assert.match(r.unrecognizedReasons[0].reason, /列出了10张表名/, r.unrecognizedReasons[0].reason);
  });

  it('an unrelated cover sheet: unrecognised, nothing else changes', () => {
    const cover = V.textSheet('封面', ['阳城县政务服务中心', '2024年度部门决算', '二〇二五年八月']);
    const r = check(V.addSheet(base, cover, 0));
    assert.deepEqual(r.unrecognized, ['封面']);
    assert.ok(r.unrecognizedReasons[0].reason.length > 0);
    assertCleanExceptUnrecognised(r);
  });
});

function assertCleanExceptUnrecognised(r: CheckResult): void {
  assert.deepEqual(
    r.tables.map((t) => `${t.key}@${t.sheet}`),
    KEYS.map((k) => `${k}@${SEED[k].sheet}`),
  );
  assert.deepEqual(r.counts, baseResult.counts, describeFindings(r.findings.filter((f) => f.severity !== 'info')));
}
