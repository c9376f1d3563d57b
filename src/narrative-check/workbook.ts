/**
 * An existing 情况说明 inside the workbook: a sheet whose cells hold the section headings
 * ("一、收入支出决算总体情况说明" …), one paragraph per cell, as the add-in's 插入到工作表 writes it
 * and as officers paste it. Its findings point at the paragraph's cell.
 */
import { a1, type WorkbookGrid } from '../core/grid';
import { splitNarrative } from './split';
import type { NarrativeSectionInput } from './index';

const SECTION = /^\s*[一二三四五六七八九十]{1,3}、.{0,30}(情况说明|决算情况|情况)\s*$/;

/** A cell that reads like a section heading of a 情况说明 ("一、收入支出决算总体情况说明"). */
export function isNarrativeHeading(v: unknown): boolean {
  return typeof v === 'string' && /^\s*[一二三四五六七八九十]{1,3}、/.test(v) && SECTION.test(v);
}

export interface NarrativeSheet {
  sheet: string;
  sections: NarrativeSectionInput[];
}

/** The sheet holding a 情况说明 (three or more section headings), if any. */
export function findNarrativeSheet(grid: WorkbookGrid): NarrativeSheet | undefined {
  for (const sheet of grid.sheets) {
    // Cheap first pass: count heading-like cells before collecting any text.
    let headings = 0;
    for (const row of sheet.rows) for (const v of row ?? []) if (isNarrativeHeading(v)) headings++;
    if (headings < 3) continue;
    const lines: { text: string; cell: string }[] = [];
    sheet.rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (typeof v === 'string' && v.trim())
          for (const part of v.split(/\r?\n/)) if (part.trim()) lines.push({ text: part.trim(), cell: a1(r, c) });
      }),
    );
    if (lines.filter((l) => SECTION.test(l.text)).length < 3) continue;
    const split = splitNarrative(lines.map((l) => l.text).join('\n'));
    // splitNarrative numbers input lines from 1: the heading's cell, each paragraph's cell, the titles' cells.
    const cellOf = (line: number) => lines[line - 1]?.cell;
    const sections: NarrativeSectionInput[] = split.map((s) => ({
      heading: s.heading,
      text: s.text,
      sheet: sheet.name,
      cell: (lines[s.line] ?? lines[s.line - 1])?.cell,
      headingCell: s.heading ? cellOf(s.line) : undefined,
      cells: s.lines.map(cellOf),
      ...(s.preamble ? { preamble: s.preamble.map((p) => ({ text: p.text, cell: cellOf(p.line) })) } : {}),
    }));
    return { sheet: sheet.name, sections };
  }
  return undefined;
}
