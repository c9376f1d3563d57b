/** The 情况说明's section headings and item lists, shared by the generator (narrative/) and the checker (narrative-check/). */

/**
 * A section (or sub-section) of the 情况说明, numbered as the seed family numbers it: S5.3 is 五(三).
 * The checker classifies any heading into one of these; the national family's 十/十一 map onto S10.x.
 */
export type NarrativeSectionKey =
  | 'S1'
  | 'S2'
  | 'S3'
  | 'S4'
  | 'S5'
  | 'S5.1'
  | 'S5.2'
  | 'S5.3'
  | 'S6'
  | 'S7'
  | 'S8'
  | 'S9'
  | 'S9.1'
  | 'S9.2'
  | 'S10'
  | 'S10.1'
  | 'S10.2'
  | 'S10.3'
  | 'S10.4';

/** The headings of the seed (公开01–10表) family, sections 一 to 十. */
export const SEED_HEADINGS: Record<NarrativeSectionKey, string> = {
  S1: '一、收入支出决算总体情况说明',
  S2: '二、收入决算情况说明',
  S3: '三、支出决算情况说明',
  S4: '四、财政拨款收支决算总体情况说明',
  S5: '五、一般公共预算财政拨款支出决算情况说明',
  'S5.1': '（一）一般公共预算财政拨款支出决算总体情况',
  'S5.2': '（二）一般公共预算财政拨款支出决算结构情况',
  'S5.3': '（三）一般公共预算财政拨款支出决算具体情况',
  S6: '六、一般公共预算财政拨款基本支出决算情况说明',
  S7: '七、政府性基金预算财政拨款收支决算情况说明',
  S8: '八、国有资本经营预算财政拨款支出决算情况说明',
  S9: '九、财政拨款“三公”经费支出决算情况说明',
  'S9.1': '（一）“三公”经费财政拨款支出决算总体情况说明',
  'S9.2': '（二）“三公”经费财政拨款支出决算具体情况说明',
  S10: '十、其他重要事项情况说明',
  'S10.1': '（一）机关运行经费支出情况说明',
  'S10.2': '（二）政府采购情况说明',
  'S10.3': '（三）国有资产占用情况说明',
  'S10.4': '（四）预算绩效情况说明',
};

/**
 * The headings of the national 九张表 family, sections 一 to 十一, keyed by what they speak of (S9 is
 * 三公 wherever it stands). As every national document publishes them: 七 三公, 八 政府性基金,
 * 九 国有资本经营, 十 预算绩效管理情况, 十一 其他重要事项 ((一) 机关运行经费 (二) 政府采购 (三) 国有资产占用).
 */
export const NATIONAL_HEADINGS: Record<NarrativeSectionKey, string> = {
  ...SEED_HEADINGS,
  S9: '七、财政拨款“三公”经费支出决算情况说明',
  S7: '八、政府性基金预算财政拨款收入支出决算情况说明',
  S8: '九、国有资本经营预算财政拨款收入支出决算情况说明',
  'S10.4': '十、预算绩效管理情况',
  S10: '十一、其他重要事项的情况说明',
  'S10.1': '（一）机关运行经费支出情况',
  'S10.2': '（二）政府采购支出情况',
  'S10.3': '（三）国有资产占用情况',
};

/** 十一(四) of the national family, printed only when the supplement gives other matters. */
export const NATIONAL_OTHER_MATTERS_HEADING = '（四）其他需要说明的事项';

/** The national family's level-1 sections in the order they are published. */
export const NATIONAL_ORDER: NarrativeSectionKey[] = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S9', 'S7', 'S8', 'S10.4', 'S10'];

/** 二: the income columns of 公开02表 in the order the 情况说明 lists them. */
export const INCOME_ITEMS = ['财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'] as const;

/** 三: the expenditure columns of 公开03表 in the order the 情况说明 lists them. */
export const EXPENDITURE_ITEMS = ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'] as const;

/** 六: the 经济分类 类 of 公开06表 that make up 人员经费 and 公用经费. */
export const PERSONNEL_CLASSES = ['301', '303'] as const;
export const OFFICE_CLASSES = ['302', '307', '310', '312', '313', '399'] as const;

/** 九: the “三公” items (columns of 公开09表), in the order the 情况说明 gives them. */
export const THREE_PUBLIC_ITEMS = ['因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'] as const;

/** 九: the 公开09表 column that sums 公务用车购置费 and 公务用车运行维护费; a text may give it instead of the two. */
export const VEHICLE_COSTS_TOTAL = '公务用车购置及运行维护费';

/** 十(二): the kinds of 政府采购 (items of 公开10表), in the order the 情况说明 lists them. */
export const PROCUREMENT_KINDS = ['货物', '工程', '服务'] as const;
