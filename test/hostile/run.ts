/** Running the real `juesuan` command, and proving that inputs are left byte for byte. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { PROJECT_ROOT } from '../helpers/variants';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function juesuan(args: string[], env: Record<string, string> = {}, timeout = 120_000): Run {
  const r = spawnSync(process.execPath, ['bin/juesuan.js', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The hashes of some files now; `unchanged()` asserts each still has its bytes. */
export function snapshot(...files: string[]): { unchanged: () => void } {
  const before = new Map(files.map((f) => [f, sha256(f)]));
  return {
    unchanged: () => {
      for (const [f, h] of before) assert.equal(sha256(f), h, `${f} was changed`);
    },
  };
}

/** No stack trace, no library words, no "内部错误" in what the user reads. */
export function assertPlain(text: string): void {
  assert.doesNotMatch(text, /内部错误|\n\s+at |Error:|ENOENT|EACCES|Bug :|Cannot |Invalid string|undefined/, text);
}
