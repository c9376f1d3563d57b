/**
 * Attachments against the tables (X17) and against the narrative (X18), and the
 * narrative's 绩效 figures computed from the attachments.
 */
import type { Figure, RecognizedTable } from '../core/table';
import { Decimal } from '../core/money';
import { TableLookup } from '../core/lookup';
import { classifyScaled, unscale } from '../core/tolerance';
import type { CellRef, Finding } from '../core/findings';
import { gradeOf, mainFunds } from './recognize';
import { amount, gradeFor, has, scaled, scoreSum } from './rules';
import type { AttFigure, Attachment, Grade, GradeCounts, NarrativeCounts } from './types';

const GRADES: Grade[] = ['优', '良', '中', '差'];

/** The 全年执行数 that stands for each project (资金总额 row, else 财政资金 row). */
function spentCells(attachments: Attachment[]): AttFigure[] {
  return attachments.map((a) => mainFunds(a)?.spent).filter((f): f is AttFigure => has(f));
}

function projectSpending(tables: RecognizedTable[]): { table: RecognizedTable; figure: Figure } | undefined {
  const lookup = new TableLookup(tables, '万元');
  const at = (key: 'T05' | 'T03') => {
    const table = lookup.table(key);
    const figure = lookup.figure(key, '合计', '项目支出');
    return table && figure && figure.parsed.kind === 'number' ? { table, figure } : undefined;
  };
  const t05 = at('T05');
  const t03 = at('T03');
  if (!t05) return t03;
  if (!t03) return t05;
  // 03 counts non-fiscal money too: when its 项目支出 is larger, the attachments cover that money as well.
  return lookup.scaled(t03.figure, t03.table).value > lookup.scaled(t05.figure, t05.table).value ? t03 : t05;
}

/**
 * X17 Σ 全年执行数 of all 自评表 = 项目支出 of 公开05表 合计 (公开03表 when its 项目支出 is larger).
 * Band: every figure's own (SUM rule). Warning beyond it; info (尾数) inside.
 */
export function crossCheckAttachments(attachments: Attachment[], recognizedTables: RecognizedTable[]): Finding[] {
  if (!attachments.length) return [];
  const target = projectSpending(recognizedTables);
  if (!target) return [];
  const spent = spentCells(attachments);
  let sum = 0n;
  let tol = 0n;
  for (const f of spent) {
    const s = scaled(f);
    sum += s.value;
    tol += s.radius;
  }
  const t = new TableLookup([target.table], '万元').scaled(target.figure, target.table);
  tol += t.radius;
  const diff = sum - t.value;
  const outcome = classifyScaled('=', diff, tol);
  if (outcome === 'pass') return [];
  const missing = attachments.length - spent.length;
  const cells: CellRef[] = [
    { sheet: target.figure.sheet, cell: target.figure.address },
    ...spent.map((f) => ({ sheet: f.sheet, cell: f.cell })),
  ];
  const head = `${attachments.length}张项目支出绩效自评表的全年执行数合计应等于${target.table.id} 合计·项目支出。`;
  const body = `自评表全年执行数合计 ${amount(sum)}${missing ? `（其中${missing}张未填执行数）` : ''}，${target.table.id}（${target.figure.address}）项目支出 ${amount(t.value)}；`;
  const tail =
    outcome === 'tail'
      ? `相差 ${amount(diff < 0n ? -diff : diff)}，在尾数容差 ${amount(tol)} 之内，属金额单位换算的尾数差异。`
      : `相差 ${amount(diff)}（尾数容差 ${amount(tol)}）。自评应覆盖全部二级项目，请核对是否漏列或多列了自评表。`;
  const finding: Finding = {
    rule: 'X17',
    severity: outcome === 'tail' ? 'info' : 'warning',
    sheet: target.figure.sheet,
    cell: target.figure.address,
    cells,
    expected: amount(t.value),
    actual: amount(sum),
    difference: amount(diff),
    tolerance: amount(tol),
    message: head + body + tail,
  };
  if (outcome === 'tail') finding.tail = true;
  return [finding];
}

/** The grade an attachment states (等级 cell), else the one its 总分 gives. */
export function statedGrade(a: Attachment): Grade | undefined {
  const g = gradeOf(a.grade?.text);
  if (g) return g;
  return has(a.totalScore) ? gradeFor(new Decimal(a.totalScore.value)) : undefined;
}

/** 绩效自评个数, 涉及资金 (Σ 全年执行数) and the grade counts, for the narrative (情况说明 十(四)). */
export function gradeCounts(attachments: Attachment[]): GradeCounts {
  const out: GradeCounts = {
    count: attachments.length,
    amount: '0.00',
    amountExact: '0',
    优: 0,
    良: 0,
    中: 0,
    差: 0,
    ungraded: 0,
    recomputed: { 优: 0, 良: 0, 中: 0, 差: 0 },
  };
  let sum = 0n;
  for (const f of spentCells(attachments)) sum += scaled(f).value;
  const exact = unscale(sum);
  out.amountExact = exact.toFixed();
  out.amount = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  for (const a of attachments) {
    const g = statedGrade(a);
    if (g) out[g]++;
    else out.ungraded++;
    if (a.indicators.length) out.recomputed[gradeFor(scoreSum(a).sum)]++;
  }
  return out;
}

/** The supplement keys the narrative generator reads (绩效.自评个数, 绩效.涉及资金, 绩效.优 …). */
export function gradeSupplement(c: GradeCounts): Record<string, string | number> {
  return { '绩效.自评个数': c.count, '绩效.涉及资金': c.amount, '绩效.优': c.优, '绩效.良': c.良, '绩效.中': c.中, '绩效.差': c.差 };
}

/**
 * X18 what the narrative says (绩效自评个数, 涉及资金, 优/良/中/差 counts) against the attachments:
 * counts exactly, 涉及资金 at two decimals. Errors.
 */
export function checkGradeCounts(attachments: Attachment[], stated: NarrativeCounts): Finding[] {
  const c = gradeCounts(attachments);
  const out: Finding[] = [];
  const at: CellRef[] = stated.sheet && stated.cell ? [{ sheet: stated.sheet, cell: stated.cell }] : [];
  const push = (expected: string, actual: string, cells: CellRef[], message: string) =>
    out.push({
      rule: 'X18',
      severity: 'error',
      sheet: stated.sheet ?? cells[0]?.sheet,
      cell: stated.cell ?? cells[0]?.cell,
      cells: [...at, ...cells],
      expected,
      actual,
      message,
    });
  if (stated.count !== undefined && stated.count !== c.count)
    push(
      String(c.count),
      String(stated.count),
      attachments.map((a) => ({ sheet: a.title.sheet, cell: a.title.cell })),
      `情况说明称二级项目绩效自评个数${stated.count}个，但工作簿中有${c.count}张项目支出绩效自评表（${attachments.map((a) => a.projectName).join('、')}）。`,
    );
  if (stated.amount !== undefined) {
    const said = new Decimal(String(stated.amount).replace(/,/g, '')).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (!said.eq(new Decimal(c.amount)))
      push(
        c.amount,
        said.toFixed(2),
        spentCells(attachments).map((f) => ({ sheet: f.sheet, cell: f.cell })),
        `情况说明称绩效自评涉及资金${said.toFixed(2)}万元，但各自评表全年执行数合计${c.amountExact}万元（${c.amount}万元）。`,
      );
  }
  for (const g of GRADES) {
    const n = stated[g];
    if (n === undefined || n === c[g]) continue;
    const which = attachments.filter((a) => statedGrade(a) === g);
    push(
      String(c[g]),
      String(n),
      which.filter((a) => a.grade).map((a) => ({ sheet: a.grade!.sheet, cell: a.grade!.cell })),
      `情况说明称${n}个项目自评等级为“${g}”，但自评表中等级为“${g}”的有${c[g]}个${which.length ? `（${which.map((a) => a.projectName).join('、')}）` : ''}。`,
    );
  }
  return out;
}
