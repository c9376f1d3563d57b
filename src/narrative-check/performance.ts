/**
 * The counts a 情况说明 states for 预算绩效 (十(四) in the seed family): 自评个数, 涉及资金 and the number of
 * projects graded 优/良/中/差, read from its words so they can be compared with the 自评表 (X18).
 */
import type { NarrativeCounts } from '../attachments';
import type { NarrativeSectionInput } from './index';

export function statedPerformance(sections: NarrativeSectionInput[]): NarrativeCounts | undefined {
  for (const s of sections) {
    const text = s.text.normalize('NFKC').replace(/\s+/g, '');
    const count = /自评个数(\d+)个/.exec(text);
    if (!count) continue;
    const out: NarrativeCounts = { count: Number(count[1]), sheet: s.sheet, cell: s.cell };
    const amount = /涉及资金([\d,.]+)万元/.exec(text);
    if (amount) out.amount = amount[1].replace(/,/g, '');
    for (const m of text.matchAll(/(\d+)个项目自评等级为["“]?(优|良|中|差)/g)) out[m[2] as '优' | '良' | '中' | '差'] = Number(m[1]);
    return out;
  }
  return undefined;
}
