/**
 * Seed data: every figure of the ten tables (公开01表 … 公开10表) of the published
 * 2024 部门决算公开 document of 阳城县政务服务中心 (Shanxi template family), as
 * plain typed constants. Source: shared seed 000_5bf6c4be2fcbdf28.txt, lines 1–405
 * (第二部分 2024年部门决算表).
 *
 * Conventions
 * - Amounts are decimal STRINGS exactly as printed ("403.05", "2.00"), in 万元.
 *   `null` is a blank cell. "——" (not applicable) is kept as the string "——".
 * - 功能科目 / 经济科目 codes are strings ("2010350").
 * - 行次 are numbers.
 * - Row lists are plain arrays so a generator can pass thousands of 科目 rows
 *   through the same builder (samples/build-sample.ts).
 *
 * No ExcelJS here: this module is data only.
 */

/** An amount as printed (万元, 2 decimals) — never a float. `null` = blank cell. */
export type Amount = string | null;

/** The "not applicable" placeholder printed in 公开06 under 309 / 311 / 312. */
export const NOT_APPLICABLE = '——';

/** Fields shared by every table. */
export interface TableMeta {
  /** Table code as printed at the top right, e.g. "公开01表". Also the sheet name. */
  code: string;
  /** Title, e.g. "收入支出决算总表". */
  title: string;
  /** Label before the organisation name: "部门名称" (公开10: "单位名称"). */
  orgLabel: string;
  /** Label before the unit: "金额单位" (公开07/08: "单位"). */
  unitLabel: string;
  /** Notes printed under the table, one per line ("注：…", "说明：本表无数据"). */
  notes: string[];
}

/** One side (收入 or 支出) of a row of 公开01 / 公开04: 项目, 行次, amount column(s). */
export interface LinedItem {
  /** 项目; "" for the blank filler rows (e.g. 行次 9–26 on the income side). */
  label: string;
  /** 行次 */
  line: number;
  /** One amount (公开01 both sides, 公开04 income) or four (公开04 expense: 合计, 一般公共预算, 政府性基金, 国有资本经营). */
  amounts: Amount[];
}

/** A row of 公开01 / 公开04: income side on the left, expense side on the right. */
export interface TwoSidedRow {
  income: LinedItem;
  expense: LinedItem;
}

/** 公开01 收入支出决算总表 / 公开04 财政拨款收入支出决算总表. */
export interface TwoSidedTable extends TableMeta {
  rows: TwoSidedRow[];
}

/** A 功能科目 row: 科目代码 (3/5/7 digits: 类/款/项), 科目名称, one amount per 栏次. */
export interface KemuRow {
  code: string;
  name: string;
  amounts: Amount[];
}

/** 公开02 / 03 / 05 / 07 / 08: the 合计 row, then the 功能科目 rows. */
export interface KemuTable extends TableMeta {
  /** The 合计 row, one amount per 栏次. */
  total: Amount[];
  /** 功能科目 rows in print order (类, its 款, their 项, …). Any length. */
  rows: KemuRow[];
}

/** One (科目代码, 科目名称, 决算数) triple of 公开06. `amount` may be "——". */
export interface EconItem {
  code: string;
  name: string;
  amount: Amount;
}

/** A printed row of 公开06: four column groups; `null` where a group's cells are blank. */
export type EconRow = [EconItem | null, EconItem | null, EconItem | null, EconItem | null];

/** 公开06 一般公共预算财政拨款基本支出决算明细表. */
export interface BasicDetailTable extends TableMeta {
  /** Rows as printed: group 1 under 人员经费, groups 2–4 under 公用经费. */
  rows: EconRow[];
  /** Footer 人员经费合计 (first 决算数 column). */
  personnelTotal: Amount;
  /** Footer 公用经费合计 (printed far right, in the last 决算数 column). */
  publicTotal: Amount;
}

/** 公开09 财政拨款“三公”经费支出决算表: the single data row. */
export interface SanGongTable extends TableMeta {
  /**
   * 12 values, 栏次 1–12: 预算数 (合计, 因公出国（境）费, 公务用车购置及运行维护费 小计,
   * 公务用车购置费, 公务用车运行维护费, 公务接待费), then 决算数 in the same order.
   */
  values: Amount[];
}

/** A row of 公开10 部门决算公开相关信息统计表. */
export type InfoRow =
  /** Section heading, e.g. "一、政府采购情况" (spans the whole row). */
  | { kind: 'section'; label: string }
  /** Sub-header row, e.g. ["项目", "行次", "统计数"] or ["项目", "", "统计数"]. */
  | { kind: 'header'; labels: [string, string, string] }
  /**
   * A statistic. `value` is a decimal string (amount in 万元) or an integer string
   * (count: vehicles, 设备台套); `null` = blank.
   */
  | { kind: 'item'; label: string; line: number; value: string | null; format: 'amount' | 'count' };

/** 公开10 部门决算公开相关信息统计表. */
export interface InfoTable extends TableMeta {
  rows: InfoRow[];
}

/** Everything needed to build the workbook of one department and year. */
export interface JuesuanData {
  /** 部门 / 单位名称 */
  department: string;
  /** 决算年度 (printed as "2024年度"). */
  year: number;
  /** Amount unit, printed as "金额单位：万元". */
  unit: string;
  t01: TwoSidedTable;
  t02: KemuTable;
  t03: KemuTable;
  t04: TwoSidedTable;
  t05: KemuTable;
  t06: BasicDetailTable;
  t07: KemuTable;
  t08: KemuTable;
  t09: SanGongTable;
  t10: InfoTable;
}

export const DEPARTMENT = '阳城县政务服务中心';
export const YEAR = 2024;
export const UNIT = '万元';

export const T01: TwoSidedTable = {
  code: '公开01表',
  title: '收入支出决算总表',
  orgLabel: '部门名称',
  unitLabel: '金额单位',
  notes: ['注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。'],
  rows: [
    {
      income: { label: '一、一般公共预算财政拨款收入', line: 1, amounts: ['403.05'] },
      expense: { label: '一、一般公共服务支出', line: 32, amounts: ['329.73'] },
    },
    {
      income: { label: '二、政府性基金预算财政拨款收入', line: 2, amounts: [null] },
      expense: { label: '二、外交支出', line: 33, amounts: [null] },
    },
    {
      income: { label: '三、国有资本经营预算财政拨款收入', line: 3, amounts: [null] },
      expense: { label: '三、国防支出', line: 34, amounts: [null] },
    },
    { income: { label: '四、上级补助收入', line: 4, amounts: [null] }, expense: { label: '四、公共安全支出', line: 35, amounts: [null] } },
    { income: { label: '五、事业收入', line: 5, amounts: [null] }, expense: { label: '五、教育支出', line: 36, amounts: [null] } },
    { income: { label: '六、经营收入', line: 6, amounts: [null] }, expense: { label: '六、科学技术支出', line: 37, amounts: [null] } },
    {
      income: { label: '七、附属单位上缴收入', line: 7, amounts: [null] },
      expense: { label: '七、文化旅游体育与传媒支出', line: 38, amounts: [null] },
    },
    {
      income: { label: '八、其他收入', line: 8, amounts: [null] },
      expense: { label: '八、社会保障和就业支出', line: 39, amounts: ['39.99'] },
    },
    { income: { label: '', line: 9, amounts: [null] }, expense: { label: '九、卫生健康支出', line: 40, amounts: ['11.36'] } },
    { income: { label: '', line: 10, amounts: [null] }, expense: { label: '十、节能环保支出', line: 41, amounts: [null] } },
    { income: { label: '', line: 11, amounts: [null] }, expense: { label: '十一、城乡社区支出', line: 42, amounts: [null] } },
    { income: { label: '', line: 12, amounts: [null] }, expense: { label: '十二、农林水支出', line: 43, amounts: [null] } },
    { income: { label: '', line: 13, amounts: [null] }, expense: { label: '十三、交通运输支出', line: 44, amounts: [null] } },
    { income: { label: '', line: 14, amounts: [null] }, expense: { label: '十四、资源勘探工业信息等支出', line: 45, amounts: [null] } },
    { income: { label: '', line: 15, amounts: [null] }, expense: { label: '十五、商业服务业等支出', line: 46, amounts: [null] } },
    { income: { label: '', line: 16, amounts: [null] }, expense: { label: '十六、金融支出', line: 47, amounts: [null] } },
    { income: { label: '', line: 17, amounts: [null] }, expense: { label: '十七、援助其他地区支出', line: 48, amounts: [null] } },
    { income: { label: '', line: 18, amounts: [null] }, expense: { label: '十八、自然资源海洋气象等支出', line: 49, amounts: [null] } },
    { income: { label: '', line: 19, amounts: [null] }, expense: { label: '十九、住房保障支出', line: 50, amounts: ['21.97'] } },
    { income: { label: '', line: 20, amounts: [null] }, expense: { label: '二十、粮油物资储备支出', line: 51, amounts: [null] } },
    { income: { label: '', line: 21, amounts: [null] }, expense: { label: '二十一、国有资本经营预算支出', line: 52, amounts: [null] } },
    { income: { label: '', line: 22, amounts: [null] }, expense: { label: '二十二、灾害防治及应急管理支出', line: 53, amounts: [null] } },
    { income: { label: '', line: 23, amounts: [null] }, expense: { label: '二十三、其他支出', line: 54, amounts: [null] } },
    { income: { label: '', line: 24, amounts: [null] }, expense: { label: '二十四、债务还本支出', line: 55, amounts: [null] } },
    { income: { label: '', line: 25, amounts: [null] }, expense: { label: '二十五、债务付息支出', line: 56, amounts: [null] } },
    { income: { label: '', line: 26, amounts: [null] }, expense: { label: '二十六、抗疫特别国债安排的支出', line: 57, amounts: [null] } },
    { income: { label: '本年收入合计', line: 27, amounts: ['403.05'] }, expense: { label: '本年支出合计', line: 58, amounts: ['403.05'] } },
    {
      income: { label: '使用非财政拨款结余（含专用结余）', line: 28, amounts: [null] },
      expense: { label: '结余分配', line: 59, amounts: [null] },
    },
    { income: { label: '年初结转和结余', line: 29, amounts: [null] }, expense: { label: '年末结转和结余', line: 60, amounts: [null] } },
    { income: { label: '', line: 30, amounts: [null] }, expense: { label: '', line: 61, amounts: [null] } },
    { income: { label: '总计', line: 31, amounts: ['403.05'] }, expense: { label: '总计', line: 62, amounts: ['403.05'] } },
  ],
};

export const T02: KemuTable = {
  code: '公开02表',
  title: '收入决算表',
  orgLabel: '部门名称',
  unitLabel: '金额单位',
  notes: ['注：本表反映部门本年度取得的各项收入情况。'],
  total: ['403.05', '403.05', null, null, null, null, null],
  rows: [
    { code: '201', name: '一般公共服务支出', amounts: ['329.73', '329.73', null, null, null, null, null] },
    { code: '20103', name: '政府办公厅（室）及相关机构事务', amounts: ['254.48', '254.48', null, null, null, null, null] },
    { code: '2010350', name: '事业运行', amounts: ['199.12', '199.12', null, null, null, null, null] },
    { code: '2010399', name: '其他政府办公厅（室）及相关机构事务支出', amounts: ['55.35', '55.35', null, null, null, null, null] },
    { code: '20199', name: '其他一般公共服务支出', amounts: ['75.26', '75.26', null, null, null, null, null] },
    { code: '2019999', name: '其他一般公共服务支出', amounts: ['75.26', '75.26', null, null, null, null, null] },
    { code: '208', name: '社会保障和就业支出', amounts: ['39.99', '39.99', null, null, null, null, null] },
    { code: '20805', name: '行政事业单位养老支出', amounts: ['39.44', '39.44', null, null, null, null, null] },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', amounts: ['26.29', '26.29', null, null, null, null, null] },
    { code: '2080506', name: '机关事业单位职业年金缴费支出', amounts: ['13.15', '13.15', null, null, null, null, null] },
    { code: '20899', name: '其他社会保障和就业支出', amounts: ['0.55', '0.55', null, null, null, null, null] },
    { code: '2089999', name: '其他社会保障和就业支出', amounts: ['0.55', '0.55', null, null, null, null, null] },
    { code: '210', name: '卫生健康支出', amounts: ['11.36', '11.36', null, null, null, null, null] },
    { code: '21011', name: '行政事业单位医疗', amounts: ['11.36', '11.36', null, null, null, null, null] },
    { code: '2101102', name: '事业单位医疗', amounts: ['11.36', '11.36', null, null, null, null, null] },
    { code: '221', name: '住房保障支出', amounts: ['21.97', '21.97', null, null, null, null, null] },
    { code: '22102', name: '住房改革支出', amounts: ['21.97', '21.97', null, null, null, null, null] },
    { code: '2210201', name: '住房公积金', amounts: ['21.97', '21.97', null, null, null, null, null] },
  ],
};

export const T03: KemuTable = {
  code: '公开03表',
  title: '支出决算表',
  orgLabel: '部门名称',
  unitLabel: '金额单位',
  notes: ['注：本表反映部门本年度各项支出情况。'],
  total: ['403.05', '272.44', '130.61', null, null, null],
  rows: [
    { code: '201', name: '一般公共服务支出', amounts: ['329.73', '199.12', '130.61', null, null, null] },
    { code: '20103', name: '政府办公厅（室）及相关机构事务', amounts: ['254.48', '199.12', '55.35', null, null, null] },
    { code: '2010350', name: '事业运行', amounts: ['199.12', '199.12', null, null, null, null] },
    { code: '2010399', name: '其他政府办公厅（室）及相关机构事务支出', amounts: ['55.35', null, '55.35', null, null, null] },
    { code: '20199', name: '其他一般公共服务支出', amounts: ['75.26', null, '75.26', null, null, null] },
    { code: '2019999', name: '其他一般公共服务支出', amounts: ['75.26', null, '75.26', null, null, null] },
    { code: '208', name: '社会保障和就业支出', amounts: ['39.99', '39.99', null, null, null, null] },
    { code: '20805', name: '行政事业单位养老支出', amounts: ['39.44', '39.44', null, null, null, null] },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', amounts: ['26.29', '26.29', null, null, null, null] },
    { code: '2080506', name: '机关事业单位职业年金缴费支出', amounts: ['13.15', '13.15', null, null, null, null] },
    { code: '20899', name: '其他社会保障和就业支出', amounts: ['0.55', '0.55', null, null, null, null] },
    { code: '2089999', name: '其他社会保障和就业支出', amounts: ['0.55', '0.55', null, null, null, null] },
    { code: '210', name: '卫生健康支出', amounts: ['11.36', '11.36', null, null, null, null] },
    { code: '21011', name: '行政事业单位医疗', amounts: ['11.36', '11.36', null, null, null, null] },
    { code: '2101102', name: '事业单位医疗', amounts: ['11.36', '11.36', null, null, null, null] },
    { code: '221', name: '住房保障支出', amounts: ['21.97', '21.97', null, null, null, null] },
    { code: '22102', name: '住房改革支出', amounts: ['21.97', '21.97', null, null, null, null] },
    { code: '2210201', name: '住房公积金', amounts: ['21.97', '21.97', null, null, null, null] },
  ],
};

export const T04: TwoSidedTable = {
  code: '公开04表',
  title: '财政拨款收入支出决算总表',
  orgLabel: '部门名称',
  unitLabel: '金额单位',
  notes: ['注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。'],
  rows: [
    {
      income: { label: '一、一般公共预算财政拨款', line: 1, amounts: ['403.05'] },
      expense: { label: '一、一般公共服务支出', line: 33, amounts: ['329.73', '329.73', null, null] },
    },
    {
      income: { label: '二、政府性基金预算财政拨款', line: 2, amounts: [null] },
      expense: { label: '二、外交支出', line: 34, amounts: [null, null, null, null] },
    },
    {
      income: { label: '三、国有资本经营预算财政拨款', line: 3, amounts: [null] },
      expense: { label: '三、国防支出', line: 35, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 4, amounts: [null] },
      expense: { label: '四、公共安全支出', line: 36, amounts: [null, null, null, null] },
    },
    { income: { label: '', line: 5, amounts: [null] }, expense: { label: '五、教育支出', line: 37, amounts: [null, null, null, null] } },
    {
      income: { label: '', line: 6, amounts: [null] },
      expense: { label: '六、科学技术支出', line: 38, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 7, amounts: [null] },
      expense: { label: '七、文化旅游体育与传媒支出', line: 39, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 8, amounts: [null] },
      expense: { label: '八、社会保障和就业支出', line: 40, amounts: ['39.99', '39.99', null, null] },
    },
    {
      income: { label: '', line: 9, amounts: [null] },
      expense: { label: '九、卫生健康支出', line: 41, amounts: ['11.36', '11.36', null, null] },
    },
    {
      income: { label: '', line: 10, amounts: [null] },
      expense: { label: '十、节能环保支出', line: 42, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 11, amounts: [null] },
      expense: { label: '十一、城乡社区支出', line: 43, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 12, amounts: [null] },
      expense: { label: '十二、农林水支出', line: 44, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 13, amounts: [null] },
      expense: { label: '十三、交通运输支出', line: 45, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 14, amounts: [null] },
      expense: { label: '十四、资源勘探工业信息等支出', line: 46, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 15, amounts: [null] },
      expense: { label: '十五、商业服务业等支出', line: 47, amounts: [null, null, null, null] },
    },
    { income: { label: '', line: 16, amounts: [null] }, expense: { label: '十六、金融支出', line: 48, amounts: [null, null, null, null] } },
    {
      income: { label: '', line: 17, amounts: [null] },
      expense: { label: '十七、援助其他地区支出', line: 49, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 18, amounts: [null] },
      expense: { label: '十八、自然资源海洋气象等支出', line: 50, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 19, amounts: [null] },
      expense: { label: '十九、住房保障支出', line: 51, amounts: ['21.97', '21.97', null, null] },
    },
    {
      income: { label: '', line: 20, amounts: [null] },
      expense: { label: '二十、粮油物资储备支出', line: 52, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 21, amounts: [null] },
      expense: { label: '二十一、国有资本经营预算支出', line: 53, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 22, amounts: [null] },
      expense: { label: '二十二、灾害防治及应急管理支出', line: 54, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 23, amounts: [null] },
      expense: { label: '二十三、其他支出', line: 55, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 24, amounts: [null] },
      expense: { label: '二十四、债务还本支出', line: 56, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 25, amounts: [null] },
      expense: { label: '二十五、债务付息支出', line: 57, amounts: [null, null, null, null] },
    },
    {
      income: { label: '', line: 26, amounts: [null] },
      expense: { label: '二十六、抗疫特别国债安排的支出', line: 58, amounts: [null, null, null, null] },
    },
    {
      income: { label: '本年收入合计', line: 27, amounts: ['403.05'] },
      expense: { label: '本年支出合计', line: 59, amounts: ['403.05', '403.05', null, null] },
    },
    {
      income: { label: '年初财政拨款结转和结余', line: 28, amounts: [null] },
      expense: { label: '年末财政拨款结转和结余', line: 60, amounts: [null, null, null, null] },
    },
    {
      income: { label: '一般公共预算财政拨款', line: 29, amounts: [null] },
      expense: { label: '', line: 61, amounts: [null, null, null, null] },
    },
    {
      income: { label: '政府性基金预算财政拨款', line: 30, amounts: [null] },
      expense: { label: '', line: 62, amounts: [null, null, null, null] },
    },
    {
      income: { label: '国有资本经营预算财政拨款', line: 31, amounts: [null] },
      expense: { label: '', line: 63, amounts: [null, null, null, null] },
    },
    {
      income: { label: '总计', line: 32, amounts: ['403.05'] },
      expense: { label: '总计', line: 64, amounts: ['403.05', '403.05', null, null] },
    },
  ],
};

export const T05: KemuTable = {
  code: '公开05表',
  title: '一般公共预算财政拨款支出决算表',
  orgLabel: '部门名称',
  unitLabel: '金额单位',
  notes: ['注：本表反映部门本年度一般公共预算财政拨款支出情况。'],
  total: ['403.05', '272.44', '130.61'],
  rows: [
    { code: '201', name: '一般公共服务支出', amounts: ['329.73', '199.12', '130.61'] },
    { code: '20103', name: '政府办公厅（室）及相关机构事务', amounts: ['254.48', '199.12', '55.35'] },
    { code: '2010350', name: '事业运行', amounts: ['199.12', '199.12', null] },
    { code: '2010399', name: '其他政府办公厅（室）及相关机构事务支出', amounts: ['55.35', null, '55.35'] },
    { code: '20199', name: '其他一般公共服务支出', amounts: ['75.26', null, '75.26'] },
    { code: '2019999', name: '其他一般公共服务支出', amounts: ['75.26', null, '75.26'] },
    { code: '208', name: '社会保障和就业支出', amounts: ['39.99', '39.99', null] },
    { code: '20805', name: '行政事业单位养老支出', amounts: ['39.44', '39.44', null] },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', amounts: ['26.29', '26.29', null] },
    { code: '2080506', name: '机关事业单位职业年金缴费支出', amounts: ['13.15', '13.15', null] },
    { code: '20899', name: '其他社会保障和就业支出', amounts: ['0.55', '0.55', null] },
    { code: '2089999', name: '其他社会保障和就业支出', amounts: ['0.55', '0.55', null] },
    { code: '210', name: '卫生健康支出', amounts: ['11.36', '11.36', null] },
    { code: '21011', name: '行政事业单位医疗', amounts: ['11.36', '11.36', null] },
    { code: '2101102', name: '事业单位医疗', amounts: ['11.36', '11.36', null] },
    { code: '221', name: '住房保障支出', amounts: ['21.97', '21.97', null] },
    { code: '22102', name: '住房改革支出', amounts: ['21.97', '21.97', null] },
    { code: '2210201', name: '住房公积金', amounts: ['21.97', '21.97', null] },
  ],
};

export const T06: BasicDetailTable = {
  code: '公开06表',
  title: '一般公共预算财政拨款基本支出决算明细表',
  orgLabel: '部门名称',
  unitLabel: '金额单位',
  notes: ['注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。'],
  rows: [
    [
      { code: '301', name: '工资福利支出', amount: '253.96' },
      { code: '302', name: '商品和服务支出', amount: '18.48' },
      { code: '307', name: '债务利息及费用支出', amount: null },
      { code: '31011', name: '地上附着物和青苗补偿', amount: null },
    ],
    [
      { code: '30101', name: '基本工资', amount: '87.93' },
      { code: '30201', name: '办公费', amount: '2.97' },
      { code: '30701', name: '国内债务付息', amount: null },
      { code: '31012', name: '拆迁补偿', amount: null },
    ],
    [
      { code: '30102', name: '津贴补贴', amount: '11.45' },
      { code: '30202', name: '印刷费', amount: '2.00' },
      { code: '30702', name: '国外债务付息', amount: null },
      { code: '31013', name: '公务用车购置', amount: null },
    ],
    [
      { code: '30103', name: '奖金', amount: '0.02' },
      { code: '30203', name: '咨询费', amount: null },
      { code: '30703', name: '国内债务发行费用', amount: null },
      { code: '31019', name: '其他交通工具购置', amount: null },
    ],
    [
      { code: '30106', name: '伙食补助费', amount: null },
      { code: '30204', name: '手续费', amount: null },
      { code: '30704', name: '国外债务发行费用', amount: null },
      { code: '31021', name: '文物和陈列品购置', amount: null },
    ],
    [
      { code: '30107', name: '绩效工资', amount: '74.94' },
      { code: '30205', name: '水费', amount: '0.22' },
      { code: '309', name: '资本性支出（基本建设）', amount: '——' },
      { code: '31022', name: '无形资产购置', amount: null },
    ],
    [
      { code: '30108', name: '机关事业单位基本养老保险缴费', amount: '26.29' },
      { code: '30206', name: '电费', amount: null },
      { code: '30901', name: '房屋建筑物购建', amount: '——' },
      { code: '31099', name: '其他资本性支出', amount: null },
    ],
    [
      { code: '30109', name: '职业年金缴费', amount: '13.15' },
      { code: '30207', name: '邮电费', amount: '0.05' },
      { code: '30902', name: '办公设备购置', amount: '——' },
      { code: '311', name: '对企业补助（基本建设）', amount: '——' },
    ],
    [
      { code: '30110', name: '职工基本医疗保险缴费', amount: '11.36' },
      { code: '30208', name: '取暖费', amount: null },
      { code: '30903', name: '专用设备购置', amount: '——' },
      { code: '31101', name: '资本金注入（基本建设）', amount: '——' },
    ],
    [
      { code: '30111', name: '公务员医疗补助缴费', amount: null },
      { code: '30209', name: '物业管理费', amount: null },
      { code: '30905', name: '基础设施建设', amount: '——' },
      { code: '31199', name: '其他对企业补助', amount: '——' },
    ],
    [
      { code: '30112', name: '其他社会保障缴费', amount: '0.55' },
      { code: '30211', name: '差旅费', amount: '2.00' },
      { code: '30906', name: '大型修缮', amount: '——' },
      { code: '312', name: '对企业补助', amount: '——' },
    ],
    [
      { code: '30113', name: '住房公积金', amount: '21.97' },
      { code: '30212', name: '因公出国（境）费用', amount: null },
      { code: '30907', name: '信息网络及软件购置更新', amount: '——' },
      { code: '31201', name: '资本金注入', amount: null },
    ],
    [
      { code: '30114', name: '医疗费', amount: null },
      { code: '30213', name: '维修(护)费', amount: null },
      { code: '30908', name: '物资储备', amount: '——' },
      { code: '31203', name: '政府投资基金股权投资', amount: null },
    ],
    [
      { code: '30199', name: '其他工资福利支出', amount: '6.30' },
      { code: '30214', name: '租赁费', amount: null },
      { code: '30913', name: '公务用车购置', amount: '——' },
      { code: '31204', name: '费用补贴', amount: null },
    ],
    [
      { code: '303', name: '对个人和家庭的补助', amount: null },
      { code: '30215', name: '会议费', amount: '0.68' },
      { code: '30919', name: '其他交通工具购置', amount: '——' },
      { code: '31205', name: '利息补贴', amount: null },
    ],
    [
      { code: '30301', name: '离休费', amount: null },
      { code: '30216', name: '培训费', amount: '0.42' },
      { code: '30921', name: '文物和陈列品购置', amount: '——' },
      { code: '31206', name: '其他资本性补助', amount: null },
    ],
    [
      { code: '30302', name: '退休费', amount: null },
      { code: '30217', name: '公务接待费', amount: null },
      { code: '30922', name: '无形资产购置', amount: '——' },
      { code: '31299', name: '其他对企业补助', amount: null },
    ],
    [
      { code: '30303', name: '退职(役)费', amount: null },
      { code: '30218', name: '专用材料费', amount: null },
      { code: '30999', name: '其他基本建设支出', amount: '——' },
      { code: '313', name: '对社会保障基金补助', amount: null },
    ],
    [
      { code: '30304', name: '抚恤金', amount: null },
      { code: '30224', name: '被装购置费', amount: null },
      { code: '310', name: '资本性支出', amount: null },
      { code: '31302', name: '对社会保险基金补助', amount: null },
    ],
    [
      { code: '30305', name: '生活补助', amount: null },
      { code: '30225', name: '专用燃料费', amount: null },
      { code: '31001', name: '房屋建筑物购建', amount: null },
      { code: '31303', name: '补充全国社会保障基金', amount: null },
    ],
    [
      { code: '30306', name: '救济费', amount: null },
      { code: '30226', name: '劳务费', amount: '0.07' },
      { code: '31002', name: '办公设备购置', amount: null },
      { code: '31304', name: '对机关事业单位职业年金的补助', amount: null },
    ],
    [
      { code: '30307', name: '医疗费补助', amount: null },
      { code: '30227', name: '委托业务费', amount: '0.98' },
      { code: '31003', name: '专用设备购置', amount: null },
      { code: '399', name: '其他支出', amount: null },
    ],
    [
      { code: '30308', name: '助学金', amount: null },
      { code: '30228', name: '工会经费', amount: '3.14' },
      { code: '31005', name: '基础设施建设', amount: null },
      { code: '39907', name: '国家赔偿费用支出', amount: null },
    ],
    [
      { code: '30309', name: '奖励金', amount: null },
      { code: '30229', name: '福利费', amount: '4.68' },
      { code: '31006', name: '大型修缮', amount: null },
      { code: '39908', name: '对民间非营利组织和群众性自治组织补贴', amount: null },
    ],
    [
      { code: '30310', name: '个人农业生产补贴', amount: null },
      { code: '30231', name: '公务用车运行维护费', amount: '1.28' },
      { code: '31007', name: '信息网络及软件购置更新', amount: null },
      { code: '39909', name: '经常性赠与', amount: null },
    ],
    [
      { code: '30311', name: '代缴社会保险费', amount: null },
      { code: '30239', name: '其他交通费用', amount: null },
      { code: '31008', name: '物资储备', amount: null },
      { code: '39910', name: '资本性赠与', amount: null },
    ],
    [
      { code: '30399', name: '其他对个人和家庭的补助', amount: null },
      { code: '30240', name: '税金及附加费用', amount: null },
      { code: '31009', name: '土地补偿', amount: null },
      { code: '39999', name: '其他支出', amount: null },
    ],
    [null, { code: '30299', name: '其他商品和服务支出', amount: null }, { code: '31010', name: '安置补助', amount: null }, null],
  ],
  personnelTotal: '253.96',
  publicTotal: '18.48',
};

export const T07: KemuTable = {
  code: '公开07表',
  title: '政府性基金预算财政拨款收入支出决算表',
  orgLabel: '部门名称',
  unitLabel: '单位',
  notes: ['注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。', '说明：本表无数据'],
  total: [null, null, null, null, null, null],
  rows: [],
};

export const T08: KemuTable = {
  code: '公开08表',
  title: '国有资本经营预算财政拨款支出决算表',
  orgLabel: '部门名称',
  unitLabel: '单位',
  notes: ['注：本表反映部门本年度国有资本经营预算财政拨款支出情况。', '说明：本表无数据'],
  total: [null, null, null],
  rows: [],
};

export const T09: SanGongTable = {
  code: '公开09表',
  title: '财政拨款“三公”经费支出决算表',
  orgLabel: '部门名称',
  unitLabel: '金额单位',
  notes: [
    '注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。',
  ],
  values: ['1.28', null, '1.28', null, '1.28', null, '1.28', null, '1.28', null, '1.28', null],
};

export const T10: InfoTable = {
  code: '公开10表',
  title: '部门决算公开相关信息统计表',
  orgLabel: '单位名称',
  unitLabel: '金额单位',
  notes: ['注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。'],
  rows: [
    { kind: 'section', label: '一、政府采购情况' },
    { kind: 'header', labels: ['项目', '行次', '统计数'] },
    { kind: 'item', label: '合计', line: 1, value: null, format: 'amount' },
    { kind: 'item', label: '货物', line: 2, value: null, format: 'amount' },
    { kind: 'item', label: '工程', line: 3, value: null, format: 'amount' },
    { kind: 'item', label: '服务', line: 4, value: null, format: 'amount' },
    { kind: 'section', label: '二、机关运行经费' },
    { kind: 'header', labels: ['项目', '', '统计数'] },
    { kind: 'item', label: '(一) 行政单位', line: 5, value: null, format: 'amount' },
    { kind: 'item', label: '(二) 参照公务员法管理事业单位', line: 6, value: null, format: 'amount' },
    { kind: 'section', label: '三、国有资产占用情况' },
    { kind: 'item', label: '(一) 车辆数合计(辆)', line: 7, value: '1', format: 'count' },
    { kind: 'item', label: '1. 副部(省)级及以上领导用车', line: 8, value: null, format: 'count' },
    { kind: 'item', label: '2. 主要负责人用车', line: 9, value: null, format: 'count' },
    { kind: 'item', label: '3. 机要通信用车', line: 10, value: null, format: 'count' },
    { kind: 'item', label: '4. 应急保障用车', line: 11, value: null, format: 'count' },
    { kind: 'item', label: '5. 执法执勤用车', line: 12, value: null, format: 'count' },
    { kind: 'item', label: '6. 特种专业技术用车', line: 13, value: null, format: 'count' },
    { kind: 'item', label: '7. 离退休干部服务用车', line: 14, value: null, format: 'count' },
    { kind: 'item', label: '8. 其他用车', line: 15, value: '1', format: 'count' },
    { kind: 'item', label: '(二) 单价100万元(含)以上设备(不含车辆)', line: 17, value: null, format: 'count' },
  ],
};

/** The whole seed document (2024, 阳城县政务服务中心). */
export const SEED_DATA: JuesuanData = {
  department: DEPARTMENT,
  year: YEAR,
  unit: UNIT,
  t01: T01,
  t02: T02,
  t03: T03,
  t04: T04,
  t05: T05,
  t06: T06,
  t07: T07,
  t08: T08,
  t09: T09,
  t10: T10,
};
