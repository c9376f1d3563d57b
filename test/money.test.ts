/** Reading figures as exported: numbers, text numbers, dashes; decimal arithmetic, half-up display. */
import assert from 'node:assert/strict';
import { fmt2, parseCell, Decimal } from '../src/core/money';
import { labelKey, normalize } from '../src/core/text';
import { matchTitle } from '../src/recognize/title';

const num = (raw: Parameters<typeof parseCell>[0]) => {
  const p = parseCell(raw);
  return p.kind === 'number' ? p.value.toString() : p.kind;
};

describe('reading figures', () => {
  it('reads numbers and numbers stored as text', () => {
    assert.equal(num(403.05), '403.05');
    assert.equal(num('1,234.56'), '1234.56');
    assert.equal(num('４０３.０５'), '403.05');
    assert.equal(num(' 12.5 '), '12.5');
    assert.equal(num('(12.00)'), '-12');
    assert.equal(num('−3.1'), '-3.1');
  });
  it('removes binary noise of formula results', () => assert.equal(num(0.1 + 0.2), '0.3'));
  it('treats blanks and single dashes as no value, "——" as not applicable', () => {
    for (const v of [null, '', '  ', '-', '—', '－']) assert.equal(num(v), 'blank', String(v));
    assert.equal(num('——'), 'na');
    assert.equal(num('--'), 'na');
  });
  it('keeps other text as text', () => {
    assert.equal(num('#REF!'), 'text');
    assert.equal(num('见附表'), 'text');
    assert.equal(num('1.2.3'), 'text');
  });
  it('counts decimals as written', () => {
    const p = parseCell('2.00');
    assert.ok(p.kind === 'number' && p.decimals === 0); // 2.00 is the value 2: the band comes from the unit's 0.01
    const q = parseCell(123.4567);
    assert.ok(q.kind === 'number' && q.decimals === 4);
  });
  it('formats half-up with decimal.js, unlike toFixed on doubles', () => {
    assert.equal((1.005).toFixed(2), '1.00');
    assert.equal(fmt2(new Decimal('1.005')), '1.01');
    assert.equal(fmt2(new Decimal('2')), '2.00');
  });
});

describe('normalising labels and titles', () => {
  it('folds full-width forms, spaces, line breaks and quotes', () => {
    assert.equal(normalize('财政拨款“三公”经费支出决算表'), '财政拨款三公经费支出决算表');
    assert.equal(normalize('公开02\n\n表'), '公开02表');
    assert.equal(normalize('因公出国（境）费'), '因公出国(境)费');
  });
  it('strips list markers', () => {
    assert.equal(labelKey('一、一般公共服务支出'), '一般公共服务支出');
    assert.equal(labelKey('(一) 车辆数合计(辆)'), '车辆数合计(辆)');
    assert.equal(labelKey('1. 副部(省)级及以上领导用车'), '副部(省)级及以上领导用车');
    assert.equal(labelKey('单价100万元(含)以上设备'), '单价100万元(含)以上设备');
  });
  it('matches titles by the longest wording, so 支出决算表 does not swallow the 基金 and 国资 tables', () => {
    assert.equal(matchTitle('支出决算表')?.template.key, 'T03');
    assert.equal(matchTitle('政府性基金预算财政拨款收入支出决算表')?.template.key, 'T07');
    assert.equal(matchTitle('国有资本经营预算财政拨款支出决算表')?.template.key, 'T08');
    assert.equal(matchTitle('一般公共预算财政拨款支出决算表')?.template.key, 'T05');
    assert.equal(matchTitle('财政拨款收入支出决算总表')?.template.key, 'T04');
    assert.equal(matchTitle('收入支出 决算\n总表')?.template.key, 'T01');
    assert.equal(matchTitle('公开09表 财政拨款"三公"经费支出决算表')?.template.key, 'T09');
    assert.equal(matchTitle('2024年度收入决算表')?.template.key, 'T02');
    assert.equal(matchTitle('附表3：支出决算表')?.template.key, 'T03');
  });
  it('does not take other tables ending in 支出决算表 for 公开03表', () => {
    assert.equal(matchTitle('项目支出决算表'), undefined);
    assert.equal(matchTitle('政府采购支出决算表'), undefined);
    assert.equal(matchTitle('注：本表反映部门本年度各项支出情况。'), undefined);
  });
});

describe('reading only clean numbers', () => {
  const kind = (raw: string) => parseCell(raw).kind;
  it('takes spaces around a number, and inside parentheses', () => {
    assert.equal(kind(' 12.5 '), 'number');
    assert.equal(kind('\u00a012.50\u3000'), 'number');
    const p = parseCell('( 12.00 )');
    assert.ok(p.kind === 'number' && p.text === '-12');
  });
  it('refuses a space, thin space or no-break space inside the digits (an R02 finding, not a guess)', () => {
    for (const raw of ['1 234.56', '1\u2009234.56', '1\u00a0234.56', '12 .5']) assert.equal(kind(raw), 'text', JSON.stringify(raw));
  });
  it('still reads dashes written with spaces as no value', () => {
    assert.equal(kind('— —'), 'na');
    assert.equal(kind(' - '), 'blank');
  });
});
