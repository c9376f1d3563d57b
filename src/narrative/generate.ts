/** One call: recognised tables + supplement → the 情况说明, with sources and the list of what is missing. */
import type { RecognizedTable } from '../core/table';
import type { Family, TableKey } from '../templates/types';
import { nationalSections } from './nationalSections';
import { seedSections } from './seedSections';
import type { Supplement } from './supplement';
import type { Narrative } from './types';
import { Values } from './values';

export function generateNarrative(tables: RecognizedTable[], family: Family, supplement: Supplement = {}, year?: string): Narrative {
  const v = new Values(new Map(tables.map((t) => [t.key as TableKey, t])), supplement);
  const y = year ?? (supplement['年度'] !== undefined ? String(supplement['年度']) : undefined) ?? tables.find((t) => t.year)?.year ?? '【待补充：年度】';
  const unit = tables.find((t) => t.department)?.department ?? '本部门';
  const sections = family === 'national' ? nationalSections(v, y, unit) : seedSections(v, y);
  return { year: y, family, sections, missing: [...v.missing.entries()].map(([key, label]) => ({ key, label })) };
}
