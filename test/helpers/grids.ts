/** Small hand-made tables, laid out as exports are, for rule tests. */
import type { RawValue, SheetGrid, WorkbookGrid } from '../../src/core/grid';

type Row = RawValue[];

export function sheet(name: string, rows: Row[]): SheetGrid {
  return { name, rows };
}

export function book(...sheets: SheetGrid[]): WorkbookGrid {
  return { name: 'test.xlsx', sheets };
}

/**
 * 收入决算表 with the given 科目 rows: [code|合计, name, 本年收入合计, 财政拨款收入, 事业收入], and the other
 * income columns of the template (上级补助收入, 经营收入, 附属单位上缴收入, 其他收入) printed empty.
 */
export function incomeTable(rows: Row[], unit = '万元'): SheetGrid {
  return sheet('收入', [
    ['收入决算表'],
    ['部门名称：测试单位', null, '2024年度', null, `金额单位：${unit}`],
    ['科目代码', '科目名称', '本年收入合计', '财政拨款收入', '事业收入', '上级补助收入', '经营收入', '附属单位上缴收入', '其他收入'],
    ...rows,
  ]);
}

/** 一般公共预算财政拨款支出决算表: [code|合计, name, 小计, 基本支出, 项目支出]. */
export function generalTable(rows: Row[], unit = '万元'): SheetGrid {
  return sheet('一般', [
    ['一般公共预算财政拨款支出决算表'],
    [`金额单位：${unit}`],
    ['项目', null, '本年支出'],
    ['科目代码', '科目名称', '小计', '基本支出', '项目支出'],
    ...rows,
  ]);
}

/** 支出决算表: [code|合计, name, 本年支出合计, 基本支出, 项目支出]. */
export function expenseTable(rows: Row[], unit = '万元'): SheetGrid {
  return sheet('支出', [['支出决算表'], [`金额单位：${unit}`], ['科目代码', '科目名称', '本年支出合计', '基本支出', '项目支出'], ...rows]);
}

/** 基本支出决算明细表 with two groups (人员经费 | 公用经费) and the footer. */
export function basicTable(personnel: Row[], office: Row[], footer: [RawValue, RawValue], unit = '万元'): SheetGrid {
  const n = Math.max(personnel.length, office.length);
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) rows.push([...(personnel[i] ?? [null, null, null]), ...(office[i] ?? [null, null, null])]);
  return sheet('基本', [
    ['一般公共预算财政拨款基本支出决算明细表'],
    [`金额单位：${unit}`],
    ['人员经费', null, null, '公用经费'],
    ['科目代码', '科目名称', '决算数', '科目代码', '科目名称', '决算数'],
    ...rows,
    ['人员经费合计', null, footer[0], '公用经费合计', null, footer[1]],
  ]);
}

/** 部门决算公开相关信息统计表 with the vehicle rows. */
export function infoTable(vehicles: { total: RawValue; other: RawValue; leader?: RawValue }): SheetGrid {
  return sheet('统计', [
    ['部门决算公开相关信息统计表'],
    ['单位名称：测试单位', '2024年度', '金额单位：万元'],
    ['项目', '行次', '统计数'],
    ['合计', 1, null],
    ['货物', 2, null],
    ['工程', 3, null],
    ['服务', 4, null],
    ['(一) 行政单位', 5, null],
    ['(二) 参照公务员法管理事业单位', 6, null],
    ['(一) 车辆数合计(辆)', 7, vehicles.total],
    ['1. 副部(省)级及以上领导用车', 8, null],
    ['2. 主要负责人用车', 9, vehicles.leader ?? null],
    ['3. 机要通信用车', 10, null],
    ['4. 应急保障用车', 11, null],
    ['5. 执法执勤用车', 12, null],
    ['6. 特种专业技术用车', 13, null],
    ['7. 离退休干部服务用车', 14, null],
    ['8. 其他用车', 15, vehicles.other],
  ]);
}
