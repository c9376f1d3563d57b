/**
 * A Host over a workbook grid held in memory, for the test harness (taskpane/harness) and the tests. It
 * records what the pane asks of it (marks, selections, saved state, written sheets) for the tests to read
 * back, keeps its marks in a map apart from the cells' own formats (so clearing restores them exactly),
 * can be told to fail a method, and can answer slowly so that progress indicators show. Like OfficeHost,
 * `mark` replaces the earlier marks, leaves protected sheets alone, marks nothing when the workbook changed
 * since it was read (`setCell`), and says a hidden sheet is hidden. For the live check it tells its
 * watchers of every `setCell` and `insertRows` (a moment later, as Excel raises events), and `recheck`
 * rewrites only the marks that differ. No DOM: it runs in the browser harness and in Node alike.
 */
import type { RawValue, WorkbookGrid } from '../../core/grid';
import { parseA1 } from '../../core/grid';
import { INFO_MARK_FILL, MARK_COLORS } from '../../marks';
import type {
  Host,
  HostInfo,
  Mark,
  MarkReport,
  PendingEdits,
  RecheckReport,
  SelectOutcome,
  WorkbookEdit,
  WorkbookRead,
  WriteOutcome,
} from '../seam';
import { parseState, type StoredState } from '../state';

export type HostMethod =
  'readWorkbook' | 'mark' | 'clearMarks' | 'select' | 'loadState' | 'saveState' | 'writeTextSheet' | 'watch' | 'recheck';

export interface MemoryHostOptions {
  language?: string;
  /** The stored state as the workbook holds it (JSON), e.g. to reopen with what was saved. */
  stateJson?: string | null;
  /** The user's own cell formats, "sheet!A1" → a format description. */
  formats?: Record<string, string>;
  /** Milliseconds every call takes. */
  delayMs?: number;
  /** Sheets protected against changes: not marked, nor their marks removed. */
  protectedSheets?: string[];
  /** The workbook structure is protected: no sheet can be added or shown. */
  protectedStructure?: boolean;
  /** Whether the pane can download files (false as in Excel on Mac). */
  canDownload?: boolean;
  /** Sheets whose merged areas the read reports as unread. */
  mergesUnread?: string[];
}

/** Everything the tests read back, as plain JSON. */
export interface MemoryHostSnapshot {
  marks: Mark[];
  selection: { sheet: string; cell: string } | null;
  selections: { sheet: string; cell: string }[];
  stateJson: string | null;
  state: StoredState;
  sheets: string[];
  textSheets: Record<string, string[]>;
  formats: Record<string, string>;
  calls: string[];
}

export class MemoryHost implements Host {
  readonly grid: WorkbookGrid;
  private readonly language: string;
  private readonly formats: Map<string, string>;
  private readonly marks = new Map<string, Mark>();
  private stateJson: string | null;
  private readonly failures = new Map<HostMethod, string>();
  private readonly textSheets = new Map<string, string[]>();
  private readonly options: MemoryHostOptions;
  /** Changes since the workbook was opened, and as of the last read: marks wait for a read of the current one. */
  private version = 0;
  private readVersion: number | undefined;
  private readonly watchers = new Set<(edit: WorkbookEdit) => void>();
  selection: { sheet: string; cell: string } | null = null;
  readonly selections: { sheet: string; cell: string }[] = [];
  readonly calls: string[] = [];
  delayMs: number;

  constructor(grid: WorkbookGrid, options: MemoryHostOptions = {}) {
    this.grid = structuredClone(grid);
    this.language = options.language ?? 'zh-CN';
    this.formats = new Map(Object.entries(options.formats ?? {}));
    this.stateJson = options.stateJson ?? null;
    this.delayMs = options.delayMs ?? 0;
    this.options = options;
  }

  private isProtected(sheet: string): boolean {
    return this.options.protectedSheets?.includes(sheet) ?? false;
  }

  /** The next call of `method` throws an Error with this message. */
  failNext(method: HostMethod, message: string): void {
    this.failures.set(method, message);
  }

  private async enter(method: HostMethod, detail = ''): Promise<void> {
    this.calls.push(detail ? `${method} ${detail}` : method);
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    const failure = this.failures.get(method);
    if (failure !== undefined) {
      this.failures.delete(method);
      throw new Error(failure);
    }
  }

  private sheet(name: string) {
    const s = this.grid.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`工作表“${name}”不存在`);
    return s;
  }

  info(): HostInfo {
    const info: HostInfo = { language: this.language, name: '内存工作簿' };
    if (this.options.canDownload === false) info.canDownload = false;
    return info;
  }

  async readWorkbook(): Promise<WorkbookRead> {
    await this.enter('readWorkbook');
    const read: WorkbookRead = structuredClone(this.grid);
    if (this.options.mergesUnread?.length) read.mergesUnread = [...this.options.mergesUnread];
    this.readVersion = this.version;
    return read;
  }

  async mark(marks: Mark[]): Promise<MarkReport> {
    await this.enter('mark', String(marks.length));
    for (const m of marks) {
      this.sheet(m.sheet);
      parseA1(m.cell);
    }
    // As OfficeHost does: nothing when the workbook changed since the read, protected sheets left alone.
    if (this.readVersion !== undefined && this.readVersion !== this.version) return { stale: true };
    const skipped = new Set<string>();
    for (const [key, m] of [...this.marks]) {
      if (this.isProtected(m.sheet)) skipped.add(m.sheet);
      else this.marks.delete(key);
    }
    for (const m of marks) {
      if (this.isProtected(m.sheet)) skipped.add(m.sheet);
      else this.marks.set(`${m.sheet}!${m.cell}`, { ...m });
    }
    return skipped.size ? { protectedSheets: [...skipped] } : {};
  }

  async clearMarks(): Promise<MarkReport> {
    await this.enter('clearMarks');
    const skipped = new Set<string>();
    for (const [key, m] of [...this.marks]) {
      if (this.isProtected(m.sheet)) skipped.add(m.sheet);
      else this.marks.delete(key);
    }
    return skipped.size ? { protectedSheets: [...skipped] } : {};
  }

  async select(sheet: string, cell: string, reveal = false): Promise<SelectOutcome> {
    await this.enter('select', `${sheet}!${cell}${reveal ? ' reveal' : ''}`);
    const s = this.sheet(sheet);
    parseA1(cell);
    if (s.hidden) {
      if (!reveal) return 'hidden';
      if (this.options.protectedStructure) return 'structureProtected';
      s.hidden = false;
    }
    this.selection = { sheet, cell };
    this.selections.push({ sheet, cell });
    return 'selected';
  }

  async loadState(): Promise<StoredState> {
    await this.enter('loadState');
    return parseState(this.stateJson);
  }

  async saveState(state: StoredState): Promise<void> {
    await this.enter('saveState');
    this.stateJson = JSON.stringify(state);
  }

  async writeTextSheet(sheet: string, lines: string[], replace: boolean): Promise<WriteOutcome> {
    await this.enter('writeTextSheet', `${sheet} ${replace ? 'replace' : 'new'}`);
    const existing = this.grid.sheets.find((s) => s.name === sheet);
    if (!existing && this.options.protectedStructure) return 'structureProtected';
    if (existing && this.isProtected(sheet)) return 'sheetProtected';
    if (existing && !replace) return 'exists';
    this.version++; // a sheet written is a change, as in Excel
    const rows: RawValue[][] = lines.map((l) => [String(l)]);
    if (existing) {
      existing.rows = rows;
      existing.merges = [];
    } else this.grid.sheets.push({ name: sheet, rows });
    this.textSheets.set(sheet, [...lines]);
    // A new sheet is structural (Excel: onAdded); a replaced one, its cells edited.
    this.tell(existing ? { sheetId: sheet, address: `A1:A${Math.max(1, lines.length)}` } : { sheetId: sheet, structural: true });
    return 'written';
  }

  /** Changes a cell, as a user typing in Excel would; watchers hear of it. */
  setCell(sheet: string, cell: string, value: RawValue): void {
    this.version++;
    const s = this.sheet(sheet);
    const { row, col } = parseA1(cell);
    while (s.rows.length <= row) s.rows.push([]);
    const r = s.rows[row];
    while (r.length <= col) r.push(null);
    r[col] = value;
    this.tell({ sheetId: sheet, address: cell.toUpperCase() });
  }

  /** Inserts `count` empty rows above row `before` (1-based): a structural change. */
  insertRows(sheet: string, before: number, count = 1): void {
    this.version++;
    const s = this.sheet(sheet);
    const at = before - 1;
    s.rows.splice(at, 0, ...Array.from({ length: count }, () => []));
    for (const merge of s.merges ?? []) {
      if (merge.top >= at) merge.top += count;
      if (merge.bottom >= at) merge.bottom += count;
    }
    this.tell({ sheetId: sheet, structural: true });
  }

  /** Watchers hear of an edit a moment later, as Excel raises its events. */
  private tell(edit: WorkbookEdit): void {
    for (const watcher of [...this.watchers]) setTimeout(() => watcher(edit), 0);
  }

  async watch(onEdit: (edit: WorkbookEdit) => void): Promise<() => Promise<void>> {
    await this.enter('watch');
    const watcher = (edit: WorkbookEdit) => onEdit(edit);
    this.watchers.add(watcher);
    return async () => {
      this.watchers.delete(watcher);
    };
  }

  /** Whether anyone is watching (for the tests). */
  get watching(): number {
    return this.watchers.size;
  }

  async recheck(edits: PendingEdits, marksFor: (read: WorkbookRead) => Mark[]): Promise<RecheckReport> {
    await this.enter('recheck', edits.structural ? 'full' : String(edits.cells.length));
    const read: WorkbookRead = structuredClone(this.grid);
    this.readVersion = this.version;
    const next = new Map(marksFor(read).map((m) => [`${m.sheet}!${m.cell}`, { ...m }]));
    const changed = new Set<string>();
    const skipped = new Set<string>();
    for (const [key, mark] of [...this.marks, ...next]) {
      const before = this.marks.get(key);
      const after = next.get(key);
      if (before?.severity === after?.severity && before?.message === after?.message) continue;
      if (this.isProtected(mark.sheet)) skipped.add(mark.sheet);
      else changed.add(mark.sheet);
    }
    for (const [key, mark] of [...this.marks]) if (changed.has(mark.sheet)) this.marks.delete(key);
    for (const [key, mark] of next) if (changed.has(mark.sheet)) this.marks.set(key, mark);
    const report: RecheckReport = { read, full: edits.structural, remarked: [...changed] };
    if (skipped.size) report.protectedSheets = [...skipped];
    return report;
  }

  /** The format a cell shows: the mark's while marked, else the user's own (or ''). */
  displayedFormat(sheet: string, cell: string): string {
    const mark = this.marks.get(`${sheet}!${cell}`);
    if (!mark) return this.formats.get(`${sheet}!${cell}`) ?? '';
    return `fill:${mark.severity === 'info' ? INFO_MARK_FILL : MARK_COLORS[mark.severity].fill}`;
  }

  /** The stored state, for reopening the workbook in a new pane. */
  storedStateJson(): string | null {
    return this.stateJson;
  }

  snapshot(): MemoryHostSnapshot {
    return {
      marks: [...this.marks.values()].map((m) => ({ ...m })),
      selection: this.selection && { ...this.selection },
      selections: this.selections.map((s) => ({ ...s })),
      stateJson: this.stateJson,
      state: parseState(this.stateJson),
      sheets: this.grid.sheets.map((s) => s.name),
      textSheets: Object.fromEntries(this.textSheets),
      formats: Object.fromEntries(this.formats),
      calls: [...this.calls],
    };
  }
}
