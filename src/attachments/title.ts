/** The title of a 项目支出绩效自评表, which starts each table, and the project name it may carry. */
import type { RawValue } from '../core/grid';
import { a1 } from '../core/grid';
import { normalize } from '../core/text';
import type { SheetView } from './sheetView';
import type { AttText } from './types';

const TITLE = '项目支出绩效自评表';
/** A title is short; narrative cells that mention the table are not titles. */
const TITLE_MAX = 60;

/**
 * A title: "<项目名称>项目支出绩效自评表" or the bare "项目支出绩效自评表", optionally with "附件N：" before
 * and "(2024年度)" after — a short cell ending in the table's name, not a sentence that mentions it.
 */
export function isTitle(raw: RawValue): boolean {
  // Every title ends in 自评表: most cells are passed over without normalising them.
  if (typeof raw !== 'string' || !raw.includes('表') || raw.length > TITLE_MAX * 2) return false;
  const key = normalize(raw)
    .replace(/\(?\d{4}年度?\)?$/, '')
    .replace(/^附件\d*[:：.、]?/, '');
  return key.endsWith(TITLE) && key.length <= TITLE_MAX && !/[,，。;；!！?？]/.test(key);
}

/** The first title cell of each row of a sheet that has one. */
export function titleCells(sheet: SheetView): AttText[] {
  const out: AttText[] = [];
  sheet.grid.rows.forEach((row, r) => {
    if (!row) return;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value !== 'string') continue;
      if (isTitle(value)) {
        out.push({ sheet: sheet.name, cell: a1(r, c), row: r, col: c, text: value.trim() });
        return;
      }
    }
  });
  return out;
}

/** The project name a title carries before "项目支出绩效自评表" ('' for the bare title). */
export function projectFromTitle(title: string): string {
  return normalize(title)
    .replace(/^附件\d*[:：.、]?/, '')
    .replace(/[(（]?\d{4}年度?[)）]?/g, '')
    .replace(new RegExp(`${TITLE}.*$`), '')
    .trim();
}
