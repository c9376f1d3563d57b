/** The generated 情况说明: sections of text whose every figure records where it came from. */

export type Source =
  | { kind: 'cell'; table: string; sheet: string; cell: string; label: string }
  | { kind: 'supplement'; key: string }
  | { kind: 'formula'; formula: string; inputs: Source[] }
  | { kind: 'missing'; key: string };

export interface Fact {
  /** The figure as printed in the text ("403.05", "67.60"). */
  text: string;
  /** Character offset of the figure in its section's text. */
  offset: number;
  source: Source;
}

export interface Section {
  heading: string;
  /** Sub-sections print their own heading line, e.g. （一）一般公共预算财政拨款支出决算总体情况. */
  level: 1 | 2;
  paragraphs: string[];
  /** paragraphs joined by newlines. */
  text: string;
  facts: Fact[];
}

export interface Narrative {
  year: string;
  family: 'seed' | 'national';
  sections: Section[];
  /** Supplement keys the text needed and did not get, with their labels; each is a 【待补充】 placeholder. */
  missing: { key: string; label: string }[];
}
