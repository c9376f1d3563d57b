/** A finding stands under the same heading in the command's report and in the pane. */
import assert from 'node:assert/strict';
import { check } from '../src/engine';
import { findingsView } from '../src/pane/findings';
import { formatText } from '../src/report/text';
import { locate, sampleGrid, setCell } from './helpers/sample';

/** Heading → rule ids, as the text report lists them. */
function reportGroups(text: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  let heading = '';
  for (const line of text.split('\n')) {
    const h = /^【([^】\s]+)/.exec(line);
    if (h) heading = h[1];
    const f = /^ {2}[✗!] \S+ (\S+)/.exec(line);
    if (f && heading) groups.set(heading, [...(groups.get(heading) ?? []), f[1]]);
  }
  return groups;
}

describe('one heading per finding, in the report and the pane', () => {
  it('puts a cross-table relation (X08) under the table of the cell to fix in both, the 情况说明 under its own', async () => {
    const grid = await sampleGrid();
    const at = locate(grid, 'T03', '2010350', '基本支出');
    setCell(grid, at.sheet, at.cell, 189.12);
    grid.sheets.push({
      name: '情况说明',
      rows: [
        ['一、收入支出决算总体情况说明'],
        ['2024年度收入总计503.05万元，支出总计403.05万元。'],
        ['二、收入决算情况说明'],
        ['2024年度本年收入合计403.05万元。'],
        ['三、支出决算情况说明'],
        ['2024年度本年支出合计403.05万元。'],
      ],
    });
    const result = check(grid);
    const report = reportGroups(formatText(result));
    const pane = new Map(findingsView(result, [], grid).groups.map((g) => [g.id || '总体', g.items.map((i) => i.finding.rule)]));
    assert.deepEqual([...report.entries()].sort(), [...pane.entries()].sort());
    assert.ok(report.get('公开03表')?.includes('X08'), JSON.stringify([...report]));
    assert.ok(report.get('情况说明')?.includes('N01'), JSON.stringify([...report]));
  });
});
