/** Folders and files on the command line to the list of workbooks to check. */
import fs from 'node:fs/promises';
import path from 'node:path';

/** Every .xlsx under the given folders (recursively) and every file given directly, in a stable order. */
export async function collectFiles(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      out.push(input); // reported as unreadable in its row
      continue;
    }
    if (!stat.isDirectory()) {
      out.push(input);
      continue;
    }
    const entries = await fs.readdir(input, { withFileTypes: true, recursive: true });
    const files = entries
      .filter((e) => e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith('~$')) // ~$: Excel's lock files
      .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
    out.push(...files.sort((a, b) => a.localeCompare(b, 'zh-CN')));
  }
  return out;
}
