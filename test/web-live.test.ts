/**
 * Live check in the offline page (issue 17, item 5): the workbook is edited elsewhere (Excel, WPS) and saved;
 * opening the newer version of the same file re-checks it and says what changed since the last check, with
 * the marks of the view following. A version that cannot be read leaves the one shown as it was.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Finding } from '../src/core/findings';
import { check, type CheckResult } from '../src/engine';
import { FileHost, markKey, type PageReader } from '../src/hosts/file/fileHost';
import { answer, type PageRead } from '../src/hosts/file/pageRead';
import { marksFor } from '../src/marks';
import type { LiveRecheck } from '../src/pane/liveCheck';
import { LiveSession, canWatch } from '../src/pane/liveSession';
import { readWorkbookGrid } from '../src/xlsx/lean/read';
import { SAMPLE } from './helpers/sample';
import { truncated } from './hostile/zips';

const inProcess: PageReader = async (bytes, name) => {
  const reply = answer({ bytes, name });
  if (!reply.ok) throw new Error(reply.message);
  return structuredClone(reply.read) as PageRead;
};

const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer;

/** The sample with 公开03表 D10 (2010350 基本支出) typed as 189.12 instead of 199.12 (issue 13's example). */
async function mistyped(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const cell = wb.getWorksheet('公开03表')!.getCell('D10');
  assert.equal(cell.value, 199.12, 'the sample as this test knows it');
  cell.value = 189.12;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const errorsAt = (findings: Finding[], ref: string) =>
  findings.filter((f) => f.severity === 'error' && f.cells.some((c) => `${c.sheet}!${c.cell}` === ref));

describe('offline page: a newer version of the same file, opened again, is re-checked live', function () {
  this.timeout(60_000);
  let wrong: Buffer;
  let right: Buffer;
  before(async () => {
    wrong = await mistyped();
    right = fs.readFileSync(SAMPLE);
  });

  /** The pane's flow: check, mark, then watch; the re-checks' outcomes are collected. */
  async function checkedAndWatched(bytes: Buffer) {
    const host = new FileHost('决算.xlsx', arrayBuffer(bytes), { reader: inProcess });
    assert.ok(canWatch(host), 'the page offers 实时检查');
    assert.equal(host.info().live, 'newVersion');
    let result: CheckResult = check(await host.readWorkbook());
    await host.mark(marksFor(result.findings));
    const outcomes: LiveRecheck[] = [];
    const errors: unknown[] = [];
    let arrived: () => void = () => undefined;
    const session = await LiveSession.start(host, {
      findings: () => result.findings,
      dismissals: () => [],
      delayMs: 5,
      onRecheck: (outcome) => {
        result = outcome.result;
        outcomes.push(outcome);
        arrived();
      },
      onError: (error) => errors.push(error),
    });
    const next = () => new Promise<void>((resolve) => (arrived = resolve));
    return { host, session, outcomes, errors, next, result: () => result };
  }

  it('the corrected version: the error and its marks go, and the status counts 修正 without 新增', async () => {
    const live = await checkedAndWatched(wrong);
    assert.ok(live.host.watched());
    assert.ok(errorsAt(live.result().findings, '公开03表!D10').length > 0, 'the mistyped figure is an error');
    assert.ok(live.host.getSnapshot().marks.has(markKey('公开03表', 'D10')));
    const rechecked = live.next();
    await live.host.reopen(arrayBuffer(right));
    await rechecked;
    assert.equal(live.outcomes.length, 1);
    const [outcome] = live.outcomes;
    assert.ok(outcome.report.full);
    assert.equal(outcome.changes.added, 0);
    assert.ok(outcome.changes.fixed >= 1, `fixed ${outcome.changes.fixed}`);
    assert.deepEqual(errorsAt(outcome.result.findings, '公开03表!D10'), []);
    assert.deepEqual(outcome.result.counts, check(readWorkbookGrid(right, '决算.xlsx')).counts, 'as a fresh check of the new file');
    assert.ok(!live.host.getSnapshot().marks.has(markKey('公开03表', 'D10')), 'the mark went');
    assert.equal(live.host.size, right.length);
    await live.session.stop();
    assert.ok(!live.host.watched());
  });

  it('a version that brings an error: 新增 1 and the cell marked; the file is the new one', async () => {
    const live = await checkedAndWatched(right);
    const rechecked = live.next();
    await live.host.reopen(arrayBuffer(wrong));
    await rechecked;
    const [outcome] = live.outcomes;
    assert.equal(outcome.changes.fixed, 0);
    assert.ok(outcome.changes.added >= 1);
    assert.ok(live.host.getSnapshot().marks.get(markKey('公开03表', 'D10'))?.severity === 'error');
    const view = live.host.getSnapshot().sheets.find((s) => s.name === '公开03表')!;
    assert.ok(view, 'the view shows the new version');
    assert.equal(live.host.size, wrong.length);
    await live.session.stop();
  });

  it('an unreadable version is refused in plain words; the version shown, its marks and the written sheets stay', async () => {
    const live = await checkedAndWatched(wrong);
    await live.host.writeTextSheet('情况说明', ['一、收入支出决算总体情况说明'], false);
    const before = live.host.getSnapshot();
    await assert.rejects(live.host.reopen(arrayBuffer(truncated(SAMPLE))), (e: Error) => e.message === '决算.xlsx：工作簿已损坏或无法解析');
    assert.equal(live.host.getSnapshot(), before, 'nothing published');
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(live.outcomes.length, 0, 'no re-check');
    // A readable version afterwards keeps the sheet written by 插入到工作表.
    const rechecked = live.next();
    await live.host.reopen(arrayBuffer(right));
    await rechecked;
    assert.ok((await live.host.readWorkbook()).sheets.some((s) => s.name === '情况说明'));
    assert.deepEqual(live.host.writtenSheets(), ['情况说明']);
    assert.deepEqual(live.errors, []);
    await live.session.stop();
  });
});
