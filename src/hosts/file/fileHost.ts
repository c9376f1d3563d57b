/**
 * The Host of the offline web page: a workbook file opened in the browser, held in memory. Nothing is
 * uploaded and the file on disk is never written. The file is read and checked by a PageReader, which the
 * page runs in a Web Worker (taskpane/web/workerRead.ts) with the CLI's bounds (src/xlsx/limits.ts), so a
 * hostile file never freezes the page: what comes back is the grid, the view's layout and the first check
 * (pageRead.ts). ExcelJS is loaded (lazyXlsx.ts, a chunk of its own) only to write the annotated copy. Marks
 * and the stored state live in memory beside the file; what the user takes away are downloads (the annotated
 * workbook, the supplement, the .docx). No DOM: the page (taskpane/web) draws the snapshot.
 *
 * Besides the Host methods the pane calls, it publishes a snapshot for the read-only workbook view
 * (sheets, marks, the selected cell), with subscribe() for React's useSyncExternalStore.
 */
import type { Finding } from '../../core/findings';
import type { WorkbookGrid } from '../../core/grid';
import { parseA1 } from '../../core/grid';
import type { CheckResult } from '../../engine';
import type { Host, HostInfo, Mark, PendingEdits, RecheckReport, WorkbookEdit, WorkbookRead } from '../seam';
import { parseState, type StoredState } from '../state';
import type { Supplement } from '../../narrative/supplement';
import type { PageRead } from './pageRead';
import { sheetView, textSheet, type SheetView } from './viewModel';

type XlsxModule = typeof import('./lazyXlsx');

let xlsxModule: Promise<XlsxModule> | undefined;
/** ExcelJS and the annotation code, fetched once, when the first annotated copy is asked for. */
export function loadXlsx(): Promise<XlsxModule> {
  xlsxModule ??= import(/* webpackChunkName: "xlsx" */ './lazyXlsx').catch((e) => {
    xlsxModule = undefined;
    throw e;
  });
  return xlsxModule;
}

/**
 * Reads and checks a file (pageRead.ts): the page's reader runs it in a Web Worker, the tests in process. It
 * rejects with an Error whose message is the plain sentence to show; `signal` stops it (the file was closed).
 */
export type PageReader = (bytes: ArrayBuffer, name: string, signal?: AbortSignal) => Promise<PageRead>;

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
  /** The file's size and bytes: those of the newer version once one is opened again (reopen). */
  size: number;
  private bytes: ArrayBuffer;
  private readonly language: string;
  private readonly reader: PageReader;
  private readonly closed = new AbortController();
  private read: Promise<void> | undefined;
  private grid: WorkbookGrid | undefined;
  /** The check the reader made, while the grid is as read (nothing written since). */
  private firstCheck: CheckResult | undefined;
  private stateJson: string | null;
  private readonly textSheets = new Map<string, string[]>();
  private readonly listeners = new Set<() => void>();
  private seq = 0;
  private snap: FileSnapshot = { status: 'loading', sheets: [], marks: new Map(), selection: null, activeSheet: null };

  constructor(name: string, bytes: ArrayBuffer, options: { reader: PageReader; language?: string; stateJson?: string | null }) {
    this.name = name;
    this.reader = options.reader;
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

  /** The grid and the view of a read, and the check made with it. */
  private adoptRead(read: PageRead): SheetView[] {
    const byName = new Map(read.grid.sheets.map((sheet) => [sheet.name, sheet]));
    this.grid = read.grid;
    this.firstCheck = read.result;
    return read.layout.sheets.map((layout) => sheetView(layout, byName.get(layout.name)!, read.layout.styles));
  }

  /** Reads and checks the file (once); the view shows it when done, or the reason it cannot be read. */
  open(): Promise<void> {
    this.read ??= (async () => {
      try {
        // The reader gets a copy (a worker takes it over): the annotated download starts from this.bytes.
        const sheets = this.adoptRead(await this.reader(this.bytes.slice(0), this.name, this.closed.signal));
        const first = sheets.find((s) => !s.hidden) ?? sheets[0];
        this.publish({ status: 'ready', sheets, activeSheet: first?.name ?? null });
      } catch (error) {
        this.publish({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    })();
    return this.read;
  }

  /**
   * A newer version of the same file, opened again while the pane watches this one (实时检查): it is read
   * and checked off the page's thread, then takes the place of the version shown, and the pane hears of it
   * as a change of the whole workbook, so it re-checks and says what changed since its last check. A
   * version that cannot be read is refused (the message says why) and the one shown stays. The sheets
   * written by 插入到工作表 stay too, unless the new version has a sheet of that name.
   */
  async reopen(bytes: ArrayBuffer): Promise<void> {
    await this.open();
    const read = await this.reader(bytes.slice(0), this.name, this.closed.signal);
    this.bytes = bytes.slice(0);
    this.size = bytes.byteLength;
    let sheets = this.adoptRead(read);
    for (const [name, lines] of [...this.textSheets]) {
      if (read.grid.sheets.some((s) => s.name === name)) this.textSheets.delete(name);
      else {
        const written = textSheet(name, lines);
        this.grid = { ...this.grid!, sheets: [...this.grid!.sheets, written.grid] };
        sheets = [...sheets, written.view];
        this.firstCheck = undefined;
      }
    }
    const shown = this.snap.activeSheet;
    const activeSheet = sheets.some((s) => s.name === shown) ? shown : ((sheets.find((s) => !s.hidden) ?? sheets[0])?.name ?? null);
    // The marks of the version before no longer hold: the re-check marks this one.
    this.publish({ sheets, activeSheet, marks: new Map(), selection: null });
    for (const onEdit of [...this.watchers]) onEdit({ sheetId: '', structural: true });
  }

  /** Whether the pane is watching this file (实时检查 on, the file checked and marked). */
  watched(): boolean {
    return this.watchers.size > 0;
  }

  private readonly watchers = new Set<(edit: WorkbookEdit) => void>();

  /** The file's only change is a newer version opened again (reopen): that is the edit the pane hears of. */
  async watch(onEdit: (edit: WorkbookEdit) => void): Promise<() => Promise<void>> {
    this.watchers.add(onEdit);
    return async () => void this.watchers.delete(onEdit);
  }

  /** After reopen: the version now shown, read whole, and marked as the pane asks. */
  async recheck(_edits: PendingEdits, marksFor: (read: WorkbookRead) => Mark[]): Promise<RecheckReport> {
    const read = await this.readWorkbook();
    const marks = marksFor(read);
    await this.mark(marks);
    return { read, full: true, remarked: [...new Set(marks.map((m) => m.sheet))] };
  }

  /** The file is closed: a read still running is stopped. */
  dispose(): void {
    this.closed.abort();
  }

  /** Throws, in the pane's words, when the workbook as read has no such sheet. */
  private mustHave(sheet: string): void {
    if (!this.grid!.sheets.some((s) => s.name === sheet)) throw new Error(`工作表“${sheet}”不存在`);
  }

  // ---- Host ----

  info(): HostInfo {
    return { language: this.language, name: '文件', live: 'newVersion' };
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    await this.open();
    return { ...this.grid!, sheets: [...this.grid!.sheets] };
  }

  /**
   * The findings and counts of the check made when the file was read (in the worker), while nothing has been
   * written to it since; else undefined. Only these: the rest of a result crossed from the worker as plain
   * data, without its classes (figure rows, number cells), and cannot feed the narrative.
   */
  checkedAsRead(): Pick<CheckResult, 'findings' | 'counts'> | undefined {
    return this.firstCheck;
  }

  async mark(marks: Mark[]): Promise<void> {
    await this.open();
    const next = new Map<string, Mark>();
    for (const mark of marks) {
      this.mustHave(mark.sheet);
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
    await this.open();
    this.mustHave(sheet);
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
    await this.open();
    const grid = this.grid!;
    if (grid.sheets.some((s) => s.name === sheet) && !replace) return 'exists';
    // Kept as lines: the annotated download writes them with ExcelJS (lazyXlsx.ts); the grid and the view get them now.
    this.textSheets.set(sheet, [...lines]);
    const written = textSheet(sheet, lines);
    const replaced = <T extends { name: string }>(list: T[], item: T) =>
      list.some((s) => s.name === sheet) ? list.map((s) => (s.name === sheet ? item : s)) : [...list, item];
    this.grid = { ...grid, sheets: replaced(grid.sheets, written.grid) };
    this.firstCheck = undefined;
    this.publish({ sheets: replaced(this.snap.sheets, written.view), activeSheet: sheet });
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
    await this.open();
    const xlsx = await loadXlsx();
    const clipped = new Map(this.snap.sheets.filter((s) => s.mergesClipped).map((s) => [s.name, s.merges]));
    const { data, marked } = await xlsx.annotatedXlsx(this.bytes, this.name, this.textSheets, findings, clipped);
    return { blob: new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), marked };
  }
}
