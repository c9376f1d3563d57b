/**
 * The add-in's figures: what the task pane loads first (gzipped; target ≤ 300 KB) after a production
 * build, and the Office.js round trips of a full check (read → check → mark) against the fake Excel,
 * on the sample and on a large synthetic workbook.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { OfficeHost } from '../src/hosts/office/officeHost';
import { check } from '../src/engine';
import type { Mark } from '../src/hosts/seam';
import { FakeExcel, installFakeOffice } from '../test/fakes/excel';
import { seedFromXlsx } from '../test/fakes/seed';
import { bundleSizes } from '../test/e2e/bundle';

const ROOT = path.resolve(__dirname, '..');

export async function measureAddin(files: { name: string; file: string }[]) {
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'only=taskpane'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const sizes = bundleSizes(path.join(ROOT, 'dist'));
  const syncs: Record<string, number> = {};
  for (const { name, file } of files) {
    const fake = new FakeExcel(await seedFromXlsx(file));
    const uninstall = installFakeOffice(fake);
    try {
      const host = new OfficeHost();
      const before = fake.syncCount;
      const grid = await host.readWorkbook();
      const marks: Mark[] = check(grid)
        .findings.filter((f) => f.severity !== 'info')
        .flatMap((f) => f.cells.map((c) => ({ sheet: c.sheet, cell: c.cell, severity: f.severity, message: f.message })));
      await host.mark(marks);
      syncs[name] = fake.syncCount - before;
    } finally {
      uninstall();
    }
  }
  return { initial_load: sizes, initial_load_target_kb_gz: 300, check_syncs: syncs, check_syncs_target: 4 };
}
