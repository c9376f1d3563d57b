/**
 * Builds a page of the task pane once (webpack, production mode) into a folder of test-output/, and reuses
 * that build while it is newer than every input: the test harness into test-output/e2e-dist, the add-in's
 * page for a given ADDIN_BASE_URL into test-output/addin-dist. dist/ is left alone.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const E2E_DIST = path.join(ROOT, 'test-output', 'e2e-dist');

function newest(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let n = st.mtimeMs;
  for (const e of fs.readdirSync(p)) n = Math.max(n, newest(path.join(p, e)));
  return n;
}

/** Whether the build in `dir` is older than the sources, the config or the installed packages. */
export function isStale(dir = E2E_DIST, page = 'harness.html'): boolean {
  const out = path.join(dir, page);
  if (!fs.existsSync(out)) return true;
  const inputs = ['taskpane', 'src', 'webpack.config.js', 'manifest.xml', 'package.json', 'package-lock.json']
    .map((p) => path.join(ROOT, p))
    .filter((p) => fs.existsSync(p));
  return Math.max(...inputs.map(newest)) > fs.statSync(out).mtimeMs;
}

export async function buildHarness(dir = E2E_DIST): Promise<{ built: boolean; ms: number }> {
  return buildPage('harness', dir, 'harness.html');
}

/** Builds the webpack entry `only` into `dir` (its page `page` says whether the build is current), with `env` for the config. */
export async function buildPage(
  only: string,
  dir: string,
  page: string,
  env: Record<string, string> = {},
): Promise<{ built: boolean; ms: number }> {
  const t0 = Date.now();
  if (!isStale(dir, page)) return { built: false, ms: 0 };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as (
    config: unknown,
    cb: (err: Error | null, stats?: { hasErrors(): boolean; toString(o: unknown): string }) => void,
  ) => void;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<unknown>;
  const config = await configure({ ...env, only, out: path.relative(ROOT, dir) }, { mode: 'production' });
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (!stats || stats.hasErrors()) reject(new Error(`webpack failed:\n${stats?.toString('errors-only')}`));
      else resolve();
    }),
  );
  return { built: true, ms: Date.now() - t0 };
}
