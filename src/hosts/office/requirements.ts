/**
 * The ExcelApi requirement set the Office adapter needs: 1.13, for Range.getMergedAreasOrNullObject
 * (the rest needs 1.9 or lower; see officeHost.ts). Microsoft 365, Excel 2021 and later, Excel on the web.
 * Kept apart from the adapter so the pane can check it before loading anything else.
 */
export const REQUIRED_EXCEL_API = '1.13';
