/** The one table lookup: every checker and the generator find, name and value a figure the same way. */
import assert from 'node:assert/strict';
import { TableLookup } from '../src/core/lookup';
import { recognize } from '../src/recognize/recognize';
import { sampleGrid } from './helpers/sample';
import { toYuan } from './helpers/variants';

describe('the table lookup', () => {
  it('finds a figure by table, row and column, the main column when none is named', async () => {
    const lookup = new TableLookup(recognize(await sampleGrid()).tables);
    assert.equal(lookup.figure('T03', '2010350', '基本支出')?.address, 'D10');
    assert.equal(lookup.figure('T05', '合计')?.address, 'C7'); // 小计
    assert.equal(lookup.figure('T05', '合计', '没有这一列'), undefined);
    assert.equal(lookup.figure('T05', '9999999'), undefined);
  });

  it('names a row one way: code and printed name, a 功能类 of 公开01表 without its "一、", an item by its key', async () => {
    const lookup = new TableLookup(recognize(await sampleGrid()).tables);
    const name = (key: 'T01' | 'T03' | 'T09', row: string, col?: string) => {
      const t = lookup.table(key)!;
      return lookup.figureName(t, lookup.figure(key, row, col)!);
    };
    assert.equal(name('T03', '2010350', '基本支出'), '2010350 事业运行·基本支出');
    assert.equal(name('T01', '201'), '一般公共服务支出');
    assert.equal(name('T01', '收入总计'), '收入总计');
    assert.equal(name('T09', '决算数', '公务接待费'), '决算数·公务接待费');
  });

  it('gives values in its unit: a 元 table converted, counts as counts', async () => {
    const tables = recognize(toYuan(await sampleGrid())).tables;
    const wan = new TableLookup(tables, '万元');
    const yuan = new TableLookup(tables, '元');
    const t01 = wan.table('T01')!;
    const total = wan.figure('T01', '收入总计')!;
    assert.equal(wan.value(total, t01).toFixed(2), '403.05');
    assert.equal(yuan.value(total, t01).toFixed(2), '4030500.00');
    const cars = wan.figure('T10', '车辆数合计')!;
    assert.equal(wan.value(cars, wan.table('T10')!).toString(), '1');
    // The band of a 元 figure to 分 is 0.005 元: 5e-7 万元, in scaled integers of 10^-12 万元.
    assert.equal(wan.scaled(total, t01).radius, 500000n);
  });
});
