/** The supplement (.json) and an existing 情况说明 (.txt, .docx): read safely, decoded, refused plainly. */
import { readInput } from '../batch/input';
import { InputError } from '../batch/problems';
import { readSupplement, SupplementError, supplementLabel, type Supplement } from '../narrative/supplement';
import { decodeText } from './encoding';

/** The bytes of a file read in a role the message names ("无法读取补充信息（文件不存在）"). */
async function readAs(role: string, file: string, kind: 'text' | 'docx'): Promise<Buffer> {
  try {
    return await readInput(file, kind);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(file, `无法读取${role}（${e.reason}）`, e.cause);
    throw e;
  }
}

/** "第 3 行" for the position JSON.parse names, when it names one. */
function whereInJson(text: string, e: unknown): string {
  const m = /position (\d+)/.exec((e as Error).message);
  if (!m) return '';
  const line = text.slice(0, Number(m[1])).split('\n').length;
  return `，第 ${line} 行附近有误`;
}

export async function readSupplementFile(file: string): Promise<Supplement> {
  const text = decodeText(await readAs('补充信息', file, 'text'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SupplementError(`${file}：不是有效的 JSON 文件${whereInJson(text, e)}（补充信息的写法见 docs/supplement.md）`, { cause: e });
  }
  return readSupplement(json, file);
}

/** Keys no section uses (a typo, or a key of another template): worth a warning, since they change nothing. */
export function unknownSupplementKeys(s: Supplement): string[] {
  return Object.keys(s).filter((k) => supplementLabel(k) === k);
}

/** Text of a .txt or .docx 情况说明. */
export async function readNarrativeText(file: string): Promise<string> {
  if (!/\.docx$/i.test(file)) return decodeText(await readAs('情况说明', file, 'text'));
  const buffer = await readAs('情况说明', file, 'docx');
  try {
    const mammoth = await import('mammoth');
    return (await mammoth.extractRawText({ buffer })).value;
  } catch (e) {
    throw new InputError(file, '无法读取情况说明（不是有效的 Word .docx 文件）', e);
  }
}
