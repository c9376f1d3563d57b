/** Unzips the workbook and visits every cell value; returns the number of cells seen (bench/floor.js). */
export function floorScan(bytes: Uint8Array): number;
