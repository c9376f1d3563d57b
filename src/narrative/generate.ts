/** One call: recognised tables + supplement → the 情况说明, with sources and the list of what is missing. */
import type { RecognizedTable } from '../core/table';
import type { Family } from '../core/template';
import { gradeCounts, gradeSupplement, type Attachment } from '../attachments';
import { nationalSections } from './nationalSections';
import { seedSections } from './seedSections';
import type { Supplement } from './supplement';
import type { Narrative } from './types';
import { Values } from './values';

/** A value the text needs: the one given, else the supplement's, else a 【待补充】 placeholder (listed as missing). */
function known(values: Values, given: string | undefined, key: string): string {
  if (given?.trim()) return given.trim();
  return values.text(key) ?? values.placeholder(key);
}

/**
 * With the workbook's 项目支出绩效自评表, 十(四)'s counts (自评个数, 涉及资金, 优/良/中/差) come from
 * them; what the user wrote in the supplement still wins. `year` and `department` are where the
 * workbook states them; the text never prints an unknown one, it asks for it.
 */
export function generateNarrative(
  tables: RecognizedTable[],
  family: Family,
  supplement: Supplement = {},
  year?: string,
  attachments: Attachment[] = [],
  department?: string,
): Narrative {
  const fromAttachments = attachments.length ? gradeSupplement(gradeCounts(attachments)) : {};
  const v = new Values(tables, { ...fromAttachments, ...supplement });
  const given = (key: string) => (supplement[key] !== undefined ? String(supplement[key]) : undefined);
  const y = known(v, year ?? given('年度') ?? tables.find((t) => t.year)?.year, '年度');
  const unit = () => known(v, department ?? given('单位名称') ?? tables.find((t) => t.department)?.department, '单位名称');
  const sections = family === 'national' ? nationalSections(v, y, unit()) : seedSections(v, y, unit);
  return { year: y, family, sections, missing: [...v.missing.entries()].map(([key, label]) => ({ key, label })) };
}
