/** A corpus workbook: how to build it, and what a check of it must find, written by hand. */
import type ExcelJS from 'exceljs';
import type { RawValue } from '../../src/core/grid';
import type { TableKey } from '../../src/core/template';

export interface CorpusCase {
  id: string;
  /** File name (some workbooks carry their year only here). */
  file: string;
  family: 'national' | 'seed';
  /** Layout variants it exercises (for the README and the test titles). */
  variants: string[];
  /** Errors planted on purpose, and where. */
  planted: string[];
  build(): ExcelJS.Workbook;
  /** Every table and the sheet it must be recognised on. */
  tables: Partial<Record<TableKey, string>>;
  /** The errors, exactly: [rule, sheet, cell of the figure to fix]. */
  errors: [string, string, string][];
  year?: string;
  department?: string;
  /** Sheets holding a 项目支出绩效自评表. */
  attachments?: string[];
  /**
   * What the named cells hold, read straight from the file: proves the hand-written addresses without
   * the engine. Numbers as numbers, text as text.
   */
  probes: [string, string, RawValue][];
}
