/**
 * Tables of labelled items, on one or two sides (收入 | 支出): 公开01, 公开04, 公开10.
 * Rows are found by label; the 功能类 rows of the 支出 side by class name.
 */
import { cellAt, columnCount } from '../core/grid';
import type { Figure, TableRow } from '../core/table';
import { labelKey } from '../core/text';
import { classCodeForLabel } from '../templates/functionClasses';
import type { ItemSpec, SideSpec } from '../core/template';
import { isRowNumberHeader, matchColumns } from './columns';
import { headerBlock, headerPaths, ordinals, textAt } from './header';
import { figureAt, type Region, type Structure } from './region';

const itemLabels = new WeakMap<ItemSpec, Set<string>>();
function labelsOf(item: ItemSpec): Set<string> {
  let s = itemLabels.get(item);
  if (!s) {
    s = new Set([item.key, ...(item.match ?? [])].map(labelKey));
    itemLabels.set(item, s);
  }
  return s;
}

/** Label columns: the cells headed 项目, left to right, one per side. */
function labelColumns(region: Region): { row: number; cols: number[] } | undefined {
  const { sheet } = region;
  const limit = Math.min(region.endRow, region.titleRow + 15);
  let best: { row: number; cols: number[] } | undefined;
  for (let r = region.titleRow + 1; r < limit; r++) {
    const cols: number[] = [];
    const width = (sheet.rows[r] ?? []).length;
    for (let c = 0; c < width; c++) if (textAt(sheet, r, c) === '项目') cols.push(c);
    if (cols.length && (!best || cols.length > best.cols.length)) best = { row: r, cols };
    if (best && best.cols.length >= (region.template.sides?.length ?? 1)) break;
  }
  return best;
}

export function readItems(region: Region): Structure | undefined {
  const { sheet, template } = region;
  const sides = template.sides ?? [];
  const found = labelColumns(region);
  if (!found || found.cols.length === 0) return undefined;
  const width = columnCount(sheet);
  const labelCols = found.cols.slice(0, sides.length);

  // First data row: the first row under the 项目 header whose label is a known item or class.
  const matchesAny = (r: number) =>
    labelCols.some((c, i) => {
      const t = labelKey(cellAt(sheet, r, c));
      if (!t) return false;
      return sides[i].items.some((it) => labelsOf(it).has(t)) || (sides[i].classRows && classCodeForLabel(t) !== undefined);
    });
  let firstData = -1;
  for (let r = found.row + 1; r < region.endRow; r++) {
    if (matchesAny(r)) {
      firstData = r;
      break;
    }
  }
  if (firstData < 0) return undefined;

  const { headerRows, ordinalRow } = headerBlock(sheet, region.titleRow + 1, firstData);
  const paths = headerPaths(sheet, region.merges, headerRows);
  const ords = ordinals(sheet, ordinalRow);

  const problems: string[] = [];
  const rows: TableRow[] = [];
  let lastRow = firstData;
  let rightCol = labelCols[labelCols.length - 1];
  const allColumns = new Set<string>();

  sides.forEach((side: SideSpec, i) => {
    const labelCol = labelCols[i];
    if (labelCol === undefined) {
      problems.push(`未找到“${side.name}”部分的项目列`);
      return;
    }
    const nextLabel = labelCols[i + 1] ?? width;
    const candidates: number[] = [];
    for (let c = labelCol + 1; c < nextLabel; c++)
      if (!isRowNumberHeader(paths[c] ?? []) && !isRowNumberColumn(region, c, firstData)) candidates.push(c);
    const match = matchColumns(side.columns, candidates, paths, ords);
    // A side with one value column and no recognisable header still has its amounts beside the label.
    if (match.found.size === 0 && side.columns.length === 1 && candidates.length >= 1) match.found.set(side.columns[0].key, candidates[0]);
    for (const m of match.missing) if (m.required && !match.found.has(m.key)) problems.push(`“${side.name}”部分未找到“${m.key}”列`);
    for (const [k, c] of match.found) {
      allColumns.add(k);
      rightCol = Math.max(rightCol, c);
    }

    const assigned = new Set<string>();
    let seenClassEnd = false;
    for (let r = firstData; r < region.endRow; r++) {
      const raw = cellAt(sheet, r, labelCol);
      const t = labelKey(raw);
      if (!t) continue;
      const item = side.items.find((it) => !assigned.has(it.key) && (!it.after || assigned.has(it.after)) && labelsOf(it).has(t));
      let key: string | undefined;
      let kind: TableRow['kind'] = 'item';
      let code: string | undefined;
      let figureKind = item?.kind ?? 'money';
      if (item) {
        key = item.key;
        assigned.add(key);
        if (side.classRowsBefore === key) seenClassEnd = true;
      } else if (side.classRows && !seenClassEnd) {
        code = classCodeForLabel(t);
        if (code) key = code;
        else if (/支出$/.test(t) && !/合计|总计/.test(t)) key = `类:${t}`; // a class of another year's list
        if (key) kind = 'class';
        figureKind = 'money';
        if (key && assigned.has(key)) {
          problems.push(`“${t}”出现多次（第${r + 1}行），只取第一次`);
          continue;
        }
        if (key) assigned.add(key);
      }
      if (!key) continue;
      const figures = new Map<string, Figure>();
      for (const [colKey, c] of match.found) figures.set(colKey, figureAt(sheet, r, c, key, colKey, figureKind));
      rows.push({ key, label: String(raw).trim(), code, kind, sheetRow: r, figures });
      lastRow = Math.max(lastRow, r);
    }
    for (const it of side.items) if (it.required && !assigned.has(it.key)) problems.push(`未找到“${it.key}”行`);
  });
  rows.sort((a, b) => a.sheetRow - b.sheetRow || (a.figures.values().next().value?.col ?? 0) - (b.figures.values().next().value?.col ?? 0));
  if (rows.length === 0) return undefined;
  return {
    rows,
    columns: [...allColumns],
    firstDataRow: firstData,
    lastRow,
    leftCol: labelCols[0],
    rightCol,
    problems,
  };
}

/** 行次 columns hold 1, 2, 3… down the rows; they are not amounts. */
function isRowNumberColumn(region: Region, col: number, firstData: number): boolean {
  let ints = 0;
  let seq = 0;
  let prev = 0;
  for (let r = firstData; r < Math.min(region.endRow, firstData + 12); r++) {
    const v = cellAt(region.sheet, r, col);
    if (typeof v === 'number' && Number.isInteger(v)) {
      ints++;
      if (v === prev + 1) seq++;
      prev = v;
    } else if (v !== null && v !== '') return false;
  }
  return ints >= 4 && seq >= ints - 1;
}
