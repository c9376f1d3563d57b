/**
 * Excel's column width (characters of the default font) in CSS pixels; 8.43 when not set. A module of its own:
 * the page's view (src/hosts/file/viewModel.ts) needs it without the reader.
 */
export const widthPx = (chars: number | undefined): number => Math.round((chars && chars > 0 ? chars : 8.43) * 7 + 5);
