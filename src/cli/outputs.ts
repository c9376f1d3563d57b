/**
 * Output paths, checked before any work: a folder that exists and takes files, not a folder itself, and
 * never one of the inputs (compared by device and inode, so a symbolic or hard link to an input is caught).
 */
// fs.promises is loaded on first use, not with the command (a plain check never needs it).
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { entriesUnder } from '../batch/walk';
import { OutputError } from '../batch/problems';

export interface Output {
  /** The option as the user knows it: --annotate, -o, --summary. */
  flag: string;
  file: string;
}

const statOf = (p: string) => fs.stat(p).catch(() => undefined);
const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

async function checkPlace({ flag, file }: Output): Promise<Stats | undefined> {
  const st = await statOf(file);
  if (st?.isDirectory()) throw new OutputError(`${flag} 的输出是一个文件夹：${file}（请给出文件名）`);
  if (st && !st.isFile()) throw new OutputError(`${flag} 的输出不是普通文件：${file}`);
  const target = st ? await fs.realpath(file) : path.resolve(file);
  const folder = path.dirname(target);
  const dir = await statOf(folder);
  if (!dir) throw new OutputError(`${flag} 的输出文件夹不存在：${path.dirname(file) || '.'}`);
  if (!dir.isDirectory()) throw new OutputError(`${flag} 的输出位置不是文件夹：${path.dirname(file)}`);
  try {
    await fs.access(folder, constants.W_OK);
  } catch (e) {
    throw new OutputError(`${flag} 的输出文件夹没有写入权限：${path.dirname(file) || '.'}`, e);
  }
  return st;
}

/** Every input file the run reads: the files given, and every file under a folder given. */
async function* inputFiles(inputs: string[]): AsyncGenerator<{ file: string; st: Stats }> {
  for (const input of inputs) {
    const st = await statOf(input);
    if (!st) continue;
    if (!st.isDirectory()) yield { file: input, st };
    else
      for (const file of (await entriesUnder(input)).entries) {
        const inner = await statOf(file);
        if (inner) yield { file, st: inner };
      }
  }
}

/** Throws an OutputError with a plain message when an output cannot or must not be written. */
export async function checkOutputs(outputs: Output[], inputs: string[]): Promise<void> {
  const existing: { out: Output; st: Stats }[] = [];
  for (const out of outputs) {
    const st = await checkPlace(out);
    if (st) existing.push({ out, st });
  }
  for (let i = 0; i < outputs.length; i++)
    for (let j = i + 1; j < outputs.length; j++)
      if (path.resolve(outputs[i].file) === path.resolve(outputs[j].file))
        throw new OutputError(`${outputs[i].flag} 与 ${outputs[j].flag} 不能写到同一个文件：${outputs[i].file}`);
  if (!existing.length) return; // an output that does not exist yet cannot be an input
  for await (const input of inputFiles(inputs))
    for (const { out, st } of existing)
      if (sameFile(st, input.st))
        throw new OutputError(
          `${out.flag} 的输出文件 ${out.file} 就是输入文件 ${input.file}（同一个文件或它的链接），写出会覆盖输入；请另选输出文件名`,
        );
}
