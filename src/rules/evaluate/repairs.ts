/**
 * For a broken relation, what each of its cells holds and the value that would make the relation hold
 * with every other cell as it is — in the cell's own unit, as the officer would type it. The finding then
 * speaks of the cell it names (this cell holds X; for the relation to hold it would be Y), and the engine
 * can look for one change that mends every relation a cell takes part in.
 */
import type { Finding } from '../../core/findings';
import { fmtMoney, fmtValue, ZERO, type Decimal } from '../../core/money';
import { unitFactor } from '../../core/tolerance';
import type { Context, ResolvedCheck } from './context';

export interface CellRepair {
  /** Table id (公开03表), sheet and A1 address of the cell. */
  table: string;
  sheet: string;
  cell: string;
  /** The figure as it stands and the value that makes the relation hold, in the cell's own unit. */
  actual: Decimal;
  required: Decimal;
  /** As printed in messages. */
  actualText: string;
  requiredText: string;
  /** '=' for an equality; '≤'/'≥' when the relation only bounds the cell (the value is the bound). */
  bound: '=' | '≤' | '≥';
  /** The relation's rounding band, in the cell's unit: two relations agree on a value within their bands. */
  band: Decimal;
}

const repairs = new WeakMap<Finding, CellRepair[]>();

/** The cells of a finding with what each would have to be; undefined for findings that are no relation. */
export function repairsOf(finding: Finding): CellRepair[] | undefined {
  return repairs.get(finding);
}

/** Records, for each figure of a broken relation, the value that mends it (diff = left − right, report unit). */
export function recordRepairs(ctx: Context, finding: Finding, check: ResolvedCheck, diff: Decimal, tolerance: Decimal): void {
  const out: CellRepair[] = [];
  const seen = new Set<string>();
  const sides: [ResolvedCheck['left'], 1 | -1][] = [
    [check.left, 1],
    [check.right, -1],
  ];
  for (const [operands, side] of sides) {
    for (const [index, operand] of operands.entries()) {
      const f = operand.figure;
      const table = operand.table;
      if (!f || !table || f.parsed.kind === 'na' || f.parsed.kind === 'text') continue;
      // A blank cell is no figure to correct, except a total left blank (the relation's first figure).
      if (f.parsed.kind === 'blank' && !(side > 0 && index === 0)) continue;
      const key = `${f.sheet}!${f.address}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Moving this operand by −diff (left) or +diff (right), times its sign, closes the gap.
      const direction = side * operand.sign;
      const count = f.kind === 'count';
      const toOwnUnit = count ? null : unitFactor(ctx.unit, table.unit ?? '万元');
      const change = toOwnUnit ? diff.times(toOwnUnit) : diff;
      const actual = f.parsed.kind === 'number' ? f.parsed.value : ZERO;
      const required = direction > 0 ? actual.minus(change) : actual.plus(change);
      const bound = check.relation === '=' ? '=' : (check.relation === '≤') === direction > 0 ? '≤' : '≥';
      const fmt = (d: Decimal) => (count ? fmtValue(d, 'count') : fmtMoney(d));
      const band = toOwnUnit ? tolerance.times(toOwnUnit) : tolerance;
      out.push({
        band,
        table: table.id,
        sheet: f.sheet,
        cell: f.address,
        actual,
        required,
        actualText: fmt(actual),
        requiredText: fmt(required),
        bound,
      });
    }
  }
  repairs.set(finding, out);
}

/** "公开03表 D10 现为 189.12，要使此关系成立应为 199.12。" (应不大于 / 应不小于 for a bound). */
export function repairSentence(repair: CellRepair): string {
  const word = repair.bound === '=' ? '应为' : repair.bound === '≤' ? '应不大于' : '应不小于';
  return `${repair.table} ${repair.cell} 现为 ${repair.actualText}，要使此关系成立${word} ${repair.requiredText}。`;
}

/** The finding told in terms of the cell it names: 实际 is what the cell holds, 应为 what the relation needs there. */
export function speakOfNamedCell(finding: Finding): void {
  const repair = repairsOf(finding)?.find((r) => r.sheet === finding.sheet && r.cell === finding.cell);
  if (!repair) return;
  finding.actual = repair.actualText;
  finding.expected = repair.bound === '=' ? repair.requiredText : `${repair.bound} ${repair.requiredText}`;
  finding.difference = fmtMoneyOrCount(repair, repair.actual.minus(repair.required));
  finding.message += repairSentence(repair);
}

function fmtMoneyOrCount(repair: CellRepair, d: Decimal): string {
  return /\./.test(repair.actualText) ? fmtMoney(d) : fmtValue(d, 'count');
}
