/**
 * An in-memory fake of the subset of the Excel JavaScript API (Office.js) that src/hosts/office uses.
 *
 * It behaves like office.js where the adapter could get it wrong:
 * - proxy objects: a property is unavailable until `load()` + `context.sync()`; reading it earlier
 *   throws PropertyNotLoaded with office.js's message; `isNullObject` of `*OrNullObject` results is
 *   known after the next sync;
 * - commands are queued and applied at `sync()`, in order; a failing command fails the sync and the
 *   commands before it stay applied; loaded values are delivered only by a successful sync;
 * - `Excel.run(options, batch)` flushes what is still queued when the batch returns (as office.js
 *   does); proxies cannot be used after their run;
 * - a sync with nothing queued is not a round trip; every other sync counts in `syncCount`;
 * - payload limits of Excel on the web (5 MB per request and per response); a read past the
 *   5,000,000-cell limit of a range gives null values (FakeLimits.overLimitRead); merged areas past 512
 *   fail the read (FakeLimits.mergedAreas);
 * - cell edit mode: a run without `delayForCellEdit: true` fails while `cellEditMode` is set, and one with
 *   it waits until the edit ends;
 * - values written to a cell not formatted as text ("@") are entered like typed input: "=…", "+…",
 *   "@…" become formulas, numeric text becomes a number;
 * - conditional formats are named by position: an id is a priority, items and getItem(id) reach whatever
 *   sits there when the command runs; add() puts the new format first (or last: quirks.addAppendsLast);
 * - protection: a protected sheet refuses every write (AccessDenied), a protected workbook structure
 *   refuses new sheets and showing or hiding one;
 * - the user between two syncs: `beforeSync`, `typeValue`, `insertRows`, `protectSheet`;
 * - events (WorksheetCollection.onChanged, onAdded, onDeleted, onNameChanged, onFormatChanged): a handler is
 *   registered and removed by a sync, removed only through the context it was added in
 *   (`Excel.run(result.context, …)`), refused below its ExcelApi version (FakeOptions.apiVersion); the user's
 *   actions raise them asynchronously, as Excel does: `typeValue`, `paste`, `clearCells` and `undo`
 *   (RangeEdited), `insertRows` (RowInserted), `addSheet`, `renameSheet`, `deleteSheet`, `formatCells`
 *   (onFormatChanged only), `raiseChanged` (any change type); `recalculate` changes a formula's result with no
 *   event, as Excel's recalculation does.
 *
 * Anything it does not implement throws an Error naming the member (`NotImplementedInFake`).
 * Browser-compatible: no node module here (the ExcelJS seeding lives in ./seed.ts).
 */

export type CellValue = string | number | boolean | null;

export interface FakeFont {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numFmt?: string;
  fill?: string;
  font?: FakeFont;
  wrapText?: boolean;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeConditionalFormatData {
  type: string;
  /** A1 areas, e.g. "B5:D9" or "B5,C7:C9". */
  areas: string;
  formula?: string | null;
  fill?: string | null;
  fontColor?: string | null;
  stopIfTrue?: boolean;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FakeSheetData {
  name: string;
  visibility?: Visibility;
  /** 审阅 → 保护工作表: every write to the sheet fails. */
  protected?: boolean;
  /** Keyed by A1 address. */
  cells: Record<string, FakeCell>;
  /** A1 ranges, e.g. "A1:F1". */
  merges?: string[];
  /** In priority order (first = top priority). */
  conditionalFormats?: FakeConditionalFormatData[];
  columnWidths?: Record<string, number>;
}

/** A workbook as saved: what survives closing and reopening. */
export interface FakeWorkbookData {
  name?: string;
  sheets: FakeSheetData[];
  /** Add-in settings (values as office.js returns them). */
  settings?: Record<string, unknown>;
  activeSheet?: string;
  /** 审阅 → 保护工作簿 (structure): no sheet can be added, hidden or shown. */
  structureProtected?: boolean;
}

export interface ConditionalFormatSnapshot extends FakeConditionalFormatData {
  /** Its position on the sheet (0 = top priority): what Office.js calls its id. */
  id: string;
}

export interface SheetSnapshot {
  name: string;
  visibility: Visibility;
  cells: Record<string, FakeCell>;
  merges: string[];
  conditionalFormats: ConditionalFormatSnapshot[];
  columnWidths: Record<string, number>;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  settings: Record<string, unknown>;
}

export interface SyncRecord {
  run: number;
  commands: number;
  requestBytes: number;
  responseBytes: number;
  error?: string;
}

/** Raised for any part of the API the fake does not model. */
export class NotImplementedInFake extends Error {
  constructor(what: string) {
    super(`FakeExcel: ${what} is not implemented by the fake`);
    this.name = 'NotImplementedInFake';
  }
}

/** An error as office.js raises it: name "RichApi.Error", a `code`, `debugInfo`. */
export class FakeOfficeError extends Error {
  code: string;
  debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

const propertyNotLoaded = (name: string) =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

// ---------------------------------------------------------------- addresses

const MAX_ROW = 1048575;
const MAX_COL = 16383;

function letters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function cellName(r: number, c: number): string {
  return `${letters(c)}${r + 1}`;
}

function parseCellName(a: string): { r: number; c: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a.trim());
  if (!m) throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${a})`);
  return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
}

/** "A1", "A1:B2", "A:C", "3:5"; a sheet prefix is not accepted (Worksheet.getRange takes none). */
function parseRef(ref: string): Rect {
  const r = ref.trim().replace(/\$/g, '');
  if (r.includes('!')) throw new NotImplementedInFake(`a sheet-qualified address in getRange ("${ref}")`);
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(r);
  if (m) {
    const a = { top: Number(m[2]) - 1, left: colIndex(m[1]) };
    const b = m[3] ? { top: Number(m[4]) - 1, left: colIndex(m[3]) } : a;
    return checkRect(
      { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.top, b.top), right: Math.max(a.left, b.left) },
      ref,
    );
  }
  m = /^([A-Z]+):([A-Z]+)$/i.exec(r);
  if (m)
    return checkRect(
      { top: 0, left: Math.min(colIndex(m[1]), colIndex(m[2])), bottom: MAX_ROW, right: Math.max(colIndex(m[1]), colIndex(m[2])) },
      ref,
    );
  m = /^(\d+):(\d+)$/.exec(r);
  if (m) return checkRect({ top: Math.min(+m[1], +m[2]) - 1, left: 0, bottom: Math.max(+m[1], +m[2]) - 1, right: MAX_COL }, ref);
  throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${ref})`);
}

function checkRect(r: Rect, ref: string): Rect {
  if (r.top < 0 || r.left < 0 || r.bottom > MAX_ROW || r.right > MAX_COL) {
    throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${ref})`);
  }
  return r;
}

function parseRefs(address: string): Rect[] {
  return address.split(',').map(parseRef);
}

function rectName(r: Rect): string {
  if (r.left === 0 && r.right === MAX_COL) return `${r.top + 1}:${r.bottom + 1}`;
  if (r.top === 0 && r.bottom === MAX_ROW) return `${letters(r.left)}:${letters(r.right)}`;
  if (r.top === r.bottom && r.left === r.right) return cellName(r.top, r.left);
  return `${cellName(r.top, r.left)}:${cellName(r.bottom, r.right)}`;
}

/** Sheet names other than plain ASCII words are quoted, as Excel does for names needing it. */
function qualify(sheet: string, r: Rect): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${rectName(r)}`;
}

const intersects = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const contains = (outer: Rect, r: number, c: number) => r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;
const cellCount = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

function normalColor(v: unknown, member: string): string | null {
  if (v === null) return null;
  if (typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v)) return v.toUpperCase();
  throw new NotImplementedInFake(`${member} = ${JSON.stringify(v)} (only "#RRGGBB" colours are modelled)`);
}

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

// ---------------------------------------------------------------- the document model

interface CF {
  type: string;
  areas: Rect[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

class Sheet {
  private static created = 0;
  /** Worksheet.id: kept through a rename, as in Excel. */
  readonly id = `{00000000-0001-0000-0000-${String(++Sheet.created).padStart(12, '0')}}`;
  protected = false;
  cells = new Map<number, FakeCell>();
  merges: Rect[] = [];
  cfs: CF[] = [];
  columnWidths = new Map<number, number>();
  constructor(
    public name: string,
    public visibility: Visibility,
  ) {}

  static key(r: number, c: number): number {
    return r * (MAX_COL + 1) + c;
  }

  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(Sheet.key(r, c));
  }

  cellFor(r: number, c: number): FakeCell {
    const k = Sheet.key(r, c);
    let cell = this.cells.get(k);
    if (!cell) this.cells.set(k, (cell = { value: null }));
    return cell;
  }

  /** Bounding rectangle of the cells with a value (valuesOnly) or with anything at all. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of this.cells) {
      const has = (cell.value !== null && cell.value !== '') || cell.formula !== undefined;
      const formatted = cell.numFmt !== undefined || cell.fill !== undefined || cell.font !== undefined || cell.wrapText !== undefined;
      if (!has && (valuesOnly || !formatted)) continue;
      const r = Math.floor(k / (MAX_COL + 1));
      const c = k % (MAX_COL + 1);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

// ---------------------------------------------------------------- requests

interface Accounting {
  responseBytes: number;
  deliver: (() => void)[];
}

interface Command {
  requestBytes: number;
  run: (acc: Accounting) => void;
}

type Resolver = () => unknown;

/** Wraps an object so that any member it does not define throws, naming the member. */
function loud<T extends object>(obj: T, className: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop in target) return Reflect.get(target, prop, receiver);
      if (prop === 'then') return undefined; // not a thenable
      throw new NotImplementedInFake(`${className}.${prop}`);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop in target) return Reflect.set(target, prop, value, receiver);
      throw new NotImplementedInFake(`setting ${className}.${prop}`);
    },
  });
}

class RequestContext {
  _commands: Command[] = [];
  _closed = false;
  _workbook: Workbook | undefined = undefined;
  constructor(
    public _fake: FakeExcel,
    public _delay: boolean,
    public _run: number,
  ) {}

  get workbook(): Workbook {
    return (this._workbook ??= make(Workbook, this, () => this._fake));
  }

  _queue(cmd: Command): void {
    if (this._closed) {
      throw new FakeOfficeError('InvalidObjectPath', 'The object path is not valid: a proxy object was used after its Excel.run ended.');
    }
    this._commands.push(cmd);
  }

  sync(): Promise<void> {
    return this._fake._sync(this);
  }
}

type Ctor<T> = new (ctx: RequestContext, resolve: Resolver, ...rest: never[]) => T;

function make<T extends ClientObject>(cls: Ctor<T>, ctx: RequestContext, resolve: Resolver): T {
  return loud(new cls(ctx, resolve), cls.name);
}

/** Base of every proxy object. */
abstract class ClientObject {
  _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;
  _children = new Map<string, ClientObject>();
  constructor(
    public _ctx: RequestContext,
    public _resolve: Resolver,
  ) {}

  get context(): RequestContext {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded('isNullObject');
    return this._isNull;
  }

  /** Loadable scalar properties and how to read them from the resolved target. */
  _scalars(): Record<string, (t: never) => unknown> {
    return {};
  }

  /** Navigation properties that a load path may go through. */
  _navs(): string[] {
    return [];
  }

  _child<C extends ClientObject>(name: string, cls: Ctor<C>, resolve: Resolver): C {
    let c = this._children.get(name) as C | undefined;
    if (!c) this._children.set(name, (c = make(cls, this._ctx, resolve)));
    return c;
  }

  _get<V>(name: string): V {
    if (this._isNull) return undefined as V;
    if (!this._loaded.has(name)) throw propertyNotLoaded(name);
    return this._loaded.get(name) as V;
  }

  /** The target, or a loud error when a command is invoked on a null object (office.js semantics not modelled). */
  _need(member: string): never | object {
    const t = this._resolve();
    if (t === null || t === undefined) throw new NotImplementedInFake(`${this.constructor.name}.${member} on a null object`);
    return t as object;
  }

  _command(member: string, apply: (t: never) => void, requestBytes = 32): void {
    this._ctx._queue({ requestBytes, run: () => apply(this._need(member) as never) });
  }

  /** `*OrNullObject` results learn whether they exist at the next sync. */
  _instantiate(): this {
    this._ctx._queue({
      requestBytes: 16,
      run: (acc) => {
        const t = this._resolve();
        acc.deliver.push(() => (this._isNull = t === null || t === undefined));
      },
    });
    return this;
  }

  load(spec?: string | string[] | object): this {
    if (spec !== undefined && typeof spec !== 'string' && !Array.isArray(spec))
      throw new NotImplementedInFake(`${this.constructor.name}.load(options object)`);
    const list: string[] = spec === undefined ? [''] : Array.isArray(spec) ? spec : (spec as string).split(',');
    const paths = list.map((p) => p.trim()).map((p) => (p ? p.split('/').map((s) => s.trim()) : []));
    this._ctx._queue({ requestBytes: 16 * paths.length, run: (acc) => this._loadNow(paths, acc) });
    return this;
  }

  _loadNow(paths: string[][], acc: Accounting): void {
    const t = this._resolve();
    if (t === null || t === undefined) {
      acc.deliver.push(() => (this._isNull = true));
      return;
    }
    acc.deliver.push(() => (this._isNull = false));
    const scalars = this._scalars();
    // The paths through one navigation property load it once, all together ("areas/items/values,areas/items/address").
    const through = new Map<string, string[][]>();
    for (const p of paths) {
      if (p.length === 0) {
        for (const name of Object.keys(scalars)) this._loadScalar(name, scalars[name], t, acc);
        continue;
      }
      const [head, ...rest] = p;
      if (head in scalars) {
        if (rest.length) throw new NotImplementedInFake(`load path "${p.join('/')}" on ${this.constructor.name}`);
        this._loadScalar(head, scalars[head], t, acc);
      } else if (this._navs().includes(head)) {
        through.set(head, [...(through.get(head) ?? []), rest]);
      } else {
        throw new NotImplementedInFake(`${this.constructor.name}.${head} (in load "${p.join('/')}")`);
      }
    }
    for (const [head, rests] of through) (this as unknown as Record<string, ClientObject>)[head]._loadNow(rests, acc);
  }

  _loadScalar(name: string, read: (t: never) => unknown, t: unknown, acc: Accounting): void {
    const v = read(t as never);
    acc.responseBytes += JSON.stringify(v ?? null).length + name.length + 4;
    acc.deliver.push(() => this._loaded.set(name, v));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** A collection: `load('items/x')` (or `load('x')`) loads x of every item. */
abstract class Collection<I extends ClientObject> extends ClientObject {
  _items: I[] | undefined = undefined;

  get items(): I[] {
    if (this._isNull) return [];
    if (!this._items) throw propertyNotLoaded('items');
    return this._items;
  }

  abstract _makeItems(t: never): I[];

  override _loadNow(paths: string[][], acc: Accounting): void {
    const t = this._resolve();
    if (t === null || t === undefined) {
      acc.deliver.push(() => (this._isNull = true));
      return;
    }
    const items = this._makeItems(t as never);
    acc.deliver.push(() => {
      this._isNull = false;
      this._items = items;
    });
    const itemPaths = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p));
    for (const it of items) it._loadNow(itemPaths, acc);
    acc.responseBytes += 8 * items.length;
  }
}

// ---------------------------------------------------------------- workbook, sheets, settings

class Workbook extends ClientObject {
  override _scalars() {
    return { name: (f: FakeExcel) => f.name };
  }
  override _navs() {
    return ['worksheets', 'settings', 'protection'];
  }
  get name(): string {
    return this._get('name');
  }
  /** "Returns the protection object for a workbook." (ExcelApi 1.7) */
  get protection(): WorkbookProtection {
    return this._child('protection', WorkbookProtection, () => this._ctx._fake);
  }
  get worksheets(): WorksheetCollection {
    return this._child('worksheets', WorksheetCollection, () => this._ctx._fake);
  }
  get settings(): SettingCollection {
    return this._child('settings', SettingCollection, () => this._ctx._fake);
  }
}

class WorkbookProtection extends ClientObject {
  override _scalars() {
    // "Specifies if the workbook is protected." (WorkbookProtection.protected)
    return { protected: (f: FakeExcel) => f.structureProtected };
  }
  get protected(): boolean {
    return this._get('protected');
  }
}

class WorksheetProtection extends ClientObject {
  override _scalars() {
    // "Specifies if the worksheet is protected." (WorksheetProtection.protected, ExcelApi 1.2)
    return { protected: (s: Sheet) => s.protected };
  }
  get protected(): boolean {
    return this._get('protected');
  }
}

class WorksheetCollection extends Collection<Worksheet> {
  override _makeItems(f: FakeExcel): Worksheet[] {
    return f._sheets.map((s) => worksheetProxy(this._ctx, () => (f._sheets.includes(s) ? s : missing(`worksheet ${s.name}`))));
  }
  /** "Gets a worksheet object using its name or ID." */
  getItem(key: string): Worksheet {
    return worksheetProxy(this._ctx, () => this._ctx._fake._sheetByKey(key) ?? missing(`worksheet ${key}`));
  }
  getItemOrNullObject(key: string): Worksheet {
    return worksheetProxy(this._ctx, () => this._ctx._fake._sheetByKey(key) ?? null)._instantiate();
  }
  /** ExcelApi 1.9: every sheet's data changes, sheets added later included. */
  get onChanged(): EventHandlers {
    return this._events('onChanged', '1.9');
  }
  get onAdded(): EventHandlers {
    return this._events('onAdded', '1.7');
  }
  get onDeleted(): EventHandlers {
    return this._events('onDeleted', '1.7');
  }
  /** ExcelApi 1.17: above the manifest's 1.13, so an adapter may use it only where it is supported. */
  get onNameChanged(): EventHandlers {
    return this._events('onNameChanged', '1.17');
  }
  /** ExcelApi 1.9: a format changed on any sheet (number formats included; onChanged does not tell of them). */
  get onFormatChanged(): EventHandlers {
    return this._events('onFormatChanged', '1.9');
  }
  private _events(name: FakeEventName, version: string): EventHandlers {
    return loud(new EventHandlers(this._ctx, name, version), 'EventHandlers');
  }
  getActiveWorksheet(): Worksheet {
    return worksheetProxy(this._ctx, () => this._ctx._fake._sheet(this._ctx._fake.activeSheet) ?? missing('active worksheet'));
  }
  add(name?: string): Worksheet {
    let created: Sheet | undefined;
    const ws = worksheetProxy(this._ctx, () => created ?? missing('worksheet being added'));
    this._ctx._queue({
      requestBytes: 32,
      run: () => {
        const f = this._ctx._fake;
        f._structureWritable(); // a protected structure takes no new sheet
        const n = name ?? `Sheet${f._sheets.length + 1}`;
        if (f._sheet(n)) throw new FakeOfficeError('ItemAlreadyExists', 'The resource with the same name or identifier already exists.');
        if (!n || n.length > 31 || /[\\/?*[\]:]/.test(n)) throw new FakeOfficeError('InvalidArgument', `Invalid worksheet name: ${n}`);
        created = new Sheet(n, 'Visible');
        f._sheets.push(created);
      },
    });
    return ws;
  }
}

export type FakeEventName = 'onChanged' | 'onAdded' | 'onDeleted' | 'onNameChanged' | 'onFormatChanged';
type FakeHandler = (args: Record<string, unknown>) => Promise<unknown>;

const versionAtLeast = (have: string, need: string) => {
  const [a, b] = have.split('.').map(Number);
  const [c, d] = need.split('.').map(Number);
  return a > c || (a === c && b >= d);
};

/** OfficeExtension.EventHandlers: add and remove take effect at the next sync of their context. */
class EventHandlers {
  constructor(
    private ctx: RequestContext,
    private name: FakeEventName,
    private version: string,
  ) {}
  add(handler: FakeHandler): EventHandlerResult {
    const fake = this.ctx._fake;
    this.ctx._queue({
      requestBytes: 32,
      run: () => {
        if (!versionAtLeast(fake.apiVersion, this.version))
          throw new FakeOfficeError(
            'ApiNotFound',
            `The API you are trying to use could not be found (${this.name}, ExcelApi ${this.version}).`,
          );
        fake._listeners[this.name].add(handler);
      },
    });
    return loud(new EventHandlerResult(this.ctx, this.name, handler), 'EventHandlerResult');
  }
  remove(handler: FakeHandler): void {
    this.ctx._queue({ requestBytes: 32, run: () => void this.ctx._fake._listeners[this.name].delete(handler) });
  }
}

/** "The same RequestContext object that the handler was added in must be used when removing the handler." */
class EventHandlerResult {
  constructor(
    private ctx: RequestContext,
    private name: FakeEventName,
    private handler: FakeHandler,
  ) {}
  get context(): RequestContext {
    return this.ctx;
  }
  remove(): void {
    this.ctx._queue({ requestBytes: 32, run: () => void this.ctx._fake._listeners[this.name].delete(this.handler) });
  }
}

function missing(what: string): never {
  throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

function worksheetProxy(ctx: RequestContext, resolve: () => Sheet | null): Worksheet {
  return make(Worksheet, ctx, resolve);
}

class Worksheet extends ClientObject {
  override _scalars() {
    return {
      id: (s: Sheet) => s.id,
      name: (s: Sheet) => s.name,
      visibility: (s: Sheet) => s.visibility,
      position: (s: Sheet) => this._ctx._fake._sheets.indexOf(s),
    };
  }
  override _navs() {
    return ['protection'];
  }
  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  get visibility(): Visibility {
    return this._get('visibility');
  }
  /** Showing or hiding a sheet changes the workbook structure: refused while it is protected. */
  set visibility(v: Visibility) {
    this._command('visibility', (s: Sheet) => {
      this._ctx._fake._structureWritable();
      s.visibility = v;
    });
  }
  get protection(): WorksheetProtection {
    return this._child('protection', WorksheetProtection, () => this._resolve());
  }
  get position(): number {
    return this._get('position');
  }
  private sheet(): Sheet | null {
    return this._resolve() as Sheet | null;
  }
  getRange(address?: string): Range {
    const rect = address === undefined ? { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL } : parseRef(address);
    return rangeProxy(this._ctx, () => {
      const s = this.sheet();
      return s ? { sheet: s, rects: [rect] } : null;
    });
  }
  getRanges(address: string): RangeAreas {
    const rects = parseRefs(address);
    return make(RangeAreas, this._ctx, () => {
      const s = this.sheet();
      return s ? { sheet: s, rects } : null;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return rangeProxy(this._ctx, () => {
      const s = this.sheet();
      if (!s) return null;
      const r = s.usedRect(valuesOnly);
      return r ? { sheet: s, rects: [r] } : null;
    })._instantiate();
  }
  getUsedRange(valuesOnly = false): Range {
    return rangeProxy(this._ctx, () => {
      const s = this.sheet();
      if (!s) return null;
      return { sheet: s, rects: [s.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }] };
    });
  }
  activate(): void {
    this._command('activate()', (s: Sheet) => {
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden worksheet cannot be activated.');
      this._ctx._fake.activeSheet = s.name;
    });
  }
}

class SettingCollection extends Collection<Setting> {
  override _makeItems(f: FakeExcel): Setting[] {
    return [...f._settings.keys()].map((k) => make(Setting, this._ctx, () => (f._settings.has(k) ? { key: k } : missing(`setting ${k}`))));
  }
  add(key: string, value: unknown): Setting {
    const json = JSON.stringify(value);
    if (json === undefined) throw new FakeOfficeError('InvalidArgument', 'The setting value is not serialisable.');
    this._ctx._queue({
      requestBytes: json.length + key.length,
      run: () => {
        this._ctx._fake._settings.set(key, json);
      },
    });
    return make(Setting, this._ctx, () => (this._ctx._fake._settings.has(key) ? { key } : missing(`setting ${key}`)));
  }
  getItem(key: string): Setting {
    return make(Setting, this._ctx, () => (this._ctx._fake._settings.has(key) ? { key } : missing(`setting ${key}`)));
  }
  getItemOrNullObject(key: string): Setting {
    return make(Setting, this._ctx, () => (this._ctx._fake._settings.has(key) ? { key } : null))._instantiate();
  }
}

class Setting extends ClientObject {
  override _scalars() {
    return {
      key: (t: { key: string }) => t.key,
      value: (t: { key: string }) => JSON.parse(this._ctx._fake._settings.get(t.key) as string),
    };
  }
  get key(): string {
    return this._get('key');
  }
  get value(): unknown {
    return this._get('value');
  }
  set value(v: unknown) {
    const json = JSON.stringify(v);
    this._command('value', (t: { key: string }) => this._ctx._fake._settings.set(t.key, json), json.length);
  }
  delete(): void {
    this._command('delete()', (t: { key: string }) => this._ctx._fake._settings.delete(t.key));
  }
}

// ---------------------------------------------------------------- ranges

interface RangeTarget {
  sheet: Sheet;
  rects: Rect[];
}

function rangeProxy(ctx: RequestContext, resolve: () => RangeTarget | null): Range {
  return make(Range, ctx, resolve);
}

function enterValue(cell: FakeCell, v: unknown): void {
  if (v === null || v === undefined) return; // office.js: null leaves the cell as it is
  delete cell.formula;
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (typeof v !== 'string') throw new FakeOfficeError('InvalidArgument', `Unsupported cell value ${JSON.stringify(v)}`);
  if (v === '') {
    cell.value = null;
    return;
  }
  if (cell.numFmt === '@') {
    cell.value = v;
    return;
  }
  // Entered like typed input.
  if (/^[=+@]/.test(v) || (v.startsWith('-') && !/^-\d/.test(v))) {
    cell.formula = v.startsWith('=') ? v : `=${v}`;
    cell.value = null;
  } else if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(v.trim())) cell.value = Number(v);
  else if (/^(true|false)$/i.test(v)) cell.value = v.toUpperCase() === 'TRUE';
  else cell.value = v;
}

/** A read past the cell limit: null or an error, as FakeLimits.overLimitRead says. */
function overLimit(t: RangeTarget, limits: FakeLimits): boolean {
  if (cellCount(t.rects[0]) <= limits.rangeCells) return false;
  if (limits.overLimitRead === 'null') return true;
  throw new FakeOfficeError('RangeExceedsLimit', 'The number of cells in the range has exceeded the maximum supported number.');
}

function valuesOf(t: RangeTarget, limits: FakeLimits): unknown[][] | null {
  if (overLimit(t, limits)) return null;
  const r = t.rects[0];
  const out: unknown[][] = [];
  for (let i = r.top; i <= r.bottom; i++) {
    const row: unknown[] = [];
    for (let j = r.left; j <= r.right; j++) {
      const v = t.sheet.cell(i, j)?.value;
      row.push(v === null || v === undefined ? '' : v);
    }
    out.push(row);
  }
  return out;
}

function checkShape(t: RangeTarget, v: unknown, member: string): unknown[][] {
  const r = t.rects[0];
  if (
    !Array.isArray(v) ||
    v.length !== r.bottom - r.top + 1 ||
    v.some((row) => !Array.isArray(row) || row.length !== r.right - r.left + 1)
  ) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${member})`,
    );
  }
  return v as unknown[][];
}

class Range extends ClientObject {
  override _scalars() {
    const f = this._ctx._fake;
    return {
      values: (t: RangeTarget) => valuesOf(t, f.limits),
      address: (t: RangeTarget) => qualify(t.sheet.name, t.rects[0]),
      rowIndex: (t: RangeTarget) => t.rects[0].top,
      columnIndex: (t: RangeTarget) => t.rects[0].left,
      rowCount: (t: RangeTarget) => t.rects[0].bottom - t.rects[0].top + 1,
      columnCount: (t: RangeTarget) => t.rects[0].right - t.rects[0].left + 1,
      numberFormat: (t: RangeTarget) => {
        if (overLimit(t, f.limits)) return null;
        const r = t.rects[0];
        const out: string[][] = [];
        for (let i = r.top; i <= r.bottom; i++) {
          const row: string[] = [];
          for (let j = r.left; j <= r.right; j++) row.push(t.sheet.cell(i, j)?.numFmt ?? 'General');
          out.push(row);
        }
        return out;
      },
    };
  }
  override _navs() {
    return ['format', 'conditionalFormats'];
  }
  private target(): RangeTarget | null {
    return this._resolve() as RangeTarget | null;
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._command(
      'values',
      (t: RangeTarget) => {
        this._ctx._fake._writable(t.sheet);
        const rows = checkShape(t, v, 'values');
        const r = t.rects[0];
        rows.forEach((row, i) => row.forEach((x, j) => enterValue(t.sheet.cellFor(r.top + i, r.left + j), x)));
      },
      JSON.stringify(v).length,
    );
  }
  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this._command(
      'numberFormat',
      (t: RangeTarget) => {
        this._ctx._fake._writable(t.sheet);
        const rows = checkShape(t, v, 'numberFormat');
        const r = t.rects[0];
        rows.forEach((row, i) =>
          row.forEach((x, j) => {
            if (x === null || x === undefined) return;
            const cell = t.sheet.cellFor(r.top + i, r.left + j);
            if (x === 'General') delete cell.numFmt;
            else cell.numFmt = String(x);
          }),
        );
      },
      JSON.stringify(v).length,
    );
  }
  get address(): string {
    return this._get('address');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get format(): RangeFormat {
    return this._child('format', RangeFormat, () => this.target());
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return this._child('conditionalFormats', ConditionalFormatCollection, () => this.target());
  }
  /**
   * ExcelApi 1.9: the cells of a type within the range, as areas (one per run of a row); only "Formulas" is
   * modelled. A null object when there is none.
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreas {
    if (cellType !== 'Formulas' || cellValueType !== undefined)
      throw new NotImplementedInFake(`Range.getSpecialCellsOrNullObject(${JSON.stringify(cellType)}, ${JSON.stringify(cellValueType)})`);
    return make(RangeAreas, this._ctx, () => {
      const t = this.target();
      if (!t) return null;
      const runs: Rect[] = [];
      const keys = [...t.sheet.cells.keys()].filter((k) => t.sheet.cells.get(k)!.formula !== undefined).sort((a, b) => a - b);
      for (const k of keys) {
        const r = Math.floor(k / (MAX_COL + 1));
        const c = k % (MAX_COL + 1);
        if (!t.rects.some((rect) => contains(rect, r, c))) continue;
        const last = runs[runs.length - 1];
        if (last && last.top === r && last.right === c - 1) last.right = c;
        else runs.push({ top: r, left: c, bottom: r, right: c });
      }
      return runs.length ? { sheet: t.sheet, rects: runs } : null;
    })._instantiate();
  }
  getMergedAreasOrNullObject(): RangeAreas {
    return make(RangeAreas, this._ctx, () => {
      const t = this.target();
      if (!t) return null;
      const rects = t.sheet.merges.filter((m) => t.rects.some((r) => intersects(m, r)));
      // "if the merged areas count in this range is more than 512, then this method will fail to return the result"
      if (rects.length > this._ctx._fake.limits.mergedAreas)
        throw new FakeOfficeError(
          'GeneralException',
          'There was an internal error while processing the request.',
          'Range.getMergedAreasOrNullObject',
        );
      return rects.length ? { sheet: t.sheet, rects } : null;
    })._instantiate();
  }
  select(): void {
    this._command('select()', (t: RangeTarget) => {
      if (t.sheet.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation.');
      const f = this._ctx._fake;
      f.activeSheet = t.sheet.name;
      f.selection = { sheet: t.sheet.name, address: rectName(t.rects[0]) };
    });
  }
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this._command('clear()', (t: RangeTarget) => {
      this._ctx._fake._writable(t.sheet);
      const r = t.rects[0];
      for (const [k, cell] of [...t.sheet.cells]) {
        const row = Math.floor(k / (MAX_COL + 1));
        const col = k % (MAX_COL + 1);
        if (!contains(r, row, col)) continue;
        if (applyTo === 'All') t.sheet.cells.delete(k);
        else if (applyTo === 'Contents') {
          cell.value = null;
          delete cell.formula;
        } else {
          for (const p of ['numFmt', 'fill', 'font', 'wrapText'] as const) delete cell[p];
        }
      }
      if (applyTo !== 'Contents') {
        const whole = r.top === 0 && r.left === 0 && r.bottom === MAX_ROW && r.right === MAX_COL;
        if (whole) t.sheet.cfs = [];
        else if (t.sheet.cfs.some((cf) => cf.areas.some((a) => intersects(a, r))))
          throw new NotImplementedInFake('Range.clear() of part of a conditional format');
      }
    });
  }
}

class RangeFormat extends ClientObject {
  override _scalars() {
    return {
      wrapText: (t: RangeTarget) => {
        const r = t.rects[0];
        const first = t.sheet.cell(r.top, r.left)?.wrapText ?? false;
        for (let i = r.top; i <= r.bottom; i++)
          for (let j = r.left; j <= r.right; j++) if ((t.sheet.cell(i, j)?.wrapText ?? false) !== first) return null;
        return first;
      },
      columnWidth: (t: RangeTarget) => t.sheet.columnWidths.get(t.rects[0].left) ?? 48,
    };
  }
  get wrapText(): boolean | null {
    return this._get('wrapText');
  }
  set wrapText(v: boolean) {
    this._command('wrapText', (t: RangeTarget) => {
      this._ctx._fake._writable(t.sheet);
      const r = t.rects[0];
      if (cellCount(r) > 1_000_000) throw new NotImplementedInFake('RangeFormat.wrapText on more than 1,000,000 cells');
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) t.sheet.cellFor(i, j).wrapText = v;
    });
  }
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(v: number) {
    this._command('columnWidth', (t: RangeTarget) => {
      this._ctx._fake._writable(t.sheet);
      for (let c = t.rects[0].left; c <= t.rects[0].right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
}

class RangeAreas extends ClientObject {
  override _scalars() {
    return {
      address: (t: RangeTarget) => t.rects.map((r) => qualify(t.sheet.name, r)).join(', '),
      areaCount: (t: RangeTarget) => t.rects.length,
    };
  }
  override _navs() {
    return ['areas', 'conditionalFormats'];
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get areas(): RangeCollection {
    return this._child('areas', RangeCollection, () => this._resolve());
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return this._child('conditionalFormats', ConditionalFormatCollection, () => this._resolve());
  }
}

class RangeCollection extends Collection<Range> {
  override _makeItems(t: RangeTarget): Range[] {
    return t.rects.map((r) => rangeProxy(this._ctx, () => ({ sheet: t.sheet, rects: [r] })));
  }
}

// ---------------------------------------------------------------- conditional formats

/**
 * A conditional format as a proxy names it. Office.js names it by position, not by identity:
 * `ConditionalFormat.id` is "The priority of the conditional format in the current
 * `ConditionalFormatCollection`" (@types/office-js), so an item, `getItem(id)` and `getItemAt(index)` reach
 * whatever sits at that position of their collection when the command runs. Only the object `add()`
 * returns is held by identity, and only until its priority changes: "if you change the priority, you have to
 * re-fetch a new copy of the object at that new priority location if you want to make further changes to it"
 * (ConditionalFormat.priority); from then on it names the position it had.
 */
class CFRef {
  constructor(
    /** The collection's range: the formats intersecting it, in priority order, are its items. */
    public scope: RangeTarget,
    public held: CF | null,
    public index: number,
  ) {}
  resolve(): CFTarget {
    const members = membersOf(this.scope);
    if (this.held) {
      if (!this.scope.sheet.cfs.includes(this.held)) return missing('conditional format (deleted)');
      return { sheet: this.scope.sheet, cf: this.held, scope: this.scope };
    }
    const cf = members[this.index];
    return cf ? { sheet: this.scope.sheet, cf, scope: this.scope } : missing(`conditional format at priority ${this.index}`);
  }
}

interface CFTarget {
  sheet: Sheet;
  cf: CF;
  scope: RangeTarget;
}

/** The formats of a collection: those of its sheet that intersect its range, top priority first. */
function membersOf(scope: RangeTarget): CF[] {
  return scope.sheet.cfs.filter((cf) => cf.areas.some((a) => scope.rects.some((r) => intersects(a, r))));
}

const positionOf = (t: CFTarget) => membersOf(t.scope).indexOf(t.cf);

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

class ConditionalFormatCollection extends Collection<ConditionalFormat> {
  private target(): RangeTarget | null {
    return this._resolve() as RangeTarget | null;
  }
  override _loadNow(paths: string[][], acc: Accounting): void {
    if (
      this._ctx._fake.quirks.refuseCustomLoadsOnCollections &&
      paths.some((p) => p.some((seg) => seg === 'custom' || seg === 'customOrNullObject'))
    ) {
      // As some Excel builds do (office-js issues #2180, #6827).
      throw new FakeOfficeError('InvalidOperation', 'This operation is not permitted for the current object.');
    }
    super._loadNow(paths, acc);
  }
  override _makeItems(t: RangeTarget): ConditionalFormat[] {
    return membersOf(t).map((_, i) => cfProxy(this._ctx, new CFRef(t, null, i)));
  }
  /**
   * "Adds a new conditional format to the collection at the first/top priority" (@types/office-js); some
   * Excel builds append it last instead (quirks.addAppendsLast), so the adapter must not rely on either.
   */
  add(type: string): ConditionalFormat {
    if (!TYPES.includes(type)) throw new FakeOfficeError('InvalidArgument', `Unknown conditional format type ${type}`);
    if (type !== 'Custom') throw new NotImplementedInFake(`ConditionalFormatCollection.add("${type}")`);
    const ref = new CFRef({ sheet: null as unknown as Sheet, rects: [] }, null, -1);
    const proxy = cfProxy(this._ctx, ref);
    this._ctx._queue({
      requestBytes: 32,
      run: () => {
        const t = this.target();
        if (!t) throw new NotImplementedInFake('ConditionalFormatCollection.add on a null object');
        this._ctx._fake._writable(t.sheet);
        const cf: CF = { type, areas: t.rects.map((r) => ({ ...r })), formula: null, fill: null, fontColor: null, stopIfTrue: false };
        if (this._ctx._fake.quirks.addAppendsLast) t.sheet.cfs.push(cf);
        else t.sheet.cfs.unshift(cf);
        ref.scope = t;
        ref.held = cf;
      },
    });
    return proxy;
  }
  /** "Returns a conditional format for the given ID", the ID being its priority: a position. */
  getItem(id: string): ConditionalFormat {
    return this.at(positionFromId(id));
  }
  getItemAt(index: number): ConditionalFormat {
    return this.at(index);
  }
  getItemOrNullObject(id: string): ConditionalFormat {
    const index = positionFromId(id);
    return make(ConditionalFormat, this._ctx, () => {
      const t = this.target();
      return t && membersOf(t)[index] ? new CFRef(t, null, index).resolve() : null;
    })._instantiate();
  }
  private at(index: number): ConditionalFormat {
    return make(ConditionalFormat, this._ctx, () => {
      const t = this.target();
      return t ? new CFRef(t, null, index).resolve() : null;
    });
  }
}

function positionFromId(id: string): number {
  return /^\d+$/.test(String(id)) ? Number(id) : -1;
}

function cfProxy(ctx: RequestContext, ref: CFRef): ConditionalFormat {
  const proxy = make(ConditionalFormat, ctx, () => ref.resolve());
  proxy._ref = ref;
  return proxy;
}

class ConditionalFormat extends ClientObject {
  /** Set for the proxies a collection hands out, so that a priority change can turn them positional. */
  _ref: CFRef | undefined = undefined;
  override _scalars() {
    return {
      id: (t: CFTarget) => String(positionOf(t)),
      type: (t: CFTarget) => t.cf.type,
      priority: (t: CFTarget) => positionOf(t),
      stopIfTrue: (t: CFTarget) => t.cf.stopIfTrue,
    };
  }
  override _navs() {
    return ['custom', 'customOrNullObject'];
  }
  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  /**
   * "Changing this also changes other conditional formats' priorities, to allow for a contiguous priority
   * order. Use a negative priority to begin from the back. Priorities greater than the bounds will get and
   * set to the maximum (or minimum if negative) priority." (ConditionalFormat.priority)
   */
  set priority(value: number) {
    const ref = this._ref;
    this._command('priority', (t: CFTarget) => {
      this._ctx._fake._writable(t.sheet);
      const members = membersOf(t.scope);
      const from = members.indexOf(t.cf);
      const others = members.filter((cf) => cf !== t.cf);
      let to = Math.trunc(value);
      if (to < 0) to = Math.max(0, others.length + 1 + to);
      to = Math.min(to, others.length);
      const list = t.sheet.cfs;
      list.splice(list.indexOf(t.cf), 1);
      const before = others[to];
      if (before) list.splice(list.indexOf(before), 0, t.cf);
      else if (others.length) list.splice(list.indexOf(others[others.length - 1]) + 1, 0, t.cf);
      else list.push(t.cf);
      // "…you have to re-fetch a new copy of the object at that new priority location": this proxy now names the old one.
      if (ref) {
        ref.held = null;
        ref.index = from;
      }
    });
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  get custom(): CustomConditionalFormat {
    return this._child('custom', CustomConditionalFormat, () => {
      const t = this._resolve() as CFTarget | null;
      if (t && t.cf.type !== 'Custom')
        throw new FakeOfficeError('InvalidOperation', 'This operation is not permitted for the current object.');
      return t;
    });
  }
  get customOrNullObject(): CustomConditionalFormat {
    return this._child('customOrNullObject', CustomConditionalFormat, () => {
      const t = this._resolve() as CFTarget | null;
      return t && t.cf.type === 'Custom' ? t : null;
    });
  }
  delete(): void {
    this._command('delete()', (t: CFTarget) => {
      this._ctx._fake._writable(t.sheet);
      t.sheet.cfs.splice(t.sheet.cfs.indexOf(t.cf), 1);
    });
  }
}

class CustomConditionalFormat extends ClientObject {
  override _navs() {
    return ['rule', 'format'];
  }
  get rule(): ConditionalFormatRule {
    return this._child('rule', ConditionalFormatRule, () => this._resolve());
  }
  get format(): ConditionalRangeFormat {
    return this._child('format', ConditionalRangeFormat, () => this._resolve());
  }
}

class ConditionalFormatRule extends ClientObject {
  override _scalars() {
    return { formula: (t: CFTarget) => t.cf.formula };
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this._command('formula', (t: CFTarget) => {
      this._ctx._fake._writable(t.sheet);
      t.cf.formula = v;
    });
  }
}

class ConditionalRangeFormat extends ClientObject {
  override _navs() {
    return ['fill', 'font'];
  }
  get fill(): ConditionalRangeFill {
    return this._child('fill', ConditionalRangeFill, () => this._resolve());
  }
  get font(): ConditionalRangeFont {
    return this._child('font', ConditionalRangeFont, () => this._resolve());
  }
}

class ConditionalRangeFill extends ClientObject {
  override _scalars() {
    return { color: (t: CFTarget) => t.cf.fill };
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    const c = normalColor(v, 'ConditionalRangeFill.color');
    this._command('color', (t: CFTarget) => {
      this._ctx._fake._writable(t.sheet);
      t.cf.fill = c;
    });
  }
}

class ConditionalRangeFont extends ClientObject {
  override _scalars() {
    return { color: (t: CFTarget) => t.cf.fontColor };
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    const c = normalColor(v, 'ConditionalRangeFont.color');
    this._command('color', (t: CFTarget) => {
      this._ctx._fake._writable(t.sheet);
      t.cf.fontColor = c;
    });
  }
}

// ---------------------------------------------------------------- the fake

export interface FakeLimits {
  /** Excel on the web: 5 MB per request and per response. */
  payloadBytes: number;
  /** "On all platforms, a range is limited to five million cells for get operations." (Excel performance docs) */
  rangeCells: number;
  /**
   * What a read past rangeCells gives: "When a get operation using `Range.values` exceeds the five-million-cell
   * limit, the API doesn't always throw an error. In some cases, `Range.values` returns `null` instead."
   * (learn.microsoft.com, Excel performance; office-js#6781). 'null' by default, the unkind case.
   */
  overLimitRead: 'null' | 'error';
  /**
   * getMergedAreasOrNullObject: "Note that if the merged areas count in this range is more than 512, then this
   * method will fail to return the result." (@types/office-js) The fake fails the sync.
   */
  mergedAreas: number;
}

/** Office.context.platform: "PC", "OfficeOnline", "Mac", "iOS", "Android", "Universal". */
export type FakePlatform = 'PC' | 'OfficeOnline' | 'Mac' | 'iOS' | 'Android' | 'Universal';

export interface FakeOptions {
  limits?: Partial<FakeLimits>;
  /** The highest ExcelApi requirement set this Excel supports ('1.13' unless told: the manifest's minimum). */
  apiVersion?: string;
  displayLanguage?: string;
  platform?: FakePlatform;
}

export class FakeExcel {
  /** Round trips: syncs that carried commands (including the flush at the end of Excel.run). */
  syncCount = 0;
  syncLog: SyncRecord[] = [];
  /** Options of every Excel.run. */
  runs: { delayForCellEdit: boolean }[] = [];
  /** Behaviours of some Excel builds the adapter must survive. */
  quirks = {
    refuseCustomLoadsOnCollections: false,
    /** ConditionalFormatCollection.add puts the new format last, where the reference says first. */
    addAppendsLast: false,
    /** Sheets that refuse every write although not protected (a co-author's lock, a failing host). */
    refuseWrites: [] as string[],
  };
  limits: FakeLimits;
  displayLanguage: string;
  platform: FakePlatform;
  name: string | undefined;
  activeSheet: string;
  selection: { sheet: string; address: string } | undefined;
  /** The workbook structure is protected (审阅 → 保护工作簿): no sheet can be added, hidden or shown. */
  structureProtected: boolean;
  /** Called before each round trip with its number (1-based): the user acting between two syncs. */
  beforeSync: ((n: number) => void) | undefined = undefined;
  _sheets: Sheet[] = [];
  _settings = new Map<string, string>();
  /** ExcelApi version supported (Office.context.requirements.isSetSupported answers from it). */
  apiVersion: string;
  _listeners: Record<FakeEventName, Set<FakeHandler>> = {
    onChanged: new Set(),
    onAdded: new Set(),
    onDeleted: new Set(),
    onNameChanged: new Set(),
    onFormatChanged: new Set(),
  };
  /** Events raised whose handlers have not finished yet, and what the handlers threw. */
  private eventsInFlight = 0;
  private eventsDone: (() => void)[] = [];
  handlerErrors: unknown[] = [];
  /** The user's value edits, newest last, for `undo`. */
  private undoStack: { sheet: Sheet; rect: Rect; before: Map<number, FakeCell | undefined> }[] = [];
  private editing = false;
  private editEnded: (() => void)[] = [];

  constructor(data: FakeWorkbookData, options: FakeOptions = {}) {
    this.limits = { payloadBytes: 5_000_000, rangeCells: 5_000_000, overLimitRead: 'null', mergedAreas: 512, ...options.limits };
    this.displayLanguage = options.displayLanguage ?? 'zh-CN';
    this.platform = options.platform ?? 'PC';
    this.apiVersion = options.apiVersion ?? '1.13';
    this.name = data.name;
    this.structureProtected = data.structureProtected ?? false;
    for (const sd of data.sheets) {
      const s = new Sheet(sd.name, sd.visibility ?? 'Visible');
      s.protected = sd.protected ?? false;
      for (const [addr, cell] of Object.entries(sd.cells)) {
        const { r, c } = parseCellName(addr);
        s.cells.set(Sheet.key(r, c), clone(cell));
      }
      s.merges = (sd.merges ?? []).map(parseRef);
      s.cfs = (sd.conditionalFormats ?? []).map((d) => ({
        type: d.type,
        areas: parseRefs(d.areas),
        formula: d.formula ?? null,
        fill: d.fill ?? null,
        fontColor: d.fontColor ?? null,
        stopIfTrue: d.stopIfTrue ?? false,
      }));
      for (const [col, w] of Object.entries(sd.columnWidths ?? {})) s.columnWidths.set(colIndex(col), w);
      this._sheets.push(s);
    }
    for (const [k, v] of Object.entries(data.settings ?? {})) this._settings.set(k, JSON.stringify(v));
    this.activeSheet = data.activeSheet ?? this._sheets.find((s) => s.visibility === 'Visible')?.name ?? '';
  }

  /**
   * Cell edit mode. RunOptions.delayForCellEdit: "When `false`, if the user is in cell edit when the batch
   * request is processed by the host, the batch automatically fails. When `true`, the batch request is
   * executed immediately if the user is not in cell edit mode, but if the user is in cell edit mode then the
   * batch request is delayed until the user exits cell edit mode." (@types/office-js)
   */
  get cellEditMode(): boolean {
    return this.editing;
  }
  set cellEditMode(on: boolean) {
    this.editing = on;
    if (!on) for (const resume of this.editEnded.splice(0)) resume();
  }

  /** Throws as Excel does when a command writes to a protected sheet. */
  _writable(sheet: Sheet): void {
    // "If worksheet protection is enabled and not paused, this method throws an `AccessDenied` error" (@types/office-js)
    if (sheet.protected || this.quirks.refuseWrites.includes(sheet.name))
      throw new FakeOfficeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
  }

  _structureWritable(): void {
    if (this.structureProtected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
  }

  /** Protects or unprotects a sheet, as the user does with 审阅 → 保护工作表. */
  protectSheet(name: string, on = true): void {
    this.sheetNamed(name).protected = on;
  }

  /** The user types a value into a cell (entered like typed input); onChanged follows (RangeEdited). */
  typeValue(sheet: string, address: string, value: string | number | boolean): void {
    const { r, c } = parseCellName(address);
    const s = this.sheetNamed(sheet);
    this.remember(s, { top: r, left: c, bottom: r, right: c });
    enterValue(s.cellFor(r, c), value);
    this.changed(s, rectName({ top: r, left: c, bottom: r, right: c }), 'RangeEdited');
  }

  /**
   * The user pastes a block of values (and, when given, their number formats) at `topLeft`: one onChanged
   * for the whole block, as Excel raises it.
   */
  paste(sheet: string, topLeft: string, values: CellValue[][], numberFormats?: (string | null)[][]): void {
    const s = this.sheetNamed(sheet);
    const { r, c } = parseCellName(topLeft);
    const rect = { top: r, left: c, bottom: r + values.length - 1, right: c + Math.max(...values.map((row) => row.length)) - 1 };
    this.remember(s, rect);
    values.forEach((row, i) =>
      row.forEach((value, j) => {
        const cell = s.cellFor(r + i, c + j);
        const format = numberFormats?.[i]?.[j];
        if (format === 'General') delete cell.numFmt;
        else if (format) cell.numFmt = format;
        if (value === null || value === '') {
          cell.value = null;
          delete cell.formula;
        } else enterValue(cell, value);
      }),
    );
    this.changed(s, rectName(rect), 'RangeEdited');
  }

  /** The user selects a range ("B5:D9", a whole column "C:C") and presses Delete: values go, formats stay. */
  clearCells(sheet: string, address: string): void {
    const s = this.sheetNamed(sheet);
    const rect = parseRef(address);
    this.remember(s, rect);
    for (const [k, cell] of s.cells) {
      if (!contains(rect, Math.floor(k / (MAX_COL + 1)), k % (MAX_COL + 1))) continue;
      cell.value = null;
      delete cell.formula;
    }
    this.changed(s, rectName(rect), 'RangeEdited');
  }

  /** Ctrl+Z of the last value edit: the cells as they were, and onChanged (RangeEdited) over them. */
  undo(): void {
    const last = this.undoStack.pop();
    if (!last) throw new Error('FakeExcel: nothing to undo');
    for (const [k, cell] of last.before) {
      if (cell) last.sheet.cells.set(k, cell);
      else last.sheet.cells.delete(k);
    }
    this.changed(last.sheet, rectName(last.rect), 'RangeEdited');
  }

  /**
   * Excel recalculating a formula cell after an edit of a cell it depends on: the result changes, and no
   * onChanged tells of it (office-js#3899: the event names the edited cells only).
   */
  recalculate(sheet: string, address: string, value: CellValue): void {
    const { r, c } = parseCellName(address);
    const cell = this.sheetNamed(sheet).cell(r, c);
    if (cell?.formula === undefined) throw new Error(`FakeExcel: ${sheet}!${address} holds no formula`);
    cell.value = value;
  }

  /** The user deletes a sheet (onDeleted). */
  deleteSheet(name: string): void {
    const s = this.sheetNamed(name);
    this._sheets.splice(this._sheets.indexOf(s), 1);
    this.undoStack = this.undoStack.filter((entry) => entry.sheet !== s);
    this.emit('onDeleted', { type: 'WorksheetDeleted', worksheetId: s.id, source: 'Local' });
  }

  /** The user sets the number format of some cells (开始 → 数字格式): onFormatChanged, and no onChanged. */
  formatCells(sheet: string, address: string, numFmt: string): void {
    const s = this.sheetNamed(sheet);
    const rect = parseRef(address);
    for (let i = rect.top; i <= rect.bottom; i++)
      for (let j = rect.left; j <= rect.right; j++) {
        const cell = s.cellFor(i, j);
        if (numFmt === 'General') delete cell.numFmt;
        else cell.numFmt = numFmt;
      }
    this.emit('onFormatChanged', { type: 'WorksheetFormatChanged', worksheetId: s.id, address: rectName(rect), source: 'Local' });
  }

  /** onChanged as Excel raises it for an action the fake does not model, with what it says (changeType, details…). */
  raiseChanged(sheet: string, address: string, changeType: string, extra: Record<string, unknown> = {}): void {
    const s = this.sheetNamed(sheet);
    this.emit('onChanged', { type: 'WorksheetChanged', worksheetId: s.id, address, changeType, source: 'Local', ...extra });
  }

  /** The user adds a sheet (onAdded). */
  addSheet(name: string): void {
    if (this._sheet(name)) throw new Error(`FakeExcel: sheet ${name} exists`);
    const s = new Sheet(name, 'Visible');
    this._sheets.push(s);
    this.emit('onAdded', { type: 'WorksheetAdded', worksheetId: s.id, source: 'Local' });
  }

  /** The user renames a sheet (onNameChanged, where the Excel has it: ExcelApi 1.17). */
  renameSheet(from: string, to: string): void {
    const s = this.sheetNamed(from);
    s.name = to;
    this.emit('onNameChanged', { type: 'WorksheetNameChanged', worksheetId: s.id, nameBefore: from, nameAfter: to, source: 'Local' });
  }

  private remember(sheet: Sheet, rect: Rect): void {
    const before = new Map<number, FakeCell | undefined>();
    if (cellCount(rect) <= 100_000) {
      for (let i = rect.top; i <= rect.bottom; i++)
        for (let j = rect.left; j <= rect.right; j++) before.set(Sheet.key(i, j), clone(sheet.cell(i, j)));
    } else {
      // A whole column or row: only the cells that exist.
      for (const [k, cell] of sheet.cells) if (contains(rect, Math.floor(k / (MAX_COL + 1)), k % (MAX_COL + 1))) before.set(k, clone(cell));
    }
    this.undoStack.push({ sheet, rect, before });
  }

  private changed(sheet: Sheet, address: string, changeType: string): void {
    this.emit('onChanged', { type: 'WorksheetChanged', worksheetId: sheet.id, address, changeType, source: 'Local' });
  }

  /** Raises an event: each handler is called later (a task of its own), as Excel delivers events. */
  private emit(name: FakeEventName, args: Record<string, unknown>): void {
    for (const handler of [...this._listeners[name]]) {
      this.eventsInFlight++;
      setTimeout(() => {
        Promise.resolve()
          .then(() => handler({ ...args }))
          .catch((error: unknown) => this.handlerErrors.push(error))
          .finally(() => {
            if (--this.eventsInFlight === 0) for (const done of this.eventsDone.splice(0)) done();
          });
      }, 0);
    }
  }

  /** Resolves once every event raised so far has been handled (the handlers' promises settled). */
  eventsHandled(): Promise<void> {
    return this.eventsInFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.eventsDone.push(resolve));
  }

  /** Handlers currently registered for an event. */
  listenerCount(name: FakeEventName): number {
    return this._listeners[name].size;
  }

  /** The user inserts `count` rows above row `before` (1-based): cells, merges and conditional formats move down. */
  insertRows(sheet: string, before: number, count = 1): void {
    const s = this.sheetNamed(sheet);
    const at = before - 1;
    const moved = new Map<number, FakeCell>();
    for (const [k, cell] of s.cells) {
      const r = Math.floor(k / (MAX_COL + 1));
      const c = k % (MAX_COL + 1);
      moved.set(Sheet.key(r >= at ? r + count : r, c), cell);
    }
    s.cells = moved;
    const shift = (rect: Rect) => {
      if (rect.top >= at) rect.top += count;
      if (rect.bottom >= at) rect.bottom = Math.min(MAX_ROW, rect.bottom + count);
    };
    s.merges.forEach(shift);
    s.cfs.forEach((cf) => cf.areas.forEach(shift));
    this.undoStack = []; // the fake undoes value edits only
    this.changed(s, `${before}:${before + count - 1}`, 'RowInserted');
  }

  private sheetNamed(name: string): Sheet {
    const s = this._sheet(name);
    if (!s) throw new Error(`FakeExcel: no sheet ${name}`);
    return s;
  }

  _sheet(name: string): Sheet | undefined {
    return this._sheets.find((s) => s.name === name);
  }

  /** A sheet by name or by id, as WorksheetCollection.getItem takes either. */
  _sheetByKey(key: string): Sheet | undefined {
    return this._sheets.find((s) => s.name === key || s.id === key);
  }

  /** The workbook as saved to a file (what a reopen starts from). */
  save(): FakeWorkbookData {
    return {
      name: this.name,
      activeSheet: this.activeSheet,
      structureProtected: this.structureProtected,
      settings: Object.fromEntries([...this._settings].map(([k, v]) => [k, JSON.parse(v)])),
      sheets: this._sheets.map((s) => {
        const snap = this.sheetSnapshot(s);
        return {
          name: s.name,
          visibility: s.visibility,
          protected: s.protected,
          cells: snap.cells,
          merges: snap.merges,
          conditionalFormats: snap.conditionalFormats.map(({ id: _id, ...rest }) => rest),
          columnWidths: snap.columnWidths,
        };
      }),
    };
  }

  /** Save, close and open again: a new session (no proxies). */
  reopen(): FakeExcel {
    return new FakeExcel(this.save(), {
      limits: this.limits,
      displayLanguage: this.displayLanguage,
      platform: this.platform,
      apiVersion: this.apiVersion,
    });
  }

  private sheetSnapshot(s: Sheet): SheetSnapshot {
    const keys = [...s.cells.keys()].sort((a, b) => a - b);
    const cells: Record<string, FakeCell> = {};
    for (const k of keys) cells[cellName(Math.floor(k / (MAX_COL + 1)), k % (MAX_COL + 1))] = clone(s.cells.get(k)!);
    return {
      name: s.name,
      visibility: s.visibility,
      cells,
      merges: s.merges.map(rectName),
      conditionalFormats: s.cfs.map((cf, i) => ({
        id: String(i),
        type: cf.type,
        areas: cf.areas.map(rectName).join(','),
        formula: cf.formula,
        fill: cf.fill,
        fontColor: cf.fontColor,
        stopIfTrue: cf.stopIfTrue,
      })),
      columnWidths: Object.fromEntries([...s.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [letters(c), w])),
    };
  }

  /** Every cell's value and format, every sheet's conditional formats (with ids), and the settings. */
  snapshot(): WorkbookSnapshot {
    return {
      sheets: this._sheets.map((s) => this.sheetSnapshot(s)),
      settings: Object.fromEntries([...this._settings].map(([k, v]) => [k, JSON.parse(v)])),
    };
  }

  /** A cell's stored content and direct format. */
  cell(sheet: string, address: string): FakeCell | undefined {
    const s = this._sheet(sheet);
    if (!s) throw new Error(`FakeExcel: no sheet ${sheet}`);
    const { r, c } = parseCellName(address);
    return clone(s.cell(r, c));
  }

  /** The conditional formats that apply to a cell, top priority first. */
  conditionalFormatsAt(sheet: string, address: string): ConditionalFormatSnapshot[] {
    const s = this._sheet(sheet);
    if (!s) throw new Error(`FakeExcel: no sheet ${sheet}`);
    const { r, c } = parseCellName(address);
    return s.cfs
      .map((cf, i) => ({ cf, i }))
      .filter(({ cf }) => cf.areas.some((a) => contains(a, r, c)))
      .map(({ cf, i }) => ({
        id: String(i),
        type: cf.type,
        areas: cf.areas.map(rectName).join(','),
        formula: cf.formula,
        fill: cf.fill,
        fontColor: cf.fontColor,
        stopIfTrue: cf.stopIfTrue,
      }));
  }

  setting(key: string): unknown {
    const v = this._settings.get(key);
    return v === undefined ? undefined : JSON.parse(v);
  }

  /** Stores a raw setting (as another add-in version or a broken save might have left it). */
  setSetting(key: string, value: unknown): void {
    this._settings.set(key, JSON.stringify(value));
  }

  async run<T>(a: unknown, b?: unknown): Promise<T> {
    let options: Record<string, unknown> | undefined;
    let batch: (ctx: RequestContext) => unknown;
    if (a instanceof RequestContext && typeof b === 'function') return this.runAgain(a, b as (ctx: RequestContext) => unknown);
    if (typeof a === 'function' && b === undefined) batch = a as typeof batch;
    else if (a && typeof a === 'object' && !Array.isArray(a) && !(a instanceof ClientObject) && typeof b === 'function') {
      options = a as Record<string, unknown>;
      for (const k of Object.keys(options))
        if (k !== 'delayForCellEdit' && k !== 'mergeUndoGroup') throw new NotImplementedInFake(`Excel.run option ${k}`);
      batch = b as typeof batch;
    } else throw new NotImplementedInFake('Excel.run with these arguments');
    const delay = options?.delayForCellEdit === true;
    this.runs.push({ delayForCellEdit: delay });
    const ctx = new RequestContext(this, delay, this.runs.length);
    try {
      const pending = batch(loud(ctx, 'RequestContext'));
      if (!pending || typeof (pending as Promise<T>).then !== 'function') {
        throw new FakeOfficeError('RunMustReturnPromise', 'The batch function passed to the ".run" method didn\'t return a promise.');
      }
      const result = (await pending) as T;
      await ctx.sync(); // office.js flushes what is still queued when the batch returns
      return result;
    } finally {
      ctx._closed = true;
    }
  }

  /**
   * `Excel.run(context, batch)`: a batch on an earlier run's context, which is how an event handler added
   * there is removed ("the same RequestContext object that the handler was added in must be used").
   */
  private async runAgain<T>(ctx: RequestContext, batch: (ctx: RequestContext) => unknown): Promise<T> {
    this.runs.push({ delayForCellEdit: ctx._delay });
    ctx._closed = false;
    try {
      const result = (await batch(ctx)) as T;
      await ctx.sync();
      return result;
    } finally {
      ctx._closed = true;
    }
  }

  async _sync(ctx: RequestContext): Promise<void> {
    if (ctx._closed) throw new FakeOfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
    const commands = ctx._commands;
    ctx._commands = [];
    await Promise.resolve();
    if (commands.length === 0) return; // nothing to send: no round trip
    // delayForCellEdit: "the batch request is delayed until the user exits cell edit mode".
    while (this.editing && ctx._delay) await new Promise<void>((resume) => this.editEnded.push(resume));
    this.beforeSync?.(this.syncCount + 1);
    this.syncCount++;
    const record: SyncRecord = { run: ctx._run, commands: commands.length, requestBytes: 0, responseBytes: 0 };
    this.syncLog.push(record);
    try {
      if (this.editing && !ctx._delay) {
        throw new FakeOfficeError(
          'InvalidOperationInCellEditMode',
          'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
        );
      }
      record.requestBytes = commands.reduce((n, c) => n + c.requestBytes, 0);
      if (record.requestBytes > this.limits.payloadBytes)
        throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
      const acc: Accounting = { responseBytes: 0, deliver: [] };
      for (const c of commands) c.run(acc);
      record.responseBytes = acc.responseBytes;
      if (acc.responseBytes > this.limits.payloadBytes)
        throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      for (const d of acc.deliver) d();
    } catch (e) {
      record.error = (e as { code?: string }).code ?? (e as Error).name;
      throw e;
    }
  }
}

/** The globals office.js would provide, backed by the fake. */
export function installFakeOffice(fake: FakeExcel): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = loud(
    {
      run: (a: unknown, b?: unknown) => fake.run(a, b),
    },
    'Excel',
  );
  const PlatformType = { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' };
  const requirements = loud(
    { isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && versionAtLeast(fake.apiVersion, version ?? '1.1') },
    'Office.context.requirements',
  );
  g.Office = loud(
    { context: loud({ displayLanguage: fake.displayLanguage, platform: fake.platform, requirements }, 'Office.context'), PlatformType },
    'Office',
  );
  return () => {
    g.Excel = before.Excel;
    g.Office = before.Office;
  };
}

/** A workbook grid (src/core/grid's shape) as the fake's data: values, number formats, merged areas, visibility. */
export function fakeDataFromGrid(grid: {
  name?: string;
  sheets: { name: string; rows: CellValue[][]; merges?: Rect[]; hidden?: boolean; formats?: (string | null)[][] }[];
}): FakeWorkbookData {
  return {
    name: grid.name,
    sheets: grid.sheets.map((sheet) => {
      const cells: Record<string, FakeCell> = {};
      sheet.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null || value === '') return;
          const cell: FakeCell = { value };
          const format = sheet.formats?.[r]?.[c];
          if (format) cell.numFmt = format;
          cells[cellName(r, c)] = cell;
        }),
      );
      return { name: sheet.name, visibility: sheet.hidden ? 'Hidden' : 'Visible', cells, merges: (sheet.merges ?? []).map(rectName) };
    }),
  };
}
