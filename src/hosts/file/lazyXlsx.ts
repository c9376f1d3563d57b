/**
 * What the file host does with ExcelJS, loaded only when the annotated copy is asked for: webpack puts this
 * module, src/xlsx and ExcelJS (its browser build, through the package's "browser" field) in a chunk of its
 * own, so the page itself stays light. Reading and checking never come here (pageRead.ts, in a worker).
 */
import type { CellRange } from '../../core/grid';
import type { Finding } from '../../core/findings';
import { annotatedXlsx as annotate } from '../../xlsx/bytes';
import { safeForExcelJS } from '../../xlsx/lean/sanitize';

/**
 * The annotated copy of the file's bytes, with the text sheets written since. ExcelJS gets the bytes with the
 * merges that reached beyond a sheet's extent clipped (`clippedMerges`, sheet → merges as the view shows them)
 * and every part held to the reader's caps, so a file the page could open never freezes it here.
 */
export async function annotatedXlsx(
  bytes: ArrayBuffer,
  name: string,
  textSheets: Map<string, string[]>,
  findings: Finding[],
  clippedMerges: ReadonlyMap<string, CellRange[]>,
): Promise<{ data: ArrayBuffer; marked: number }> {
  const safe = safeForExcelJS(new Uint8Array(bytes), name, clippedMerges);
  const copy = safe.buffer.slice(safe.byteOffset, safe.byteOffset + safe.byteLength) as ArrayBuffer;
  return annotate(copy, name, textSheets, findings);
}
