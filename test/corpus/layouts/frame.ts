/** The lines above and below every table: title, table code, unit line (部门 / 年度 / 金额单位), notes. */
import type { SheetWriter } from '../sheet';

export interface Frame {
  /** Title cell text, prefix included ("表一 收入支出决算总表", "附表1：…", "1 …"). */
  title: string;
  /** A prefix in its own cell left of the title ("表1" | title), instead of inside it. */
  prefixCell?: string;
  /** Seed family: the table code on its own line (公开01表). */
  code?: string;
  /** 部门 / 部门名称 / 单位名称 / 编制单位; absent: no unit-name line. */
  orgLabel?: string;
  department: string;
  /** "2024年度"; absent: no year in the table. */
  year?: string;
  /** "金额单位：万元", "单位：万元"; absent: no unit. */
  unitText?: string;
  /** Row of the title (1-based); rows above are left to the caller (a document header). */
  top: number;
}

/** Writes title, code and unit line over `width` columns; returns the first header row. */
export function writeFrame(w: SheetWriter, f: Frame, width: number): number {
  let r = f.top;
  if (f.prefixCell) {
    w.text(r, 1, f.prefixCell, 'left');
    w.merged(r, 2, r, width, f.title);
  } else w.merged(r, 1, r, width, f.title);
  w.ws.getRow(r).height = 28;
  w.ws.getCell(r, f.prefixCell ? 2 : 1).font = { name: '黑体', size: 16, bold: true };
  r++;
  if (f.code) {
    w.text(r, width, f.code, 'right');
    r++;
  }
  if (f.orgLabel) w.text(r, 1, `${f.orgLabel}：${f.department}`, 'left');
  if (f.year) w.text(r, Math.ceil(width / 2), f.year);
  if (f.unitText) w.text(r, width, f.unitText, 'right');
  return r + 1;
}

/** Notes under a table, one merged line each; returns the row after them. */
export function writeNotes(w: SheetWriter, row: number, width: number, notes: string[] = []): number {
  for (const n of notes) {
    w.merged(row, 1, row, width, n, 'left');
    row++;
  }
  return row;
}
