/**
 * A synthetic, internally consistent "consolidated" 部门决算 (公开01表 … 公开10表) with N 功能科目
 * rows in each of 公开02 / 03 / 05 / 07 / 08, for benchmarking the engine at scale.
 *
 * - 功能科目 hierarchy: a few 类 (3 digits, from the 功能分类 list), many 款 (5), many 项 (7).
 * - Every 项 carries six amounts in integer 分 (0.01 万元) from a seeded PRNG:
 *   一般公共预算 / 政府性基金 / 国有资本经营 × 基本支出 / 项目支出.
 *   款, 类 and 合计 are exact integer sums; every figure is printed from integers, so all
 *   relations hold exactly (no 尾数).
 * - 公开03 (支出) = the three funds together; 公开05 = 一般公共预算 part; 公开07 = 政府性基金 part
 *   (no 结转结余: 本年收入 = 本年支出); 公开08 = 国有资本经营 part; 公开02 (收入) = all income is
 *   财政拨款收入 and equals 公开03's 本年支出合计 row by row.
 * - 公开01 / 公开04: income by fund, 功能类 rows (by NAME) = the 类 totals, totals; no 结转结余.
 * - 公开06 is the seed's, rescaled so 人员经费合计 + 公用经费合计 = 公开05 合计·基本支出 (X11);
 *   公开09 / 公开10 are the seed's.
 * - 项 codes checked by rule X16 against 公开06 (2080505, 2080506, 2101101–2101103, 2210201) are
 *   never generated, so 公开06 need not mirror them.
 */
import { FUNCTION_CLASSES, classCodeForLabel } from '../src/templates/functionClasses';
import {
  SEED_DATA,
  type Amount,
  type BasicDetailTable,
  type EconItem,
  type JuesuanData,
  type KemuRow,
  type KemuTable,
  type TwoSidedTable,
} from '../samples/seed-data';
import { rng } from '../test/helpers/random';

/** Integer 分 → printed 万元 amount ("1234.05"); 0 → blank. */
export function fen(v: number): Amount {
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`bad amount ${v}`);
  if (v === 0) return null;
  return `${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`;
}

/** The six amounts of a 科目, integer 分. */
interface Money {
  gpB: number;
  gpP: number;
  gfB: number;
  gfP: number;
  soeB: number;
  soeP: number;
}

const ZERO_MONEY = (): Money => ({ gpB: 0, gpP: 0, gfB: 0, gfP: 0, soeB: 0, soeP: 0 });

function add(into: Money, m: Money): void {
  into.gpB += m.gpB;
  into.gpP += m.gpP;
  into.gfB += m.gfB;
  into.gfP += m.gfP;
  into.soeB += m.soeB;
  into.soeP += m.soeP;
}

const gp = (m: Money) => m.gpB + m.gpP;
const gf = (m: Money) => m.gfB + m.gfP;
const soe = (m: Money) => m.soeB + m.soeP;
const basic = (m: Money) => m.gpB + m.gfB + m.soeB;
const project = (m: Money) => m.gpP + m.gfP + m.soeP;
const all = (m: Money) => basic(m) + project(m);

interface Kemu {
  code: string;
  name: string;
  money: Money;
}

/** 功能类 used (all printed in the seed's 公开01/04 lists). */
export const CLASS_CODES = ['201', '205', '208', '210', '212', '213', '221'];

/** 项 codes rule X16 compares with 公开06; not generated. */
const X16_CODES = new Set(['2080505', '2080506', '2101101', '2101102', '2101103', '2210201']);

/** k distinct two-digit suffixes from 01..99 (sorted), avoiding `skip`. */
function pickSuffixes(rand: () => number, k: number, prefix: string, skip: Set<string>): string[] {
  const pool: string[] = [];
  for (let i = 1; i <= 99; i++) {
    const s = String(i).padStart(2, '0');
    if (!skip.has(prefix + s)) pool.push(s);
  }
  if (k > pool.length) throw new Error(`${prefix}: cannot pick ${k} codes`);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, k).sort();
}

/** Splits `rows` (≥ 2 each, ≤ 100 each) into 款 blocks of 1 款 row + its 项 rows. */
function splitBlocks(rand: () => number, rows: number): number[] {
  const sizes: number[] = [];
  let rem = rows;
  while (rem > 0) {
    let size = Math.min(rem, 2 + Math.floor(rand() * 39)); // 1 款 + 1..39 项
    if (rem - size === 1) size += size < 100 ? 1 : -1;
    sizes.push(size);
    rem -= size;
  }
  if (sizes.length > 99) throw new Error(`too many 款 (${sizes.length})`);
  return sizes;
}

/** One 项's amounts: a few blanks, mostly non-zero, every fund present. */
function itemMoney(rand: () => number): Money {
  const amt = (p: number, max: number) => (rand() < p ? 1 + Math.floor(rand() * max) : 0);
  const m: Money = {
    gpB: amt(0.6, 2_000_000),
    gpP: amt(0.6, 5_000_000),
    gfB: amt(0.2, 500_000),
    gfP: amt(0.8, 3_000_000),
    soeB: amt(0.2, 500_000),
    soeP: amt(0.8, 3_000_000),
  };
  if (gp(m) === 0) m.gpB = 1 + Math.floor(rand() * 2_000_000);
  if (gf(m) === 0) m.gfP = 1 + Math.floor(rand() * 3_000_000);
  if (soe(m) === 0) m.soeP = 1 + Math.floor(rand() * 3_000_000);
  return m;
}

export interface SyntheticStructure {
  /** 科目 rows (类, 款, 项) in print order. */
  kemu: Kemu[];
  classes: Kemu[];
  total: Money;
  counts: { classes: number; sections: number; items: number };
}

/** Exactly `n` 科目 rows over CLASS_CODES, amounts derived bottom-up. */
export function buildStructure(n: number, seed: number): SyntheticStructure {
  const rand = rng(seed);
  const nClasses = CLASS_CODES.length;
  if (n < nClasses * 3) throw new Error(`n must be ≥ ${nClasses * 3}`);
  const kemu: Kemu[] = [];
  const classes: Kemu[] = [];
  const total = ZERO_MONEY();
  let sections = 0;
  let items = 0;
  CLASS_CODES.forEach((cc, ci) => {
    const budget = Math.floor(n / nClasses) + (ci < n % nClasses ? 1 : 0);
    const cname = FUNCTION_CLASSES.find((c) => c.code === cc)!.name;
    const cls: Kemu = { code: cc, name: cname, money: ZERO_MONEY() };
    kemu.push(cls);
    classes.push(cls);
    const blocks = splitBlocks(rand, budget - 1);
    const kuan = pickSuffixes(rand, blocks.length, cc, new Set());
    blocks.forEach((size, bi) => {
      const kc = cc + kuan[bi];
      const sec: Kemu = { code: kc, name: `${cname.replace(/支出$/, '')}第${kuan[bi]}款事务`, money: ZERO_MONEY() };
      kemu.push(sec);
      sections++;
      const xiang = pickSuffixes(rand, size - 1, kc, X16_CODES);
      for (const x of xiang) {
        const m = itemMoney(rand);
        kemu.push({ code: kc + x, name: x === '50' ? '事业运行' : x === '99' ? `其他${sec.name}支出` : `${sec.name}${x}项`, money: m });
        add(sec.money, m);
        items++;
      }
      add(cls.money, sec.money);
    });
    add(total, cls.money);
  });
  if (kemu.length !== n) throw new Error(`generated ${kemu.length} rows, wanted ${n}`);
  return { kemu, classes, total, counts: { classes: classes.length, sections, items } };
}

function kemuTable(base: KemuTable, s: SyntheticStructure, amounts: (m: Money) => Amount[]): KemuTable {
  return {
    ...base,
    notes: base.notes.filter((n) => !n.includes('本表无数据')),
    total: amounts(s.total),
    rows: s.kemu.map((k): KemuRow => ({ code: k.code, name: k.name, amounts: amounts(k.money) })),
  };
}

const stripOrdinal = (label: string) => label.replace(/^[一二三四五六七八九十]+、/, '');

/** 公开01 / 公开04 with the 功能类 rows filled from the 类 totals (matched by name). */
function twoSided(
  base: TwoSidedTable,
  s: SyntheticStructure,
  income: Record<number, number>,
  classAmounts: (m: Money) => Amount[],
  totals: Record<number, Amount[]>,
): TwoSidedTable {
  const byCode = new Map(s.classes.map((c) => [c.code, c]));
  const used = new Set<string>();
  const rows = base.rows.map((row) => {
    const inc = row.income.line in income ? [fen(income[row.income.line])] : row.income.amounts.map(() => null);
    const code = row.expense.label ? classCodeForLabel(stripOrdinal(row.expense.label)) : undefined;
    const cls = code ? byCode.get(code) : undefined;
    if (cls) used.add(cls.code);
    const exp = cls ? classAmounts(cls.money) : (totals[row.expense.line] ?? row.expense.amounts.map(() => null));
    return { income: { ...row.income, amounts: inc }, expense: { ...row.expense, amounts: exp } };
  });
  for (const c of s.classes) if (!used.has(c.code)) throw new Error(`${base.code}: no row for 类 ${c.code}`);
  return { ...base, rows };
}

/** The seed's 公开06 with 30101 / 30299 absorbing the difference so the totals come to `basicTotal`. */
function basicDetail(base: BasicDetailTable, basicTotal: number): BasicDetailTable {
  const toFen = (a: Amount) => (a === null || a === '——' ? 0 : Math.round(Number(a) * 100));
  const personnel = Math.round(basicTotal * 0.8);
  const publicPart = basicTotal - personnel;
  const items = base.rows.flatMap((r) => r.filter((x): x is EconItem => x !== null));
  const sumOf = (prefix: string) =>
    items.filter((i) => i.code.length === 5 && i.code.startsWith(prefix)).reduce((s, i) => s + toFen(i.amount), 0);
  const seed301 = sumOf('301') - toFen(items.find((i) => i.code === '30101')!.amount);
  const seed302 = sumOf('302') - toFen(items.find((i) => i.code === '30299')!.amount);
  if (personnel - seed301 <= 0 || publicPart - seed302 <= 0) throw new Error('公开06: 基本支出 too small to rescale');
  const set: Record<string, Amount> = {
    '301': fen(personnel),
    '30101': fen(personnel - seed301),
    '302': fen(publicPart),
    '30299': fen(publicPart - seed302),
  };
  return {
    ...base,
    rows: base.rows.map((r) => r.map((i) => (i && i.code in set ? { ...i, amount: set[i.code] } : i)) as typeof r),
    personnelTotal: fen(personnel),
    publicTotal: fen(publicPart),
  };
}

export interface Synthetic {
  data: JuesuanData;
  structure: SyntheticStructure;
}

/** The whole synthetic workbook data: N 科目 rows in each of 公开02 / 03 / 05 / 07 / 08. */
export function syntheticData(n: number, seed = 20240331): Synthetic {
  const s = buildStructure(n, seed);
  const seedData = SEED_DATA;
  const t = s.total;
  const t02 = kemuTable(seedData.t02, s, (m) => [fen(all(m)), fen(all(m)), null, null, null, null, null]);
  const t03 = kemuTable(seedData.t03, s, (m) => [fen(all(m)), fen(basic(m)), fen(project(m)), null, null, null]);
  const t05 = kemuTable(seedData.t05, s, (m) => [fen(gp(m)), fen(m.gpB), fen(m.gpP)]);
  const t07 = kemuTable(seedData.t07, s, (m) => [null, fen(gf(m)), fen(gf(m)), fen(m.gfB), fen(m.gfP), null]);
  const t08 = kemuTable(seedData.t08, s, (m) => [fen(soe(m)), fen(m.soeB), fen(m.soeP)]);

  const t01 = twoSided(
    seedData.t01,
    s,
    // 行次: 1 一般公共预算, 2 政府性基金, 3 国有资本经营, 27 本年收入合计, 31 总计
    { 1: gp(t), 2: gf(t), 3: soe(t), 27: all(t), 31: all(t) },
    (m) => [fen(all(m))],
    // 行次: 58 本年支出合计, 62 总计
    { 58: [fen(all(t))], 62: [fen(all(t))] },
  );
  const four = (m: Money) => [fen(all(m)), fen(gp(m)), fen(gf(m)), fen(soe(m))];
  const t04 = twoSided(
    seedData.t04,
    s,
    // 行次: 1–3 三项财政拨款, 27 本年收入合计, 32 总计 (29–31 are 年初结转 by fund: blank)
    { 1: gp(t), 2: gf(t), 3: soe(t), 27: all(t), 32: all(t) },
    four,
    // 行次: 59 本年支出合计, 64 总计
    { 59: four(t), 64: four(t) },
  );
  const t06 = basicDetail(seedData.t06, t.gpB);

  return {
    structure: s,
    data: {
      ...seedData,
      department: `${seedData.department}（合成合并决算，${n}行科目）`,
      t01,
      t02,
      t03,
      t04,
      t05,
      t06,
      t07,
      t08,
    },
  };
}
