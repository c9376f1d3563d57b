/** What every section of the national 情况说明 needs: the figures, the report year and the unit's name. */
import type { Values } from '../values';

export interface NationalContext {
  values: Values;
  /** "2024", or the 【待补充：年度】 placeholder. */
  year: string;
  /** The unit's name, or the 【待补充：单位名称】 placeholder. */
  unit: string;
  /** "2023" for the prior year; "上" (与上年度相比) when the report year is not known. */
  priorYear: string;
}

export function nationalContext(values: Values, year: string, unit: string): NationalContext {
  return { values, year, unit, priorYear: /^\d{4}$/.test(year) ? String(Number(year) - 1) : '上' };
}
