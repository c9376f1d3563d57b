/** The 情况说明 of a checked workbook, and the generated text read back by the checker as a reviewer would. */
import type { Finding } from '../core/findings';
import { checkNarrative } from '../narrative-check';
import { generateNarrative } from '../narrative/generate';
import { priorSupplement } from '../narrative/prior';
import type { Supplement } from '../narrative/supplement';
import type { Narrative } from '../narrative/types';
import { internalsOf } from './check';
import type { CheckResult } from './result';

export interface NarrateResult {
  narrative: Narrative;
  /** What the narrative checker finds in the generated text (nothing, when the tables agree). */
  selfCheck: Finding[];
}

/**
 * The narrative from a check's tables. `prior`, last year's check, fills every 上年 figure; what the
 * supplement says wins over it.
 */
export function narrate(result: CheckResult, supplement: Supplement = {}, prior?: CheckResult): NarrateResult {
  const { tables, attachments } = internalsOf(result);
  const fromPrior = prior ? priorSupplement(internalsOf(prior).tables, tables) : {};
  const narrative = generateNarrative(tables, result.family, { ...fromPrior, ...supplement }, result.year, attachments, result.department);
  const readBack = { sections: narrative.sections.map((s) => ({ heading: s.heading, text: s.text })) };
  return { narrative, selfCheck: checkNarrative(readBack, tables, { year: narrative.year }) };
}
