/** Applies the rule catalogue to recognised tables and returns plain findings. */
import type { Finding } from '../../core/findings';
import type { RuleDef } from '../types';
import { blame } from './blame';
import type { Context, ResolvedCheck } from './context';
import { evaluateDerived } from './derived';
import { formulaChecks } from './formulas';
import { relationFinding } from './messages';

export type { Context } from './context';

/** Every finding of the rules over the recognised tables: per rule, cell rules, written relations, derived relations. */
export function evaluateRules(ctx: Context, rules: RuleDef[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const checks: ResolvedCheck[] = [];
    const derivedChecks: ResolvedCheck[] = [];
    for (const spec of rule.derived ?? []) {
      const outcome = evaluateDerived(ctx, rule, spec);
      findings.push(...(outcome.findings ?? []));
      derivedChecks.push(...(outcome.checks ?? []));
    }
    for (const c of rule.checks ?? []) checks.push(...formulaChecks(ctx, rule, typeof c === 'string' ? { formula: c } : c));
    for (const check of [...checks, ...derivedChecks]) {
      const finding = relationFinding(ctx, check);
      if (finding) findings.push(finding);
    }
  }
  return blame(findings);
}
