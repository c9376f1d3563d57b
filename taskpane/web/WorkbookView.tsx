/**
 * The read-only view of the opened workbook: sheet tabs, the used range as an HTML table (merged cells
 * as rowSpan/colSpan, borders as the file has them, on empty cells too), the cells the pane marked in red
 * (errors) and amber (warnings) with their messages as tooltips, and the cell the pane selected scrolled
 * into view. Cell contents are text nodes, never HTML.
 * A big sheet is drawn a window of rows at a time (at most ROW_LIMIT rows, fewer for wide sheets), the
 * window following the selected cell.
 */
import * as React from 'react';
import { useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { Spinner } from '@fluentui/react-components';
import { a1, columnLetters, parseA1, type CellRange } from '../../src/core/grid';
import { markKey, type FileHost, type FileSnapshot } from '../../src/hosts/file/fileHost';
import { cellEdges, viewCell, type SheetView, type ViewCell } from '../../src/hosts/file/viewModel';
import { INFO_MARK_FILL, MARK_COLORS, type Mark } from '../../src/marks';

/** At most this many rows are drawn at once … */
export const ROW_LIMIT = 2000;
/** … and at most about this many cells (a wide sheet gets fewer rows). */
export const CELL_LIMIT = 80_000;
export const COL_LIMIT = 256;
const ROW_HEADER_PX = 44;

/** The colours of marked cells (src/marks), as the CSS custom properties web.html's styles read. */
const MARK_COLOR_PROPERTIES = {
  '--mark-error-fill': MARK_COLORS.error.fill,
  '--mark-error-font': MARK_COLORS.error.font,
  '--mark-warning-fill': MARK_COLORS.warning.fill,
  '--mark-warning-font': MARK_COLORS.warning.font,
  '--mark-info-fill': INFO_MARK_FILL,
} as React.CSSProperties;

export interface RowWindow {
  start: number;
  end: number; // exclusive
  cols: number;
}

/** Which rows to draw: from the top, or around the selected row when it lies beyond. */
export function rowWindow(sheet: Pick<SheetView, 'rows' | 'cols'>, focusRow?: number): RowWindow {
  const cols = Math.min(sheet.cols, COL_LIMIT);
  const limit = Math.max(50, Math.min(ROW_LIMIT, Math.floor(CELL_LIMIT / Math.max(1, cols))));
  if (sheet.rows <= limit) return { start: 0, end: sheet.rows, cols };
  let start = 0;
  if (focusRow !== undefined && focusRow >= limit) start = Math.min(sheet.rows - limit, Math.max(0, focusRow - Math.floor(limit / 2)));
  return { start, end: start + limit, cols };
}

const isBlank = (line: (ViewCell | null)[], c: number) => !line[c]?.text;

/**
 * The width text may take beyond its own cell: its column plus the empty, unmerged neighbours on the
 * side it runs to (0: it fits, or has nowhere to go).
 */
function spillWidth(
  sheet: SheetView,
  line: (ViewCell | null)[],
  covered: Set<string>,
  r: number,
  c: number,
  cols: number,
  align: ViewCell['align'],
): number {
  const free = (k: number) =>
    k >= 0 &&
    k < cols &&
    isBlank(line, k) &&
    !covered.has(`${r},${k}`) &&
    !sheet.merges.some((m) => m.top <= r && r <= m.bottom && m.left <= k && k <= m.right);
  let width = sheet.widths[c] ?? 64;
  const own = width;
  if (align === 'right') for (let k = c - 1; free(k); k--) width += sheet.widths[k] ?? 64;
  else if (align === 'center')
    for (let k = 1; free(c - k) && free(c + k); k++) width += (sheet.widths[c - k] ?? 64) + (sheet.widths[c + k] ?? 64);
  else for (let k = c + 1; free(k); k++) width += sheet.widths[k] ?? 64;
  return width > own ? width - 8 : 0;
}

interface Span {
  rowSpan: number;
  colSpan: number;
}

/** Merged areas clipped to the window: top-left cell → its spans; the other cells of an area → covered. */
function mergeLayout(merges: CellRange[], w: RowWindow): { spans: Map<string, Span>; covered: Set<string> } {
  const spans = new Map<string, Span>();
  const covered = new Set<string>();
  for (const m of merges) {
    const top = Math.max(m.top, w.start);
    const bottom = Math.min(m.bottom, w.end - 1);
    const right = Math.min(m.right, w.cols - 1);
    if (top > bottom || m.left > right) continue;
    spans.set(`${top},${m.left}`, { rowSpan: bottom - top + 1, colSpan: right - m.left + 1 });
    for (let r = top; r <= bottom; r++) for (let c = m.left; c <= right; c++) if (r !== top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { spans, covered };
}

/** Classes wv-et1 … wv-el4 (web.html): side, then weight (1 thin, 2 medium, 3 thick, 4 double). */
const EDGE_SIDES = ['top', 'right', 'bottom', 'left'] as const;

const SEVERITY_TEXT: Record<string, string> = { error: '错误', warning: '警告', info: '尾数差异' };

function marksIn(marks: ReadonlyMap<string, Mark>, sheet: string): { error: number; warning: number } {
  let error = 0;
  let warning = 0;
  for (const m of marks.values()) {
    if (m.sheet !== sheet) continue;
    if (m.severity === 'error') error++;
    else if (m.severity === 'warning') warning++;
  }
  return { error, warning };
}

function Grid({ host, sheet, snap }: { host: FileHost; sheet: SheetView; snap: FileSnapshot }) {
  const scroller = useRef<HTMLDivElement>(null);
  const sel = snap.selection && snap.selection.sheet === sheet.name ? snap.selection : null;
  const selAt = useMemo(() => (sel ? parseA1(sel.cell) : null), [sel]);
  const w = rowWindow(sheet, selAt?.row);
  const { spans, covered } = useMemo(() => mergeLayout(sheet.merges, w), [sheet.merges, w.start, w.end, w.cols]);

  // The selected cell (by the pane, or a click here) is brought into view and flashes once.
  useLayoutEffect(() => {
    if (!sel || !scroller.current) return;
    const td = scroller.current.querySelector<HTMLElement>(`[data-cell="${sel.cell}"]`);
    if (!td) return;
    td.scrollIntoView({ block: 'center', inline: 'center' });
    td.classList.remove('wv-flash');
    void td.offsetWidth;
    td.classList.add('wv-flash');
    // Only a new selection (seq) or another sheet flashes the cell; the rest of the state must not.
  }, [sel?.seq, sheet.name]);

  const rows: React.ReactElement[] = [];
  for (let r = w.start; r < w.end; r++) {
    const cells: React.ReactElement[] = [
      <th key="h" scope="row" className={selAt?.row === r ? 'wv-rh wv-ch-on' : 'wv-rh'}>
        {r + 1}
      </th>,
    ];
    const line: (ViewCell | null)[] = [];
    for (let c = 0; c < w.cols; c++) line.push(viewCell(sheet, r, c));
    for (let c = 0; c < w.cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const address = a1(r, c);
      const v = line[c];
      const span = spans.get(`${r},${c}`);
      const mark = snap.marks.get(markKey(sheet.name, address));
      const selected = selAt !== null && selAt.row === r && selAt.col === c;
      const cls = ['wv-c'];
      if (v?.num) cls.push('wv-num');
      if (v?.bold) cls.push('wv-b');
      if (v?.wrap || span) cls.push('wv-wrap');
      const area = span && { top: r, left: c, bottom: r + span.rowSpan - 1, right: c + span.colSpan - 1 };
      const edges = cellEdges(sheet, r, c, area, w.start);
      for (const side of EDGE_SIDES) if (edges[side]) cls.push(`wv-e${side[0]}${edges[side]}`);
      if (v?.align) cls.push(`wv-al-${v.align}`);
      if (mark) cls.push(mark.severity === 'error' ? 'wv-error' : mark.severity === 'warning' ? 'wv-warning' : 'wv-info');
      if (selected) cls.push('wv-sel');
      // As in Excel, text that does not fit runs on over empty neighbours (left for right-aligned text).
      const spill = v && !v.num && !v.wrap && !span && v.text ? spillWidth(sheet, line, covered, r, c, w.cols, v.align) : 0;
      if (spill) cls.push('wv-spill');
      cells.push(
        <td
          key={c}
          className={cls.join(' ')}
          data-cell={address}
          data-severity={mark?.severity}
          title={mark ? `${address} ${SEVERITY_TEXT[mark.severity]}：\n${mark.message}` : undefined}
          rowSpan={span && span.rowSpan > 1 ? span.rowSpan : undefined}
          colSpan={span && span.colSpan > 1 ? span.colSpan : undefined}
          aria-selected={selected || undefined}
          onClick={() => host.pick(sheet.name, address)}
        >
          {spill ? (
            <span className={`wv-run wv-run-${v!.align ?? 'left'}`} style={{ width: spill }}>
              {v!.text}
            </span>
          ) : (
            (v?.text ?? '')
          )}
        </td>,
      );
    }
    rows.push(<tr key={r}>{cells}</tr>);
  }
  const clipped = w.start > 0 || w.end < sheet.rows || w.cols < sheet.cols;
  const tableWidth = ROW_HEADER_PX + sheet.widths.slice(0, w.cols).reduce((a, b) => a + b, 0);

  return (
    <div className="wv-scroll" ref={scroller} data-sheet={sheet.name}>
      {clipped && (
        <div className="wv-note" role="note">
          本表共 {sheet.rows} 行 {sheet.cols} 列，为保持流畅只显示第 {w.start + 1}–{w.end} 行
          {w.cols < sheet.cols ? `、前 ${w.cols} 列` : ''}；点击检查结果可跳到任意单元格。
        </div>
      )}
      {sheet.rows === 0 ? (
        <div className="wv-empty">（空白工作表）</div>
      ) : (
        <table className="wv-grid" style={{ width: tableWidth }} aria-label={`工作表 ${sheet.name}`}>
          <colgroup>
            <col style={{ width: ROW_HEADER_PX }} />
            {sheet.widths.slice(0, w.cols).map((px, i) => (
              <col key={i} style={{ width: px }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="wv-corner" aria-hidden="true" />
              {Array.from({ length: w.cols }, (_, c) => (
                <th key={c} scope="col" className={selAt?.col === c ? 'wv-ch wv-ch-on' : 'wv-ch'}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      )}
    </div>
  );
}

/** The cell bar above the sheet: the selected cell's address, its text, and what is wrong with it. */
function CellBar({ snap, sheet }: { snap: FileSnapshot; sheet: SheetView | undefined }) {
  const sel = snap.selection && sheet && snap.selection.sheet === sheet.name ? snap.selection : null;
  let text = '';
  let mark: Mark | undefined;
  if (sel && sheet) {
    const { row, col } = parseA1(sel.cell);
    text = viewCell(sheet, row, col)?.text ?? '';
    mark = snap.marks.get(markKey(sheet.name, sel.cell));
  }
  return (
    <div className="wv-bar" data-cellbar>
      <span className="wv-addr" aria-label="单元格">
        {sel ? sel.cell : ''}
      </span>
      <span className="wv-fx" aria-hidden="true">
        fx
      </span>
      <span className="wv-val">{text}</span>
      {mark && (
        <span className={`wv-msg wv-msg-${mark.severity}`} title={mark.message}>
          {SEVERITY_TEXT[mark.severity]}：{mark.message.split('\n')[0]}
          {mark.message.includes('\n') ? ` 等 ${mark.message.split('\n').length} 项` : ''}
        </span>
      )}
    </div>
  );
}

function SheetTabs({ host, snap }: { host: FileHost; snap: FileSnapshot }) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[aria-selected=true]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [snap.activeSheet]);
  return (
    <div className="wv-tabs" role="tablist" aria-label="工作表" ref={list}>
      {snap.sheets.map((s) => {
        const n = marksIn(snap.marks, s.name);
        const on = s.name === snap.activeSheet;
        return (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={on}
            className={`wv-tab${on ? ' wv-tab-on' : ''}${s.hidden ? ' wv-tab-hidden' : ''}`}
            title={s.hidden ? `${s.name}（隐藏的工作表）` : s.name}
            data-sheet-tab={s.name}
            onClick={() => host.showSheet(s.name)}
          >
            {s.name}
            {n.error > 0 && (
              <span className="wv-dot wv-dot-error" title={`${n.error} 个单元格有错误`}>
                {n.error}
              </span>
            )}
            {n.warning > 0 && (
              <span className="wv-dot wv-dot-warning" title={`${n.warning} 个单元格有警告`}>
                {n.warning}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}

export function WorkbookView({ host }: { host: FileHost }): React.ReactElement {
  const snap = useSyncExternalStore(host.subscribe, host.getSnapshot);
  if (snap.status === 'loading') {
    return (
      <div className="wv wv-center" data-workbook-view="loading">
        <Spinner label={`正在读取 ${host.name}…`} />
      </div>
    );
  }
  if (snap.status === 'failed') {
    return (
      <div className="wv wv-center" data-workbook-view="failed">
        <div className="wv-failed" role="alert">
          <strong>无法打开这个文件</strong>
          <p>{snap.error}</p>
        </div>
      </div>
    );
  }
  const sheet = snap.sheets.find((s) => s.name === snap.activeSheet);
  return (
    <div className="wv" data-workbook-view="ready" data-active-sheet={snap.activeSheet ?? ''} style={MARK_COLOR_PROPERTIES}>
      <CellBar snap={snap} sheet={sheet} />
      {sheet ? <Grid key={sheet.name} host={host} sheet={sheet} snap={snap} /> : <div className="wv-empty">（没有工作表）</div>}
      <SheetTabs host={host} snap={snap} />
    </div>
  );
}
