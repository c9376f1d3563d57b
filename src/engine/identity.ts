/**
 * The report year and the unit's name, from wherever the workbook states them: the tables' header lines
 * first, then a document header (a cover sheet, or the lines above the first table), the 情况说明, the
 * sheet names and the file name. Unknown stays unknown: the narrative asks for it instead of printing one.
 */
import type { SheetGrid, WorkbookGrid } from '../core/grid';
import type { RecognizedTable } from '../core/table';
import { normalize } from '../core/text';

export interface ReportIdentity {
  year?: string;
  department?: string;
}

/** "阳城县政务服务中心2024年度部门决算", "2024年度XX局决算公开": a document title naming unit and year. */
const DOCUMENT_TITLE = /^(.{2,40}?)(?:[(（]?(20\d{2})年度?[)）]?)(?:部门|单位)?(?:决算|决算公开|部门决算公开)/;
const YEAR_FIRST = /^(20\d{2})年度?(.{2,40}?)(?:部门|单位)?决算/;
const YEAR = /(20\d{2})年度?/g;

const plausibleYear = (y: string | undefined) => (y && Number(y) >= 2000 && Number(y) <= 2100 ? y : undefined);

function mostFrequent(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A document title among the first rows of a sheet. */
function documentTitle(sheet: SheetGrid, rows = 6): ReportIdentity {
  for (const row of sheet.rows.slice(0, rows)) {
    for (const v of row ?? []) {
      if (typeof v !== 'string' || v.length > 80) continue;
      const n = normalize(v);
      const m = DOCUMENT_TITLE.exec(n);
      if (m) return { department: m[1].replace(/^关于/, ''), year: plausibleYear(m[2]) };
      const y = YEAR_FIRST.exec(n);
      if (y) return { year: plausibleYear(y[1]), department: y[2] };
    }
  }
  return {};
}

/** The year most often written in a 情况说明 sheet's text. */
function narrativeYear(sheet: SheetGrid): string | undefined {
  const years: string[] = [];
  for (const row of sheet.rows)
    for (const v of row ?? []) if (typeof v === 'string') for (const m of normalize(v).matchAll(YEAR)) years.push(m[1]);
  return plausibleYear(mostFrequent(years));
}

export function reportIdentity(
  workbook: WorkbookGrid,
  tables: RecognizedTable[],
  others: { cover: SheetGrid[]; narrative?: SheetGrid },
): ReportIdentity {
  const id: ReportIdentity = {
    year: plausibleYear(mostFrequent(tables.map((t) => t.year))),
    department: mostFrequent(tables.map((t) => t.department)),
  };
  const fill = (found: ReportIdentity) => {
    id.year ??= found.year;
    id.department ??= found.department;
  };
  for (const sheet of [...others.cover, ...workbook.sheets.slice(0, 1)]) fill(documentTitle(sheet));
  if (others.narrative) fill({ year: narrativeYear(others.narrative) });
  fill({ year: plausibleYear(mostFrequent(workbook.sheets.map((s) => /(20\d{2})/.exec(normalize(s.name))?.[1]))) });
  if (workbook.name) {
    const base = normalize(workbook.name.replace(/^.*[\\/]/, '').replace(/\.xlsx?$/i, ''));
    fill(documentTitle({ name: base, rows: [[base]] }));
    fill({ year: plausibleYear(/(20\d{2})/.exec(base)?.[1]) });
  }
  return id;
}
