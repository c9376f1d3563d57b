/**
 * What the tables cannot give: prior-year figures, 年初预算, reasons, purposes, counts, measures.
 * A flat map of documented keys, so a form, a JSON file or the workbook's settings can all hold it.
 * Amounts are decimal strings in 万元; counts are whole numbers; texts are strings.
 */
import { Decimal } from '../core/money';
import { className } from '../templates/functionClasses';

export type Supplement = Record<string, string | number>;

/**
 * Keys with a fixed meaning, and their labels. Per-item keys add the 类 code or item name as a suffix
 * (上年.类.201, 原因.三公项.公务接待费, 用途.车辆.其他用车); "{x}" in a label stands for that item.
 */
export const SUPPLEMENT_KEYS: Record<string, string> = {
  年度: '报告年度',
  单位名称: '单位名称',
  '上年.收入总计': '上年收入总计',
  '上年.支出总计': '上年支出总计',
  '上年.财政拨款收入总计': '上年财政拨款收入总计',
  '上年.财政拨款支出总计': '上年财政拨款支出总计',
  '上年.一般公共预算财政拨款支出': '上年一般公共预算财政拨款支出',
  '上年.类': '上年{x}决算数',
  '上年.三公.合计': '上年“三公”经费财政拨款支出决算数',
  '上年.三公': '上年{x}决算数',
  '上年.机关运行经费': '上年机关运行经费',
  '年初预算.一般公共预算': '一般公共预算财政拨款支出年初预算',
  '年初预算.类': '{x}年初预算',
  '原因.收入支出总计': '收入支出总计增减的主要原因',
  '原因.财政拨款收支总计': '财政拨款收支总计增减的主要原因',
  '原因.一般公共预算': '一般公共预算财政拨款支出增减的主要原因',
  '原因.类': '{x}增减的主要原因',
  '用途.类': '{x}的用途',
  '原因.三公': '“三公”经费增减的主要原因',
  '原因.三公项': '{x}增减的主要原因',
  '用途.因公出国（境）费': '因公出国（境）费的用途',
  '用途.公务用车购置费': '公务用车购置费的用途',
  '用途.公务用车运行维护费': '公务用车运行维护费的用途',
  '用途.国内接待': '国内公务接待的主要内容',
  '用途.国（境）外接待': '国（境）外接待的主要内容',
  '数量.出国团组': '因公出国（境）团组数',
  '数量.出国人次': '因公出国（境）人次',
  '数量.购置车辆': '使用财政拨款购置公务用车辆数',
  '数量.保有车辆': '使用财政拨款负担的公务用车保有量',
  '数量.接待批次': '公务接待批次',
  '数量.接待人次': '公务接待人次',
  '接待.国内金额': '国内接待费',
  '数量.国内接待批次': '国内接待批次',
  '数量.国内接待人次': '国内接待人次',
  '接待.外事金额': '外事接待费',
  '数量.外事接待批次': '外事接待批次',
  '数量.外事接待人次': '外事接待人次',
  '接待.境外金额': '国（境）外接待费',
  '数量.境外接待批次': '国（境）外接待批次',
  '数量.境外接待人次': '国（境）外接待人次',
  '原因.机关运行经费': '机关运行经费增减的主要原因',
  '用途.车辆': '{x}的主要用途',
  '绩效.自评个数': '二级项目绩效自评个数',
  '绩效.涉及资金': '绩效自评涉及资金',
  '绩效.优': '自评等级为“优”的项目个数',
  '绩效.良': '自评等级为“良”的项目个数',
  '绩效.中': '自评等级为“中”的项目个数',
  '绩效.差': '自评等级为“差”的项目个数',
  '绩效.改进措施': '对自评结果为“中”和“差”的项目采取的改进管理措施',
  其他事项: '其他需要说明的事项',
  '年初预算.项': '{x}年初预算',
  '用途.项': '{x}的主要用途',
  '原因.项': '{x}决算数与预算数差异的主要原因',
  '本年.机关运行经费': '本年机关运行经费支出',
  '政府采购.合计': '政府采购支出总额',
  '政府采购.货物': '政府采购货物支出',
  '政府采购.工程': '政府采购工程支出',
  '政府采购.服务': '政府采购服务支出',
  '数量.车辆': '车辆数',
  '数量.大型设备': '单价100万元（含）以上设备台（套）数',
  // The national family's own paragraphs (十 预算绩效管理情况, 七 三公 预决算, 十一 采购 and 资产).
  '原因.一般公共预算预决算': '一般公共预算财政拨款支出决算数与年初预算数差异的主要原因',
  '原因.三公预决算': '“三公”经费决算数与预算数差异的主要原因',
  '数量.车辆类型': '{x}数量',
  '政府采购.中小企业': '授予中小企业合同金额',
  '政府采购.小微企业': '授予小微企业合同金额',
  '绩效.目标项目数': '编报绩效目标的项目个数',
  '绩效.目标金额': '编报绩效目标的项目涉及预算金额',
  '绩效.平均得分': '绩效自评平均得分',
};

/** Human label of a key, for placeholders and the missing list ("上年.类.201" → 上年一般公共服务支出决算数). */
export function supplementLabel(key: string, names?: Map<string, string>): string {
  if (SUPPLEMENT_KEYS[key]) return SUPPLEMENT_KEYS[key];
  const parts = key.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const label = SUPPLEMENT_KEYS[parts.slice(0, n).join('.')];
    if (!label) continue;
    const item = parts.slice(n).join('.');
    // A 科目 is named with its code too, so two 项 of the same name never share a label.
    const name = /^\d{3,7}$/.test(item) ? (names?.get(item) ?? className(item)) : undefined;
    return label.replace('{x}', name ? `${name}（${item}）` : item);
  }
  return key;
}

export class SupplementError extends Error {}

export type SupplementKind = 'amount' | 'count' | 'text';

/** Amounts are 万元 decimals, counts whole numbers, the rest text (the split the pane's form makes too). */
export function supplementKind(key: string): SupplementKind {
  if (/^(上年|本年|年初预算|接待\.|政府采购\.|绩效\.涉及资金)/.test(key)) return 'amount';
  if (/^绩效\.目标金额$/.test(key)) return 'amount';
  if (/^数量\./.test(key) || /^绩效\.(自评个数|目标项目数|优|良|中|差)$/.test(key)) return 'count';
  return 'text';
}

// Every documented amount is a total, a 上年 or 年初预算 figure or a spending: none is a difference, so
// none may be negative. 12 digits of 万元 is far beyond any department; more is a typing slip.
const AMOUNT_TEXT = /^\d{1,12}(\.\d+)?$/;
const COUNT_TEXT = /^\d{1,9}$/;

function isAmount(v: string | number): boolean {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 && v < 1e12 && new Decimal(v).decimalPlaces() <= 2;
  const s = v.replace(/,/g, '').trim();
  return AMOUNT_TEXT.test(s) && new Decimal(s).decimalPlaces() <= 2; // "461.570" is two decimals
}

function isCount(v: string | number): boolean {
  return typeof v === 'number' ? Number.isInteger(v) && v >= 0 && v < 1e9 : COUNT_TEXT.test(v.trim());
}

/** A value as the message quotes it: short, on one line. */
function shown(v: string | number): string {
  const s = String(v).replace(/\s+/g, ' ');
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * Validates a parsed JSON supplement: amounts (万元) finite, not negative, at most two decimals; counts
 * whole numbers, not negative; texts strings or numbers. A blank value means "not given". Unknown keys are kept.
 */
export function readSupplement(json: unknown, name = '补充信息'): Supplement {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new SupplementError(`${name}：应为一个 JSON 对象（键为补充项，值为数额或文字）`);
  const out: Supplement = {};
  for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
    if (k.startsWith('$')) continue; // $schema, $comment
    if (typeof v !== 'string' && typeof v !== 'number') throw new SupplementError(`${name}：“${k}”的值应为数字或文字`);
    const blank = typeof v === 'string' && v.trim() === '';
    const kind = supplementKind(k);
    if (!blank && kind === 'amount' && !isAmount(v))
      throw new SupplementError(`${name}：“${k}”应为金额（万元，不小于 0，最多两位小数），现为“${shown(v)}”`);
    if (!blank && kind === 'count' && !isCount(v))
      throw new SupplementError(`${name}：“${k}”应为数量（不小于 0 的整数），现为“${shown(v)}”`);
    out[k] = v;
  }
  return out;
}
