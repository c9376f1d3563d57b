/** The 总分 and the 等级 of a 自评表, wherever the sheet writes them. */
import { a1 } from '../core/grid';
import { normalize } from '../core/text';
import { hasNumber, readFigure } from './figure';
import { gradeOf } from './gradeWords';
import { findLabel, LABELS, type LabelCell } from './labels';
import type { SheetView } from './sheetView';
import type { AttFigure, Attachment } from './types';

/** 总分: in the 得分 column of its row, else the first figure right of the label, else inside the label ("总分：95"). */
function readTotalScore(sheet: SheetView, label: LabelCell, attachment: Attachment, scoreCol: number | undefined): void {
  const r = label.r;
  let total: AttFigure | undefined;
  if (scoreCol !== undefined && hasNumber(sheet.figure(r, scoreCol))) total = sheet.figure(r, scoreCol);
  else {
    for (let c = sheet.rightOf(r, label.c) + 1; c < sheet.width; c++) {
      const figure = sheet.figure(r, c);
      if (hasNumber(figure)) {
        total = figure;
        break;
      }
    }
  }
  // 总分 written into the label cell itself ("总分：95").
  if (!total) {
    const inLabel = /^总分[:：]?(\d+(?:\.\d+)?)/.exec(normalize(String(label.raw)));
    if (inLabel) total = { ...readFigure(sheet.name, r, label.c, inLabel[1]), raw: label.raw };
  }
  if (total) attachment.totalScore = total;
  else {
    const c = scoreCol ?? sheet.rightOf(r, label.c) + 1;
    attachment.totalScore = sheet.figure(r, c);
    attachment.problems.push('“总分”未填写');
  }
}

/** 等级: a labelled cell (等级 / 自评等级) with the grade right of it or below; else a grade word on the 总分 row. */
function readGrade(
  sheet: SheetView,
  cells: LabelCell[],
  totalLabel: LabelCell,
  attachment: Attachment,
  from: number,
  bottom: number,
): void {
  const gradeLabel = findLabel(cells, LABELS.grade, from, bottom);
  if (gradeLabel) {
    const right = sheet.rightText(gradeLabel.r, gradeLabel.c);
    const below = sheet.text(sheet.bottomOf(gradeLabel.r, gradeLabel.c) + 1, gradeLabel.c);
    const graded = [right, below].find((t) => t && gradeOf(t.text));
    if (graded) attachment.grade = graded;
    else
      attachment.grade = {
        sheet: sheet.name,
        cell: a1(gradeLabel.r, sheet.rightOf(gradeLabel.r, gradeLabel.c) + 1),
        row: gradeLabel.r,
        col: sheet.rightOf(gradeLabel.r, gradeLabel.c) + 1,
        text: right?.text ?? '',
      };
    return;
  }
  for (let c = 0; c < sheet.width; c++) {
    const text = sheet.text(totalLabel.r, c);
    if (text && c !== totalLabel.c && gradeOf(text.text)) {
      attachment.grade = text;
      return;
    }
  }
  attachment.problems.push('未找到“等级”');
}

/** Reads 总分 and 等级 from rows [from, bottom] into the attachment. */
export function readTotalAndGrade(
  sheet: SheetView,
  cells: LabelCell[],
  attachment: Attachment,
  scoreCol: number | undefined,
  from: number,
  bottom: number,
): void {
  const label = findLabel(cells, LABELS.totalScore, from, bottom);
  if (!label) {
    attachment.problems.push('未找到“总分”');
    return;
  }
  readTotalScore(sheet, label, attachment, scoreCol);
  readGrade(sheet, cells, label, attachment, from, bottom);
}
