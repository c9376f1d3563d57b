/**
 * The one interface between the user interface and a workbook host. Its implementations sit beside it:
 * office/ (the Excel add-in, Office.js), file/ (the offline web page: a file opened in the browser) and
 * memory/ (a workbook grid in memory, for the test harness). Every method is one batched round trip to
 * the host, whatever the workbook size.
 */
import type { WorkbookGrid } from '../core/grid';
import type { Mark } from '../marks';
import type { StoredState } from './state';

export type { Mark };

export interface HostInfo {
  /** Office display language (zh-CN, en-US…), for the pane's own texts. */
  language: string;
  /** What the host is, for messages: "Excel", "文件". */
  name: string;
}

export interface Host {
  info(): HostInfo;
  /** Every sheet's used range: values and merged areas. */
  readWorkbook(): Promise<WorkbookGrid>;
  /** Marks the cells (red errors, amber warnings) so that clearMarks restores every format exactly. */
  mark(marks: Mark[]): Promise<void>;
  /** Removes every mark this add-in made; the user's own formats are as before. */
  clearMarks(): Promise<void>;
  /** Selects a cell, switching to its sheet. */
  select(sheet: string, cell: string): Promise<void>;
  /** The add-in's state stored in the workbook (supplement, dismissals): survives save and reopen. */
  loadState(): Promise<StoredState>;
  saveState(state: StoredState): Promise<void>;
  /**
   * Writes lines of text to a sheet named `sheet` (one paragraph per row, column A), as text: nothing
   * starting with "=" becomes a formula. Returns 'exists' without writing when the sheet exists and
   * replace is false.
   */
  writeTextSheet(sheet: string, lines: string[], replace: boolean): Promise<'written' | 'exists'>;
}
