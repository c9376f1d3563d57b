/** The “三公” items as a text names them, matched to the columns of 公开09表. */
import { THREE_PUBLIC_ITEMS, VEHICLE_COSTS_TOTAL } from '../../templates/narrativeSections';
import { isChangeAmount } from '../context';
import { isMoney, type Mention } from '../text';

type ThreePublicColumn = (typeof THREE_PUBLIC_ITEMS)[number] | typeof VEHICLE_COSTS_TOTAL;

const ITEM_LABEL: Record<ThreePublicColumn, RegExp> = {
  [VEHICLE_COSTS_TOTAL]: /公务用车购置及运行(维护)?费(支出)?(决算(数)?)?$/,
  '因公出国（境）费': /因公出国\(境\)费(用)?(支出)?(决算(数)?)?$/,
  公务用车购置费: /公务用车购置(费)?(支出)?(决算(数)?)?$/,
  公务用车运行维护费: /公务用车运行(维护)?费(支出)?(决算(数)?)?$/,
  公务接待费: /公务接待费(支出)?(决算(数)?)?$/,
};

/** The combined vehicle item first: "公务用车购置及运行维护费" also ends like "运行维护费". */
const ITEMS: { col: string; label: RegExp }[] = ([VEHICLE_COSTS_TOTAL, ...THREE_PUBLIC_ITEMS] as ThreePublicColumn[]).map((col) => ({
  col,
  label: ITEM_LABEL[col],
}));

/** The “三公” item an amount (not a change) states, if any. */
export const threePublicItemOf = (m: Mention) => (isMoney(m) && !isChangeAmount(m) ? ITEMS.find((x) => x.label.test(m.label)) : undefined);
