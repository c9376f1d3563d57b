/**
 * The 情况说明 checker reads the words, not the generator's facts: the seed's own published text
 * (its real slips found, its rounding plugs only as tails), the generator's output (clean, or with
 * placeholders reported), and hand-edited sentences, one fault each.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { WorkbookGrid } from '../src/core/grid';
import type { RecognizedTable } from '../src/core/table';
import { generateNarrative } from '../src/narrative/generate';
import { readSupplement } from '../src/narrative/supplement';
import { checkNarrative, splitNarrative, type NarrativeSectionInput } from '../src/narrative-check';
import { recognize } from '../src/recognize/recognize';
import type { Finding } from '../src/core/findings';
import type { TableKey } from '../src/core/template';
import { locate, sampleGrid, setCell } from './helpers/sample';

const SEED_TEXT = fs.readFileSync(path.join(__dirname, 'fixtures', 'seed-narrative.txt'), 'utf8');
const SUPPLEMENT = readSupplement(JSON.parse(fs.readFileSync('samples/supplement-2024.json', 'utf8')));

let grid: WorkbookGrid;
let tables: RecognizedTable[];
before(async () => {
  grid = await sampleGrid();
  tables = recognize(grid).tables;
});

const cellOf = (table: TableKey, row: string, col?: string) => locate(grid, table, row, col);
const hasCell = (f: Finding, at: { sheet: string; cell: string }) => f.cells.some((c) => c.sheet === at.sheet && c.cell === at.cell);
const bySeverity = (fs: Finding[], s: Finding['severity']) => fs.filter((f) => f.severity === s);
const show = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.rule} ${f.message}`).join('\n');

function generated(withSupplement = true): NarrativeSectionInput[] {
  const rec = recognize(grid);
  return generateNarrative(rec.tables, rec.family, withSupplement ? SUPPLEMENT : {}).sections.map((s) => ({
    heading: s.heading,
    text: s.text,
  }));
}

describe('narrative check: splitNarrative', () => {
  it('splits the seed’s 第三部分 into its ten sections and their （一）… parts', () => {
    const s = splitNarrative(SEED_TEXT);
    assert.deepEqual(
      s.map((x) => `${x.level}:${x.heading.slice(0, 4)}`),
      [
        '1:一、收入',
        '1:二、收入',
        '1:三、支出',
        '1:四、财政',
        '1:五、一般',
        '2:（一）一',
        '2:（二）一',
        '2:（三）一',
        '1:六、一般',
        '1:七、政府',
        '1:八、国有',
        '1:九、财政',
        '2:（一）“',
        '2:（二）“',
        '1:十、其他',
        '2:（一）机',
        '2:（二）政',
        '2:（三）国',
        '2:（四）预',
      ],
    );
    assert.equal(s[4].text, '');
    assert.match(s[7].text, /下降\n15\.4%/);
    assert.match(s[18].text, /^1、预算绩效管理工作开展情况\n2024年二级项目绩效自评个数10个/);
  });

  it('keeps only 第三部分 of a whole document, skipping the 目录 and stopping at 第四部分', () => {
    const doc = [
      '目录',
      '第三部分 情况说明\t15',
      '一、收入支出决算总体情况说明.....\t15',
      '第一部分 部门概况',
      '一、部门职责',
      '负责……。',
      '第三部分 情况说明',
      '',
      '一、收入支出决算总体情况说明',
      '2024年度收入总计403.05万元。',
      '第四部分 名词解释',
      '一、财政拨款收入：指……。',
    ].join('\n');
    const s = splitNarrative(doc);
    assert.deepEqual(
      s.map((x) => [x.heading, x.text]),
      [['一、收入支出决算总体情况说明', '2024年度收入总计403.05万元。']],
    );
  });
});

describe('narrative check: the seed’s published 情况说明 against its tables', () => {
  let findings: Finding[];
  before(() => {
    findings = checkNarrative({ sections: splitNarrative(SEED_TEXT) }, tables);
  });

  it('has exactly one error: 劳务费 0.06万元 against 公开06表 30226 劳务费 0.07', () => {
    const errors = bySeverity(findings, 'error');
    assert.equal(errors.length, 1, show(errors));
    const e = errors[0];
    assert.equal(e.rule, 'N11');
    assert.ok(hasCell(e, cellOf('T06', '30226')), JSON.stringify(e.cells));
    assert.equal(e.table, '公开06表');
    assert.equal(e.expected, '0.07');
    assert.equal(e.actual, '0.06');
    assert.match(e.message, /劳务费/);
    assert.match(e.message, /原文：“.*劳务费0\.06万元/);
  });

  it('warns of the doubled “主要包括主要包括” and “。。” (W-TEXT), and of nothing else', () => {
    const warnings = bySeverity(findings, 'warning');
    assert.deepEqual(
      warnings.map((w) => [w.rule, w.actual]),
      [
        ['W-TEXT', '主要包括主要包括'],
        ['W-TEXT', '。。'],
      ],
      show(warnings),
    );
    assert.match(warnings[0].message, /原文：“人员经费253\.96万元，主要包括主要包括一般公共服务支出180\.64万元；”/);
  });

  it('reports the 67.60/32.40 shares against recomputed 67.59/32.41 only as tails', () => {
    const shares = findings.filter((f) => f.actual === '67.60' || f.actual === '32.40');
    assert.deepEqual(
      shares.map((f) => [f.rule, f.severity, f.tail, f.expected, f.actual, f.tolerance]),
      [
        ['N04', 'info', true, '67.59', '67.60', '0.01'],
        ['N04', 'info', true, '32.41', '32.40', '0.01'],
      ],
    );
    assert.ok(shares.every((f) => hasCell(f, cellOf('T03', '合计', '本年支出合计'))));
  });

  it('accepts “15.4%” and “2%” (numerically equal), noting only the format', () => {
    for (const [raw, rec] of [
      ['15.4', '15.40'],
      ['2', '2.00'],
    ]) {
      const about = findings.filter((f) => f.actual === raw);
      assert.deepEqual(
        about.map((f) => [f.rule, f.severity, f.expected]),
        [['FORMAT', 'info', rec]],
        show(about),
      );
    }
  });

  it('notes what else the seed gets slightly wrong, all as information', () => {
    const infos = bySeverity(findings, 'info').filter((f) => f.rule !== 'FORMAT' && f.rule !== 'N04');
    // 五（三）: the classes' “较上年决算” changes imply prior years totalling 461.56, 五（一） implies 461.57.
    const prior = infos.find((f) => f.rule === 'N02');
    assert.ok(prior, show(infos));
    assert.equal(prior.tail, true);
    assert.deepEqual([prior.expected, prior.actual, prior.difference], ['461.57', '461.56', '-0.01']);
    // "下降" and "15.4%" are on different lines of the published text.
    assert.ok(infos.some((f) => f.rule === 'W-TEXT' && /下降/.test(f.message) && /15\.4%/.test(f.message)));
    // 人员经费 is broken down by 功能类, not by 公开06表's economic items.
    assert.ok(infos.some((f) => f.rule === 'N11' && /按功能类列示/.test(f.message)));
    // The listed 公用经费 items add up to 18.48 only because 劳务费 was written 0.06: the table's items give 18.49.
    const plug = infos.find((f) => f.rule === 'N11' && /凑平/.test(f.message));
    assert.deepEqual([plug?.expected, plug?.actual], ['18.49', '18.48']);
    assert.equal(infos.length, 4, show(infos));
  });

  it('points findings at the narrative’s own cell when the section has one', () => {
    const sections = splitNarrative(SEED_TEXT).map((s) => ({ ...s, sheet: '情况说明', cell: `A${s.line}` }));
    const e = bySeverity(checkNarrative({ sections }, tables), 'error')[0];
    const at = sections.find((s) => s.heading.startsWith('六、'))!;
    assert.equal(e.sheet, '情况说明');
    assert.equal(e.cell, `A${at.line}`);
    assert.ok(hasCell(e, { sheet: '情况说明', cell: `A${at.line}` }));
    assert.ok(hasCell(e, cellOf('T06', '30226')));
  });
});

describe('narrative check: the generator’s output', () => {
  it('with the 2024 supplement has no error and no warning', () => {
    const findings = checkNarrative({ sections: generated() }, tables);
    assert.deepEqual(
      findings.filter((f) => f.severity !== 'info').map((f) => f.message),
      [],
    );
    // It was read, not skipped: the 公用经费 items (劳务费 0.07 as in the table) add up to 18.49 against 18.48.
    const tail = findings.find((f) => f.rule === 'N11' && f.tail);
    assert.ok(tail);
    assert.deepEqual([tail.expected, tail.actual], ['18.48', '18.49']);
  });

  it('without a supplement has no error; each 【待补充】 slot is a W-PLACEHOLDER warning', () => {
    const sections = generated(false);
    const findings = checkNarrative({ sections }, tables);
    assert.deepEqual(
      bySeverity(findings, 'error').map((f) => f.message),
      [],
    );
    const warnings = bySeverity(findings, 'warning');
    const slots = sections.flatMap((s) => s.text.match(/【待补充：[^】]*】/g) ?? []);
    assert.ok(slots.length > 30);
    assert.ok(
      warnings.every((w) => w.rule === 'W-PLACEHOLDER'),
      show(warnings),
    );
    assert.equal(warnings.length, slots.length);
    assert.ok(warnings.some((w) => w.actual === '【待补充：上年收入总计】'));
  });
});

describe('narrative check: hand-edited sentences', () => {
  /** The generator's clean text with one sentence changed; returns the findings other than information. */
  function edited(from: string, to: string, sections = generated()): Finding[] {
    const hits = sections.filter((s) => s.text.includes(from));
    assert.equal(hits.length, 1, `“${from}” should occur in one section`);
    assert.equal(hits[0].text.split(from).length, 2, `“${from}” should occur once`);
    hits[0].text = hits[0].text.replace(from, to);
    return checkNarrative({ sections }, tables).filter((f) => f.severity !== 'info');
  }
  const only = (fs: Finding[]) => {
    assert.equal(fs.length, 1, show(fs));
    return fs[0];
  };

  it('a wrong amount is an error at the table cell, quoting the sentence', () => {
    const f = only(edited('2024年度收入总计403.05万元', '2024年度收入总计413.05万元'));
    assert.deepEqual([f.rule, f.severity, f.expected, f.actual], ['N01', 'error', '403.05', '413.05']);
    assert.ok(hasCell(f, cellOf('T01', '收入总计')));
    assert.match(f.message, /原文：“2024年度收入总计413\.05万元，支出总计403\.05万元。”/);
  });

  it('“2万元” is 2.00: writing an amount without decimals is no error', () => {
    assert.deepEqual(edited('印刷费2.00万元', '印刷费2万元'), []);
  });

  it('a 0.01 difference is an error unless the narrative equals another table’s figure for the same quantity', () => {
    const g = structuredClone(grid);
    const at = cellOf('T02', '合计', '本年收入合计');
    setCell(g, at.sheet, at.cell, 403.06);
    const t = recognize(g).tables;
    const run = (v: string) =>
      checkNarrative(
        {
          sections: [{ heading: '二、收入决算情况说明', text: `2024年度收入合计${v}万元，其中：\n财政拨款收入403.05万元，占比100.00%。` }],
        },
        t,
      ).filter((f) => f.rule === 'N03');
    const tail = only(run('403.05')); // = 公开01表 本年收入合计
    assert.deepEqual([tail.severity, tail.tail, tail.expected], ['info', true, '403.06']);
    assert.ok(hasCell(tail, cellOf('T01', '本年收入合计')));
    const err = run('403.07').find((f) => f.actual === '403.07');
    assert.equal(err?.severity, 'error');
  });

  it('a wrong 占比 is an error', () => {
    const f = only(edited('占比67.59%', '占比70.59%'));
    assert.deepEqual([f.rule, f.severity, f.expected, f.actual], ['N04', 'error', '67.59', '70.59']);
  });

  it('a wrong 增长率 is an error (recomputed from the prior year implied by the change)', () => {
    const f = only(edited('下降15.40%', '下降14.40%'));
    assert.deepEqual([f.rule, f.severity, f.expected], ['N02', 'error', '15.40']);
    assert.ok(hasCell(f, cellOf('T05', '201', '小计')));
  });

  it('a wrong 完成率 is an error', () => {
    const f = only(edited('完成年初预算的77.49%', '完成年初预算的78.49%'));
    assert.deepEqual([f.rule, f.severity, f.expected], ['N08', 'error', '77.49']);
  });

  it('“增加” for a decrease is W-DIR, whether or not the percentage word agrees', () => {
    const both = only(edited('相比，收入总计减少58.52万元，下降12.68%', '相比，收入总计增加58.52万元，增长12.68%'));
    assert.deepEqual([both.rule, both.severity, both.expected, both.actual], ['W-DIR', 'warning', '减少', '增加']);
    const mixed = only(edited('相比，收入总计减少58.52万元，下降12.68%', '相比，收入总计增加58.52万元，下降12.68%'));
    assert.equal(mixed.rule, 'W-DIR');
  });

  it('“大于” where 决算 is below 预算 is W-DIR', () => {
    const f = only(edited('完成年初预算的77.49%。', '完成年初预算的77.49%，决算数大于年初预算数。'));
    assert.deepEqual([f.rule, f.expected, f.actual], ['W-DIR', '小于', '大于']);
  });

  it('“增长100%” from a prior year of 0 is W-ZERO', () => {
    const fs = edited(
      '公务用车运行维护费支出1.28万元，完成全年预算的100.00%，与上年相同',
      '公务用车运行维护费支出1.28万元，完成全年预算的100.00%，比上年度增加1.28万元，增长100.00%',
    );
    const zero = fs.filter((f) => f.rule === 'W-ZERO');
    assert.equal(zero.length, 1, show(fs));
    assert.ok(hasCell(zero[0], cellOf('T09', '决算数', '公务用车运行维护费')));
    // The items' changes no longer add up to the 三公 total's (−0.07).
    assert.ok(fs.some((f) => f.rule === 'N02' && f.severity === 'warning'));
    assert.ok(!fs.some((f) => f.severity === 'error'), show(fs));
  });

  it('“完成年初预算的…%” with a 年初预算 of 0 is W-BUDGET0, also for a 三公 item without budget', () => {
    const fs = edited('卫生健康支出年初预算11.36万元', '卫生健康支出年初预算0.00万元');
    // …and the classes' 年初预算 no longer add up to the total's 520.13.
    assert.deepEqual(
      fs.map((f) => [f.rule, f.severity]),
      [
        ['W-BUDGET0', 'warning'],
        ['N08', 'warning'],
      ],
      show(fs),
    );
    assert.ok(!fs.some((f) => f.rule === 'N08' && f.actual === '100.00'));
    const g = only(edited('因公出国（境）费支出0.00万元，与上年相同', '因公出国（境）费支出0.00万元，完成全年预算的0.00%，与上年相同'));
    assert.equal(g.rule, 'W-BUDGET0');
    assert.ok(hasCell(g, cellOf('T09', '预算数', '因公出国（境）费')));
  });

  it('元/万元 confusion (10000× the table value) is an error that says so', () => {
    const f = only(edited('2024年度收入合计403.05万元', '2024年度收入合计4030500.00万元'));
    assert.deepEqual([f.rule, f.severity], ['N03', 'error']);
    assert.match(f.message, /元\/万元/);
  });

  it('a year other than the report year or the one before is N20; “截至” a wrong year-end is N18', () => {
    const f = only(edited('2024年度收入合计', '2022年度收入合计'));
    assert.deepEqual([f.rule, f.severity, f.actual], ['N20', 'error', '2022']);
    const g = only(edited('截至2024年12月31日', '截至2023年12月31日'));
    assert.deepEqual([g.rule, g.severity], ['N18', 'error']);
    // The report year can be given: read as a 2025 report, the seed's 2023 is two years back.
    const as2025 = checkNarrative({ sections: splitNarrative(SEED_TEXT) }, tables, { year: '2025' });
    assert.ok(as2025.some((x) => x.rule === 'N20' && x.actual === '2023'));
    assert.ok(as2025.some((x) => x.rule === 'N18' && x.actual === '2024年12月31日'));
  });

  it('劳务费 0.06 in the generated text is the same N11 error as in the seed', () => {
    const f = only(edited('劳务费0.07万元', '劳务费0.06万元'));
    assert.equal(f.rule, 'N11');
    assert.ok(hasCell(f, cellOf('T06', '30226')));
  });

  it('template slots and doubled words are reported', () => {
    const f = only(edited('无机关运行经费。', '无机关运行经费。与上年相比增加（减少）。'));
    assert.deepEqual([f.rule, f.actual], ['W-PLACEHOLDER', '增加（减少）']);
    const x = only(edited('无机关运行经费。', '无机关运行经费XX。'));
    assert.deepEqual([x.rule, x.actual], ['W-PLACEHOLDER', 'XX']);
    const d = only(edited('主要用于以下方面', '主要用于以下方面方面'));
    assert.equal(d.rule, 'W-TEXT');
  });

  it('a 类 listed in 五（二） but absent from 公开05表 is an error; so is a wrong 科目 hierarchy (N09)', () => {
    const f = only(
      edited('住房保障支出(类)21.97万元，占比5.45%。', '住房保障支出(类)21.97万元，占比5.45%；\n国防支出(类)1.00万元，占比0.25%。'),
    );
    assert.deepEqual([f.rule, f.severity], ['N07', 'error']);
    const g = only(edited('住房保障支出年初预算21.97万元', '住房保障支出（类）住房保障支出（款）住房公积金（项）年初预算21.97万元'));
    assert.deepEqual([g.rule, g.severity], ['N09', 'error']);
    assert.match(g.message, /22102 住房改革支出/);
  });

  it('“本年度无此项收支” while 公开07表 has figures is N12', () => {
    const g = structuredClone(grid);
    const at = cellOf('T07', '合计', '本年收入');
    setCell(g, at.sheet, at.cell, 5);
    const f = only(
      checkNarrative(
        { sections: [{ heading: '七、政府性基金预算财政拨款收支决算情况说明', text: '本年度无此项收支。' }] },
        recognize(g).tables,
      ),
    );
    assert.deepEqual([f.rule, f.severity], ['N12', 'error']);
    assert.ok(hasCell(f, at));
  });

  it('counts: more 保有量 than vehicles is an error, a 0 item with 批次 a warning, 绩效 grades must add up', () => {
    assert.equal(only(edited('保有量共1辆', '保有量共2辆')).rule, 'N15');
    const w = only(edited('公务接待费支出0.00万元，共接待0批次', '公务接待费支出0.00万元，共接待2批次'));
    assert.deepEqual([w.rule, w.severity], ['N15', 'warning']);
    const n = only(edited('9个项目自评等级为“优”', '8个项目自评等级为“优”'));
    assert.deepEqual([n.rule, n.severity], ['N19', 'error']);
  });

  it('a missing “%” is W-TEXT', () => {
    const f = only(edited('占比100.00%。', '占比100.00。'));
    assert.equal(f.rule, 'W-TEXT');
  });
});
