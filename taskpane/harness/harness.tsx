/**
 * The test harness: the real task pane over an in-memory workbook, without Office.js. A test loads a
 * workbook grid (converted from .xlsx in Node) with window.__juesuanLoad(grid) and reads back what the
 * pane did through window.__juesuan. ?lang=en-US sets the host's display language.
 */
import type { Root } from 'react-dom/client';
import type { RawValue, WorkbookGrid } from '../../src/core/grid';
import { translator } from '../../src/pane/i18n';
import { renderApp } from '../pane/index';
import { startOffice, type OfficeLike, type StartOutcome } from '../addin/startOffice';
import { MemoryHost, type HostMethod, type MemoryHostOptions, type MemoryHostSnapshot } from '../../src/hosts/memory/memoryHost';

export interface HarnessApi {
  /** Opens the pane over this workbook, with a new in-memory host. */
  load(grid: WorkbookGrid, options?: MemoryHostOptions): void;
  /** Closes the pane and opens it again over the same workbook and what it stored. */
  reopen(): void;
  snapshot(): MemoryHostSnapshot;
  displayedFormat(sheet: string, cell: string): string;
  setCell(sheet: string, cell: string, value: RawValue): void;
  /** Inserts empty rows above row `before` (1-based): a structural edit for the live check. */
  insertRows(sheet: string, before: number, count?: number): void;
  failNext(method: HostMethod, message: string): void;
  setDelay(ms: number): void;
  /** Runs the Office start-up against a fake Office.js. */
  startOffice(fake: { host: string | null; supported: boolean; language?: string }): Promise<StartOutcome>;
}

declare global {
  interface Window {
    __juesuan: HarnessApi;
    __juesuanLoad: (grid: WorkbookGrid, options?: MemoryHostOptions) => void;
  }
}

const params = new URLSearchParams(location.search);
const language = params.get('lang') ?? 'zh-CN';
const container = document.getElementById('root') as HTMLElement;
container.textContent = translator(language)('harnessWaiting');

let root: Root | undefined;
let host: MemoryHost | undefined;
let lastOptions: MemoryHostOptions = {};

function mount(next: MemoryHost) {
  root?.unmount();
  container.textContent = '';
  host = next;
  root = renderApp(container, next);
}

function current(): MemoryHost {
  if (!host) throw new Error('no workbook loaded: call __juesuanLoad(grid) first');
  return host;
}

const api: HarnessApi = {
  load(grid, options = {}) {
    lastOptions = { language, ...options };
    mount(new MemoryHost(grid, lastOptions));
  },
  reopen() {
    const h = current();
    mount(new MemoryHost(h.grid, { ...lastOptions, stateJson: h.storedStateJson() }));
  },
  snapshot: () => current().snapshot(),
  displayedFormat: (sheet, cell) => current().displayedFormat(sheet, cell),
  setCell: (sheet, cell, value) => current().setCell(sheet, cell, value),
  insertRows: (sheet, before, count) => current().insertRows(sheet, before, count),
  failNext: (method, message) => current().failNext(method, message),
  setDelay(ms) {
    current().delayMs = ms;
  },
  async startOffice(fake) {
    root?.unmount();
    root = undefined;
    container.textContent = '';
    const office: OfficeLike = {
      onReady: async () => ({ host: fake.host, platform: 'OfficeOnline' }),
      context: {
        displayLanguage: fake.language ?? language,
        requirements: { isSetSupported: (name, v) => fake.supported && name === 'ExcelApi' && !!v },
      },
      HostType: { Excel: 'Excel' },
    };
    return startOffice(office, () => current(), container);
  },
};

window.__juesuan = api;
window.__juesuanLoad = api.load;
