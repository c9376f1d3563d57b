/** Every corpus workbook, in the order of test/corpus/README.md. */
import type { CorpusCase } from './case';
import { N01 } from './workbooks/n01SplitCodes';
import { N02 } from './workbooks/n02TextFigures';
import { N03 } from './workbooks/n03SubHeaders';
import { N04 } from './workbooks/n04Shaanxi';
import { N05 } from './workbooks/n05EmptySanGong';
import { S06 } from './workbooks/s06Yuan';
import { S07 } from './workbooks/s07ZeroFilled';
import { S08 } from './workbooks/s08SelfEvaluation';
import { N09 } from './workbooks/n09ThreeGroups';
import { N10 } from './workbooks/n10Guangxi';
import { N11 } from './workbooks/n11Shanghai';
import { N12 } from './workbooks/n12Staircase';

export const CORPUS: CorpusCase[] = [N01, N02, N03, N04, N05, S06, S07, S08, N09, N10, N11, N12];
