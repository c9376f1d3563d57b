/** `npm run web` serves an existing build without rebuilding it; it builds only when there is none or when asked. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const plan = (out: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/web.ts', '--dry-run', ...args], {
    encoding: 'utf8',
    env: { ...process.env, JUESUAN_WEB_OUT: out },
  }).stdout.trim();

describe('npm run web', function () {
  this.timeout(60_000);
  it('builds only when there is no build, or when asked with --build', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-web-out-'));
    try {
      assert.match(plan(out), /^build, serve/);
      fs.writeFileSync(path.join(out, 'web.html'), '<!doctype html>');
      assert.match(plan(out), /^no build, serve/);
      assert.match(plan(out, '--build'), /^build, serve/);
      assert.match(plan(out, '--build-only'), /^build, no serve/);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
