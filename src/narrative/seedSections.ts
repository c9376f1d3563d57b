/**
 * 第三部分 情况说明 in the seed (公开01–10表) family's order and wording, sections 一 to 十.
 * Every figure comes from the tables or the supplement; what neither gives becomes a 【待补充】 placeholder.
 */
import { basicExpenditureSection } from './sections/basicExpenditure';
import { expenditureSection, incomeSection } from './sections/breakdown';
import { governmentFundsSection, stateCapitalSection } from './sections/funds';
import { generalBudgetSections } from './sections/generalBudget';
import { otherMattersSections } from './sections/otherMatters';
import { threePublicSections } from './sections/threePublic';
import { fiscalTotalsSection, incomeExpenditureTotalsSection } from './sections/totals';
import type { Section } from './types';
import type { Values } from './values';

/** `unit` names the unit where the seed wrote 本部门（单位）; asked for only when the text needs it. */
export function seedSections(values: Values, year: string, unit: () => string): Section[] {
  return [
    incomeExpenditureTotalsSection(values, year),
    incomeSection(values, year),
    expenditureSection(values, year),
    fiscalTotalsSection(values, year),
    ...generalBudgetSections(values, year),
    basicExpenditureSection(values, year),
    governmentFundsSection(values, year),
    stateCapitalSection(values, year),
    ...threePublicSections(values, year),
    ...otherMattersSections(values, year, unit),
  ];
}
