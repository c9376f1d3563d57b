#!/usr/bin/env node
// The command: runs the prebuilt bundle (dist/cli/juesuan.js, made by `npm ci` through the `prepare` script).
// When a source file has changed since it was built, it is rebuilt first (~0.3 s, once); without esbuild, the
// TypeScript sources run through tsx as a last resort. JUESUAN_FROM_SOURCE=1 forces tsx (development).
const path = require('node:path');

function viaTsx() {
  const fs = require('node:fs');
  const os = require('node:os');
  // tsx caches compiled files under the temp folder; where that folder cannot be written, compile without a cache.
  try {
    const cache = path.join(os.tmpdir(), `tsx-${process.geteuid ? process.geteuid() : os.userInfo().username}`);
    fs.mkdirSync(cache, { recursive: true });
    fs.accessSync(cache, fs.constants.W_OK);
  } catch {
    process.env.TSX_DISABLE_CACHE = '1';
  }
  require('tsx/cjs');
  require('../src/cli/main.ts');
}

if (process.env.JUESUAN_FROM_SOURCE === '1') viaTsx();
else {
  const cli = require('./build.js');
  let ready = cli.fresh();
  if (!ready) {
    try {
      cli.build();
      ready = cli.fresh();
    } catch {
      ready = false;
    }
  }
  if (ready) require(path.join(cli.OUT, 'juesuan.js'));
  else viaTsx();
}
