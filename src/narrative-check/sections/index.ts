/** The section readers of the 情况说明 checker (one file per section, 一 … 十) and which readers each section gets. */
import type { Change, Ctx, SectionKind } from '../context';
import { readBasicExpenditure } from './basicExpenditure';
import { readExpenditure, readIncome } from './breakdown';
import { readGovernmentFunds, readStateCapital } from './funds';
import { readGeneralDetails, recordClassChanges } from './generalDetails';
import { readGeneralOverview, recordGeneralChange } from './generalOverview';
import { readGeneralStructure } from './generalStructure';
import { readAssets, readPerformance, readProcurement, readRunningCosts } from './otherMatters';
import { checkThreePublicChanges, readThreePublic, type ThreePublicState } from './threePublic';
import { readFiscalTotals, readIncomeExpenditureTotals } from './totals';

export { classifyHeading, RULE_OF } from './kinds';
export { readOtherShares } from './otherShares';

/** A section reader; `post` runs once the section's year-on-year changes are read, with what `read` returned. */
export interface Reader {
  read(ctx: Ctx): unknown;
  post?(ctx: Ctx, changes: Change[], state: unknown): void;
}

const threePublic: Reader = {
  read: readThreePublic,
  post: (ctx, changes, state) => checkThreePublicChanges(ctx, changes, state as ThreePublicState),
};

const READERS: Partial<Record<SectionKind, Reader[]>> = {
  S1: [{ read: readIncomeExpenditureTotals }],
  S2: [{ read: readIncome }],
  S3: [{ read: readExpenditure }],
  S4: [{ read: readFiscalTotals }],
  'S5.1': [{ read: readGeneralOverview, post: recordGeneralChange }],
  'S5.2': [{ read: readGeneralStructure }],
  'S5.3': [{ read: readGeneralDetails, post: recordClassChanges }],
  S6: [{ read: readBasicExpenditure }],
  S7: [{ read: readGovernmentFunds }],
  S8: [{ read: readStateCapital }],
  'S9.1': [threePublic],
  'S9.2': [threePublic],
  'S10.1': [{ read: readRunningCosts }],
  'S10.2': [{ read: readProcurement }],
  'S10.3': [{ read: readAssets }],
  'S10.4': [{ read: readPerformance }],
};

/** Readers for a section; a level-1 section with its own text and no sub-sections gets its parts' readers. */
export function readersFor(kind: SectionKind): Reader[] {
  if (kind === 'S5') return [...READERS['S5.1']!, ...READERS['S5.2']!, ...READERS['S5.3']!];
  if (kind === 'S9') return READERS['S9.1']!;
  if (kind === 'S10') return [...READERS['S10.1']!, ...READERS['S10.2']!, ...READERS['S10.3']!, ...READERS['S10.4']!];
  return READERS[kind] ?? [];
}
