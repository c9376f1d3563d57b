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

const CODE_HEADERS = new Set(['科目代码', '科目编码', '代码', '编码']);
const ECON_CODE = /^(3\d{2}|3\d{4})(?!\d)(.*)$/;

function codeText(v: unknown): string {
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  if (typeof v !== 'string') return '';
  // Codes are mostly plain ASCII digits already; normalise only what might be full-width or spaced.
  return /^\d+$/.test(v) ? v : normalize(v);
}

export function readEconomic(region: Region): Structure | undefined {
  const { sheet, template } = region;
  const width = columnCount(sheet);
  let headerRow = -1;
  let codeCols: number[] = [];
  for (let r = region.titleRow + 1; r < Math.min(region.endRow, region.titleRow + 12); r++) {
    const cols: number[] = [];
    for (let c = 0; c < width; c++) if (CODE_HEADERS.has(textAt(sheet, r, c))) cols.push(c);
    if (cols.length > codeCols.length) {
      codeCols = cols;
      headerRow = r;
    }
  }
  if (headerRow < 0) return undefined;
  let firstData = headerRow + 1;
  while (firstData < region.endRow && isOrdinalRow(sheet, firstData)) firstData++;
  const headerRows: number[] = [];
  for (let r = region.titleRow + 1; r < firstData; r++) if (!isMetaRow(sheet, r) && !isOrdinalRow(sheet, r)) headerRows.push(r);
  const paths = headerPaths(sheet, region.merges, headerRows);
  const valueWords = new Set((template.columns?.[0]?.match ?? ['决算数']).map(normalize));
  const colKey = template.columns?.[0]?.key ?? '决算数';

  // Each group: its code column and the first 决算数 column after it.
  const groups: { code: number; value: number }[] = [];
  codeCols.forEach((c, i) => {
    const next = codeCols[i + 1] ?? width;
    for (let v = c + 1; v < next; v++) {
      const p = paths[v] ?? [];
      if (!isRowNumberHeader(p) && valueWords.has(p[p.length - 1] ?? '')) {
        groups.push({ code: c, value: v });
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
  for (let r = firstData; r < region.endRow; r++) {
    for (const g of groups) {
      const m = ECON_CODE.exec(codeText(cellAt(sheet, r, g.code)));
      if (!m) continue;
      const code = m[1];
      if (seen.has(code)) {
        problems.push(`科目代码 ${code} 出现多次（第${r + 1}行），只取第一次`);
        continue;
      }
      seen.add(code);
      const fig = figureAt(sheet, r, g.value, code, colKey);
      const name = m[2] || String(cellAt(sheet, r, g.code + 1) ?? '').trim();
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
    leftCol: groups[0].code,
    rightCol: groups[groups.length - 1].value,
    problems,
    notApplicable,
  };
}
