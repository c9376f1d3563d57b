/**
 * How a check shows on the workbook's cells, the same in Excel, on the web page, in the annotated copy and
 * in the tests: which cells are marked, with which messages, and in which colours.
 */
import type { Finding, FindingSeverity } from '../core/findings';

/** A cell to mark, with the message shown for it. */
export interface Mark {
  sheet: string;
  cell: string;
  severity: FindingSeverity;
  message: string;
}

/**
 * Excel's own "light red fill with dark red text" for errors and "yellow fill with dark yellow text" for
 * warnings. The Office host also finds its marks again by these colours, so they must not drift apart.
 */
export const MARK_COLORS = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
} as const;

/** The fill a host shows if asked to mark a 尾数差异, which the pane never does. */
export const INFO_MARK_FILL = '#DDEBF7';

/** A colour as ExcelJS writes it: ARGB, opaque ("#FFC7CE" → "FFFFC7CE"). */
export const argbOf = (color: string): string => `FF${color.replace(/^#/, '').toUpperCase()}`;

/**
 * The cells to mark: every cell of each error and of each warning not explained, one mark per cell
 * (an error wins over a warning), its message listing every finding about it.
 */
export function marksFor(findings: Finding[], isExplained: (finding: Finding) => boolean = () => false): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const finding of findings) {
    if (finding.severity === 'info' || (finding.severity === 'warning' && isExplained(finding))) continue;
    const cells = finding.cells.length
      ? finding.cells
      : finding.sheet && finding.cell
        ? [{ sheet: finding.sheet, cell: finding.cell }]
        : [];
    for (const { sheet, cell } of cells) {
      const key = `${sheet}!${cell}`;
      const line = `[${finding.rule}] ${finding.message}`;
      const mark = byCell.get(key);
      if (!mark) byCell.set(key, { sheet, cell, severity: finding.severity, message: line });
      else {
        if (finding.severity === 'error') mark.severity = 'error';
        if (!mark.message.split('\n').includes(line)) mark.message += `\n${line}`;
      }
    }
  }
  return [...byCell.values()];
}
