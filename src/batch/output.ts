/**
 * Writing an output file whole or not at all: the bytes go to a temporary file in the same folder, which is
 * renamed over the target once complete, so a crash or a full disk never leaves half a file (or half of
 * the user's previous file).
 */
import { randomBytes } from 'node:crypto';
// fs.promises is loaded on first use, not with the command (a plain check never needs it).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { OutputError, writeReason } from './problems';

/** The file a path names: an existing symbolic link is followed, so the link stays a link. */
async function targetOf(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const target = await targetOf(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new OutputError(`${file}：${writeReason(e)}，未写出`, e);
  }
}
