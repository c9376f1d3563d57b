/** Every corpus text (test/narrative-corpus/README.md). */
import type { NarrativeCase } from './case';
import { NA2 } from './texts/na2Headings';
import { NA6 } from './texts/na6SeedClean';
import { NA8 } from './texts/na8Shares';
import { NB1 } from './texts/nb1Items';
import { NB7 } from './texts/nb7ThreePublic';
import { NC4 } from './texts/nc4UnitName';
import { NS3 } from './texts/ns3SeedClasses';
import { NS5 } from './texts/ns5SeedLists';

export const NARRATIVE_CASES: NarrativeCase[] = [NB1, NA2, NS3, NC4, NS5, NA6, NB7, NA8];
