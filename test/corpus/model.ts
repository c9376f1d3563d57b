/**
 * The figures of one unit's disclosure, independent of any layout: the layouts in `layouts/` print them
 * in the national 九张表 or the seed 公开01–10表 form. Amounts are decimal strings exactly as printed
 * ("403.05", "20323.21"); `null` is an empty cell; "——" is the not-applicable mark.
 */

export type Money = string | null;

export const NA = '——';

/** A 功能分类科目 row: 类 (3 digits), 款 (5) or 项 (7), one amount per value column. */
export interface CodedRow {
  code: string;
  name: string;
  values: Money[];
}

/** 收入决算表, 支出决算表, 一般公共预算…支出决算表, 基金 and 国资 tables: the 合计 row, then the 科目 rows. */
export interface CodedTable {
  total: Money[];
  rows: CodedRow[];
}

/** 收入支出决算总表 (一 / 公开01表). */
export interface SummaryTable {
  /** 一般公共预算财政拨款收入 … 其他收入, in template order (8). */
  income: Money[];
  incomeTotal: Money;
  /** 使用非财政拨款结余（含专用结余） */
  unusedBalance: Money;
  /** 年初结转和结余 */
  opening: Money;
  incomeGrand: Money;
  /** Expense by 功能类 code ("201" → "329.73"); classes not listed print empty. */
  classes: Record<string, Money>;
  expenseTotal: Money;
  /** 结余分配 */
  distribution: Money;
  /** 年末结转和结余 */
  closing: Money;
  expenseGrand: Money;
}

/** 财政拨款收入支出决算总表 (四 / 公开04表); expense figures are [合计, 一般公共预算, 政府性基金, 国有资本经营]. */
export interface FiscalSummaryTable {
  /** 一般公共预算 / 政府性基金 / 国有资本经营预算财政拨款 (3). */
  income: Money[];
  incomeTotal: Money;
  /** 年初财政拨款结转和结余, then its split (3). */
  opening: Money;
  openingSplit: Money[];
  incomeGrand: Money;
  classes: Record<string, Money[]>;
  expenseTotal: Money[];
  closing: Money[];
  expenseGrand: Money[];
}

/** One 经济分类 item of the 基本支出 table (class rows have 3-digit codes). */
export interface EconItem {
  code: string;
  name: string;
  amount: Money;
}

export interface BasicTable {
  /** 301, 303 and their items, in print order. */
  personnel: EconItem[];
  /** 302, 307, (309), 310, (311, 312), 313, 399 and their items, in print order. */
  public: EconItem[];
  personnelTotal: Money;
  publicTotal: Money;
}

/** “三公” figures: [合计, 因公出国（境）费, 公务用车购置及运行费 小计, 公务用车购置费, 公务用车运行费, 公务接待费]. */
export interface SanGongTable {
  budget: Money[];
  actual: Money[];
  /** Shaanxi's extra pairs [预算数, 决算数]. */
  meeting?: Money[];
  training?: Money[];
  /** Shanghai's extra 机关运行经费决算数 column. */
  runningCost?: Money;
}

/** 部门决算公开相关信息统计表 (公开10表 only). */
export interface InfoTable {
  /** 政府采购 合计, 货物, 工程, 服务. */
  purchase: Money[];
  /** 机关运行经费: 行政单位, 参照公务员法管理事业单位. */
  running: Money[];
  /** 车辆数合计, then the eight vehicle types. */
  vehicles: (number | null)[];
  equipment: number | null;
}

export interface UnitData {
  department: string;
  year: number;
  unit: '万元' | '元';
  t01: SummaryTable;
  /** 本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入. */
  t02: CodedTable;
  /** 本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出. */
  t03: CodedTable;
  t04: FiscalSummaryTable;
  /** 小计, 基本支出, 项目支出. */
  t05: CodedTable;
  t06: BasicTable;
  /** 政府性基金: 年初结转和结余, 本年收入, 本年支出 小计, 基本支出, 项目支出, 年末结转和结余; null when empty. */
  t07: CodedTable | null;
  /** 国有资本经营: same six columns in the national family; null when empty. */
  t08: CodedTable | null;
  t09: SanGongTable;
  t10?: InfoTable;
}

/** The 26 功能类 rows of 一 / 四 as the 2024 templates print them. */
export const CLASS_ROWS: { code: string; name: string }[] = [
  { code: '201', name: '一般公共服务支出' },
  { code: '202', name: '外交支出' },
  { code: '203', name: '国防支出' },
  { code: '204', name: '公共安全支出' },
  { code: '205', name: '教育支出' },
  { code: '206', name: '科学技术支出' },
  { code: '207', name: '文化旅游体育与传媒支出' },
  { code: '208', name: '社会保障和就业支出' },
  { code: '210', name: '卫生健康支出' },
  { code: '211', name: '节能环保支出' },
  { code: '212', name: '城乡社区支出' },
  { code: '213', name: '农林水支出' },
  { code: '214', name: '交通运输支出' },
  { code: '215', name: '资源勘探工业信息等支出' },
  { code: '216', name: '商业服务业等支出' },
  { code: '217', name: '金融支出' },
  { code: '219', name: '援助其他地区支出' },
  { code: '220', name: '自然资源海洋气象等支出' },
  { code: '221', name: '住房保障支出' },
  { code: '222', name: '粮油物资储备支出' },
  { code: '223', name: '国有资本经营预算支出' },
  { code: '224', name: '灾害防治及应急管理支出' },
  { code: '229', name: '其他支出' },
  { code: '231', name: '债务还本支出' },
  { code: '232', name: '债务付息支出' },
  { code: '234', name: '抗疫特别国债安排的支出' },
];

export const INCOME_LABELS = [
  '一般公共预算财政拨款收入',
  '政府性基金预算财政拨款收入',
  '国有资本经营预算财政拨款收入',
  '上级补助收入',
  '事业收入',
  '经营收入',
  '附属单位上缴收入',
  '其他收入',
];

export const FUND_LABELS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一、二、… 二十六、 as the templates number their rows. */
export function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  if (n < 20) return `十${NUMERALS[n - 11]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${NUMERALS[tens - 1]}十${ones ? NUMERALS[ones - 1] : ''}`;
}

export function cloneUnit(u: UnitData): UnitData {
  return structuredClone(u);
}
