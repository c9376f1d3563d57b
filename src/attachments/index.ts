/**
 * 项目支出绩效自评表 (附件): recognition by content and the ATT / X17 / X18 rules.
 *
 *   const atts = recognizeAttachments(grid);
 *   const findings = [...atts.flatMap(checkAttachment), ...crossCheckAttachments(atts, tables)];   // as check() does
 *   const supplement = gradeSupplement(gradeCounts(atts));   // 绩效.自评个数 / 绩效.涉及资金 / 绩效.优 …
 */

export * from './types';
export { recognizeAttachments, mainFunds, gradeOf, readFigure, isTitle as isAttachmentTitle } from './recognize';
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
