/**
 * What the add-in keeps in the workbook: the narrative's supplement and the warnings the user has
 * explained (出错说明). A dismissal lapses as soon as any figure of its relation changes.
 */
import type { RawValue, WorkbookGrid } from '../core/grid';
import { parseA1 } from '../core/grid';
import type { Supplement } from '../narrative/supplement';
import type { Finding } from '../core/findings';

export interface Dismissal {
  rule: string;
  /** The relation's cells, "sheet!A1", sorted. */
  cells: string[];
  /** The explanation the user wrote. */
  reason: string;
  /** The cells' values when dismissed. */
  values: string[];
  at: string;
}

export interface StoredState {
  version: 1;
  supplement: Supplement;
  dismissals: Dismissal[];
  /** 实时检查 switched off (false) or on; absent in states saved before it existed: on. */
  live?: boolean;
}

export const EMPTY_STATE: StoredState = { version: 1, supplement: {}, dismissals: [] };

/** Reads stored JSON defensively: unknown or broken content gives the empty state, never a crash. */
export function parseState(json: string | null | undefined): StoredState {
  if (!json) return { ...EMPTY_STATE, supplement: {}, dismissals: [] };
  try {
    const o = JSON.parse(json) as Partial<StoredState>;
    const state: StoredState = {
      version: 1,
      supplement: o.supplement && typeof o.supplement === 'object' ? o.supplement : {},
      dismissals: Array.isArray(o.dismissals)
        ? o.dismissals.filter((d) => d && typeof d.reason === 'string' && Array.isArray(d.cells))
        : [],
    };
    if (typeof o.live === 'boolean') state.live = o.live;
    return state;
  } catch {
    return { ...EMPTY_STATE, supplement: {}, dismissals: [] };
  }
}

function cellValue(grid: WorkbookGrid, ref: string): string {
  const bang = ref.lastIndexOf('!');
  const sheet = grid.sheets.find((s) => s.name === ref.slice(0, bang));
  if (!sheet) return '∅';
  const { row, col } = parseA1(ref.slice(bang + 1));
  const v: RawValue | undefined = sheet.rows[row]?.[col];
  return v === null || v === undefined ? '' : String(v);
}

const keyOf = (f: Finding) => f.cells.map((c) => `${c.sheet}!${c.cell}`).sort();

/** A dismissal for a warning, with the reason the user wrote; refused without a reason. */
export function dismiss(f: Finding, reason: string, grid: WorkbookGrid, now = new Date()): Dismissal {
  if (f.severity !== 'warning') throw new Error('只有警告可以说明后忽略；错误必须更正。');
  if (!reason.trim()) throw new Error('请填写出错说明。');
  const cells = keyOf(f);
  return { rule: f.rule, cells, reason: reason.trim(), values: cells.map((c) => cellValue(grid, c)), at: now.toISOString() };
}

/** Whether a dismissal still holds: same rule, same cells, and every value unchanged. */
export function dismissalFor(f: Finding, dismissals: Dismissal[], grid: WorkbookGrid): Dismissal | undefined {
  if (f.severity !== 'warning') return undefined;
  const cells = keyOf(f);
  return dismissals.find(
    (d) =>
      d.rule === f.rule &&
      d.cells.length === cells.length &&
      d.cells.every((c, i) => c === cells[i]) &&
      d.values.every((v, i) => v === cellValue(grid, cells[i])),
  );
}
