/**
 * 项目支出绩效自评表, 11 columns (A–K), one per sheet. Funds block as the seed's (samples/build-attachments.ts):
 * A block label | B row label | C 目标申报数 | D 预算编制数 | E 全年预算数 | F 全年执行数 | G 资金结(转)余 |
 * H 执行率 | I 得分 | J:K 偏差原因. Indicator block in one of two forms:
 *   levels: B 一级指标 | C 二级指标 | D 三级指标 | E 年初指标值 | F 调整后指标值 | G 实际完成值 | H 定性情况说明 |
 *           I 分值 | J 得分 | K 偏差原因分析及改进措施 (一级 merged over its rows);
 *   plain:  B:D 指标 (a plain label per row, no 一级/二级/三级 header) | E:F 年度指标值 | G:H 实际完成值 |
 *           I 分值 | J 得分 | K 偏差原因分析及改进措施.
 * Then 总分: label over A:H, 100 under 分值 (I), the score under 得分 (J), the grade in K.
 */
import type ExcelJS from 'exceljs';
import { SheetWriter } from '../sheet';

export interface Indicator {
  /** levels: 一级指标; plain: the row's label. */
  label: string;
  /** levels: 二级 / 三级. */
  level2?: string;
  level3?: string;
  target: string;
  actual: string;
  weight: string;
  score: string;
}

export interface SelfEvaluation {
  year: number;
  projectName: string;
  department: string;
  budgetUnit: string;
  /** [目标申报数, 预算编制数, 全年预算数, 全年执行数, 结余, 执行率, 得分] of the 资金总额 row (the 财政资金 row repeats it). */
  funds: string[];
  form: 'levels' | 'plain';
  indicators: Indicator[];
  totalScore: string;
  grade: string;
}

/** A figure as the seed's builder writes it: a number whose format shows the printed decimals. */
function figure(ws: ExcelJS.Worksheet, r: number, c: number, value: string): void {
  const cell = ws.getCell(r, c);
  const d = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
  cell.value = Number(value);
  cell.numFmt = d === 0 ? '0' : `0.${'0'.repeat(d)}`;
}

export function writeSelfEvaluation(ws: ExcelJS.Worksheet, a: SelfEvaluation): void {
  const w = new SheetWriter(ws);
  w.widths([8, 12, 12, 14, 11, 11, 12, 10, 7, 7, 22]);
  w.merged(1, 1, 1, 11, '项目支出绩效自评表');
  w.merged(2, 1, 2, 11, `（${a.year}年度）`);
  w.merged(3, 1, 3, 2, '项目名称');
  w.merged(3, 3, 3, 11, a.projectName, 'left');
  w.merged(4, 1, 4, 2, '主管部门及代码');
  w.merged(4, 3, 4, 6, a.department, 'left');
  w.merged(4, 7, 4, 8, '预算单位');
  w.merged(4, 9, 4, 11, a.budgetUnit, 'left');

  // Funds: two header rows (5, 6), the 资金总额 row (7) and the 财政资金 row (8).
  w.merged(5, 1, 8, 1, '项目资金预算安排及执行进度(万元)');
  w.merged(5, 2, 6, 2, '');
  w.merged(5, 3, 5, 4, '年初预算数');
  w.text(6, 3, '目标申报数');
  w.text(6, 4, '预算编制数');
  ['全年预算数', '全年执行数', '资金结(转)余', '执行率', '得分'].forEach((x, i) => w.merged(5, 5 + i, 6, 5 + i, x));
  w.merged(5, 10, 6, 11, '偏差原因');
  ['资金总额:', '市县区财政资金'].forEach((label, k) => {
    w.text(7 + k, 2, label);
    a.funds.forEach((v, i) => figure(ws, 7 + k, 3 + i, v));
    w.merged(7 + k, 10, 7 + k, 11, '');
  });
  w.merged(9, 1, 10, 1, '项目年度绩效目标');
  w.merged(9, 2, 9, 6, '年度目标');
  w.merged(9, 7, 9, 11, '实际完成情况');
  w.merged(10, 2, 10, 6, `完成${a.projectName}各项任务。`, 'left');
  w.merged(10, 7, 10, 11, '已按计划完成。', 'left');

  const head = 11;
  const first = head + 1;
  const last = head + a.indicators.length;
  w.merged(head, 1, last, 1, '绩效指标');
  if (a.form === 'levels') {
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年初指标值',
      '调整后指标值',
      '实际完成值',
      '定性情况说明',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ].forEach((x, i) => w.text(head, 2 + i, x));
    let start = 0;
    a.indicators.forEach((x, i) => {
      const r = first + i;
      const next = a.indicators[i + 1];
      if (!next || next.label !== x.label) {
        w.merged(first + start, 2, r, 2, a.indicators[start].label);
        start = i + 1;
      }
      w.text(r, 3, x.level2 ?? '');
      w.text(r, 4, x.level3 ?? '');
      w.text(r, 5, x.target);
      w.text(r, 6, x.target);
      w.text(r, 7, x.actual);
    });
  } else {
    w.merged(head, 2, head, 4, '指标');
    w.merged(head, 5, head, 6, '年度指标值');
    w.merged(head, 7, head, 8, '实际完成值');
    ['分值', '得分', '偏差原因分析及改进措施'].forEach((x, i) => w.text(head, 9 + i, x));
    a.indicators.forEach((x, i) => {
      const r = first + i;
      w.merged(r, 2, r, 4, x.label, 'left');
      w.merged(r, 5, r, 6, x.target);
      w.merged(r, 7, r, 8, x.actual);
    });
  }
  a.indicators.forEach((x, i) => {
    figure(ws, first + i, 9, x.weight);
    figure(ws, first + i, 10, x.score);
  });
  const total = last + 1;
  w.merged(total, 1, total, 8, '总分');
  figure(ws, total, 9, '100');
  figure(ws, total, 10, a.totalScore);
  w.text(total, 11, a.grade);
  w.borders(3, 1, total, 11);
}
