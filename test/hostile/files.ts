/** Odd things on disk, made at test time: FIFOs, sparse giants, links. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** A named pipe (nobody ever writes to it: reading it would hang). */
export function fifo(file: string): string {
  execFileSync('mkfifo', [file]);
  return file;
}

/** A file of `bytes` zero bytes that takes no disk space (its size alone must refuse it). */
export function sparse(file: string, bytes: number): string {
  fs.writeFileSync(file, '');
  fs.truncateSync(file, bytes);
  return file;
}

export const canMakeFifo = process.platform !== 'win32';
