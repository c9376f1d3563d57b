/**
 * Seeds the fake Excel (./excel.ts) from an .xlsx file via ExcelJS: values as Excel reports them
 * (formula results, dates as serial numbers, errors as "#N/A" text, merged cells holding their value
 * in the top-left cell only), number formats, fills, fonts, wrapping, merged ranges, sheet visibility,
 * the user's conditional formats and column widths. Node only (reads files); the fake itself is not.
 */
import ExcelJS from 'exceljs';
import type { CellValue, FakeCell, FakeConditionalFormatData, FakeFont, FakeSheetData, FakeWorkbookData, Visibility } from './excel';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const serial = (d: Date) => (d.getTime() - EXCEL_EPOCH) / 86_400_000;

function excelValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return serial(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o || 'result' in o) return excelValue(o.result);
    if ('richText' in o) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('error' in o) return String(o.error);
    if ('text' in o) return String(o.text);
  }
  return String(v);
}

function color(c: Partial<ExcelJS.Color> | undefined): string | undefined {
  if (!c) return undefined;
  if (c.argb) return `#${c.argb.slice(-6).toUpperCase()}`;
  if (c.theme !== undefined) return `theme:${c.theme}${'tint' in c && c.tint ? `:${c.tint}` : ''}`;
  return undefined;
}

function fontOf(f: Partial<ExcelJS.Font> | undefined): FakeFont | undefined {
  if (!f) return undefined;
  const out: FakeFont = {};
  if (f.name) out.name = f.name;
  if (f.size) out.size = f.size;
  if (f.bold) out.bold = true;
  if (f.italic) out.italic = true;
  const c = color(f.color);
  if (c) out.color = c;
  return Object.keys(out).length ? out : undefined;
}

function fillOf(f: ExcelJS.Fill | undefined): string | undefined {
  if (!f || f.type !== 'pattern' || f.pattern === 'none') return undefined;
  return color(f.fgColor) ?? color(f.bgColor);
}

const CF_TYPES: Record<string, string> = {
  expression: 'Custom',
  cellIs: 'CellValue',
  containsText: 'ContainsText',
  top10: 'TopBottom',
  aboveAverage: 'PresetCriteria',
  timePeriod: 'PresetCriteria',
  colorScale: 'ColorScale',
  dataBar: 'DataBar',
  iconSet: 'IconSet',
};

function conditionalFormatsOf(ws: ExcelJS.Worksheet): FakeConditionalFormatData[] {
  const list =
    (ws as unknown as { conditionalFormattings?: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings ?? [];
  const out: (FakeConditionalFormatData & { priority: number })[] = [];
  for (const cf of list) {
    for (const rule of cf.rules) {
      const style = rule.style as { fill?: ExcelJS.FillPattern; font?: Partial<ExcelJS.Font> } | undefined;
      const formulae = rule.formulae as string[] | undefined;
      out.push({
        type: CF_TYPES[String(rule.type)] ?? String(rule.type),
        areas: cf.ref.trim().split(/\s+/).join(','),
        formula: rule.type === 'expression' && formulae?.[0] !== undefined ? `=${String(formulae[0]).replace(/^=/, '')}` : null,
        fill: (style?.fill && (color(style.fill.bgColor) ?? color(style.fill.fgColor))) ?? null,
        fontColor: color(style?.font?.color) ?? null,
        stopIfTrue: rule.stopIfTrue === true,
        priority: typeof rule.priority === 'number' ? rule.priority : Number.MAX_SAFE_INTEGER,
      });
    }
  }
  return out.sort((a, b) => a.priority - b.priority).map(({ priority: _p, ...rest }) => rest);
}

const VISIBILITY: Record<string, Visibility> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

export function seedFromWorkbook(
  wb: ExcelJS.Workbook,
  options: { name?: string; settings?: Record<string, unknown> } = {},
): FakeWorkbookData {
  const sheets: FakeSheetData[] = wb.worksheets.map((ws) => {
    const cells: Record<string, FakeCell> = {};
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const slave = cell.isMerged && cell.master.address !== cell.address;
        const c: FakeCell = { value: slave ? null : excelValue(cell.value) };
        const v = cell.value as { formula?: string; sharedFormula?: string } | null;
        if (!slave && v && typeof v === 'object' && typeof v.formula === 'string') c.formula = `=${v.formula}`;
        if (cell.numFmt && cell.numFmt !== 'General') c.numFmt = cell.numFmt;
        const fill = fillOf(cell.fill);
        if (fill) c.fill = fill;
        const font = fontOf(cell.font);
        if (font) c.font = font;
        if (cell.alignment?.wrapText) c.wrapText = true;
        if (c.value === null && Object.keys(c).length === 1) return;
        cells[cell.address] = c;
      });
    });
    const columnWidths: Record<string, number> = {};
    (ws.columns ?? []).forEach((col, i) => {
      if (col?.width) columnWidths[String(col.letter ?? i + 1)] = col.width;
    });
    return {
      name: ws.name,
      visibility: VISIBILITY[ws.state] ?? 'Visible',
      cells,
      merges: [...(ws.model.merges ?? [])],
      conditionalFormats: conditionalFormatsOf(ws),
      columnWidths,
    };
  });
  return { name: options.name, sheets, settings: options.settings ?? {} };
}

export async function seedFromXlsx(
  source: string | Buffer | ArrayBuffer,
  options: { name?: string; settings?: Record<string, unknown> } = {},
): Promise<FakeWorkbookData> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as ArrayBuffer);
  const name = options.name ?? (typeof source === 'string' ? source.split(/[\\/]/).pop() : undefined);
  return seedFromWorkbook(wb, { ...options, name });
}
