/**
 * The Host of the offline web page: a workbook file opened in the browser, held in memory. Nothing is
 * uploaded and the file on disk is never written: the workbook is parsed with ExcelJS (loaded on first
 * use, a chunk of its own: lazyXlsx.ts), marks and the stored state live in memory beside it, and what
 * the user takes away are downloads (the annotated workbook, the supplement, the .docx). No DOM: the
 * page (taskpane/web) draws the snapshot.
 *
 * Besides the Host methods the pane calls, it publishes a snapshot for the read-only workbook view
 * (sheets, marks, the selected cell), with subscribe() for React's useSyncExternalStore.
 */
import type ExcelJS from 'exceljs';
import type { Finding } from '../../core/findings';
import type { WorkbookGrid } from '../../core/grid';
import { parseA1 } from '../../core/grid';
import type { Host, HostInfo, Mark } from '../seam';
import { parseState, type StoredState } from '../state';
import type { Supplement } from '../../narrative/supplement';
import type { SheetView } from './viewModel';

type XlsxModule = typeof import('./lazyXlsx');

let xlsxModule: Promise<XlsxModule> | undefined;
/** ExcelJS and the workbook code, fetched once, when the first workbook is opened. */
export function loadXlsx(): Promise<XlsxModule> {
  xlsxModule ??= import(/* webpackChunkName: "xlsx" */ './lazyXlsx').catch((e) => {
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
        const xlsx = await loadXlsx();
        const workbook = await xlsx.openXlsx(this.bytes, this.name);
        const sheets = xlsx.sheetViews(workbook);
        const first = sheets.find((s) => !s.hidden) ?? sheets[0];
        this.publish({ status: 'ready', sheets, activeSheet: first?.name ?? null });
        return workbook;
      } catch (error) {
        this.publish({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    })();
    return this.workbook;
  }

  // ---- Host ----

  info(): HostInfo {
    return { language: this.language, name: '文件' };
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    const workbook = await this.open();
    const xlsx = await loadXlsx();
    return xlsx.workbookToGrid(workbook, this.name);
  }

  async mark(marks: Mark[]): Promise<void> {
    const workbook = await this.open();
    const next = new Map<string, Mark>();
    for (const mark of marks) {
      if (!workbook.getWorksheet(mark.sheet)) throw new Error(`工作表“${mark.sheet}”不存在`);
      const key = markKey(mark.sheet, mark.cell);
      const had = next.get(key);
      next.set(
        key,
        had
          ? {
              ...had,
              severity: had.severity === 'error' || mark.severity === 'error' ? 'error' : mark.severity,
              message: `${had.message}\n${mark.message}`,
            }
          : { ...mark },
      );
    }
    // As in Excel: the new marks replace the earlier ones. The workbook's own formats are never touched.
    this.publish({ marks: next });
  }

  async clearMarks(): Promise<void> {
    this.publish({ marks: new Map() });
  }

  async select(sheet: string, cell: string): Promise<void> {
    const workbook = await this.open();
    if (!workbook.getWorksheet(sheet)) throw new Error(`工作表“${sheet}”不存在`);
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
    const workbook = await this.open();
    if (workbook.getWorksheet(sheet) && !replace) return 'exists';
    const xlsx = await loadXlsx();
    xlsx.putTextSheet(workbook, sheet, lines);
    this.textSheets.set(sheet, [...lines]);
    const view = xlsx.sheetView(workbook.getWorksheet(sheet)!);
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
    for (const listener of this.stateListeners) listener();
  }

  private readonly stateListeners = new Set<() => void>();

  onStateChanged(listener: () => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
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
  async annotated(findings: Finding[]): Promise<{ blob: Blob; marked: number }> {
    const xlsx = await loadXlsx();
    const { data, marked } = await xlsx.annotatedXlsx(this.bytes, this.name, this.textSheets, findings);
    return { blob: new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), marked };
  }
}
