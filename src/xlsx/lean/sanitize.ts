/**
 * The bytes of a workbook made safe for ExcelJS, which the offline page still uses to write the annotated
 * copy: ExcelJS inflates every part of the zip, and walks every merged area cell by cell (a merge over
 * H40:XFD1048576 is 17 billion cells, and freezes the page). So every part's stated size is held to the
 * reader's caps (../limits.ts), and the merges that reached beyond a sheet's extent are written clipped, as
 * the view shows them (./view.ts). A workbook with neither problem is given back as it was, byte for byte.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type UnzipFileInfo } from 'fflate';
import { a1, type CellRange } from '../../core/grid';
import { MAX_PART_BYTES, MAX_TOTAL_BYTES, partTooLarge } from '../limits';
import { readBook, readRels } from './read';
import { unzipParts } from './zip';

/** Throws the reader's refusal when any part of the zip, wanted by the reader or not, is stated beyond the caps. */
function checkStatedSizes(bytes: Uint8Array, name: string): void {
  let total = 0;
  unzipSync(bytes, {
    filter: (f: UnzipFileInfo) => {
      if (f.originalSize > MAX_PART_BYTES) throw partTooLarge(name, f.name, f.originalSize, false);
      total += f.originalSize;
      if (total > MAX_TOTAL_BYTES) throw partTooLarge(name, f.name, total, true);
      return false; // nothing is inflated
    },
  });
}

const MERGES = /<([A-Za-z_][\w.-]*:)?mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?mergeCells\s*>)/;

function mergeXml(prefix: string, merges: CellRange[]): string {
  if (!merges.length) return '';
  const refs = merges.map((m) => `<${prefix}mergeCell ref="${a1(m.top, m.left)}:${a1(m.bottom, m.right)}"/>`).join('');
  return `<${prefix}mergeCells count="${merges.length}">${refs}</${prefix}mergeCells>`;
}

/**
 * `bytes` for ExcelJS: refused (UnreadableWorkbookError) when a part is stated beyond the caps; with the merged
 * areas of the sheets named in `clipped` replaced by theirs.
 */
export function safeForExcelJS(bytes: Uint8Array, name: string, clipped: ReadonlyMap<string, CellRange[]>): Uint8Array {
  checkStatedSizes(bytes, name);
  if (clipped.size === 0) return bytes;
  const parts = unzipParts(bytes, name, () => true);
  const text = (part: string) => (parts[part] ? strFromU8(parts[part]) : undefined);
  const book = readBook(text('xl/workbook.xml') ?? '', readRels(text('xl/_rels/workbook.xml.rels')));
  let changed = false;
  for (const sheet of book.sheets) {
    const merges = clipped.get(sheet.name);
    const xml = sheet.part ? text(sheet.part) : undefined;
    if (!merges || xml === undefined) continue;
    const m = MERGES.exec(xml);
    if (!m) continue;
    parts[sheet.part!] = strToU8(xml.slice(0, m.index) + mergeXml(m[1] ?? '', merges) + xml.slice(m.index + m[0].length));
    changed = true;
  }
  return changed ? zipSync(parts, { level: 6 }) : bytes;
}
