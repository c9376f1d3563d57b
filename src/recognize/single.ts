/** One data row under grouped headers (三公经费表: 预算数 | 决算数 over the same six columns). */
import { columnCount } from '../core/grid';
import { parseCell } from '../core/money';
import type { Figure, TableRow } from '../core/table';
import { matchColumns } from './columns';
import { headerPaths, isMetaRow, isOrdinalRow, ordinals, textAt } from './header';
import { figureAt, type Region, type Structure } from './region';

export function readSingle(region: Region): Structure | undefined {
  const { sheet, template } = region;
  const width = columnCount(sheet);
  const specs = template.columns ?? [];
  const groupWords = [...new Set(specs.map((s) => s.row).filter(Boolean) as string[])];
  let start = -1;
  for (let r = region.titleRow + 1; r < Math.min(region.endRow, region.titleRow + 12) && start < 0; r++) {
    for (let c = 0; c < width; c++) if (groupWords.includes(textAt(sheet, r, c))) start = r;
  }
  if (start < 0) return undefined;
  // The data row follows the 栏次 numbering row; without one, it is the first row holding a number.
  let ordinalRow: number | undefined;
  let dataRow = -1;
  for (let r = start + 1; r < Math.min(region.endRow, start + 10); r++) {
    if (isOrdinalRow(sheet, r)) {
      ordinalRow = r;
      dataRow = r + 1;
      // Blank spacer rows may sit between the numbering and the figures.
      for (let d = r + 1; d < Math.min(region.endRow, r + 4); d++) {
        if ((sheet.rows[d] ?? []).some((v) => parseCell(v).kind === 'number')) {
          dataRow = d;
          break;
        }
      }
      break;
    }
  }
  if (dataRow < 0) {
    for (let r = start + 1; r < region.endRow && dataRow < 0; r++) {
      if ((sheet.rows[r] ?? []).some((v) => parseCell(v).kind === 'number')) dataRow = r;
    }
  }
  if (dataRow < 0 || dataRow >= region.endRow) return undefined;
  const headerRows: number[] = [];
  for (let r = start; r < (ordinalRow ?? dataRow); r++) if (!isMetaRow(sheet, r)) headerRows.push(r);
  const paths = headerPaths(sheet, region.merges, headerRows);
  const candidates = Array.from({ length: width }, (_, c) => c);
  // Specs share keys across 预算数/决算数: match each group separately.
  const problems: string[] = [];
  const byRow = new Map<string, Map<string, Figure>>();
  let leftCol = width;
  let rightCol = 0;
  const used = new Set<number>();
  for (const g of groupWords) {
    const groupSpecs = specs.filter((s) => s.row === g);
    const match = matchColumns(
      groupSpecs,
      candidates.filter((c) => !used.has(c)),
      paths,
      ordinals(sheet, ordinalRow),
    );
    for (const m of match.missing) problems.push(`未找到“${g}·${m.key}”列`);
    const figures = new Map<string, Figure>();
    for (const [k, c] of match.found) {
      used.add(c);
      figures.set(k, figureAt(sheet, dataRow, c, g, k));
      leftCol = Math.min(leftCol, c);
      rightCol = Math.max(rightCol, c);
    }
    byRow.set(g, figures);
  }
  const rows: TableRow[] = groupWords.map((g) => ({ key: g, label: g, kind: 'group', sheetRow: dataRow, figures: byRow.get(g)! }));
  if (rows.every((r) => r.figures.size === 0)) return undefined;
  return { rows, columns: [...new Set(specs.map((s) => s.key))], firstDataRow: dataRow, lastRow: dataRow, leftCol, rightCol, problems };
}
