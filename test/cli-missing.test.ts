/** Without a supplement, the list of 待补充 names the supplement keys to fill and says how to give them. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { SUPPLEMENT_KEYS } from '../src/narrative/supplement';

describe('juesuan narrative: what is still to be supplied', function () {
  this.timeout(120_000);
  it('names each missing supplement key, as docs/supplement.md writes it, and how to give it', () => {
    const r = spawnSync(process.execPath, ['bin/juesuan.js', 'narrative', 'samples/seed-2024.xlsx'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /待补充 \d+ 项.*--supplement 文件\.json.*“补充信息”表单/);
    const keys = [...r.stderr.matchAll(/^ {2}"([^"]+)": /gm)].map((m) => m[1]);
    assert.ok(keys.length > 10, r.stderr);
    assert.ok(keys.includes('上年.收入总计'));
    // Every key listed is one the supplement reads (per-类 keys end in a code after a known prefix).
    const known = Object.keys(SUPPLEMENT_KEYS);
    for (const k of keys)
      assert.ok(
        known.some((x) => k === x || k.startsWith(x.replace(/[^.]*$/, ''))),
        k,
      );
  });
});
