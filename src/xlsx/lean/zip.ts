/**
 * The parts of an .xlsx the checker reads, unzipped with fflate. Every part's stated size is looked at before it
 * is inflated (a zip bomb is refused unread), and a part that inflates to another size than the zip states is a
 * damaged file, as it is for ExcelJS.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { MAX_PART_BYTES, MAX_TOTAL_BYTES, partTooLarge } from '../limits';

const WANTED = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/i;

/** The wanted parts by name, inflated; throws UnreadableWorkbookError over the caps, Error when damaged. */
export function unzipParts(bytes: Uint8Array, file: string | undefined, wanted: (name: string) => boolean = (n) => WANTED.test(n)) {
  let total = 0;
  const stated = new Map<string, number>();
  const parts = unzipSync(bytes, {
    filter: (f: UnzipFileInfo) => {
      if (!wanted(f.name)) return false;
      if (f.originalSize > MAX_PART_BYTES) throw partTooLarge(file, f.name, f.originalSize, false);
      total += f.originalSize;
      if (total > MAX_TOTAL_BYTES) throw partTooLarge(file, f.name, total, true);
      stated.set(f.name, f.originalSize);
      return true;
    },
  });
  for (const [name, size] of stated)
    if (parts[name] && parts[name].length !== size) throw new Error(`${name}: uncompressed data size mismatch`);
  return parts;
}
