/** `juesuan check … --json | head`: a reader that stops early ends the command quietly, with the check's own exit code. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

function firstChunkThenClose(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/juesuan.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('juesuan on a pipe closed early', function () {
  this.timeout(120_000);
  it('ends quietly with exit 0 when the sample has no error (no EPIPE trace)', async () => {
    for (const args of [
      ['check', 'samples/seed-2024.xlsx', '--json'],
      ['check', 'samples/seed-2024.xlsx', '--all'],
    ]) {
      const { code, stderr } = await firstChunkThenClose(args);
      assert.equal(code, 0, `${args.join(' ')}: ${stderr}`);
      assert.doesNotMatch(stderr, /EPIPE|Error/);
    }
  });
});
