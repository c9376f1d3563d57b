/** Tables whose rows are 功能分类科目: 合计, 类 (3 digits), 款 (5), 项 (7); codes contiguous or split in 类/款/项 columns. */
import { FigureRow } from '../core/figureRow';
import { cellAt, columnCount } from '../core/grid';
import type { Figure, TableRow } from '../core/table';
import { labelKey, normalize } from '../core/text';
import { matchColumns, isRowNumberHeader } from './columns';
import { headerBlock, headerPaths, ordinals, textAt } from './header';
import { figureAt, type Region, type Structure } from './region';

// A code may carry its name in the same cell ("2010350事业运行"); a number written as text ("105.00",
// "20,323.21") is a figure, never a code.
const CODE = /^(\d{3}|\d{5}|\d{7})(?![\d.,])(.*)$/;

/** Three, five or seven ASCII digits and nothing else: CODE matches it whole, with no name after it. */
function isBareCode(text: string): boolean {
  const n = text.length;
  if (n !== 3 && n !== 5 && n !== 7) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function codeText(v: unknown): string {
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (typeof v !== 'string') return '';
  // Codes are mostly plain ASCII digits already; normalise only what might be full-width or spaced.
  return /^\d+$/.test(v) ? v : normalize(v);
}

interface CodeLayout {
  /** Contiguous code column, or the 类/款/项 columns. */
  cols: number[];
  nameCol: number;
}

/** The column holding most 科目代码, or 类/款/项 header columns for split codes. */
function findCodeLayout(region: Region): CodeLayout | undefined {
  const { sheet } = region;
  const width = columnCount(sheet);
  const headerLimit = Math.min(region.endRow, region.titleRow + 12);
  for (let r = region.titleRow + 1; r < headerLimit; r++) {
    for (let c = 0; c + 2 < width; c++) {
      if (textAt(sheet, r, c) === '类' && textAt(sheet, r, c + 1) === '款' && textAt(sheet, r, c + 2) === '项') {
        return { cols: [c, c + 1, c + 2], nameCol: c + 3 };
      }
    }
  }
  const counts = new Array<number>(width).fill(0);
  // The first few hundred rows show which column holds the codes.
  for (let r = region.titleRow + 1; r < Math.min(region.endRow, region.titleRow + 300); r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (CODE.test(codeText(row[c]))) counts[c]++;
  }
  let best = -1;
  for (let c = 0; c < width; c++) if (counts[c] > 0 && (best < 0 || counts[c] > counts[best])) best = c;
  if (best < 0) return undefined;
  // 科目名称 sits right of the code unless a header says otherwise.
  return { cols: [best], nameCol: best + 1 };
}

const LABEL_HEADERS = new Set(['科目代码', '科目编码', '科目名称', '项目', '功能分类科目', '支出功能分类科目']);

/** Without any 科目 row (an empty table), the label columns are those headed 科目代码/科目名称/项目. */
function headedLabelColumns(region: Region): number[] {
  const cols = new Set<number>();
  const width = columnCount(region.sheet);
  for (let r = region.titleRow + 1; r < Math.min(region.endRow, region.titleRow + 12); r++) {
    for (let c = 0; c < width; c++) if (LABEL_HEADERS.has(textAt(region.sheet, r, c))) cols.add(c);
  }
  return cols.size ? [...cols] : [0];
}

function totalRow(region: Region, labelCols: number[]): number | undefined {
  for (let r = region.titleRow + 1; r < region.endRow; r++) {
    for (const c of labelCols) {
      const t = labelKey(cellAt(region.sheet, r, c));
      if (t === '合计' || t === '总计') return r;
    }
  }
  return undefined;
}

export function readCoded(region: Region): Structure | undefined {
  const { sheet, template } = region;
  const layout = findCodeLayout(region);
  const labelCols = layout ? [...layout.cols, layout.nameCol] : headedLabelColumns(region);
  const split = layout && layout.cols.length === 3;

  // Rows: codes and the 合计 row.
  const rows: { sheetRow: number; code?: string; name: string }[] = [];
  const total = totalRow(region, labelCols);
  let lastClass = '';
  let lastSection = '';
  if (layout) {
    for (let r = region.titleRow + 1; r < region.endRow; r++) {
      let code = '';
      let name = '';
      if (split) {
        const [l, k, x] = layout.cols.map((c) => codeText(cellAt(sheet, r, c)));
        if (/^\d{7}$/.test(l) || /^\d{5}$/.test(l)) code = l;
        else if (/^\d{3}$/.test(l)) code = l + (/^\d{2}$/.test(k) ? k + (/^\d{2}$/.test(x) ? x : '') : '');
        else if (!l && /^\d{2}$/.test(k) && lastClass) code = lastClass + k + (/^\d{2}$/.test(x) ? x : '');
        else if (!l && !k && /^\d{2}$/.test(x) && lastSection) code = lastSection + x;
        if (code.length === 3) lastClass = code;
        if (code.length === 5) {
          lastSection = code;
          lastClass = code.slice(0, 3);
        }
        name = String(cellAt(sheet, r, layout.nameCol) ?? '').trim();
      } else {
        const text = codeText(cellAt(sheet, r, layout.cols[0]));
        // Most rows hold a bare code: what CODE would give, without a match for each of thousands of rows.
        if (isBareCode(text)) {
          code = text;
          name = String(cellAt(sheet, r, layout.nameCol) ?? '').trim();
        } else {
          const m = CODE.exec(text);
          if (m) {
            code = m[1];
            name = m[2] || String(cellAt(sheet, r, layout.nameCol) ?? '').trim();
          }
        }
      }
      if (code) rows.push({ sheetRow: r, code, name });
    }
  }
  if (total !== undefined) rows.unshift({ sheetRow: total, name: '合计' });
  rows.sort((a, b) => a.sheetRow - b.sheetRow);
  if (rows.length === 0) return undefined;

  const firstData = rows[0].sheetRow;
  const { headerRows, ordinalRow } = headerBlock(sheet, region.titleRow + 1, firstData);
  const paths = headerPaths(sheet, region.merges, headerRows);
  const width = columnCount(sheet);
  // The name column is the 科目名称 header when present.
  let nameCol = layout?.nameCol ?? 1;
  const named = paths.findIndex((p) => p.some((t) => t === '科目名称' || t === '项目名称'));
  if (named >= 0 && !split) nameCol = named;
  const candidates: number[] = [];
  for (let c = nameCol + 1; c < width; c++) if (!isRowNumberHeader(paths[c] ?? [])) candidates.push(c);
  const match = matchColumns(template.columns ?? [], candidates, paths, ordinals(sheet, ordinalRow));

  const problems: string[] = [];
  for (const m of match.missing) if (m.required) problems.push(`未找到“${m.key}”列`);
  if (total === undefined) problems.push('未找到“合计”行');

  const out: TableRow[] = [];
  const seen = new Set<string>();
  // Every row has the same columns: their keys are shared by the rows' figures (one array, not a Map per row).
  const columnKeys = [...match.found.keys()];
  const columnAt = [...match.found.values()];
  for (const r of rows) {
    const key = r.code ?? '合计';
    if (seen.has(key)) {
      problems.push(`科目代码 ${key} 出现多次（第${r.sheetRow + 1}行），只取第一次`);
      continue;
    }
    seen.add(key);
    const row: Figure[] = new Array(columnKeys.length);
    for (let i = 0; i < columnKeys.length; i++) row[i] = figureAt(sheet, r.sheetRow, columnAt[i], key, columnKeys[i]);
    const figures = new FigureRow(columnKeys, row);
    out.push({
      key,
      label: r.name,
      code: r.code,
      kind: r.code ? (r.code.length === 3 ? 'class' : 'code') : 'total',
      sheetRow: r.sheetRow,
      figures,
    });
  }
  const cols = [...match.found.values()];
  return {
    rows: out,
    columns: [...match.found.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k),
    firstDataRow: firstData,
    lastRow: rows[rows.length - 1].sheetRow,
    leftCol: Math.min(...(layout?.cols ?? labelCols)),
    rightCol: Math.max(nameCol, ...cols),
    problems,
  };
}
