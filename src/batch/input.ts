/**
 * Reading a file the user named: only a regular file (a FIFO would hang, /dev/zero never ends), and no
 * more than a size cap, so one odd path cannot stall or exhaust the run.
 */
import fs from 'node:fs';
import { InputError, readReason } from './problems';

const MB = 1024 * 1024;

export type InputKind = 'workbook' | 'docx' | 'text';

/** The largest file read of each kind, and its name in messages. */
export const INPUT_LIMITS: Record<InputKind, { bytes: number; what: string }> = {
  workbook: { bytes: 200 * MB, what: '工作簿' },
  docx: { bytes: 50 * MB, what: 'Word 文件' },
  text: { bytes: 10 * MB, what: '文本文件' },
};

const NOT_REGULAR = '不是普通文件，而是管道、设备或套接字';

/** Why a path that cannot be opened fails, telling a dangling link from a missing file. */
function openFailure(file: string, e: unknown): string {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
    let link: fs.Stats | undefined;
    try {
      link = fs.lstatSync(file);
    } catch {
      link = undefined;
    }
    if (link?.isSymbolicLink()) return '链接指向的文件不存在';
  }
  return readReason(e);
}

/**
 * The bytes of a regular file no larger than the kind's cap; anything else is an InputError with a plain reason.
 * Read synchronously: one file is read at a time, and the thread pool's round trips cost more than they spare
 * (a batch worker reads many small workbooks).
 */
export async function readInput(file: string, kind: InputKind): Promise<Buffer> {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; it is refused below.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new InputError(file, openFailure(file, e), e);
  }
  try {
    // The opened file itself is tested, so the path cannot be swapped between the test and the read.
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw new InputError(file, '是文件夹，不是文件');
    if (!st.isFile()) throw new InputError(file, NOT_REGULAR);
    const limit = INPUT_LIMITS[kind];
    if (st.size > limit.bytes)
      throw new InputError(file, `文件过大：${(st.size / MB).toFixed(1)} MB，${limit.what}最大为 ${limit.bytes / MB} MB`);
    const buf = Buffer.alloc(st.size);
    let at = 0;
    while (at < buf.length) {
      const bytesRead = fs.readSync(fd, buf, at, buf.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return buf.subarray(0, at);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, readReason(e), e);
  } finally {
    try {
      fs.closeSync(fd);
    } catch {
      // nothing to do: the bytes are read
    }
  }
}
