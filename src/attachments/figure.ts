/** A cell of a 自评表 read as a figure: numbers, numbers stored as text, "100%" and "100.00%". */
import type { RawValue } from '../core/grid';
import { a1 } from '../core/grid';
import { parseCell } from '../core/money';
import type { AttFigure } from './types';

export function readFigure(sheet: string, row: number, col: number, raw: RawValue, format: string | null = null): AttFigure {
  const base = { sheet, cell: a1(row, col), row, col, raw };
  let parsed = parseCell(raw, format);
  if (parsed.kind === 'text') {
    const percent = /^(.*?)[%％]$/.exec(parsed.text.trim());
    if (percent) {
      const number = parseCell(percent[1]);
      if (number.kind === 'number') parsed = number;
    }
  }
  if (parsed.kind === 'number') return { ...base, value: parsed.text, decimals: parsed.decimals };
  if (parsed.kind === 'text') return { ...base, value: null, decimals: 0, text: parsed.text };
  return { ...base, value: null, decimals: 0 };
}

/** The figure holds a number (not blank, not text). */
export const hasNumber = (figure: AttFigure | undefined): boolean => figure?.value != null;
