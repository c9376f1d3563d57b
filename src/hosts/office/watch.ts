/// <reference types="office-js" />
/**
 * The user's edits as Excel reports them, for the live check. One handler per event on the worksheet
 * collection, so every sheet is watched, those added later too (the engine reads every sheet: an edit on a
 * sheet not recognised yet can make it a table):
 *
 * - `onChanged` (ExcelApi 1.9): cells edited, typed, pasted, cleared, undone ("RangeEdited" with the
 *   address), or rows, columns or cells inserted or deleted (structural: positions moved);
 * - `onFormatChanged` (1.9): formats changed, a number format among them (which says how many decimals a
 *   figure is published with), and onChanged does not tell of it: the cells are read again as if edited —
 *   never as a structural change, since the add-in's own marks may raise it and a full re-check marks again;
 * - `onAdded`, `onDeleted` (1.7): a sheet more or less (structural);
 * - `onNameChanged` (1.17, above the manifest's 1.13): registered only where Excel has it; elsewhere a
 *   rename is found at the next re-check, whose first round trip compares the sheet names.
 *
 * Registering costs one round trip, and so does removing (through the context the handlers were added in,
 * as Office.js requires).
 */
import type { WorkbookEdit } from '../seam';

/**
 * One onChanged event as an edit. Only "RangeEdited" leaves every cell where it was; the others
 * (RowInserted, RowDeleted, ColumnInserted, ColumnDeleted, CellInserted, CellDeleted, Unknown) move cells
 * or say nothing of what changed: structural.
 */
export function editOf(event: Pick<Excel.WorksheetChangedEventArgs, 'worksheetId' | 'address' | 'changeType'>): WorkbookEdit {
  if (event.changeType === 'RangeEdited' && event.address) return { sheetId: event.worksheetId, address: event.address };
  return { sheetId: event.worksheetId, structural: true };
}

/** One onFormatChanged event as an edit of its cells; nothing when it names none. */
export function formatEditOf(event: Pick<Excel.WorksheetFormatChangedEventArgs, 'worksheetId' | 'address'>): WorkbookEdit | undefined {
  return event.address ? { sheetId: event.worksheetId, address: event.address } : undefined;
}

function supports(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

export async function watchWorkbook(
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>,
  onEdit: (edit: WorkbookEdit) => void,
): Promise<() => Promise<void>> {
  // A handler must answer with a promise; what the pane does with an edit is its own affair.
  const tell = (edit: WorkbookEdit) => {
    try {
      onEdit(edit);
    } catch {
      // the pane reports its own failures
    }
    return Promise.resolve();
  };
  const structural = (event: { worksheetId: string }) => tell({ sheetId: event.worksheetId, structural: true });
  const { context, handlers } = await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const handlers: { remove(): void }[] = [
      worksheets.onChanged.add((event) => tell(editOf(event))),
      worksheets.onFormatChanged.add((event) => {
        const edit = formatEditOf(event);
        return edit ? tell(edit) : Promise.resolve();
      }),
      worksheets.onAdded.add(structural),
      worksheets.onDeleted.add(structural),
    ];
    if (supports('1.17')) handlers.push(worksheets.onNameChanged.add(structural));
    await context.sync();
    return { context, handlers };
  });
  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    await Excel.run(context, async (again) => {
      for (const handler of handlers) handler.remove();
      await again.sync();
    });
  };
}
