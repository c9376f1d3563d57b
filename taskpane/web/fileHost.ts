/**
 * The Host of the offline web page: a workbook file opened in the browser, held in memory. Nothing is
 * uploaded and the file on disk is never written: the workbook is parsed with ExcelJS (loaded on first
 * use, a chunk of its own), marks and the stored state live in memory beside it, and what the user takes
 * away are downloads (the annotated workbook, the supplement, the .docx).
 *
 * Besides the Host methods the pane calls, it publishes a snapshot for the read-only workbook view
 * (sheets, marks, the selected cell), with subscribe() for React's useSyncExternalStore.
 */
import type ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../src/core/grid';
import { parseA1 } from '../../src/core/grid';
import type { Host, HostInfo, Mark } from '../../src/host/seam';
import { parseState, type StoredState } from '../../src/host/state';
import type { Supplement } from '../../src/narrative/supplement';
import type { SheetView } from './viewModel';

type XlsxModule = typeof import('./lazy/xlsx');

let xlsxModule: Promise<XlsxModule> | undefined;
/** ExcelJS and the workbook code, fetched once, when the first workbook is opened. */
export function loadXlsx(): Promise<XlsxModule> {
  xlsxModule ??= import(/* webpackChunkName: "xlsx" */ './lazy/xlsx').catch((e) => {
    xlsxModule = undefined;
    throw e;
  });
  return xlsxModule;
}

export interface Selection {
  sheet: string;
  cell: string;
  /** Increases with every select(), so that selecting the same cell again scrolls to it again. */
  seq: number;
}

export interface FileSnapshot {
  status: 'loading' | 'ready' | 'failed';
  error?: string;
  sheets: SheetView[];
  /** "sheet!A1" → the mark. */
  marks: ReadonlyMap<string, Mark>;
  selection: Selection | null;
  /** The sheet the view shows. */
  activeSheet: string | null;
}

export const markKey = (sheet: string, cell: string) => `${sheet}!${cell.replace(/\$/g, '').toUpperCase()}`;

let nextId = 0;

export class FileHost implements Host {
  readonly id = ++nextId;
  readonly name: string;
  readonly size: number;
  private readonly bytes: ArrayBuffer;
  private readonly language: string;
  private workbook: Promise<ExcelJS.Workbook> | undefined;
  private stateJson: string | null;
  private readonly textSheets = new Map<string, string[]>();
  private readonly listeners = new Set<() => void>();
  private seq = 0;
  private snap: FileSnapshot = { status: 'loading', sheets: [], marks: new Map(), selection: null, activeSheet: null };

  constructor(name: string, bytes: ArrayBuffer, options: { language?: string; stateJson?: string | null } = {}) {
    this.name = name;
    this.size = bytes.byteLength;
    // The page's own copy: whatever happens in memory, the annotated download starts from these bytes.
    this.bytes = bytes.slice(0);
    this.language = options.language ?? 'zh-CN';
    this.stateJson = options.stateJson ?? null;
  }

  // ---- the snapshot for the view ----

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): FileSnapshot => this.snap;

  private publish(change: Partial<FileSnapshot>) {
    this.snap = { ...this.snap, ...change };
    for (const l of [...this.listeners]) l();
  }

  /** Shows a sheet in the view (a click on its tab). */
  showSheet(sheet: string): void {
    if (this.snap.activeSheet !== sheet) this.publish({ activeSheet: sheet });
  }

  /** A click on a cell of the view: it becomes the selected cell (shown in the cell bar). */
  pick(sheet: string, cell: string): void {
    this.publish({ selection: { sheet, cell, seq: this.snap.selection?.seq ?? 0 }, activeSheet: sheet });
  }

  /** Parses the file (once); the view shows it when done, or the reason it cannot be read. */
  open(): Promise<ExcelJS.Workbook> {
    this.workbook ??= (async () => {
      try {
        const m = await loadXlsx();
        const wb = await m.openXlsx(this.bytes, this.name);
        const sheets = m.sheetViews(wb);
        const first = sheets.find((s) => !s.hidden) ?? sheets[0];
        this.publish({ status: 'ready', sheets, activeSheet: first?.name ?? null });
        return wb;
      } catch (e) {
        this.publish({ status: 'failed', error: e instanceof Error ? e.message : String(e) });
        throw e;
      }
    })();
    return this.workbook;
  }

  // ---- Host ----

  info(): HostInfo {
    return { language: this.language, name: '文件' };
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    const wb = await this.open();
    const m = await loadXlsx();
    return m.workbookToGrid(wb, this.name);
  }

  async mark(marks: Mark[]): Promise<void> {
    const wb = await this.open();
    const next = new Map<string, Mark>();
    for (const m of marks) {
      if (!wb.getWorksheet(m.sheet)) throw new Error(`工作表“${m.sheet}”不存在`);
      const k = markKey(m.sheet, m.cell);
      const had = next.get(k);
      next.set(
        k,
        had
          ? {
              ...had,
              severity: had.severity === 'error' || m.severity === 'error' ? 'error' : m.severity,
              message: `${had.message}\n${m.message}`,
            }
          : { ...m },
      );
    }
    // As in Excel: the new marks replace the earlier ones. The workbook's own formats are never touched.
    this.publish({ marks: next });
  }

  async clearMarks(): Promise<void> {
    this.publish({ marks: new Map() });
  }

  async select(sheet: string, cell: string): Promise<void> {
    const wb = await this.open();
    if (!wb.getWorksheet(sheet)) throw new Error(`工作表“${sheet}”不存在`);
    parseA1(cell);
    this.publish({ selection: { sheet, cell: cell.replace(/\$/g, '').toUpperCase(), seq: ++this.seq }, activeSheet: sheet });
  }

  async loadState(): Promise<StoredState> {
    return parseState(this.stateJson);
  }

  async saveState(state: StoredState): Promise<void> {
    this.stateJson = JSON.stringify(state);
  }

  async writeTextSheet(sheet: string, lines: string[], replace: boolean): Promise<'written' | 'exists'> {
    const wb = await this.open();
    if (wb.getWorksheet(sheet) && !replace) return 'exists';
    const m = await loadXlsx();
    m.putTextSheet(wb, sheet, lines);
    this.textSheets.set(sheet, [...lines]);
    const view = m.sheetView(wb.getWorksheet(sheet)!);
    const sheets = this.snap.sheets.some((s) => s.name === sheet)
      ? this.snap.sheets.map((s) => (s.name === sheet ? view : s))
      : [...this.snap.sheets, view];
    this.publish({ sheets, activeSheet: sheet });
    return 'written';
  }

  // ---- what the page offers for download ----

  state(): StoredState {
    return parseState(this.stateJson);
  }

  /** Replaces the stored supplement (a supplement file the user opened); the explanations stay. */
  setSupplement(supplement: Supplement): void {
    this.stateJson = JSON.stringify({ ...this.state(), supplement });
  }

  /** The stored state as JSON, for reopening the same file with what was kept. */
  storedStateJson(): string | null {
    return this.stateJson;
  }

  /** The sheets written by 插入到工作表, which the downloaded workbook carries. */
  writtenSheets(): string[] {
    return [...this.textSheets.keys()];
  }

  /** The workbook as the file was, plus the sheets written since, with these findings filled and noted. */
  async annotated(findings: Parameters<XlsxModule['annotatedXlsx']>[3]): Promise<{ blob: Blob; marked: number }> {
    const m = await loadXlsx();
    const { data, marked } = await m.annotatedXlsx(this.bytes, this.name, this.textSheets, findings);
    return { blob: new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), marked };
  }
}
