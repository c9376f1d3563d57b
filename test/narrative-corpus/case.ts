/** A corpus text: a 情况说明 sheet, one paragraph a row, and its findings written by hand. */
import type { BookId } from './books';

export interface NarrativeCase {
  id: string;
  /** What the text is modelled on (published documents whose wording it follows). */
  pattern: string;
  book: BookId;
  /** Row n of the sheet 情况说明 is rows[n − 1], in column A. */
  rows: string[];
  /**
   * Every error and warning the check must report on the narrative, as [rule, cell of the paragraph]; information
   * (尾数差异, format notes) is not listed. A row not named here must stay silent.
   */
  expected: [string, string][];
}
