/// <reference types="office-js" />
/**
 * Whether the workbook is still the one that was read, where it matters for marks: the user may type a
 * value or insert a row between the read and the marks (the engine runs in between), and a mark placed
 * by address would then land on the wrong cell. Checked in the marking batch itself, at no extra round
 * trip: the sheet names, each marked sheet's used range, and the values of the cells to mark, compared
 * with what the read gave.
 */
import type { RawValue } from '../../core/grid';
import { compactAddresses, parseRect } from './address';
import type { NamedSheet } from './formatSearch';
import type { MarkPlan } from './markFormats';
import type { UsedRect } from './readSheets';

/** What a read saw: the sheet names in order, and each sheet's rows and used range. */
export interface ReadSnapshot {
  names: string[];
  rows: Map<string, RawValue[][]>;
  used: Map<string, UsedRect>;
}

const same = (a: unknown, b: unknown) => (a === '' || a === undefined ? null : a) === (b === '' || b === undefined ? null : b);

/** Queues the loads; the returned function says, after the sync, whether the workbook still matches the read. */
export function queueFingerprint(
  worksheets: Excel.WorksheetCollection,
  sheets: NamedSheet[],
  plan: MarkPlan,
  read: ReadSnapshot,
): () => boolean {
  const checks = sheets
    .filter(({ name }) => plan.has(name))
    .map(({ sheet, name }) => {
      const cells = plan.get(name)!;
      return {
        name,
        used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
        areas: compactAddresses([...cells.error, ...cells.warning]).map((list) =>
          sheet.getRanges(list).areas.load('items/address,items/values'),
        ),
      };
    });
  return () => {
    if (worksheets.items.map((w) => w.name).join('\n') !== read.names.join('\n')) return false;
    return checks.every(({ name, used, areas }) => {
      const rect = read.used.get(name) ?? null;
      if (used.isNullObject !== (rect === null)) return false;
      if (rect && (used.rowIndex !== rect.top || used.columnIndex !== rect.left)) return false;
      if (rect && (used.rowCount !== rect.bottom - rect.top + 1 || used.columnCount !== rect.right - rect.left + 1)) return false;
      const rows = read.rows.get(name) ?? [];
      return areas.every((list) =>
        list.items.every((area) => {
          const { top, left } = parseRect(area.address);
          return area.values.every((row, i) => row.every((value, j) => same(value, rows[top + i]?.[left + j] ?? null)));
        }),
      );
    });
  };
}
