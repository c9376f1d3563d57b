/**
 * What a page of the built task pane loads first: the scripts and style sheets its HTML names (from the
 * build, not from a CDN), raw and gzipped; and the lazy chunks no page names (the Word writer).
 *
 *   bundleSizes('dist')                   // taskpane.html
 *   bundleSizes('dist', 'harness.html')
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleSizes {
  page: string;
  /** The page's own scripts and style sheets, in order. */
  initial: FileSize[];
  initialBytes: number;
  initialGzip: number;
  /** Scripts and style sheets of the build that no page loads: chunks loaded on demand. */
  lazy: FileSize[];
  lazyGzip: number;
}

const isLocal = (url: string) => !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

/** Local script and style-sheet URLs of an HTML page. */
export function pageAssets(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)) out.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet/i.test(m[0])) continue;
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(m[0]);
    if (href) out.push(href[1]);
  }
  return out.filter(isLocal).map((u) => decodeURIComponent(u.split(/[?#]/)[0]).replace(/^\.?\//, ''));
}

function sizeOf(distDir: string, file: string): FileSize {
  const bytes = fs.readFileSync(path.join(distDir, file));
  return { file, bytes: bytes.length, gzip: zlib.gzipSync(bytes).length };
}

const sum = (xs: FileSize[], k: 'bytes' | 'gzip') => xs.reduce((n, x) => n + x[k], 0);

export function bundleSizes(distDir: string, page = 'taskpane.html'): BundleSizes {
  const pagePath = path.join(distDir, page);
  if (!fs.existsSync(pagePath)) throw new Error(`${pagePath} not found: build first (npx webpack --mode production)`);
  const initial = pageAssets(fs.readFileSync(pagePath, 'utf8')).map((f) => sizeOf(distDir, f));
  const named = new Set<string>();
  for (const html of fs.readdirSync(distDir).filter((f) => f.endsWith('.html')))
    for (const f of pageAssets(fs.readFileSync(path.join(distDir, html), 'utf8'))) named.add(f);
  const lazy = fs
    .readdirSync(distDir)
    .filter((f) => /\.(m?js|css)$/.test(f) && !named.has(f))
    .sort()
    .map((f) => sizeOf(distDir, f));
  return { page, initial, initialBytes: sum(initial, 'bytes'), initialGzip: sum(initial, 'gzip'), lazy, lazyGzip: sum(lazy, 'gzip') };
}

if (require.main === module) {
  const dir = process.argv[2] ?? 'dist';
  const r = bundleSizes(dir, process.argv[3]);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${r.page}: initial ${kb(r.initialBytes)} (${kb(r.initialGzip)} gzipped) — ${r.initial.map((f) => f.file).join(', ')}`);
  for (const f of r.lazy) console.log(`  lazy ${f.file}: ${kb(f.bytes)} (${kb(f.gzip)} gzipped)`);
}
