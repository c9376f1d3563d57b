/**
 * One pass over every cell of the workbook that tells what each sheet holds — table titles, 项目支出绩效
 * 自评表 titles, 情况说明 section headings — and hands each sheet to the readers that need it.
 */
import type { SheetGrid, WorkbookGrid } from '../core/grid';
import { isAttachmentTitle } from '../attachments';
import { isNarrativeHeading } from '../narrative-check/workbook';
import { titleAt, type TitleHit } from '../recognize/title';

/** A 情况说明 has at least this many section headings ("一、…情况说明"). */
const NARRATIVE_HEADINGS = 3;

export interface WorkbookScan {
  /** Sheets with a table title, and the titles found on each. */
  tables: Map<SheetGrid, TitleHit[]>;
  /** Sheets with a 自评表 title. */
  attachments: SheetGrid[];
  /** Sheets that read like a 情况说明, first one first. */
  narratives: SheetGrid[];
  /** Sheets holding none of these. */
  other: SheetGrid[];
}

export function scanWorkbook(grid: WorkbookGrid): WorkbookScan {
  const scan: WorkbookScan = { tables: new Map(), attachments: [], narratives: [], other: [] };
  for (const sheet of grid.sheets) {
    const titles: TitleHit[] = [];
    let attachment = false;
    let headings = 0;
    sheet.rows.forEach((cells, row) => {
      if (!cells) return;
      for (let col = 0; col < cells.length; col++) {
        const v = cells[col];
        if (typeof v !== 'string') continue;
        const title = titleAt(v, row, col);
        if (title) titles.push(title);
        if (!attachment && isAttachmentTitle(v)) attachment = true;
        if (isNarrativeHeading(v)) headings++;
      }
    });
    if (titles.length) scan.tables.set(sheet, titles);
    if (attachment) scan.attachments.push(sheet);
    if (headings >= NARRATIVE_HEADINGS) scan.narratives.push(sheet);
    if (!titles.length && !attachment && headings < NARRATIVE_HEADINGS) scan.other.push(sheet);
  }
  return scan;
}
