/** What attachment recognition produces: plain data (JSON-safe), every figure with its sheet and cell. */
import type { RawValue } from '../core/grid';

/** One cell read as a figure. */
export interface AttFigure {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** 0-based sheet row / column. */
  row: number;
  col: number;
  raw: RawValue;
  /** Canonical decimal text when the cell holds a number ("13.682", "-2.51", "100"); null otherwise. */
  value: string | null;
  /** Decimal places as written (the figure's own rounding band). */
  decimals: number;
  /** The words, when the cell holds text where a figure belongs. */
  text?: string;
}

/** A cell holding words (名称, 等级). */
export interface AttText {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  text: string;
}

/** 资金总额 row, 财政资金 row (市/县区财政资金, 当年财政拨款), or another funds row (上年结转, 其他资金). */
export type FundsKind = 'total' | 'fiscal' | 'other';

export interface FundsRow {
  kind: FundsKind;
  /** Label as written ("资金总额:", "市区财政资金"); '' when the row has none. */
  label: string;
  /** 0-based sheet row. */
  row: number;
  /** 年初预算数 · 目标申报数 */
  declared?: AttFigure;
  /** 年初预算数 · 预算编制数 (or a single 年初预算数 column) */
  planned?: AttFigure;
  /** 全年预算数 */
  budget?: AttFigure;
  /** 全年执行数 */
  spent?: AttFigure;
  /** 资金结(转)余 */
  balance?: AttFigure;
  /** 执行率 (%) */
  rate?: AttFigure;
  /** 得分 of the execution rate */
  score?: AttFigure;
  /** 分值 of the execution rate, when the sheet has a 分值 column there (the template's default is 10). */
  weight?: AttFigure;
  /** 偏差原因 */
  reason?: string;
}

export interface Indicator {
  /** 0-based sheet row. */
  row: number;
  level1: string;
  level2: string;
  level3: string;
  /** 年初指标值 / 调整后指标值 / 实际完成值, as written. */
  initial?: string;
  adjusted?: string;
  actual?: string;
  /** 分值 */
  weight?: AttFigure;
  /** 得分 */
  score?: AttFigure;
  /** 偏差原因分析及改进措施 */
  reason?: string;
}

export type Grade = '优' | '良' | '中' | '差';

export interface Attachment {
  sheet: string;
  /** A1 range of the whole table, title to last row. */
  range: string;
  /** 0-based first and last sheet row. */
  top: number;
  bottom: number;
  title: AttText;
  year?: string;
  /** 项目名称 (from its labelled cell, else from the title). */
  projectName: string;
  projectNameCell?: AttText;
  /** 主管部门及代码 */
  department?: string;
  /** 预算单位 */
  budgetUnit?: string;
  funds: FundsRow[];
  indicators: Indicator[];
  /** 总分 as written. */
  totalScore?: AttFigure;
  /** 等级 as written (优/良/中/差). */
  grade?: AttText;
  /** What recognition could not find, in Chinese. */
  problems: string[];
}

/** The narrative's 绩效 figures, computed from the attachments (情况说明 十(四)). */
export interface GradeCounts {
  /** 绩效自评个数 */
  count: number;
  /** 涉及资金: Σ 全年执行数, 万元 rounded half-up to 2 decimals. */
  amount: string;
  /** Σ 全年执行数 exactly as the figures add up. */
  amountExact: string;
  优: number;
  良: number;
  中: number;
  差: number;
  /** Attachments with neither a readable 等级 nor a 总分. */
  ungraded: number;
  /** The same counts by the grade that Σ得分 (指标得分 + 执行率得分) would give. */
  recomputed: Record<Grade, number>;
}

/** What the narrative says (十(四) 预算绩效情况说明), for X18. Leave out what it does not say. */
export interface NarrativeCounts {
  count?: number;
  /** 涉及资金, 万元. */
  amount?: string | number;
  优?: number;
  良?: number;
  中?: number;
  差?: number;
  /** Where the sentence is (for the finding's cell), if it is in a sheet. */
  sheet?: string;
  cell?: string;
}
