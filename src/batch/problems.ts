/**
 * What a user reads when a file cannot be read, checked or written: plain Chinese, one line naming the file.
 * The technical detail (library message, stack) is kept apart, for `--verbose`.
 */
import { SupplementError } from '../narrative/supplement';
import { UnreadableWorkbookError } from '../xlsx/errors';

/** A file given as input cannot be read: `reason` is the plain part after the file name. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    cause?: unknown,
  ) {
    super(`${file}：${reason}`, cause === undefined ? undefined : { cause });
  }
}

/** An output file cannot be written (or must not be: it is an input). */
export class OutputError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

const READ_REASONS: Record<string, string> = {
  ENOENT: '文件不存在',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EISDIR: '是文件夹，不是文件',
  ENOTDIR: '路径中有一段不是文件夹',
  ELOOP: '链接指来指去成了循环，无法打开',
  ENAMETOOLONG: '文件名过长',
  ENXIO: '不是普通文件，而是管道、设备或套接字',
  EBUSY: '文件正被其他程序占用',
  EMFILE: '同时打开的文件过多，请稍后再试',
  EIO: '读取磁盘时出错',
};

const WRITE_REASONS: Record<string, string> = {
  ENOENT: '输出文件夹不存在',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '所在的磁盘或文件夹是只读的',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '超出了磁盘配额',
  EISDIR: '是文件夹，不是文件',
  ENOTDIR: '路径中有一段不是文件夹',
  EBUSY: '文件正被其他程序占用（可能在 Excel 中打开着）',
  ENAMETOOLONG: '文件名过长',
  EIO: '写入磁盘时出错',
};

function errnoCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The plain reason for a failed read of a file, from its error code. */
export function readReason(e: unknown): string {
  return READ_REASONS[errnoCode(e) ?? ''] ?? '无法读取文件';
}

/** The plain reason for a failed write of a file, from its error code. */
export function writeReason(e: unknown): string {
  return WRITE_REASONS[errnoCode(e) ?? ''] ?? '无法写入文件';
}

export interface Problem {
  /** One line for the user, naming the file. */
  message: string;
  /** Library message and stack, for --verbose. */
  detail?: string;
}

/** The stack of an error and of its causes. */
export function technicalDetail(e: unknown): string {
  const parts: string[] = [];
  for (let x: unknown = e, depth = 0; x !== undefined && depth < 5; x = (x as Error)?.cause, depth++)
    parts.push(x instanceof Error ? (x.stack ?? `${x.name}: ${x.message}`) : String(x));
  return parts.join('\n原因：');
}

// The reader puts the library's own words in brackets after this phrase ("Bug : uncompressed data size mismatch").
const CORRUPT = /^(.*工作簿已损坏或无法解析)（.*）$/s;

/** What to tell the user about an error met while handling `file` (or the run as a whole). */
export function describeProblem(e: unknown, file?: string): Problem {
  if (e instanceof InputError || e instanceof OutputError || e instanceof SupplementError)
    return { message: e.message, detail: e.cause ? technicalDetail(e.cause) : undefined };
  if (e instanceof UnreadableWorkbookError) {
    const m = CORRUPT.exec(e.message);
    return m ? { message: m[1], detail: technicalDetail(e) } : { message: e.message.split('\n')[0] };
  }
  const where = file ?? (e as NodeJS.ErrnoException).path;
  if (where && errnoCode(e) && (e as NodeJS.ErrnoException).syscall)
    return { message: `${where}：${readReason(e)}`, detail: technicalDetail(e) };
  if (file) return { message: `${file}：检查此工作簿时出错，未能完成（加 --verbose 可查看技术细节）`, detail: technicalDetail(e) };
  return { message: '程序出错，未能完成（加 --verbose 可查看技术细节）', detail: technicalDetail(e) };
}

/** The reason alone, for a summary row (the row already names the file). */
export function reasonOf(problem: Problem, file: string): string {
  return problem.message.startsWith(`${file}：`) ? problem.message.slice(file.length + 1) : problem.message;
}
