/**
 * 经济分类 tables (基本支出决算明细表): (科目代码, 科目名称, 决算数) groups side by side,
 * footer 人员经费合计 / 公用经费合计 anywhere below.
 */
import { cellAt, columnCount } from '../core/grid';
import { parseCell } from '../core/money';
import type { Figure, TableRow } from '../core/table';
import { labelKey, normalize } from '../core/text';
import { isRowNumberHeader } from './columns';
import { headerPaths, isMetaRow, isOrdinalRow, textAt } from './header';
import { figureAt, type Region, type Structure } from './region';

/** Header wordings of the code column (a merged one may stand over split 类 | 款 columns). */
const CODE_HEADERS = new Set([
  '科目代码',
  '科目编码',
  '代码',
  '编码',
  '经济分类科目编码',
  '经济分类科目代码',
  '经济科目编码',
  '经济科目代码',
]);
/** Words of a row under the headers that only splits or numbers them (类 | 款, 决算数, 栏次). */
const SUB_HEADER_WORDS = new Set(['类', '款', '项', '决算数', '金额', '本年决算数', '栏次']);
// As in coded.ts: "301.50" is a figure, not the code 301.
const ECON_CODE = /^(3\d{2}|3\d{4})(?![\d.,])(.*)$/;

function codeText(v: unknown): string {
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (typeof v !== 'string') return '';
  // Codes are mostly plain ASCII digits already; normalise only what might be full-width or spaced.
  return /^\d+$/.test(v) ? v : normalize(v);
}

/** One (科目代码, 科目名称, 决算数) group: the code in one column, or split over 类 | 款. */
interface CodeGroup {
  codeCols: number[];
  name: number;
  value: number;
}

/** Code columns on a header row: a merged code header over two columns is one split group. */
function codeHeaderGroups(region: Region, row: number, width: number): number[][] {
  const groups: number[][] = [];
  for (let c = 0; c < width; c++) {
    if (!CODE_HEADERS.has(region.merges.text(row, c))) continue;
    const merge = region.merges.at(row, c);
    const last = groups[groups.length - 1];
    if (last && merge && region.merges.at(row, last[0]) === merge) last.push(c);
    else groups.push([c]);
  }
  // 类 | 款 written under an unmerged code header: the two columns are one code.
  return groups.map((g) =>
    g.length === 1 && textAt(region.sheet, row + 1, g[0]) === '类' && textAt(region.sheet, row + 1, g[0] + 1) === '款'
      ? [g[0], g[0] + 1]
      : g.slice(0, 2),
  );
}

function isSubHeaderRow(sheet: Region['sheet'], row: number): boolean {
  let any = false;
  for (const v of sheet.rows[row] ?? []) {
    if (v === null || v === '') continue;
    const t = typeof v === 'number' ? String(v) : normalize(String(v));
    if (!SUB_HEADER_WORDS.has(t) && !/^\d{1,2}$/.test(t)) return false;
    any = true;
  }
  return any;
}

/** The 科目 code of a data row in a group: contiguous "30101", or 类 "301" | 款 "01" (class row: 类 alone). */
function rowCode(sheet: Region['sheet'], row: number, group: CodeGroup, lastClass: string): { code: string; rest: string } | undefined {
  const first = codeText(cellAt(sheet, row, group.codeCols[0]));
  const m = ECON_CODE.exec(first);
  if (group.codeCols.length === 1) return m ? { code: m[1], rest: m[2] } : undefined;
  const second = codeText(cellAt(sheet, row, group.codeCols[1]));
  if (m && m[1].length === 5) return { code: m[1], rest: '' };
  if (m && !m[2]) return { code: /^\d{2}$/.test(second) ? m[1] + second : m[1], rest: '' };
  // Some exports print the 类 only on its own row, the 款 rows below carry the 款 alone.
  if (!first && /^\d{2}$/.test(second) && lastClass) return { code: lastClass + second, rest: '' };
  return undefined;
}

export function readEconomic(region: Region): Structure | undefined {
  const { sheet, template } = region;
  const width = columnCount(sheet);
  let headerRow = -1;
  let codeGroups: number[][] = [];
  for (let r = region.titleRow + 1; r < Math.min(region.endRow, region.titleRow + 12); r++) {
    const found = codeHeaderGroups(region, r, width);
    if (found.length > codeGroups.length) {
      codeGroups = found;
      headerRow = r;
    }
  }
  if (headerRow < 0) return undefined;
  let firstData = headerRow + 1;
  while (firstData < region.endRow && (isOrdinalRow(sheet, firstData) || isSubHeaderRow(sheet, firstData))) firstData++;
  const headerRows: number[] = [];
  for (let r = region.titleRow + 1; r < firstData; r++) if (!isMetaRow(sheet, r) && !isOrdinalRow(sheet, r)) headerRows.push(r);
  const paths = headerPaths(sheet, region.merges, headerRows);
  const valueWords = new Set((template.columns?.[0]?.match ?? ['决算数']).map(normalize));
  const colKey = template.columns?.[0]?.key ?? '决算数';

  // Each group: its code column(s), the name beside them, and the first 决算数 column after it.
  const groups: CodeGroup[] = [];
  codeGroups.forEach((cols, i) => {
    const next = codeGroups[i + 1]?.[0] ?? width;
    const after = cols[cols.length - 1] + 1;
    for (let v = after; v < next; v++) {
      const p = paths[v] ?? [];
      if (!isRowNumberHeader(p) && p.some((word) => valueWords.has(word))) {
        groups.push({ codeCols: cols, name: after, value: v });
        return;
      }
    }
  });
  const problems: string[] = [];
  if (groups.length === 0) return undefined;

  const rows: TableRow[] = [];
  const notApplicable: Figure[] = [];
  const seen = new Set<string>();
  let lastRow = firstData;
  let footerStart = region.endRow;
  const lastClass = new Map<CodeGroup, string>();
  for (let r = firstData; r < region.endRow; r++) {
    for (const g of groups) {
      const found = rowCode(sheet, r, g, lastClass.get(g) ?? '');
      if (!found) continue;
      const code = found.code;
      if (code.length === 3) lastClass.set(g, code);
      if (seen.has(code)) {
        problems.push(`科目代码 ${code} 出现多次（第${r + 1}行），只取第一次`);
        continue;
      }
      seen.add(code);
      const fig = figureAt(sheet, r, g.value, code, colKey);
      const name = found.rest || String(cellAt(sheet, r, g.name) ?? '').trim();
      if (fig.parsed.kind === 'na') notApplicable.push(fig);
      rows.push({
        key: code,
        label: name,
        code,
        kind: code.length === 3 ? 'class' : 'code',
        sheetRow: r,
        figures: new Map([[colKey, fig]]),
      });
      lastRow = Math.max(lastRow, r);
    }
  }
  // Footers: 人员经费合计 / 公用经费合计, the amount being the first figure to the right of the label.
  for (let r = firstData; r < region.endRow; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = labelKey(row[c]);
      if (!t) continue;
      const spec = template.footers?.find((f) => [f.key, ...(f.match ?? [])].some((m) => labelKey(m) === t));
      if (!spec || seen.has(spec.key)) continue;
      let valueCol = -1;
      for (let v = c + 1; v < Math.max(row.length, width); v++) {
        const p = parseCell(cellAt(sheet, r, v));
        if (p.kind === 'number') {
          valueCol = v;
          break;
        }
        if (p.kind === 'text' && region.merges.at(r, v)?.left !== c) break;
      }
      if (valueCol < 0) valueCol = groups.find((g) => g.value > c)?.value ?? c + 1;
      seen.add(spec.key);
      footerStart = Math.min(footerStart, r);
      rows.push({
        key: spec.key,
        label: String(row[c]).trim(),
        kind: 'footer',
        sheetRow: r,
        figures: new Map([[colKey, figureAt(sheet, r, valueCol, spec.key, colKey)]]),
      });
      lastRow = Math.max(lastRow, r);
    }
  }
  for (const f of template.footers ?? []) if (!seen.has(f.key)) problems.push(`未找到“${f.key}”`);
  if (rows.length === 0) return undefined;
  return {
    rows,
    columns: [colKey],
    firstDataRow: firstData,
    lastRow,
    leftCol: groups[0].codeCols[0],
    rightCol: groups[groups.length - 1].value,
    problems,
    notApplicable,
  };
}
