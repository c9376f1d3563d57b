/**
 * The generated 情况说明 against the seed's published one, figure by figure, and the wording rules:
 * 持平, prior year 0, budget 0, empty tables, missing supplement, a workbook in 元.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { check, narrate as narrateResult } from '../src/engine';
import { priorSupplement } from '../src/narrative/prior';
import { recognize } from '../src/recognize/recognize';
import { readSupplement, SUPPLEMENT_KEYS, type Supplement } from '../src/narrative/supplement';
import type { Narrative } from '../src/narrative/types';
import type { WorkbookGrid } from '../src/core/grid';
import { locate, sampleGrid, setCell } from './helpers/sample';
import { nationalFamily, toYuan } from './helpers/variants';
import { docxBuffer } from '../src/narrative/render/docx';
import JSZip from 'jszip';
import { shares } from '../src/narrative/phrases';
import { Decimal } from '../src/core/money';

const SUPPLEMENT = readSupplement(JSON.parse(fs.readFileSync('samples/supplement-2024.json', 'utf8')));

function narrate(grid: WorkbookGrid, sup: Supplement = SUPPLEMENT): Narrative {
  return narrateResult(check(grid), sup).narrative;
}

/** The text of a section by the start of its heading ("一、", "（三）" within its part…). */
function section(n: Narrative, heading: string): string {
  const s = n.sections.find((x) => x.heading.startsWith(heading));
  assert.ok(s, `no section ${heading}`);
  return s.text;
}

/** Amounts (X万元), percentages (P%) and counts (N个/辆/台) in a text, as numbers. */
function figures(text: string): number[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)(?=万元|%|个|辆|台|人次|批次)/g)].map((m) => Number(m[1]));
}

/** The seed's published 第三部分, split by headings. */
function seedSections(): Map<string, string> {
  const all = fs.readFileSync(path.join(__dirname, 'fixtures', 'seed-narrative.txt'), 'utf8');
  const out = new Map<string, string>();
  let key = '';
  for (const line of all.split('\n')) {
    const h = /^([一二三四五六七八九十]+、|（[一二三四]）)/.exec(line.trim());
    if (h && /说明|情况/.test(line) && line.trim().length < 40) {
      key = key.startsWith('十、') && h[1].startsWith('（') ? `十、${h[1]}` : h[1].startsWith('（') ? `${key.slice(0, 2)}${h[1]}` : h[1];
      out.set(key, '');
      continue;
    }
    if (key) out.set(key, out.get(key)! + line + '\n');
  }
  return out;
}

describe('情况说明 generated from the sample and the example supplement', () => {
  let n: Narrative;
  before(async () => {
    n = narrate(await sampleGrid());
  });

  it('has the seed family sections in order', () => {
    const heads = n.sections.filter((s) => s.level === 1).map((s) => s.heading);
    assert.deepEqual(heads, [
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收支决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、政府性基金预算财政拨款收支决算情况说明',
      '八、国有资本经营预算财政拨款支出决算情况说明',
      '九、财政拨款“三公”经费支出决算情况说明',
      '十、其他重要事项情况说明',
    ]);
    assert.deepEqual(n.missing, []);
  });

  // Where the seed contradicts its own tables or computes from figures it does not publish, the table wins.
  const EXPECTED_DIFFERENCES: Record<string, [number, number][]> = {
    // 劳务费 0.06 in the text; 公开06表 30226 says 0.07.
    '六、': [[0.06, 0.07]],
    // 272.44 / 403.05 = 67.59%, 130.61 / 403.05 = 32.41%: the seed's 67.60/32.40 come from unpublished 元 figures.
    '三、': [
      [67.6, 67.59],
      [32.4, 32.41],
    ],
  };

  const SECTIONS: [string, string][] = [
    ['一、', '一、'],
    ['二、', '二、'],
    ['三、', '三、'],
    ['四、', '四、'],
    ['五、（一）', '（一）一般公共预算'],
    ['五、（二）', '（二）一般公共预算'],
    ['五、（三）', '（三）一般公共预算'],
    ['六、', '六、'],
    ['七、', '七、'],
    ['八、', '八、'],
    ['九、（一）', '（一）“三公”'],
    ['九、（二）', '（二）“三公”'],
    ['十、（一）', '（一）机关运行经费'],
    ['十、（二）', '（二）政府采购'],
    ['十、（三）', '（三）国有资产'],
    ['十、（四）', '（四）预算绩效'],
  ];
  for (const [seedKey, ours] of SECTIONS) {
    it(`reproduces every figure of the seed's ${seedKey}`, () => {
      const seed = seedSections().get(seedKey);
      assert.ok(seed !== undefined, `seed section ${seedKey} not found`);
      const mine = figures(section(n, ours));
      const expectedDiffs = EXPECTED_DIFFERENCES[seedKey] ?? [];
      const published = figures(seed.replace(/\d{4}年/g, ''));
      assert.ok(published.length > 0 || /无此项|无机关运行经费/.test(seed), `no figures read from the seed's ${seedKey}`);
      for (const fig of published) {
        const diff = expectedDiffs.find(([s]) => s === fig);
        const want = diff ? diff[1] : fig;
        assert.ok(
          mine.includes(want),
          `${seedKey}: the seed prints ${fig}${diff ? ` (table: ${want})` : ''}; generated: ${section(n, ours)}`,
        );
      }
    });
  }

  it('writes amounts with two decimals and 万元, shares with two decimals and %', () => {
    assert.match(section(n, '三、'), /基本支出272\.44万元，占比67\.59%；\n项目支出130\.61万元，占比32\.41%。/);
    assert.match(section(n, '六、'), /印刷费2\.00万元/);
    assert.match(
      section(n, '（三）一般公共预算'),
      /住房保障支出年初预算21\.97万元，支出决算21\.97万元，完成年初预算的100\.00%.*较上年决算增加0\.43万元，增长2\.00%/,
    );
  });

  it('traces every figure to a cell, the supplement or a formula over them', () => {
    const s = n.sections.find((x) => x.heading.startsWith('一、'))!;
    const first = s.facts[0];
    assert.equal(first.text, '403.05');
    assert.equal(s.text.slice(first.offset, first.offset + first.text.length), '403.05');
    assert.deepEqual(first.source, { kind: 'cell', table: '公开01表', sheet: '公开01表', cell: 'C37', label: '收入总计' });
    const pct = s.facts.find((f) => f.text === '12.68')!;
    assert.equal(pct.source.kind, 'formula');
    for (const sec of n.sections)
      for (const f of sec.facts) assert.equal(sec.text.slice(f.offset, f.offset + f.text.length), f.text, `${sec.heading}: ${f.text}`);
  });

  it('lists each non-zero 302 item of 公开06表 with its amount, in table order', () => {
    assert.match(
      section(n, '六、'),
      /公用经费18\.48万元，主要包括办公费2\.97万元，印刷费2\.00万元，水费0\.22万元，邮电费0\.05万元，差旅费2\.00万元，会议费0\.68万元，培训费0\.42万元，劳务费0\.07万元，委托业务费0\.98万元，工会经费3\.14万元，福利费4\.68万元，公务用车运行维护费1\.28万元。/,
    );
  });
});

describe('情况说明 wording rules', () => {
  it('says 与上年持平 when equal, and gives no percentage when the prior figure is 0', async () => {
    const sup = { ...SUPPLEMENT, '上年.收入总计': '403.05', '上年.支出总计': '0' };
    const t = section(narrate(await sampleGrid(), sup), '一、');
    assert.match(t, /收入总计与上年持平，支出总计增加403\.05万元。/);
  });

  it('gives no 完成率 when the budget is 0', async () => {
    const t = section(narrate(await sampleGrid(), { ...SUPPLEMENT, '年初预算.类.208': '0' }), '（三）一般公共预算');
    assert.match(t, /社会保障和就业支出年初预算0\.00万元，支出决算39\.99万元，用于/);
    // The 三公 items with a 0 budget get none either.
    const s = section(narrate(await sampleGrid()), '（一）“三公”');
    assert.match(s, /因公出国（境）费支出0\.00万元，与上年相同/);
  });

  it('says 本年度无此项收支/支出 for the empty 公开07/08表, and reports 公开07表 figures when it has some', async () => {
    const n = narrate(await sampleGrid());
    assert.equal(section(n, '七、'), '本年度无此项收支。');
    assert.equal(section(n, '八、'), '本年度无此项支出。');
    const grid = await sampleGrid();
    const at = locate(grid, 'T07', '合计', '本年收入');
    setCell(grid, at.sheet, at.cell, 12.5);
    assert.match(section(narrate(grid), '七、'), /政府性基金预算财政拨款收入12\.50万元/);
  });

  it('marks what the supplement does not give, and lists it as missing', async () => {
    const n = narrate(await sampleGrid(), {});
    assert.match(section(n, '一、'), /收入总计【待补充：上年收入总计】/);
    assert.ok(n.missing.some((m) => m.key === '上年.类.201' && m.label === '上年一般公共服务支出（201）决算数'));
    assert.ok(n.missing.some((m) => m.key === '年初预算.一般公共预算'));
    // Nothing is invented: no percentage of change anywhere without a prior figure.
    assert.doesNotMatch(section(n, '一、'), /下降|增长/);
  });

  it('writes a workbook in 元 in 万元', async () => {
    const n = narrate(toYuan(await sampleGrid()));
    assert.match(section(n, '一、'), /收入总计403\.05万元/);
    assert.match(section(n, '六、'), /办公费2\.97万元/);
  });

  it("reads every 上年 figure from the prior year's workbook", async () => {
    const grid = await sampleGrid();
    const prior = recognize(grid).tables;
    const sup = priorSupplement(prior, prior);
    assert.equal(sup['上年.收入总计'], '403.05');
    assert.equal(sup['上年.类.201'], '329.73');
    assert.equal(sup['上年.三公.公务用车运行维护费'], '1.28');
    assert.equal(sup['上年.机关运行经费'], '0.00');
    const t = section(narrate(grid, { ...sup }), '一、');
    assert.match(t, /收入总计与上年持平，支出总计与上年持平/);
  });
});

describe('情况说明 of the national 九张表 family', () => {
  it('follows the national order and wording: 五(三) by 项, 无…收入和支出, 机关运行经费 from the supplement', async () => {
    const grid = nationalFamily(await sampleGrid());
    const r = check(grid);
    assert.equal(r.family, 'national');
    const { narrative: n } = narrateResult(r, {
      ...SUPPLEMENT,
      '年初预算.项.2010350': '200',
      '原因.项.2010350': '人员减少',
      '本年.机关运行经费': '0',
    });
    const heads = n.sections.filter((s) => s.level === 1).map((s) => s.heading.split('、')[0]);
    assert.deepEqual(heads, ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']);
    assert.match(
      section(n, '一、'),
      /^阳城县政务服务中心2024年度收入、支出总计403\.05万元。与2023年度相比，收入、支出总计减少58\.52万元，下降12\.68%/,
    );
    const items = section(n, '（三）一般公共预算');
    assert.match(
      items,
      /1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）。主要用于：【待补充：事业运行（2010350）的主要用途】。年初预算为200\.00万元，支出决算为199\.12万元，完成年初预算的99\.56%。决算数小于预算数的主要原因：人员减少。/,
    );
    assert.equal((items.match(/（项）/g) ?? []).length, 8); // the eight 项 of 公开05表
    assert.deepEqual(
      n.sections
        .filter((s) => s.level === 1)
        .map((s) => s.heading)
        .slice(6),
      [
        '七、财政拨款“三公”经费支出决算情况说明',
        '八、政府性基金预算财政拨款收入支出决算情况说明',
        '九、国有资本经营预算财政拨款收入支出决算情况说明',
        '十、预算绩效管理情况',
        '十一、其他重要事项的情况说明',
      ],
    );
    assert.equal(section(n, '八、'), '阳城县政务服务中心2024年度无政府性基金预算财政拨款收入和支出。');
    assert.equal(section(n, '（一）机关运行经费'), '阳城县政务服务中心2024年度无机关运行经费支出。');
    // 公务用车购置及运行维护费 as one subtotal with its 完成预算 rate, and each item's share.
    assert.match(section(n, '（一）“三公”'), /公务用车购置及运行维护费支出预算为1\.28万元，支出决算为1\.28万元，完成预算的100\.00%/);
    assert.match(section(n, '（二）“三公”'), /公务用车购置及运行维护费支出决算1\.28万元，占100\.00%/);
    // Only what the national text prints is asked: no 类-level keys, no 国（境）外接待, no 外事 counts.
    assert.ok(!n.missing.some((m) => /^(年初预算|用途|上年|原因)\.类\.|境外|外事|三公项/.test(m.key)), JSON.stringify(n.missing));
    assert.ok(n.missing.some((m) => m.key === '政府采购.合计'));
  });
});

describe('shares and conflicts', () => {
  it("rounds each share on its own, and plugs the remainder only where the family's shares must total 100.00, naming it", () => {
    const parts = ['1', '1', '1'].map((x) => new Decimal(x));
    const own = shares(parts, new Decimal(3));
    assert.deepEqual(
      own.values.map((d) => d.toFixed(2)),
      ['33.33', '33.33', '33.33'],
    );
    assert.equal(own.adjusted, undefined);
    const plugged = shares(parts, new Decimal(3), true);
    assert.deepEqual(
      plugged.values.map((d) => d.toFixed(2)),
      ['33.34', '33.33', '33.33'],
    );
    assert.equal(plugged.adjusted, 0);
  });

  it('prints no share of a total its parts do not make up: the conflict is shown instead', async () => {
    const grid = await sampleGrid();
    const at = locate(grid, 'T05', '合计', '小计');
    setCell(grid, at.sheet, at.cell, 40.3);
    const t = section(narrate(grid), '（二）一般公共预算');
    assert.doesNotMatch(t, /占比\d/);
    assert.match(t, /【核对：各项合计403\.05万元与合计数40\.30万元不符，占比未计算】/);
  });
});

describe('情况说明 as a Word document', () => {
  it('has real headings and the body text, with placeholders highlighted', async () => {
    const n = narrate(await sampleGrid(), { ...SUPPLEMENT, '原因.收入支出总计': '' });
    const zip = await JSZip.loadAsync(await docxBuffer(n, '阳城县政务服务中心2024年度决算公开'));
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.match(xml, /<w:pStyle w:val="Heading1"\/>.*一、收入支出决算总体情况说明/s);
    assert.match(xml, /<w:pStyle w:val="Heading2"\/>.*（一）一般公共预算财政拨款支出决算总体情况/s);
    assert.match(xml, /收入总计/);
    assert.match(xml, /<w:highlight w:val="yellow"\/>.*【待补充：收入支出总计增减的主要原因】/s);
    const styles = await zip.file('word/styles.xml')!.async('string');
    assert.match(styles, /w:eastAsia="仿宋"/);
    assert.match(styles, /w:eastAsia="黑体"/);
  });
});

describe('the supplement', () => {
  it('documents every key in docs/supplement.md', () => {
    const doc = fs.readFileSync('docs/supplement.md', 'utf8');
    for (const k of Object.keys(SUPPLEMENT_KEYS)) assert.ok(doc.includes(`\`${k}`), `${k} not documented`);
  });
  it('rejects a non-object and a non-amount where an amount belongs, naming the key', () => {
    assert.throws(() => readSupplement([1, 2]), /JSON 对象/);
    assert.throws(() => readSupplement({ '上年.收入总计': '四百' }), /上年\.收入总计.*应为金额/);
    assert.throws(() => readSupplement({ '原因.三公': { a: 1 } }), /原因\.三公/);
    assert.deepEqual(readSupplement({ $comment: 'x', '上年.收入总计': 1.5 }), { '上年.收入总计': 1.5 });
  });
});
