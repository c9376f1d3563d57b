/**
 * Finds 项目支出绩效自评表 on any sheet by their content — the title wording and the
 * labelled cells — never by sheet name or position. A sheet may hold several, one
 * under the other: each title starts a table that runs to the next title.
 */
import type { CellRange, RawValue, SheetGrid, WorkbookGrid } from '../core/grid';
import { a1, a1Range, cellAt, columnCount, formatAt } from '../core/grid';
import { parseCell } from '../core/money';
import { cellText, labelKey, normalize } from '../core/text';
import type { AttFigure, AttText, Attachment, FundsKind, FundsRow, Grade, Indicator } from './types';

const TITLE = '项目支出绩效自评表';
/** A title is short; narrative cells that mention the table are not titles. */
const TITLE_MAX = 60;
const LABEL_MAX = 16;

/** Label key of a cell: normalised, list markers and a trailing colon / unit note removed. */
export function attKey(raw: RawValue): string {
  if (typeof raw !== 'string') return '';
  return labelKey(raw)
    .replace(/[:：]+$/, '')
    .replace(/\((万元|元|%)\)$/, '');
}

const LABELS = {
  projectName: /^项目名称$/,
  department: /^主管部门(及代码)?$/,
  budgetUnit: /^(预算|实施)单位(及代码)?$/,
  declared: /^目标申报数$/,
  planned: /^预算编制数$/,
  initialBudget: /^年初预算数?$/,
  budget: /^全年预算数?(\(A\))?$/,
  spent: /^全年执行数?(\(B\))?$/,
  balance: /^(资金)?结\(?转\)?余(资金)?$/,
  rate: /^执行率(\(B\/A\))?$/,
  score: /^得分$/,
  weight: /^分值$/,
  reason: /^偏差原因/,
  goal: /^(项目)?年度(绩效)?目标$/,
  level1: /^一级指标$/,
  level2: /^二级指标$/,
  level3: /^三级指标$/,
  initialTarget: /^年初指标值$/,
  adjustedTarget: /^调整后指标值$/,
  actual: /^实际完成(值)?$/,
  totalScore: /^总分/,
  grade: /^(自评|评价)?等级$/,
} as const;

const GRADE_WORDS: [RegExp, Grade][] = [
  [/^(优|优秀)$/, '优'],
  [/^(良|良好)$/, '良'],
  [/^(中|中等)$/, '中'],
  [/^差$/, '差'],
];

/** 优/良/中/差 from a cell's words ("优", "优秀", "等级：良"), or undefined. */
export function gradeOf(text: string | undefined): Grade | undefined {
  if (!text) return undefined;
  const k = normalize(text).replace(/^(自评|评价)?等级[:：]?/, '');
  return GRADE_WORDS.find(([re]) => re.test(k))?.[1];
}

interface Cell {
  r: number;
  c: number;
  key: string;
  raw: RawValue;
}

/** A sheet with merge lookup: a merged area's value lives in its top-left cell. */
class Sheet {
  private readonly mergeAt = new Map<string, CellRange>();
  readonly width: number;
  constructor(readonly grid: SheetGrid) {
    for (const m of grid.merges ?? [])
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.mergeAt.set(`${r},${c}`, m);
    this.width = columnCount(grid);
  }
  get name(): string {
    return this.grid.name;
  }
  raw(r: number, c: number): RawValue {
    return cellAt(this.grid, r, c);
  }
  merge(r: number, c: number): CellRange | undefined {
    return this.mergeAt.get(`${r},${c}`);
  }
  /** Value shown at (r, c): the merged area's top-left value when (r, c) is inside one. */
  shown(r: number, c: number): RawValue {
    const m = this.merge(r, c);
    return m ? this.raw(m.top, m.left) : this.raw(r, c);
  }
  /** Last row of the cell's merged area (the cell's own row when not merged). */
  bottomOf(r: number, c: number): number {
    return this.merge(r, c)?.bottom ?? r;
  }
  /** Last column of the cell's merged area. */
  rightOf(r: number, c: number): number {
    return this.merge(r, c)?.right ?? c;
  }
  figure(r: number, c: number): AttFigure {
    return readFigure(this.name, r, c, this.raw(r, c), formatAt(this.grid, r, c));
  }
  text(r: number, c: number): AttText | undefined {
    const raw = this.raw(r, c);
    const t = cellText(raw);
    return t ? { sheet: this.name, cell: a1(r, c), row: r, col: c, text: t } : undefined;
  }
  /** First non-empty cell right of column c in row r (past the cell's own merged area). */
  rightText(r: number, c: number, before = Infinity): AttText | undefined {
    for (let x = this.rightOf(r, c) + 1; x < Math.min(this.width, before); x++) {
      const t = this.text(r, x);
      if (t) return t;
    }
    return undefined;
  }
}

/** A cell as a figure: numbers, numbers stored as text, "100%" and "100.00%". */
export function readFigure(sheet: string, row: number, col: number, raw: RawValue, format: string | null = null): AttFigure {
  const base = { sheet, cell: a1(row, col), row, col, raw };
  let p = parseCell(raw, format);
  if (p.kind === 'text') {
    const m = /^(.*?)[%％]$/.exec(p.text.trim());
    if (m) {
      const q = parseCell(m[1]);
      if (q.kind === 'number') p = q;
    }
  }
  if (p.kind === 'number') return { ...base, value: p.text, decimals: p.decimals };
  if (p.kind === 'text') return { ...base, value: null, decimals: 0, text: p.text };
  return { ...base, value: null, decimals: 0 };
}

const isNumber = (f: AttFigure | undefined): boolean => f?.value != null;

/**
 * A title: "<项目名称>项目支出绩效自评表" or the bare "项目支出绩效自评表", optionally with "附件N：" before
 * and "(2024年度)" after — a short cell ending in the table's name, not a sentence that mentions it.
 */
export function isTitle(raw: RawValue): boolean {
  // Every title ends in 自评表: most cells are passed over without normalising them.
  if (typeof raw !== 'string' || !raw.includes('表') || raw.length > TITLE_MAX * 2) return false;
  const k = normalize(raw)
    .replace(/\(?\d{4}年度?\)?$/, '')
    .replace(/^附件\d*[:：.、]?/, '');
  return k.endsWith(TITLE) && k.length <= TITLE_MAX && !/[,，。;；!！?？]/.test(k);
}

/** Rows of a sheet whose cells carry a 项目支出绩效自评表 title. */
function titleCells(sheet: Sheet): AttText[] {
  const out: AttText[] = [];
  sheet.grid.rows.forEach((row, r) => {
    if (!row) return;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      if (isTitle(v)) {
        out.push({ sheet: sheet.name, cell: a1(r, c), row: r, col: c, text: v.trim() });
        return;
      }
    }
  });
  return out;
}

function projectFromTitle(title: string): string {
  return normalize(title)
    .replace(/^附件\d*[:：.、]?/, '')
    .replace(/[(（]?\d{4}年度?[)）]?/g, '')
    .replace(new RegExp(`${TITLE}.*$`), '')
    .trim();
}

/** Cells of rows [top, bottom] with a short label key. */
function labels(sheet: Sheet, top: number, bottom: number): Cell[] {
  const out: Cell[] = [];
  for (let r = top; r <= bottom; r++) {
    const row = sheet.grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const key = attKey(row[c]);
      if (key && key.length <= LABEL_MAX) out.push({ r, c, key, raw: row[c] });
    }
  }
  return out;
}

function find(cells: Cell[], re: RegExp, from = -Infinity, to = Infinity): Cell | undefined {
  return cells.find((x) => x.r >= from && x.r <= to && re.test(x.key));
}

function lastRowWithContent(sheet: Sheet, top: number, bottom: number): number {
  for (let r = bottom; r > top; r--) if ((sheet.grid.rows[r] ?? []).some((v) => v !== null && v !== '')) return r;
  return top;
}

function fundsKind(label: string): FundsKind | undefined {
  const k = normalize(label);
  if (/资金总额|总额|合计/.test(k)) return 'total';
  if (/财政|拨款/.test(k)) return 'fiscal';
  if (/结转|其他资金|其他/.test(k)) return 'other';
  return undefined;
}

interface FundsColumns {
  declared?: number;
  planned?: number;
  budget?: number;
  spent?: number;
  balance?: number;
  rate?: number;
  score?: number;
  weight?: number;
  reason?: number;
}

function readFunds(sheet: Sheet, cells: Cell[], a: Attachment, top: number, stop: number): void {
  const spentLabel = find(cells, LABELS.spent, top, stop) ?? find(cells, LABELS.budget, top, stop);
  if (!spentLabel) {
    a.problems.push('未找到资金执行情况表头（全年预算数、全年执行数）');
    return;
  }
  const hr = spentLabel.r;
  const from = hr - 1;
  const to = hr + 1;
  const cols: FundsColumns = {};
  let headerEnd = hr;
  const take = (name: keyof FundsColumns, re: RegExp) => {
    const x = find(cells, re, from, to);
    if (!x) return;
    cols[name] = x.c;
    headerEnd = Math.max(headerEnd, sheet.bottomOf(x.r, x.c));
  };
  take('budget', LABELS.budget);
  take('spent', LABELS.spent);
  take('balance', LABELS.balance);
  take('rate', LABELS.rate);
  take('score', LABELS.score);
  take('weight', LABELS.weight);
  take('reason', LABELS.reason);
  take('declared', LABELS.declared);
  take('planned', LABELS.planned);
  if (cols.planned === undefined && cols.declared === undefined) take('planned', LABELS.initialBudget);
  for (const [name, what] of [
    ['budget', '全年预算数'],
    ['spent', '全年执行数'],
    ['balance', '资金结(转)余'],
    ['rate', '执行率'],
    ['score', '得分'],
  ] as const)
    if (cols[name] === undefined) a.problems.push(`资金执行情况未找到“${what}”列`);

  const figureCols = [cols.declared, cols.planned, cols.budget, cols.spent, cols.balance, cols.rate, cols.score].filter(
    (c): c is number => c !== undefined,
  );
  const firstFigureCol = Math.min(...figureCols);
  const rows: FundsRow[] = [];
  for (let r = headerEnd + 1; r <= stop; r++) {
    const rowCells = cells.filter((x) => x.r === r);
    if (rowCells.some((x) => LABELS.goal.test(x.key) || LABELS.level1.test(x.key) || /^(项目年度绩效目标|绩效指标)$/.test(x.key))) break;
    const fig = (c: number | undefined) => (c === undefined ? undefined : sheet.figure(r, c));
    const f = {
      declared: fig(cols.declared),
      planned: fig(cols.planned),
      budget: fig(cols.budget),
      spent: fig(cols.spent),
      balance: fig(cols.balance),
      rate: fig(cols.rate),
      score: fig(cols.score),
      weight: fig(cols.weight),
    };
    let label = '';
    for (let c = 0; c < firstFigureCol; c++) {
      const t = cellText(sheet.raw(r, c));
      if (t && !/项目资金|执行进度/.test(normalize(t))) label += t;
    }
    const hasFigure = [f.budget, f.spent, f.balance, f.rate, f.score].some(isNumber);
    if (!hasFigure && !fundsKind(label)) {
      if (rows.length) break;
      continue;
    }
    const kind = fundsKind(label) ?? (rows.length === 0 ? 'total' : 'fiscal');
    if (!label) a.problems.push(`第${r + 1}行资金数据没有行名，按${kind === 'total' ? '资金总额' : '财政资金'}行处理`);
    const reason = cols.reason === undefined ? undefined : cellText(sheet.raw(r, cols.reason)) || undefined;
    const row: FundsRow = { kind, label, row: r };
    for (const [k, v] of Object.entries(f) as [keyof typeof f, AttFigure | undefined][])
      if (v && (v.value !== null || k !== 'weight')) row[k] = v;
    if (reason) row.reason = reason;
    rows.push(row);
  }
  a.funds = rows;
  if (!rows.length) a.problems.push('资金执行情况没有数据行');
  if (rows.length && !rows.some((x) => x.kind === 'total')) a.problems.push('未列示资金总额行');
  if (rows.length && !rows.some((x) => x.kind === 'fiscal')) a.problems.push('未列示财政资金行');
}

interface IndicatorColumns {
  level1?: number;
  level2?: number;
  level3?: number;
  initial?: number;
  adjusted?: number;
  actual?: number;
  weight?: number;
  score?: number;
  reason?: number;
}

function readIndicators(sheet: Sheet, cells: Cell[], a: Attachment, top: number, bottom: number): number | undefined {
  const anchor = find(cells, LABELS.level3, top, bottom) ?? find(cells, LABELS.level1, top, bottom);
  if (!anchor) {
    a.problems.push('未找到绩效指标表头（一级指标、二级指标、三级指标）');
    return undefined;
  }
  const hr = anchor.r;
  const inRow = (re: RegExp) => find(cells, re, hr, hr)?.c;
  const cols: IndicatorColumns = {
    level1: inRow(LABELS.level1),
    level2: inRow(LABELS.level2),
    level3: inRow(LABELS.level3),
    initial: inRow(LABELS.initialTarget),
    adjusted: inRow(LABELS.adjustedTarget),
    actual: inRow(LABELS.actual),
    weight: inRow(LABELS.weight),
    score: inRow(LABELS.score),
    reason: inRow(LABELS.reason),
  };
  if (cols.weight === undefined) a.problems.push('绩效指标未找到“分值”列');
  if (cols.score === undefined) a.problems.push('绩效指标未找到“得分”列');
  const totalLabel = find(cells, LABELS.totalScore, hr + 1, bottom);
  const end = totalLabel ? totalLabel.r - 1 : bottom;
  const words = (r: number, c: number | undefined) => (c === undefined ? '' : cellText(sheet.shown(r, c)));
  let level1 = '';
  let level2 = '';
  for (let r = sheet.bottomOf(hr, anchor.c) + 1; r <= end; r++) {
    if (cells.some((x) => x.r === r && /^项目绩效分析|^自评结果/.test(x.key))) break;
    const weight = cols.weight === undefined ? undefined : sheet.figure(r, cols.weight);
    const score = cols.score === undefined ? undefined : sheet.figure(r, cols.score);
    const level3 = words(r, cols.level3);
    if (!isNumber(weight) && !isNumber(score) && !level3) continue;
    const l1 = words(r, cols.level1);
    const l2 = words(r, cols.level2);
    // A blank level cell continues the one above (a merged cell exported without its merge).
    if (l1 && l1 !== level1) {
      level1 = l1;
      level2 = '';
    }
    if (l2) level2 = l2;
    const ind: Indicator = { row: r, level1, level2, level3 };
    const opt = (c: number | undefined) => words(r, c) || undefined;
    const initial = opt(cols.initial);
    const adjusted = opt(cols.adjusted);
    const actual = opt(cols.actual);
    const reason = opt(cols.reason);
    if (initial) ind.initial = initial;
    if (adjusted) ind.adjusted = adjusted;
    if (actual) ind.actual = actual;
    if (weight) ind.weight = weight;
    if (score) ind.score = score;
    if (reason) ind.reason = reason;
    a.indicators.push(ind);
  }
  if (!a.indicators.length) a.problems.push('绩效指标没有数据行');
  return cols.score;
}

function readTotal(sheet: Sheet, cells: Cell[], a: Attachment, scoreCol: number | undefined, from: number, bottom: number): void {
  const label = find(cells, LABELS.totalScore, from, bottom);
  if (!label) {
    a.problems.push('未找到“总分”');
    return;
  }
  const r = label.r;
  let total: AttFigure | undefined;
  if (scoreCol !== undefined && isNumber(sheet.figure(r, scoreCol))) total = sheet.figure(r, scoreCol);
  else {
    for (let c = sheet.rightOf(r, label.c) + 1; c < sheet.width; c++) {
      const f = sheet.figure(r, c);
      if (isNumber(f)) {
        total = f;
        break;
      }
    }
  }
  // 总分 written into the label cell itself ("总分：95").
  if (!total) {
    const m = /^总分[:：]?(\d+(?:\.\d+)?)/.exec(normalize(String(label.raw)));
    if (m) total = { ...readFigure(sheet.name, r, label.c, m[1]), raw: label.raw };
  }
  if (total) a.totalScore = total;
  else {
    const c = scoreCol ?? sheet.rightOf(r, label.c) + 1;
    a.totalScore = sheet.figure(r, c);
    a.problems.push('“总分”未填写');
  }

  // 等级: a labelled cell (等级 / 自评等级) with the grade right of it or below; else a grade word on the 总分 row.
  const gradeLabel = find(cells, LABELS.grade, from, bottom);
  if (gradeLabel) {
    const right = sheet.rightText(gradeLabel.r, gradeLabel.c);
    const below = sheet.text(sheet.bottomOf(gradeLabel.r, gradeLabel.c) + 1, gradeLabel.c);
    const g = [right, below].find((t) => t && gradeOf(t.text));
    if (g) a.grade = g;
    else
      a.grade = {
        sheet: sheet.name,
        cell: a1(gradeLabel.r, sheet.rightOf(gradeLabel.r, gradeLabel.c) + 1),
        row: gradeLabel.r,
        col: sheet.rightOf(gradeLabel.r, gradeLabel.c) + 1,
        text: right?.text ?? '',
      };
    return;
  }
  for (let c = 0; c < sheet.width; c++) {
    const t = sheet.text(r, c);
    if (t && c !== label.c && gradeOf(t.text)) {
      a.grade = t;
      return;
    }
  }
  a.problems.push('未找到“等级”');
}

function readBlock(sheet: Sheet, title: AttText, bottom: number): Attachment {
  const top = title.row;
  const last = lastRowWithContent(sheet, top, bottom);
  const a: Attachment = {
    sheet: sheet.name,
    range: a1Range({ top, left: 0, bottom: last, right: Math.max(0, sheet.width - 1) }),
    top,
    bottom: last,
    title,
    projectName: projectFromTitle(title.text),
    funds: [],
    indicators: [],
    problems: [],
  };
  const cells = labels(sheet, top, last);
  for (let r = top; r <= Math.min(last, top + 2); r++) {
    const y = (sheet.grid.rows[r] ?? [])
      .map((v) => (typeof v === 'string' ? normalize(v) : ''))
      .join('')
      .match(/(\d{4})年度/);
    if (y) {
      a.year = y[1];
      break;
    }
  }
  const nameLabel = find(cells, LABELS.projectName);
  if (nameLabel) {
    const t = sheet.rightText(nameLabel.r, nameLabel.c);
    if (t) {
      a.projectName = t.text;
      a.projectNameCell = t;
    }
  }
  if (!a.projectName) a.problems.push('未找到项目名称');
  const dept = find(cells, LABELS.department);
  if (dept) a.department = sheet.rightText(dept.r, dept.c, find(cells, LABELS.budgetUnit, dept.r, dept.r)?.c)?.text;
  const unit = find(cells, LABELS.budgetUnit);
  if (unit) a.budgetUnit = sheet.rightText(unit.r, unit.c)?.text;

  const indicatorHeader = find(cells, LABELS.level3) ?? find(cells, LABELS.level1);
  const goal = find(cells, LABELS.goal);
  const fundsStop = Math.min(indicatorHeader ? indicatorHeader.r - 1 : last, goal ? goal.r - 1 : last);
  readFunds(sheet, cells, a, top, fundsStop);
  const scoreCol = readIndicators(sheet, cells, a, indicatorHeader?.r ?? top, last);
  readTotal(sheet, cells, a, scoreCol, indicatorHeader?.r ?? top, last);
  return a;
}

/** Every 项目支出绩效自评表 of the workbook, in sheet order, top to bottom. */
export function recognizeAttachments(grid: WorkbookGrid): Attachment[] {
  const out: Attachment[] = [];
  for (const g of grid.sheets) {
    if (!g.rows.some((row) => row?.some(isTitle))) continue; // no 自评表 here: skip the merge index
    const sheet = new Sheet(g);
    const titles = titleCells(sheet);
    titles.forEach((t, i) => {
      const next = titles[i + 1];
      out.push(readBlock(sheet, t, next ? next.row - 1 : g.rows.length - 1));
    });
  }
  return out;
}

/** The funds row whose figures stand for the project: 资金总额, else 财政资金, else the first. */
export function mainFunds(a: Attachment): FundsRow | undefined {
  return a.funds.find((f) => f.kind === 'total') ?? a.funds.find((f) => f.kind === 'fiscal') ?? a.funds[0];
}
