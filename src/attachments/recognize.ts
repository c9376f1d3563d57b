/**
 * Finds 项目支出绩效自评表 on any sheet by their content — the title wording and the
 * labelled cells — never by sheet name or position. A sheet may hold several, one
 * under the other: each title starts a table that runs to the next title.
 */
import type { WorkbookGrid } from '../core/grid';
import { a1Range } from '../core/grid';
import { normalize } from '../core/text';
import { readFunds } from './funds';
import { readIndicators } from './indicators';
import { findLabel, labelCells, LABELS, type LabelCell } from './labels';
import { SheetView } from './sheetView';
import { isTitle, projectFromTitle, titleCells } from './title';
import { readTotalAndGrade } from './totalScore';
import type { AttText, Attachment, FundsRow } from './types';

// What the rest of the folder (and src/attachments/index.ts) takes from recognition.
export { gradeOf } from './gradeWords';
export { readFigure } from './figure';
export { isTitle } from './title';

function lastRowWithContent(sheet: SheetView, top: number, bottom: number): number {
  for (let r = bottom; r > top; r--) if ((sheet.grid.rows[r] ?? []).some((v) => v !== null && v !== '')) return r;
  return top;
}

/** The heading block: 年度 (near the title), 项目名称, 主管部门 and 预算单位. */
function readHeading(sheet: SheetView, cells: LabelCell[], attachment: Attachment, top: number, last: number): void {
  for (let r = top; r <= Math.min(last, top + 2); r++) {
    const year = (sheet.grid.rows[r] ?? [])
      .map((v) => (typeof v === 'string' ? normalize(v) : ''))
      .join('')
      .match(/(\d{4})年度/);
    if (year) {
      attachment.year = year[1];
      break;
    }
  }
  const nameLabel = findLabel(cells, LABELS.projectName);
  if (nameLabel) {
    const name = sheet.rightText(nameLabel.r, nameLabel.c);
    if (name) {
      attachment.projectName = name.text;
      attachment.projectNameCell = name;
    }
  }
  if (!attachment.projectName) attachment.problems.push('未找到项目名称');
  const department = findLabel(cells, LABELS.department);
  if (department)
    attachment.department = sheet.rightText(
      department.r,
      department.c,
      findLabel(cells, LABELS.budgetUnit, department.r, department.r)?.c,
    )?.text;
  const budgetUnit = findLabel(cells, LABELS.budgetUnit);
  if (budgetUnit) attachment.budgetUnit = sheet.rightText(budgetUnit.r, budgetUnit.c)?.text;
}

/** One 自评表: from its title down to `bottom` (the row before the next title, or the sheet's end). */
function readAttachment(sheet: SheetView, title: AttText, bottom: number): Attachment {
  const top = title.row;
  const last = lastRowWithContent(sheet, top, bottom);
  const attachment: Attachment = {
    sheet: sheet.name,
    range: a1Range({ top, left: 0, bottom: last, right: Math.max(0, sheet.width - 1) }),
    top,
    bottom: last,
    title,
    projectName: projectFromTitle(title.text),
    funds: [],
    indicators: [],
    problems: [],
  };
  const cells = labelCells(sheet, top, last);
  readHeading(sheet, cells, attachment, top, last);
  // The funds block ends where the indicators (or the 年度目标) begin.
  const indicatorHeader = findLabel(cells, LABELS.level3) ?? findLabel(cells, LABELS.level1);
  const goal = findLabel(cells, LABELS.goal);
  const fundsStop = Math.min(indicatorHeader ? indicatorHeader.r - 1 : last, goal ? goal.r - 1 : last);
  readFunds(sheet, cells, attachment, top, fundsStop);
  const scoreCol = readIndicators(sheet, cells, attachment, indicatorHeader?.r ?? top, last);
  readTotalAndGrade(sheet, cells, attachment, scoreCol, indicatorHeader?.r ?? top, last);
  return attachment;
}

/** Every 项目支出绩效自评表 of the workbook, in sheet order, top to bottom. */
export function recognizeAttachments(grid: WorkbookGrid): Attachment[] {
  const out: Attachment[] = [];
  for (const sheetGrid of grid.sheets) {
    if (!sheetGrid.rows.some((row) => row?.some(isTitle))) continue; // no 自评表 here: skip the merge index
    const sheet = new SheetView(sheetGrid);
    const titles = titleCells(sheet);
    titles.forEach((title, i) => {
      const next = titles[i + 1];
      out.push(readAttachment(sheet, title, next ? next.row - 1 : sheetGrid.rows.length - 1));
    });
  }
  return out;
}

/** The funds row whose figures stand for the project: 资金总额, else 财政资金, else the first. */
export function mainFunds(attachment: Attachment): FundsRow | undefined {
  return attachment.funds.find((f) => f.kind === 'total') ?? attachment.funds.find((f) => f.kind === 'fiscal') ?? attachment.funds[0];
}
