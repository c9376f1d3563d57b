/**
 * Builds the command (dist/cli/juesuan.js) and the batch worker (dist/cli/worker.js) from src/ with esbuild: one
 * file each, so a call loads a few hundred KB of JavaScript instead of compiling TypeScript. Run by `npm ci`
 * (the package's `prepare` script) and, when a source it was built from has changed since, by bin/juesuan.js.
 * ExcelJS, docx and mammoth stay outside the bundle and are loaded only by the commands that need them.
 *
 *   node bin/build.js        (npm run build:cli)
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'cli');
const STAMP = path.join(OUT, 'inputs.json');
const ENTRIES = { juesuan: 'src/cli/main.ts', worker: 'src/batch/worker.ts' };
/** Loaded on demand from node_modules: heavy, and only for --annotate, .xlsx summaries, .docx in or out. */
const EXTERNAL = ['exceljs', 'docx', 'mammoth', 'esbuild', 'tsx'];

/** The bundle is there and no source it was built from is newer. */
function fresh() {
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
    for (const name of Object.keys(ENTRIES)) if (!fs.existsSync(path.join(OUT, `${name}.js`))) return false;
    for (const f of stamp.inputs) if (fs.statSync(path.join(ROOT, f)).mtimeMs > stamp.builtAt) return false;
    return true;
  } catch {
    return false;
  }
}

function build() {
  const esbuild = require('esbuild');
  const builtAt = Date.now();
  fs.mkdirSync(OUT, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(OUT, '.build-'));
  try {
    const r = esbuild.buildSync({
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, path.join(ROOT, v)])),
      outdir: tmp,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: EXTERNAL,
      metafile: true,
      logLevel: 'silent',
      legalComments: 'none',
    });
    const inputs = Object.keys(r.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
    // Renamed into place one by one: a command started meanwhile sees either the old files or the new.
    for (const name of Object.keys(ENTRIES)) fs.renameSync(path.join(tmp, `${name}.js`), path.join(OUT, `${name}.js`));
    fs.writeFileSync(path.join(tmp, 'inputs.json'), JSON.stringify({ builtAt, inputs }));
    fs.renameSync(path.join(tmp, 'inputs.json'), STAMP);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { OUT, fresh, build };

if (require.main === module) {
  build();
  process.stdout.write(`built ${path.relative(ROOT, OUT)}/juesuan.js and worker.js\n`);
}
