/** `npm ci` on the Node the README names (20.19) warns of no package: every locked package accepts that Node. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import semver from 'semver';

describe('the install', () => {
  it('locks only packages whose engines accept Node 20.19, the version the README and package.json name', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    assert.equal(pkg.engines.node, '>=20.19');
    assert.match(fs.readFileSync('README.md', 'utf8'), /Node\.js 20\.19 or newer/);
    const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } }> };
    const refusing = Object.entries(lock.packages)
      .filter(([name, p]) => name && p.engines?.node && !semver.satisfies('20.19.0', p.engines.node))
      .map(([name, p]) => `${name} wants node ${p.engines!.node}`);
    assert.deepEqual(refusing, []);
  });
});
