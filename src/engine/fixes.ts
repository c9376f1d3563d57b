/**
 * "将 公开03表 D10 改为 199.12，可使 3 条关系全部成立": a cell that, changed to one value, mends every broken
 * relation it takes part in and breaks none that held. The value comes from the relations themselves;
 * the promise is kept by evaluating the rules again with that one figure changed.
 */
import type { CellFix, Finding } from '../core/findings';
import { Decimal, fmtMoney } from '../core/money';
import { repairsOf, type CellRepair } from '../rules/evaluate/repairs';

/** Beyond these, a check has bigger problems than one figure; the re-checks would cost more than they tell. */
const MAX_CANDIDATES = 12;
const MAX_FINDINGS = 150;

const keyOf = (f: Finding) =>
  `${f.rule}|${f.severity}|${f.cells
    .map((c) => `${c.sheet}!${c.cell}`)
    .sort()
    .join(',')}`;

interface Candidate {
  repair: CellRepair;
  findings: Finding[];
}

/** The value each cell would need, where every broken relation it is in agrees on one. */
function candidates(findings: Finding[]): Candidate[] {
  const byCell = new Map<string, { repairs: CellRepair[]; findings: Finding[] }>();
  for (const f of findings) {
    for (const r of repairsOf(f) ?? []) {
      const key = `${r.sheet}!${r.cell}`;
      const entry = byCell.get(key) ?? { repairs: [], findings: [] };
      entry.repairs.push(r);
      entry.findings.push(f);
      byCell.set(key, entry);
    }
  }
  const out: Candidate[] = [];
  for (const { repairs, findings: fs } of byCell.values()) {
    // The relations must agree on the value within their bands (a published 尾数 moves one by 0.01);
    // the tightest relation gives it.
    const exact = repairs.filter((r) => r.bound === '=').sort((a, b) => a.band.cmp(b.band));
    if (!exact.length) continue;
    const best = exact[0];
    if (best.required.isNegative()) continue;
    if (exact.some((r) => r.required.minus(best.required).abs().gt(r.band.plus(best.band)))) continue;
    const value = likeliestValue(best);
    const boundsHold = repairs.every(
      (r) => r.bound === '=' || (r.bound === '≤' ? value.lte(r.required.plus(r.band)) : value.gte(r.required.minus(r.band))),
    );
    if (boundsHold)
      out.push({
        repair: { ...best, required: value, requiredText: /\./.test(best.actualText) ? fmtMoney(value) : value.toFixed(0) },
        findings: fs,
      });
  }
  // A cell whose broken relations are all broken for another cell too, which is in more of them, explains
  // less (an item beside the wrong one in a class sum): it is not tried. The cells that mend the most first.
  const explainsLess = (c: Candidate) =>
    out.some((other) => other !== c && other.findings.length > c.findings.length && c.findings.every((f) => other.findings.includes(f)));
  return out
    .filter((c) => !explainsLess(c))
    .sort((a, b) => b.findings.length - a.findings.length)
    .slice(0, MAX_CANDIDATES);
}

const CENT = new Decimal('0.01');

/**
 * The value to propose: the exact one, or one a cent or two beside it when that is what the figure held
 * before a slip. A published 尾数 leaves the relation 0.01 off even when right, and a slip usually changes
 * one digit: of the values within the relation's band, the one differing from the figure in fewest digits.
 */
function likeliestValue(repair: CellRepair): Decimal {
  const digitsChanged = (v: Decimal) => {
    const a = repair.actual.toFixed(2);
    const b = v.toFixed(2);
    const width = Math.max(a.length, b.length);
    const [x, y] = [a.padStart(width, ' '), b.padStart(width, ' ')];
    let n = 0;
    for (let i = 0; i < width; i++) if (x[i] !== y[i]) n++;
    return n;
  };
  let best = repair.required;
  for (const step of [-2, -1, 1, 2]) {
    const v = repair.required.plus(CENT.times(step));
    if (v.minus(repair.required).abs().gt(repair.band) || v.isNegative()) continue;
    const better = digitsChanged(v) - digitsChanged(best) || v.minus(repair.required).abs().cmp(best.minus(repair.required).abs());
    if (better < 0) best = v;
  }
  return best;
}

/**
 * Adds `fixes` to the findings a single change mends (and a sentence to their message). `recheck` gives the
 * relations' findings with that one figure changed (undefined when the cell is no figure of the tables).
 */
export function suggestFixes(findings: Finding[], recheck: (repair: CellRepair) => Finding[] | undefined): void {
  const broken = findings.filter((f) => f.severity !== 'info');
  if (!broken.length || broken.length > MAX_FINDINGS) return;
  const before = new Set(broken.map(keyOf));
  const fixesOf = new Map<Finding, CellFix[]>();
  for (const c of candidates(broken)) {
    const rechecked = recheck(c.repair);
    if (!rechecked) continue;
    const after = rechecked.filter((f) => f.severity !== 'info');
    const mended = new Set(c.findings.map(keyOf));
    // Every finding of the cell gone, nothing new: the change mends and breaks nothing.
    if (after.some((f) => mended.has(keyOf(f)) || !before.has(keyOf(f)))) continue;
    const fix: CellFix = {
      table: c.repair.table,
      sheet: c.repair.sheet,
      cell: c.repair.cell,
      value: c.repair.requiredText,
      relations: c.findings.length,
    };
    for (const f of c.findings) fixesOf.set(f, [...(fixesOf.get(f) ?? []), fix]);
  }
  for (const [f, fixes] of fixesOf) {
    // Many cells could each mend it (any item of a class sum): no one change is the likely one.
    if (fixes.length > 2) continue;
    f.fixes = fixes;
    const options = fixes.map((x) => `将 ${x.table} ${x.cell} 改为 ${x.value}，可使 ${x.relations} 条关系全部成立`);
    f.message += `一处修改即可：${options.join('；或')}。`;
  }
}
