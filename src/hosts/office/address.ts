/**
 * A1 addresses as Excel (Office.js) reports and accepts them: sheet-qualified references
 * ("'公开01表'!A1:B2"), multi-area lists ("Sheet1!A1:B2, Sheet1!D4") and the compact address lists
 * the add-in hands to `Worksheet.getRanges`. Pure functions, no host API.
 */
import type { CellRange } from '../../core/grid';
import { a1, parseA1 } from '../../core/grid';

const MAX_ROW = 1048575;
const MAX_COL = 16383;

/** Splits a multi-area address on the commas that are not inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      // '' inside a quoted name is an escaped quote.
      if (quoted && address[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** The reference part of "Sheet!A1:B2" (the sheet name may itself contain "!" when quoted). */
export function stripSheet(ref: string): string {
  const bang = ref.lastIndexOf('!');
  return bang >= 0 ? ref.slice(bang + 1) : ref;
}

function colOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1", "A1:B2", "A:C" or "3:5" (with or without sheet and $) to a 0-based rectangle. */
export function parseRect(ref: string): CellRange {
  const r = stripSheet(ref).replace(/\$/g, '').trim();
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(r);
  if (m) {
    const top = Number(m[2]) - 1;
    const left = colOf(m[1]);
    return m[3] ? { top, left, bottom: Number(m[4]) - 1, right: colOf(m[3]) } : { top, left, bottom: top, right: left };
  }
  m = /^([A-Z]+):([A-Z]+)$/i.exec(r);
  if (m) return { top: 0, left: colOf(m[1]), bottom: MAX_ROW, right: colOf(m[2]) };
  m = /^(\d+):(\d+)$/.exec(r);
  if (m) return { top: Number(m[1]) - 1, left: 0, bottom: Number(m[2]) - 1, right: MAX_COL };
  throw new Error(`无法识别的单元格地址：${ref}`);
}

/** Every rectangle of a (possibly multi-area) address. */
export function parseAreas(address: string): CellRange[] {
  return splitAreas(address).map(parseRect);
}

export function rectAddress(r: CellRange): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/**
 * Cells ("B5", "C5", "D5", "B9") to compact address lists for `getRanges`: horizontal runs become
 * "B5:D5"; each list stays below maxChars so no single request carries an overlong address.
 */
export function compactAddresses(cells: Iterable<string>, maxChars = 1500): string[] {
  const pts = [...new Set(cells)].map((c) => parseA1(c)).sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellRange[] = [];
  for (const p of pts) {
    const last = runs[runs.length - 1];
    if (last && last.top === p.row && last.right === p.col - 1) last.right = p.col;
    else if (!(last && last.top === p.row && last.right >= p.col)) runs.push({ top: p.row, left: p.col, bottom: p.row, right: p.col });
  }
  const out: string[] = [];
  let cur = '';
  for (const r of runs) {
    const s = rectAddress(r);
    if (cur && cur.length + 1 + s.length > maxChars) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${s}` : s;
  }
  if (cur) out.push(cur);
  return out;
}
