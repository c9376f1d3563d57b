/**
 * One pass over every cell of the workbook that tells what each sheet holds — table titles, 项目支出绩效
 * 自评表 titles, 情况说明 section headings — and hands each sheet to the readers that need it.
 */
import type { SheetGrid, WorkbookGrid } from '../core/grid';
import { isAttachmentTitle } from '../attachments';
import { isNarrativeHeading } from '../narrative-check/workbook';
import { hitAt, titleOf, type TitleHit } from '../recognize/title';

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

/** What one text is to the scan: a table title (wherever it stands), a 自评表 title, a 情况说明 heading. */
interface TextRole {
  title: ReturnType<typeof titleOf>;
  attachment: boolean;
  heading: boolean;
}

export function scanWorkbook(grid: WorkbookGrid): WorkbookScan {
  const scan: WorkbookScan = { tables: new Map(), attachments: [], narratives: [], other: [] };
  // A workbook repeats its labels on every table: each distinct text is judged once.
  const roles = new Map<string, TextRole>();
  const roleOf = (v: string): TextRole => {
    let role = roles.get(v);
    if (!role) roles.set(v, (role = { title: titleOf(v), attachment: isAttachmentTitle(v), heading: isNarrativeHeading(v) }));
    return role;
  };
  for (const sheet of grid.sheets) {
    const titles: TitleHit[] = [];
    let attachment = false;
    let headings = 0;
    sheet.rows.forEach((cells, row) => {
      if (!cells) return;
      for (let col = 0; col < cells.length; col++) {
        const v = cells[col];
        // Titles of both kinds hold 表, section headings 、: other text (most cells) is none of them.
        if (typeof v !== 'string' || (!v.includes('表') && !v.includes('、'))) continue;
        const role = roleOf(v);
        const title = hitAt(role.title, v, row, col);
        if (title) titles.push(title);
        if (role.attachment) attachment = true;
        if (role.heading) headings++;
      }
    });
    if (titles.length) scan.tables.set(sheet, titles);
    if (attachment) scan.attachments.push(sheet);
    if (headings >= NARRATIVE_HEADINGS) scan.narratives.push(sheet);
    if (!titles.length && !attachment && headings < NARRATIVE_HEADINGS) scan.other.push(sheet);
  }
  return scan;
}
