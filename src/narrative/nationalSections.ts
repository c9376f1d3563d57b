/**
 * 情况说明 of the national 九张表 family, sections 一 to 十一 in the order units publish them: 七 三公,
 * 八 政府性基金, 九 国有资本经营, 十 预算绩效管理情况, 十一 其他重要事项. 五(三) goes by 项; 机关运行经费,
 * 政府采购 and 国有资产 have no table in this family, so their figures come from the supplement. Only the
 * supplement keys this text prints are asked for; shares are rounded each on its own.
 */
import { SEED_HEADINGS } from '../templates/narrativeSections';
import { nationalContext } from './national/context';
import { nationalGovernmentFundsSection, nationalStateCapitalSection } from './national/funds';
import { nationalGeneralDetailsSection } from './national/generalDetails';
import { nationalOtherMattersSections } from './national/otherMatters';
import { nationalPerformanceSection } from './national/performance';
import { nationalThreePublicSections } from './national/threePublic';
import { nationalTotalsSection } from './national/totals';
import { basicExpenditureSection } from './sections/basicExpenditure';
import { expenditureSection, incomeSection } from './sections/breakdown';
import { generalOverviewSection, generalStructureSection } from './sections/generalBudget';
import { fiscalTotalsSection } from './sections/totals';
import type { Section } from './types';
import type { Values } from './values';
import { SectionWriter } from './writer';

export function nationalSections(values: Values, year: string, unit: string): Section[] {
  const ctx = nationalContext(values, year, unit);
  const generalTotal = values.cellOr0('T05', '合计', '小计');
  return [
    nationalTotalsSection(ctx),
    incomeSection(values, year, false),
    expenditureSection(values, year, false),
    fiscalTotalsSection(values, year),
    new SectionWriter(SEED_HEADINGS.S5).build(),
    generalOverviewSection(values, year, generalTotal),
    generalStructureSection(values, year, generalTotal, false),
    nationalGeneralDetailsSection(ctx),
    basicExpenditureSection(values, year, true),
    ...nationalThreePublicSections(ctx),
    nationalGovernmentFundsSection(ctx),
    nationalStateCapitalSection(ctx),
    nationalPerformanceSection(ctx),
    ...nationalOtherMattersSections(ctx),
  ];
}
