/** The task pane's logic without a browser: texts, findings grouping, marks, narrative segments, the supplement form. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { WorkbookGrid } from '../src/core/grid';
import { check, narrate, type CheckResult } from '../src/engine';
import { dismissalStatus, findingsView, tableOf, withDismissal, withoutDismissal } from '../src/pane/findings';
import { marksFor } from '../src/marks';
import { MESSAGES, localeOf, translator } from '../src/pane/i18n';
import {
  documentNames,
  fieldKind,
  fieldProblem,
  narrativeLines,
  narrativePlainText,
  placeholderKeys,
  sectionParagraphs,
  setSupplementValue,
  supplementForm,
  usableSupplement,
} from '../src/pane/narrative';
import { EMPTY_STATE, dismiss } from '../src/hosts/state';
import { PART_TITLE } from '../src/narrative/render/text';
import type { Finding } from '../src/core/findings';
import { locate, sampleGrid, setCell } from './helpers/sample';

async function brokenSample(): Promise<{ grid: WorkbookGrid; result: CheckResult; cell: { sheet: string; cell: string } }> {
  const grid = await sampleGrid();
  const cell = locate(grid, 'T03', '2010350', '基本支出');
  setCell(grid, cell.sheet, cell.cell, 191.12);
  return { grid, result: check(grid), cell };
}

describe('task pane: texts', () => {
  it('has every text in Chinese and English, with the same {placeholders}', () => {
    const zh = MESSAGES.zh as Record<string, string>;
    const en = MESSAGES.en as Record<string, string>;
    assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(zh)) {
      assert.ok(zh[k].trim() && en[k].trim(), k);
      assert.deepEqual(vars(en[k]), vars(zh[k]), k);
    }
  });

  it('speaks English only when Office does, Chinese otherwise', () => {
    assert.equal(localeOf('en-US'), 'en');
    assert.equal(localeOf('EN-gb'), 'en');
    assert.equal(localeOf('en'), 'en');
    for (const l of ['zh-CN', 'zh-TW', 'fr-FR', 'ennn', '', undefined, null]) assert.equal(localeOf(l), 'zh', String(l));
    assert.equal(translator('en-US')('check'), 'Check');
    assert.equal(translator('zh-CN')('check'), '检查');
    assert.equal(translator('zh-CN')('failed', { what: translator('zh-CN')('opReadWorkbook') }), '读取工作簿失败');
    assert.equal(translator('zh-CN')('unsupportedBody', { version: '1.14' }).includes('ExcelApi）1.14'), true);
  });
});

describe('task pane: findings', () => {
  it('groups by table, errors first, the warning of 公开03表’s sheet under 公开03表, tails apart', async () => {
    const { grid, result } = await brokenSample();
    const v = findingsView(result, [], grid);
    assert.equal(v.tails.length, result.counts.info);
    assert.ok(v.tails.every((f) => f.severity === 'info'));
    assert.deepEqual(
      v.groups.map((g) => g.id),
      ['公开03表'],
    );
    const g = v.groups[0];
    assert.equal(g.title, '支出决算表');
    assert.equal(g.errors, result.counts.error);
    assert.equal(g.warnings, result.counts.warning);
    assert.deepEqual(
      g.items.map((i) => i.finding.severity),
      ['error', 'error', 'warning'],
    );
    assert.equal(v.openWarnings, 1);
  });

  it('puts groups with errors before groups with only warnings, the workbook-wide group first among equals', () => {
    const tables = [
      { id: '公开01表', key: 'T01', title: '收入支出决算总表', sheet: 'A', range: 'A1:B2', unit: '万元' },
      { id: '公开02表', key: 'T02', title: '收入决算表', sheet: 'B', range: 'A1:B2', unit: '万元' },
    ] as CheckResult['tables'];
    const f = (severity: Finding['severity'], table?: string): Finding => ({ rule: 'X', severity, table, cells: [], message: severity });
    const grid: WorkbookGrid = { sheets: [] };
    const v = findingsView({ tables, findings: [f('warning', '公开01表'), f('warning'), f('error', '公开02表'), f('error')] }, [], grid);
    assert.deepEqual(
      v.groups.map((g) => g.key),
      ['', '公开02表', '公开01表'],
    );
    assert.equal(tableOf(f('error'), tables), undefined);
    assert.deepEqual(tableOf({ ...f('error'), sheet: 'B' }, tables), { id: '公开02表', title: '收入决算表' });
  });

  it('shows a warning as explained while its figures stay, lapsed when one changes', async () => {
    const { grid, result } = await brokenSample();
    const w = result.findings.find((f) => f.severity === 'warning')!;
    const state = withDismissal(EMPTY_STATE, dismiss(w, '已核对', grid));
    assert.equal(dismissalStatus(w, state.dismissals, grid).kind, 'explained');
    assert.equal(findingsView(result, state.dismissals, grid).explainedWarnings, 1);
    assert.equal(findingsView(result, state.dismissals, grid).groups[0].items.at(-1)!.status.kind, 'explained');

    const changed = structuredClone(grid);
    setCell(changed, w.cells[0].sheet, w.cells[0].cell, 999);
    const status = dismissalStatus(w, state.dismissals, changed);
    assert.equal(status.kind, 'lapsed');
    assert.equal(status.kind === 'lapsed' && status.dismissal.reason, '已核对');

    // Explaining again replaces the old explanation; withdrawing removes it.
    const again = withDismissal(state, dismiss(w, '再次核对', changed));
    assert.equal(again.dismissals.length, 1);
    assert.equal(again.dismissals[0].reason, '再次核对');
    assert.deepEqual(withoutDismissal(again, w).dismissals, []);
    assert.equal(
      dismissalStatus(
        result.findings.find((f) => f.severity === 'error')!,
        again.dismissals,
        changed,
      ).kind,
      'none',
    );
  });

  it('marks every cell of errors and open warnings once, an error over a warning, never a tail', async () => {
    const { grid, result, cell } = await brokenSample();
    const marks = marksFor(result.findings);
    const keys = marks.map((m) => `${m.sheet}!${m.cell}`);
    assert.equal(new Set(keys).size, keys.length);
    const want = new Set(result.findings.filter((f) => f.severity !== 'info').flatMap((f) => f.cells.map((c) => `${c.sheet}!${c.cell}`)));
    assert.deepEqual(new Set(keys), want);
    const m = marks.find((x) => x.sheet === cell.sheet && x.cell === cell.cell)!;
    assert.equal(m.severity, 'error'); // also in the X08 warning
    assert.equal(m.message.split('\n').length, 3);
    assert.ok(m.message.includes('[X08]') && m.message.includes('[T03-1]'));

    const w = result.findings.find((f) => f.severity === 'warning')!;
    const state = withDismissal(EMPTY_STATE, dismiss(w, '已核对', grid));
    const explained = marksFor(result.findings, (f) => dismissalStatus(f, state.dismissals, grid).kind === 'explained');
    const only = w.cells.find((c) => !(c.sheet === cell.sheet && c.cell === cell.cell))!;
    assert.ok(!explained.some((x) => x.sheet === only.sheet && x.cell === only.cell), 'an explained warning is not marked');
    assert.equal(marksFor([{ rule: 'G', severity: 'warning', sheet: 'S', cell: 'B2', cells: [], message: 'm' }])[0].cell, 'B2');
  });
});

describe('task pane: the narrative', () => {
  it('cuts each section into text, linked figures and placeholders that give back the text exactly', async () => {
    const { result } = await brokenSample();
    const n = narrate(result).narrative;
    const keys = placeholderKeys(n);
    let figures = 0;
    let placeholders = 0;
    for (const s of n.sections) {
      const paragraphs = sectionParagraphs(s, keys);
      assert.equal(
        paragraphs.map((p) => p.map((x) => x.text).join('')).join('\n'),
        s.text.split('\n').filter(Boolean).join('\n'),
        s.heading,
      );
      for (const seg of paragraphs.flat()) {
        if (seg.kind === 'fact' && seg.source.kind === 'cell') figures++;
        if (seg.kind === 'placeholder') {
          placeholders++;
          assert.equal(seg.text, `【待补充：${seg.label}】`);
          assert.ok(seg.key, `a key for ${seg.label}`);
        }
      }
    }
    assert.ok(figures > 20, `${figures} figures linked`);
    assert.ok(placeholders >= n.missing.length);
    const first = sectionParagraphs(n.sections[0], keys)[0];
    const fig = first.find((x) => x.kind === 'fact')!;
    assert.equal(fig.text, '403.05');
    assert.equal(fig.kind === 'fact' && fig.source.kind, 'cell');
  });

  it('skips a figure whose offset does not hold its text', () => {
    const segs = sectionParagraphs({
      text: '收入12.00万元',
      facts: [{ text: '12.00', offset: 0, source: { kind: 'supplement', key: 'k' } }],
    });
    assert.deepEqual(segs, [[{ kind: 'text', text: '收入12.00万元' }]]);
  });

  it('writes one paragraph per line under the part title, and names the Word file', async () => {
    const { result } = await brokenSample();
    const n = narrate(result).narrative;
    const lines = narrativeLines(n);
    assert.equal(lines[0], PART_TITLE);
    assert.ok(lines.includes('一、收入支出决算总体情况说明'));
    assert.ok(lines.every((l) => l.trim() !== ''));
    assert.equal(lines.length, 1 + n.sections.length + n.sections.reduce((k, s) => k + s.paragraphs.filter((p) => p.trim()).length, 0));
    assert.ok(narrativePlainText(n).startsWith(`${PART_TITLE}\n`));
    assert.deepEqual(documentNames('阳城县政务服务中心', '2024'), {
      title: '阳城县政务服务中心2024年度决算公开', // the same title line as the command's .docx
      file: '阳城县政务服务中心2024年度情况说明.docx',
    });
    assert.deepEqual(documentNames(undefined, '【待补充：年度】'), { title: undefined, file: '情况说明.docx' });
    assert.equal(documentNames('a/b:c', '2024').file, 'a_b_c2024年度情况说明.docx');
  });

  it('knows amounts, counts and texts, and refuses what is not one', () => {
    assert.equal(fieldKind('上年.类.201'), 'amount');
    assert.equal(fieldKind('年初预算.一般公共预算'), 'amount');
    assert.equal(fieldKind('绩效.涉及资金'), 'amount');
    assert.equal(fieldKind('数量.出国团组'), 'count');
    assert.equal(fieldKind('绩效.优'), 'count');
    assert.equal(fieldKind('原因.三公'), 'text');
    assert.equal(fieldKind('绩效.改进措施'), 'text');
    assert.equal(fieldProblem('amount', '1,234.50'), undefined);
    assert.equal(fieldProblem('amount', '-3'), undefined);
    assert.equal(fieldProblem('amount', '约四百万'), 'invalidAmount');
    assert.equal(fieldProblem('count', '2.5'), 'invalidCount');
    assert.equal(fieldProblem('count', ''), undefined);
    assert.deepEqual(
      usableSupplement({ '上年.收入总计': 'abc', '上年.支出总计': '461.57', '原因.三公': '减少', '数量.出国团组': 'x', 空: ' ' }),
      { '上年.支出总计': '461.57', '原因.三公': '减少' },
    );
    assert.deepEqual(setSupplementValue({ a: '1' }, 'a', '  '), {});
    assert.deepEqual(setSupplementValue({}, 'a', '2'), { a: '2' });
  });

  it('builds the supplement form from what the narrative needs, grouped by section, fields staying once filled', async () => {
    const { result } = await brokenSample();
    const gen = (s: Record<string, string>) => narrate(result, usableSupplement(s)).narrative;
    const bare = gen({});
    const groups = supplementForm(bare, bare, {});
    const fields = groups.flatMap((g) => g.fields);
    assert.deepEqual(fields.map((f) => f.key).sort(), bare.missing.map((m) => m.key).sort());
    assert.ok(
      groups.every((g) => /^[一二三四五六七八九十]+、/.test(g.heading)),
      groups.map((g) => g.heading).join(),
    );
    const first = groups[0];
    assert.equal(first.heading, '一、收入支出决算总体情况说明');
    assert.deepEqual(
      first.fields.map((f) => f.label),
      ['上年收入总计', '上年支出总计', '收入支出总计增减的主要原因'],
    );
    assert.deepEqual(
      first.fields.map((f) => [f.kind, f.multiline]),
      [
        ['amount', false],
        ['amount', false],
        ['text', true],
      ],
    );

    const supplement = { '上年.收入总计': '461.57', 自定义: '保留' };
    const now = gen(supplement);
    assert.ok(!now.missing.some((m) => m.key === '上年.收入总计'));
    const again = supplementForm(bare, now, supplement);
    const filled = again.flatMap((g) => g.fields).find((f) => f.key === '上年.收入总计')!;
    assert.equal(filled.value, '461.57');
    assert.equal(again[0].fields[0], filled);
    assert.deepEqual(again.at(-1), {
      heading: '',
      fields: [{ key: '自定义', label: '自定义', kind: 'text', value: '保留', multiline: false }],
    });
  });
});

describe('task pane: sources', () => {
  it('never renders text as HTML', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(tsx?|html)$/.test(e.name)) files.push(p);
      }
    };
    walk(path.join(__dirname, '..', 'taskpane'));
    walk(path.join(__dirname, '..', 'src', 'pane'));
    walk(path.join(__dirname, '..', 'src', 'hosts'));
    assert.ok(files.length > 10);
    for (const f of files)
      assert.doesNotMatch(
        fs.readFileSync(f, 'utf8'),
        /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/,
        f,
      );
  });
});
