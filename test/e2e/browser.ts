/**
 * The Chromium the browser tests drive: CHROMIUM_PATH when set; else a Chromium, Chrome or Edge installed on
 * the machine; else the Chromium shipped inside the @sparticuz/chromium package (a devDependency, ~64 MB
 * installed, unpacked to the temp folder on first use: a few seconds), so `npm ci && npm test` needs nothing
 * else. JUESUAN_BROWSER=bundled skips the installed ones (to test that path).
 */
import fs from 'node:fs';

const INSTALLED = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export interface Browser {
  executablePath: string;
  /** Extra launch arguments the bundled Chromium needs (none for an installed browser). */
  args: string[];
  source: 'env' | 'installed' | 'bundled';
}

let found: Promise<Browser> | undefined;

export function findBrowser(): Promise<Browser> {
  found ??= (async () => {
    if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH, args: [], source: 'env' as const };
    if (process.env.JUESUAN_BROWSER !== 'bundled') {
      const installed = INSTALLED.find((p) => fs.existsSync(p));
      if (installed) return { executablePath: installed, args: [], source: 'installed' as const };
    }
    const { default: bundled } = await import('@sparticuz/chromium');
    // Its flags suit a machine without a GPU or a sandbox; one process per page keeps the tests' several tabs apart.
    const args = bundled.args.filter((a: string) => a !== '--single-process');
    return { executablePath: await bundled.executablePath(), args, source: 'bundled' as const };
  })();
  return found;
}
