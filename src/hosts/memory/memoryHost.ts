/**
 * A Host over a workbook grid held in memory, for the test harness (taskpane/harness) and the tests. It
 * records what the pane asks of it (marks, selections, saved state, written sheets) for the tests to read
 * back, keeps its marks in a map apart from the cells' own formats (so clearing restores them exactly),
 * can be told to fail a method, and can answer slowly so that progress indicators show. Like OfficeHost,
 * `mark` replaces the earlier marks. No DOM: it runs in the browser harness and in Node alike.
 */
import type { RawValue, WorkbookGrid } from '../../core/grid';
import { parseA1 } from '../../core/grid';
import { INFO_MARK_FILL, MARK_COLORS } from '../../marks';
import type { Host, HostInfo, Mark } from '../seam';
import { parseState, type StoredState } from '../state';

export type HostMethod = 'readWorkbook' | 'mark' | 'clearMarks' | 'select' | 'loadState' | 'saveState' | 'writeTextSheet';

export interface MemoryHostOptions {
  language?: string;
  /** The stored state as the workbook holds it (JSON), e.g. to reopen with what was saved. */
  stateJson?: string | null;
  /** The user's own cell formats, "sheet!A1" → a format description. */
  formats?: Record<string, string>;
  /** Milliseconds every call takes. */
  delayMs?: number;
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
    return { language: this.language, name: '内存工作簿' };
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    await this.enter('readWorkbook');
    return structuredClone(this.grid);
  }

  async mark(marks: Mark[]): Promise<void> {
    await this.enter('mark', String(marks.length));
    for (const m of marks) {
      this.sheet(m.sheet);
      parseA1(m.cell);
    }
    // As OfficeHost does: the new marks replace the earlier ones.
    this.marks.clear();
    for (const m of marks) this.marks.set(`${m.sheet}!${m.cell}`, { ...m });
  }

  async clearMarks(): Promise<void> {
    await this.enter('clearMarks');
    this.marks.clear();
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.enter('select', `${sheet}!${cell}`);
    this.sheet(sheet);
    parseA1(cell);
    this.selection = { sheet, cell };
    this.selections.push({ sheet, cell });
  }

  async loadState(): Promise<StoredState> {
    await this.enter('loadState');
    return parseState(this.stateJson);
  }

  async saveState(state: StoredState): Promise<void> {
    await this.enter('saveState');
    this.stateJson = JSON.stringify(state);
  }

  async writeTextSheet(sheet: string, lines: string[], replace: boolean): Promise<'written' | 'exists'> {
    await this.enter('writeTextSheet', `${sheet} ${replace ? 'replace' : 'new'}`);
    const existing = this.grid.sheets.find((s) => s.name === sheet);
    if (existing && !replace) return 'exists';
    const rows: RawValue[][] = lines.map((l) => [String(l)]);
    if (existing) {
      existing.rows = rows;
      existing.merges = [];
    } else this.grid.sheets.push({ name: sheet, rows });
    this.textSheets.set(sheet, [...lines]);
    return 'written';
  }

  /** Changes a cell, as a user typing in Excel would. */
  setCell(sheet: string, cell: string, value: RawValue): void {
    const s = this.sheet(sheet);
    const { row, col } = parseA1(cell);
    while (s.rows.length <= row) s.rows.push([]);
    const r = s.rows[row];
    while (r.length <= col) r.push(null);
    r[col] = value;
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
