/**
 * The one interface between the user interface and a workbook host. Its implementations sit beside it:
 * office/ (the Excel add-in, Office.js), file/ (the offline web page: a file opened in the browser) and
 * memory/ (a workbook grid in memory, for the test harness). Each method costs a fixed number of batched
 * round trips to the host, whatever the workbook size.
 *
 * What a host could not do is reported as data (sheet names, outcomes), never as text: the pane words it
 * in the user's language. A host that never meets such a case may return nothing (void).
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
  /**
   * Whether the pane can hand the user a file (下载 .docx). False where the web view ignores a download
   * link and says nothing: Excel on Mac and iPad (office-js#2700, "by design"). Undefined: it can.
   */
  canDownload?: boolean;
  /**
   * What the live check (watch/recheck) follows: the user's edits (Excel; the default), or a newer version
   * of the same file opened again (the offline page, where the workbook is edited elsewhere).
   */
  live?: 'edits' | 'newVersion';
}

/** The workbook as read, and what the read had to leave out. */
export interface WorkbookRead extends WorkbookGrid {
  /** Sheets whose merged areas the host could not give (Excel: over 512 on a sheet); read as if unmerged. */
  mergesUnread?: string[];
}

/** What mark() or clearMarks() did besides their job. */
export interface MarkReport {
  /**
   * The workbook changed since it was read (a value typed, a row inserted, a sheet renamed): nothing was
   * marked or removed, since the marks could land on the wrong cells. Read and check again.
   */
  stale?: boolean;
  /** Protected sheets whose cells were left as they were (not marked, or their marks not removed). */
  protectedSheets?: string[];
  /** Sheets where the user's own conditional formats were not all found as before after the change. */
  userFormatsChanged?: string[];
}

/**
 * One change the user made, as the host tells it (Excel: the worksheets' onChanged, onAdded, onDeleted,
 * onNameChanged). Cells edited, typed or pasted over carry their address; anything that moves cells or
 * changes the sheets is structural, and the workbook is then read whole again.
 */
export interface WorkbookEdit {
  /** The host's own name for the sheet (Excel: the worksheet id, which a rename keeps). */
  sheetId: string;
  /** The cells changed, A1 without the sheet ("B5", "B5:D9", "C:C"); absent for a structural change. */
  address?: string;
  /** Rows, columns or cells inserted or deleted, a sheet added, deleted or renamed. */
  structural?: boolean;
}

/** Edits gathered over a burst of typing or a paste, taken by one re-check. */
export interface PendingEdits {
  cells: { sheetId: string; address: string }[];
  structural: boolean;
}

/** What recheck() did: the workbook as now read, and what marking it did besides its job. */
export interface RecheckReport extends MarkReport {
  read: WorkbookRead;
  /** The whole workbook was read again: a structural change, or what changed could not be read alone. */
  full: boolean;
  /** Sheets whose marks were rewritten (only those whose marked cells changed). */
  remarked: string[];
}

/** What select() did: the cell is selected, or its sheet is hidden (and reveal was not asked). */
export type SelectOutcome = 'selected' | 'hidden' | 'structureProtected';

/** What writeTextSheet() did. The protected outcomes leave the workbook as it was. */
export type WriteOutcome = 'written' | 'exists' | 'structureProtected' | 'sheetProtected';

export interface Host {
  info(): HostInfo;
  /** Every sheet's used range: values and merged areas. */
  readWorkbook(): Promise<WorkbookRead>;
  /**
   * Marks the cells (red errors, amber warnings) in place of the earlier marks, so that clearMarks restores
   * every format exactly. Protected sheets are left alone and reported.
   */
  mark(marks: Mark[]): Promise<MarkReport | void>;
  /** Removes every mark this add-in made; the user's own formats are as before. */
  clearMarks(): Promise<MarkReport | void>;
  /**
   * Selects a cell, switching to its sheet. A hidden sheet is shown only when `reveal` is set; otherwise
   * the answer is 'hidden' and nothing changes.
   */
  select(sheet: string, cell: string, reveal?: boolean): Promise<SelectOutcome | void>;
  /** The add-in's state stored in the workbook (supplement, dismissals): survives save and reopen. */
  loadState(): Promise<StoredState>;
  saveState(state: StoredState): Promise<void>;
  /**
   * Tells the pane when the stored state was changed from outside it (the offline page loading a supplement
   * file), so it reloads the state instead of starting over. Optional: Excel has no such outside writer.
   */
  onStateChanged?(listener: () => void): () => void;
  /**
   * Writes lines of text to a sheet named `sheet` (one paragraph per row, column A), as text: nothing
   * starting with "=" becomes a formula. Returns 'exists' without writing when the sheet exists and
   * replace is false; the protected outcomes when the workbook structure (a new sheet) or the sheet
   * (a replacement) is protected.
   */
  writeTextSheet(sheet: string, lines: string[], replace: boolean): Promise<WriteOutcome>;
  /**
   * Live check: calls `onEdit` for every change the user makes to the workbook until the returned stop
   * function is called (the offline page: a newer version of the file opened again, a structural edit).
   * Optional: a host whose workbook cannot change under the pane has none.
   */
  watch?(onEdit: (edit: WorkbookEdit) => void): Promise<() => Promise<void>>;
  /**
   * Live check, after edits reported by `watch`, once the workbook has been read: reads only the changed
   * cells and patches the last read with them (the whole workbook when an edit is structural), hands the
   * result to `marksFor`, and changes only the marks that differ from those in place: Excel, 2 round trips
   * (1 when no mark changes), whatever the workbook size.
   */
  recheck?(edits: PendingEdits, marksFor: (read: WorkbookRead) => Mark[]): Promise<RecheckReport>;
}
