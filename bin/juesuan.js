#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx's require hook: no build step between `npm ci` and `npx juesuan`.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
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
