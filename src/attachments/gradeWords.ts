/** The grade of a 自评表 (优/良/中/差) from the words of a cell. */
import { normalize } from '../core/text';
import type { Grade } from './types';

const GRADE_WORDS: [RegExp, Grade][] = [
  [/^(优|优秀)$/, '优'],
  [/^(良|良好)$/, '良'],
  [/^(中|中等)$/, '中'],
  [/^差$/, '差'],
];

/** 优/良/中/差 from a cell's words ("优", "优秀", "等级：良"), or undefined. */
export function gradeOf(text: string | undefined): Grade | undefined {
  if (!text) return undefined;
  const key = normalize(text).replace(/^(自评|评价)?等级[:：]?/, '');
  return GRADE_WORDS.find(([words]) => words.test(key))?.[1];
}
