/**
 * 项目支出绩效自评表 (附件): recognition by content and the ATT / X17 / X18 rules.
 *
 *   const atts = recognizeAttachments(grid);
 *   const findings = checkAttachments(grid, checkWorkbook(grid).recognized);
 *   const supplement = gradeSupplement(gradeCounts(atts));   // 绩效.自评个数 / 绩效.涉及资金 / 绩效.优 …
 */
import type { WorkbookGrid } from '../core/grid';
import type { RecognizedTable } from '../core/table';
import type { Finding } from '../core/findings';
import { checkGradeCounts, crossCheckAttachments } from './cross';
import { recognizeAttachments } from './recognize';
import { checkAttachment } from './rules';
import type { NarrativeCounts } from './types';

export * from './types';
export { recognizeAttachments, mainFunds, gradeOf, readFigure } from './recognize';
export {
  checkAttachment,
  checkBalance,
  checkRate,
  checkRateScore,
  checkTotalScore,
  checkGrade,
  checkTotalVsFiscal,
  gradeFor,
  scoreSum,
  tableId,
  RATE_WEIGHT,
} from './rules';
export { crossCheckAttachments, gradeCounts, gradeSupplement, checkGradeCounts, statedGrade } from './cross';

export interface AttachmentCheckOptions {
  /** What the narrative says in 十(四), to check X18; left out, X18 is not run. */
  narrative?: NarrativeCounts;
}

/** ATT-1 … ATT-6 on every attachment of the workbook, X17 against the recognised tables, X18 when given the narrative's counts. */
export function checkAttachments(grid: WorkbookGrid, recognizedTables: RecognizedTable[], options: AttachmentCheckOptions = {}): Finding[] {
  const attachments = recognizeAttachments(grid);
  const findings = attachments.flatMap(checkAttachment);
  findings.push(...crossCheckAttachments(attachments, recognizedTables));
  if (options.narrative) findings.push(...checkGradeCounts(attachments, options.narrative));
  return findings;
}
