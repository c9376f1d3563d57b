/** One call: recognised tables + supplement → the 情况说明, with sources and the list of what is missing. */
import type { RecognizedTable } from '../core/table';
import type { Family } from '../core/template';
import { gradeCounts, gradeSupplement, type Attachment } from '../attachments';
import { nationalSections } from './nationalSections';
import { seedSections } from './seedSections';
import type { Supplement } from './supplement';
import type { Narrative } from './types';
import { Values } from './values';

/**
 * With the workbook's 项目支出绩效自评表, 十(四)'s counts (自评个数, 涉及资金, 优/良/中/差) come from
 * them; what the user wrote in the supplement still wins.
 */
export function generateNarrative(
  tables: RecognizedTable[],
  family: Family,
  supplement: Supplement = {},
  year?: string,
  attachments: Attachment[] = [],
): Narrative {
  const fromAttachments = attachments.length ? gradeSupplement(gradeCounts(attachments)) : {};
  const v = new Values(tables, { ...fromAttachments, ...supplement });
  const y =
    year ??
    (supplement['年度'] !== undefined ? String(supplement['年度']) : undefined) ??
    tables.find((t) => t.year)?.year ??
    '【待补充：年度】';
  const unit = tables.find((t) => t.department)?.department ?? '本部门';
  const sections = family === 'national' ? nationalSections(v, y, unit) : seedSections(v, y);
  return { year: y, family, sections, missing: [...v.missing.entries()].map(([key, label]) => ({ key, label })) };
}
