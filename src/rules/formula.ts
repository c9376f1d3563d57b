/** Parser for the rule formulas of the catalogue (see Check.formula). */
import type { TableKey } from '../core/template';

export type Relation = '=' | '≤' | '≥' | '>' | '<';

export interface Operand {
  kind: 'ref';
  table?: TableKey;
  /** Row key, '*' (each row), '{类}' (each class) or 'Σ类' (sum of class rows). */
  row: string;
  /** Column key, '*' (each column) or undefined for the table's default column. */
  col?: string;
  sign: 1 | -1;
}

export interface Literal {
  kind: 'literal';
  value: string;
  sign: 1 | -1;
}

export type Term = Operand | Literal;

export interface Formula {
  left: Term[];
  relation: Relation;
  right: Term[];
  text: string;
}

const REL = /\s*(<=|>=|≤|≥|=|>|<)\s*/;

function parseSide(side: string, text: string): Term[] {
  const terms: Term[] = [];
  const re = /\s*([+\-−]?)\s*(?:(Σ)?(T\d\d)?\[([^\]]+)\]|(\d+(?:\.\d+)?))/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = re.exec(side))) {
    pos = re.lastIndex;
    const sign: 1 | -1 = m[1] === '-' || m[1] === '−' ? -1 : 1;
    if (m[5] !== undefined) {
      terms.push({ kind: 'literal', value: m[5], sign });
      continue;
    }
    const [rowPart, colPart] = m[4].split('/').map((s) => s.trim());
    const row = m[2] ? `Σ${rowPart}` : rowPart;
    terms.push({ kind: 'ref', table: m[3] as TableKey | undefined, row, col: colPart || undefined, sign });
  }
  if (pos !== side.length || terms.length === 0) throw new Error(`规则公式无法解析：${text}`);
  return terms;
}

export function parseFormula(text: string): Formula {
  const parts = text.split(REL);
  if (parts.length !== 3) throw new Error(`规则公式需要且只能有一个关系符：${text}`);
  const rel = parts[1].replace('<=', '≤').replace('>=', '≥') as Relation;
  return { left: parseSide(parts[0].trim(), text), relation: rel, right: parseSide(parts[2].trim(), text), text };
}
