/** Folders and files on the command line to the list of workbooks to check. */
// fs.promises is loaded on first use, not with the command (a plain check never needs it).
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Every entry under a folder that is not itself a folder (files, links, FIFOs …), recursively. Linked
 * folders are followed once each (a link back up the tree is not walked again). Folders that cannot be
 * listed come apart, so their rows say why.
 */
export async function entriesUnder(root: string): Promise<{ entries: string[]; unlisted: string[] }> {
  const out: string[] = [];
  const unlisted: string[] = [];
  const seen = new Set<string>();
  const walk = async (dir: string) => {
    const st = await fs.stat(dir).catch(() => undefined);
    if (st) {
      const id = `${st.dev}:${st.ino}`;
      if (seen.has(id)) return;
      seen.add(id);
    }
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      unlisted.push(dir);
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      const linkedFolder = e.isSymbolicLink() && !/\.xlsx$/i.test(e.name) && (await fs.stat(p).catch(() => undefined))?.isDirectory();
      if (e.isDirectory() || linkedFolder) await walk(p);
      else out.push(p);
    }
  };
  await walk(root);
  return { entries: out, unlisted };
}

/**
 * Every .xlsx under the given folders and every path given directly, in a stable order. Nothing named
 * .xlsx is dropped here, whatever it is (a link, a dangling link, a FIFO): its row says what it is.
 */
export async function collectFiles(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat?.isDirectory()) {
      out.push(input); // a missing or odd path is reported in its row
      continue;
    }
    const { entries, unlisted } = await entriesUnder(input);
    const files = entries.filter((p) => {
      const name = path.basename(p);
      return /\.xlsx$/i.test(name) && !name.startsWith('~$'); // ~$: Excel's lock files
    });
    out.push(...[...unlisted, ...files].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  }
  return out;
}
