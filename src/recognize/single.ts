/**
 * The 三公 table: 预算数 and 决算数 for the same items, in any of the three layouts officers publish —
 * - grouped columns: 预算数 | 决算数 over the items (seed), or the items over 预算数 | 决算数 pairs (national), one data row;
 * - rows: the items across, one row labelled 预算数 and one labelled 决算数;
 * - transposed: the items down, 预算数 and 决算数 as two columns.
 * Whatever the layout, the table comes out as two rows (预算数, 决算数) keyed by item, so the rules read one shape.
 * An empty table (header kept, "本表无数据") is present with blank figures.
 */
import { cellAt, columnCount, type SheetGrid } from '../core/grid';
import { parseCell } from '../core/money';
import type { Figure, TableRow } from '../core/table';
import type { ColumnSpec } from '../core/template';
import { labelKey, normalize, stripEnumeration } from '../core/text';
import { matchColumns } from './columns';
import { headerPaths, isMetaRow, isOrdinalRow, ordinals, textAt } from './header';
import { figureAt, type Region, type Structure } from './region';

const HEADER_WINDOW = 12;
const hasNumber = (sheet: SheetGrid, r: number) => (sheet.rows[r] ?? []).some((v) => parseCell(v).kind === 'number');
/** Reported when missing: the standard items (会议费 / 培训费 are extras of one region's variant). */
const expected = (spec: ColumnSpec) => spec.required || spec.ordinal !== undefined;

interface GroupCell {
  row: number;
  col: number;
  group: string;
}

/** Cells reading 预算数 / 决算数 (or 预算 / 决算) below the title. */
function groupCells(region: Region, groups: string[]): GroupCell[] {
  const out: GroupCell[] = [];
  const width = columnCount(region.sheet);
  const last = Math.min(region.endRow, region.titleRow + HEADER_WINDOW + 12);
  for (let r = region.titleRow + 1; r < last; r++) {
    for (let c = 0; c < width; c++) {
      const t = textAt(region.sheet, r, c).replace(/\(万元\)$/, '');
      const group = groups.find((g) => t === g || t === g.replace(/数$/, ''));
      if (group) out.push({ row: r, col: c, group });
    }
  }
  return out;
}

/** The item a row label or lone column header names, by the specs' labels. */
function itemOf(specs: ColumnSpec[], raw: unknown): string | undefined {
  // "其中：（1）公务用车购置费": the 其中 first, then the numbering after it.
  const t = stripEnumeration(labelKey(raw).replace(/^其中[:：]?/, ''));
  if (!t) return undefined;
  return specs.find((s) => (s.labels ?? []).some((l) => normalize(l) === t))?.key;
}

function result(
  region: Region,
  specs: ColumnSpec[],
  rows: TableRow[],
  problems: string[],
  firstDataRow: number,
  lastRow: number,
): Structure | undefined {
  const cols = rows.flatMap((r) => [...r.figures.values()].map((f) => f.col));
  if (cols.length === 0) return undefined;
  return {
    rows,
    columns: [...new Set(specs.map((s) => s.key))],
    firstDataRow,
    lastRow,
    leftCol: Math.min(...cols),
    rightCol: Math.max(...cols),
    problems,
  };
}

export function readSingle(region: Region): Structure | undefined {
  const specs = region.template.columns ?? [];
  const groups = [...new Set(specs.map((s) => s.row).filter(Boolean) as string[])];
  const cells = groupCells(region, groups);
  const first = (g: string) => cells.find((c) => c.group === g);
  const [a, b] = groups.map(first);
  if (!a || !b) return undefined;
  if (a.col === b.col && a.row !== b.row) return readLabelledRows(region, specs, groups, cells);
  if (a.row === b.row && isTransposed(region, specs, a)) return readTransposed(region, specs, groups, a.row);
  return readGroupedColumns(region, specs, groups, Math.min(a.row, b.row));
}

/** Items down the left of the 预算数 column: at least two rows below it carry item labels. */
function isTransposed(region: Region, specs: ColumnSpec[], at: GroupCell): boolean {
  let items = 0;
  for (let r = at.row + 1; r < Math.min(region.endRow, at.row + 12); r++) {
    for (let c = 0; c < at.col; c++) if (itemOf(specs, cellAt(region.sheet, r, c))) items++;
  }
  return items >= 2;
}

/** 预算数 | 决算数 in the header block over (or under) the items, figures in one data row. */
function readGroupedColumns(region: Region, specs: ColumnSpec[], groups: string[], start: number): Structure | undefined {
  const { sheet } = region;
  const width = columnCount(sheet);
  // The data row follows the 栏次 numbering row; without one, it is the first row holding a number.
  let ordinalRow: number | undefined;
  let dataRow = -1;
  for (let r = start + 1; r < Math.min(region.endRow, start + 10); r++) {
    if (isOrdinalRow(sheet, r)) {
      ordinalRow = r;
      dataRow = r + 1;
      // Blank spacer rows may sit between the numbering and the figures.
      for (let d = r + 1; d < Math.min(region.endRow, r + 4); d++) {
        if (hasNumber(sheet, d)) {
          dataRow = d;
          break;
        }
      }
      break;
    }
  }
  if (dataRow < 0) for (let r = start + 1; r < region.endRow && dataRow < 0; r++) if (hasNumber(sheet, r)) dataRow = r;
  // An empty table keeps its header: its data row is the one under the last header row, all blank.
  const headerEnd = dataRow >= 0 ? (ordinalRow ?? dataRow) : lastHeaderRow(region, start) + 1;
  if (dataRow < 0) dataRow = headerEnd;
  // The header block reaches above the group row when the items stand over 预算数 | 决算数 (national layout).
  const headerRows: number[] = [];
  for (let r = region.titleRow + 1; r < headerEnd; r++) if (!isMetaRow(sheet, r) && !isOrdinalRow(sheet, r)) headerRows.push(r);
  const paths = headerPaths(sheet, region.merges, headerRows);
  const candidates = Array.from({ length: width }, (_, c) => c);
  // Specs share keys across 预算数/决算数: match each group separately.
  const problems: string[] = [];
  const used = new Set<number>();
  const rows: TableRow[] = groups.map((g) => {
    const groupSpecs = specs.filter((s) => s.row === g);
    const match = matchColumns(
      groupSpecs,
      candidates.filter((c) => !used.has(c)),
      paths,
      ordinals(sheet, ordinalRow),
    );
    for (const m of match.missing) if (expected(m)) problems.push(`未找到“${g}·${m.key}”列`);
    const figures = new Map<string, Figure>();
    for (const [k, c] of match.found) {
      used.add(c);
      figures.set(k, figureAt(sheet, dataRow, c, g, k));
    }
    return { key: g, label: g, kind: 'group', sheetRow: dataRow, figures };
  });
  return result(region, specs, rows, problems, dataRow, dataRow);
}

/** The last row of the header block: the last row above the region's end that still holds header words. */
function lastHeaderRow(region: Region, start: number): number {
  let last = start;
  for (let r = start; r < Math.min(region.endRow, start + HEADER_WINDOW); r++) {
    const words = (region.sheet.rows[r] ?? []).filter((v) => typeof v === 'string' && v.trim()).length;
    if (words === 0) continue;
    // A note under the table ("本表无数据", "注：…") is one long cell: the header ends before it.
    if (
      words === 1 &&
      /本表无数据|没有|注[:：]|说明[:：]/.test(String((region.sheet.rows[r] ?? []).find((v) => typeof v === 'string' && v.trim())))
    )
      break;
    last = r;
  }
  return last;
}

/** The items across, one row labelled 预算数 and one labelled 决算数 (the label in the first column). */
function readLabelledRows(region: Region, specs: ColumnSpec[], groups: string[], cells: GroupCell[]): Structure | undefined {
  const { sheet } = region;
  const width = columnCount(sheet);
  const rowOf = new Map(groups.map((g) => [g, cells.find((c) => c.group === g)!]));
  const firstRow = Math.min(...[...rowOf.values()].map((c) => c.row));
  const labelCol = rowOf.get(groups[0])!.col;
  const headerRows: number[] = [];
  for (let r = region.titleRow + 1; r < firstRow; r++) if (!isMetaRow(sheet, r) && !isOrdinalRow(sheet, r)) headerRows.push(r);
  const paths = headerPaths(sheet, region.merges, headerRows);
  // Without 预算数/决算数 above them, the columns are matched by the item wordings alone.
  const columnSpecs = specs.filter((s) => s.row === groups[0]).map((s) => ({ ...s, under: (s.under ?? []).filter((u) => u !== s.row) }));
  const candidates: number[] = [];
  for (let c = labelCol + 1; c < width; c++) candidates.push(c);
  const match = matchColumns(columnSpecs, candidates, paths, new Map());
  const problems = match.missing.filter(expected).map((m) => `未找到“${m.key}”列`);
  const rows: TableRow[] = groups.map((g) => {
    const row = rowOf.get(g)!.row;
    const figures = new Map<string, Figure>();
    for (const [k, c] of match.found) figures.set(k, figureAt(sheet, row, c, g, k));
    return { key: g, label: g, kind: 'group', sheetRow: row, figures };
  });
  const lastRow = Math.max(...rows.map((r) => r.sheetRow));
  return result(region, specs, rows, problems, firstRow, lastRow);
}

/** The items down, 预算数 and 决算数 as columns on one header row. */
function readTransposed(region: Region, specs: ColumnSpec[], groups: string[], headerRow: number): Structure | undefined {
  const { sheet } = region;
  const columnOf = new Map<string, number>();
  const width = columnCount(sheet);
  for (let c = 0; c < width; c++) {
    const t = textAt(sheet, headerRow, c).replace(/\(万元\)$/, '');
    const g = groups.find((x) => t === x || t === x.replace(/数$/, ''));
    if (g && !columnOf.has(g)) columnOf.set(g, c);
  }
  const leftmost = Math.min(...columnOf.values());
  const figures = new Map(groups.map((g) => [g, new Map<string, Figure>()]));
  let firstRow = region.endRow;
  let lastRow = headerRow;
  for (let r = headerRow + 1; r < region.endRow; r++) {
    let item: string | undefined;
    for (let c = 0; c < leftmost && !item; c++) item = itemOf(specs, cellAt(sheet, r, c));
    if (!item || figures.get(groups[0])!.has(item)) continue;
    firstRow = Math.min(firstRow, r);
    lastRow = r;
    for (const g of groups) figures.get(g)!.set(item, figureAt(sheet, r, columnOf.get(g)!, g, item));
  }
  const problems = specs
    .filter((s) => s.row === groups[0] && expected(s) && !figures.get(groups[0])!.has(s.key))
    .map((s) => `未找到“${s.key}”行`);
  const rows: TableRow[] = groups.map((g) => ({ key: g, label: g, kind: 'group', sheetRow: firstRow, figures: figures.get(g)! }));
  return result(region, specs, rows, problems, firstRow, lastRow);
}
