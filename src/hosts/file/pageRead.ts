/**
 * What the offline page does with a file before the pane sees it: read it with the lean reader (the CLI's
 * bounds: part sizes, rows × columns, merges clipped; src/xlsx/limits.ts), read the view's layout, and check
 * it. It runs in a Web Worker (taskpane/web/read.worker.ts), so a hostile file never freezes the page; the
 * answer is plain data, and a file that cannot be read is a plain Chinese message naming it, the CLI's own
 * where there is one (src/xlsx/lean/read.ts, src/xlsx/limits.ts). No ExcelJS, no DOM.
 */
import type { WorkbookGrid } from '../../core/grid';
import { check, type CheckResult } from '../../engine';
import { UnreadableWorkbookError } from '../../xlsx/errors';
import { readWorkbookGrid } from '../../xlsx/lean/read';
import { readWorkbookLayout, type WorkbookLayout } from '../../xlsx/lean/view';

export interface PageRead {
  grid: WorkbookGrid;
  layout: WorkbookLayout;
  /** The check of the grid as read; absent when the engine failed (the pane's own check then says why). */
  result?: CheckResult;
}

export interface ReadRequest {
  bytes: ArrayBuffer;
  name: string;
}

/** `message` for the user; `detail`, the library's own words, for the browser console only. */
export type ReadReply = { ok: true; read: PageRead } | { ok: false; message: string; detail?: string };

// The readers put the library's words in brackets after this phrase ("invalid zip data"): the user sees the phrase.
const LIBRARY_WORDS = /^(.*工作簿已损坏或无法解析)（(.*)）$/s;

/** What the user reads of a failed read: a plain Chinese sentence naming the file, no library words. */
export function refusal(name: string, error: unknown): { message: string; detail?: string } {
  const text =
    error instanceof UnreadableWorkbookError
      ? error.message
      : `${name}：工作簿已损坏或无法解析（${String((error as Error)?.message ?? error)}）`;
  const m = LIBRARY_WORDS.exec(text);
  return m ? { message: m[1], detail: m[2] } : { message: text.split('\n')[0] };
}

export function readForPage(bytes: Uint8Array, name: string): PageRead {
  const grid = readWorkbookGrid(bytes, name);
  const layout = readWorkbookLayout(bytes, grid);
  let result: CheckResult | undefined;
  try {
    result = check(grid);
  } catch {
    result = undefined;
  }
  return { grid, layout, ...(result ? { result } : {}) };
}

/** The worker's answer to one request (also what the page runs itself when no worker can start). */
export function answer(request: ReadRequest): ReadReply {
  try {
    return { ok: true, read: readForPage(new Uint8Array(request.bytes), request.name) };
  } catch (error) {
    return { ok: false, ...refusal(request.name, error) };
  }
}
