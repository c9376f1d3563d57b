/** Which section a heading names (by the words of the heading, never its number), and the rule id of each. */
import type { SectionKind } from '../context';
import { normText } from '../text';

/** The section of a heading; a level-2 heading ("（一）总体情况") is read together with its parent's. */
export function classifyHeading(heading: string, parent = ''): SectionKind {
  const own = normText(heading);
  const withParent = normText(parent) + own;
  if (/三公/.test(withParent)) return /总体/.test(own) ? 'S9.1' : /具体/.test(own) ? 'S9.2' : 'S9';
  if (/国有资本经营/.test(withParent)) return 'S8';
  if (/政府性基金/.test(withParent)) return 'S7';
  if (/机关运行经费/.test(withParent)) return 'S10.1';
  if (/政府采购/.test(withParent)) return 'S10.2';
  if (/国有资产|资产占用/.test(withParent)) return 'S10.3';
  if (/绩效/.test(withParent)) return 'S10.4';
  if (/其他重要事项/.test(withParent)) return 'S10';
  if (/基本支出/.test(withParent)) return 'S6';
  if (/一般公共预算/.test(withParent)) return /总体/.test(own) ? 'S5.1' : /结构/.test(own) ? 'S5.2' : /具体/.test(own) ? 'S5.3' : 'S5';
  if (/财政拨款收支|财政拨款收入支出/.test(withParent)) return 'S4';
  if (/收入支出决算总体|收支决算总体|收入支出/.test(withParent)) return 'S1';
  if (/收入决算/.test(withParent)) return 'S2';
  if (/支出决算/.test(withParent)) return 'S3';
  return 'other';
}

/** The rule id of a section's findings that have no more specific one. */
export const RULE_OF: Record<SectionKind, string> = {
  S1: 'N01',
  S2: 'N03',
  S3: 'N04',
  S4: 'N05',
  S5: 'N06',
  'S5.1': 'N06',
  'S5.2': 'N07',
  'S5.3': 'N08',
  S6: 'N10',
  S7: 'N12',
  S8: 'N13',
  S9: 'N14',
  'S9.1': 'N14',
  'S9.2': 'N15',
  S10: 'N16',
  'S10.1': 'N16',
  'S10.2': 'N17',
  'S10.3': 'N18',
  'S10.4': 'N19',
  other: 'N20',
};
