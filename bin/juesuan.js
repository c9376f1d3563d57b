#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx's require hook: no build step between `npm ci` and `npx juesuan`.
require('tsx/cjs');
require('../src/cli/main.ts');
