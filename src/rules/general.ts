/**
 * The general rules (G01–G04): every required table present, one unit, one year, one unit name across
 * the tables' header lines. Checked on the recognition, not on figures.
 */
import type { Finding } from '../core/findings';
import type { RecognizedTable, Unit } from '../core/table';
import type { Recognition } from '../recognize/recognize';
import { TEMPLATES } from '../templates/tables';

export function generalFindings(rec: Recognition, unit: Unit): Finding[] {
  const out: Finding[] = [];
  const present = new Set(rec.tables.map((t) => t.key));
  // A file holding only 自评表 (no table at all) is not a disclosure missing nine tables.
  for (const t of rec.tables.length ? TEMPLATES : []) {
    if (!t.requiredIn.includes(rec.family) || present.has(t.key)) continue;
    const name = rec.family === 'seed' ? `${t.code} ${t.title}` : (t.nationalTitle ?? t.title);
    out.push({
      rule: 'G01',
      severity: 'error',
      cells: [],
      message: `缺少“${name}”。没有数据的表也应保留表格，并在表下注明“本表无数据”。`,
    });
  }
  const units = new Map<string, string[]>();
  for (const t of rec.tables) {
    if (!t.unit) {
      out.push({
        rule: 'G02',
        severity: 'warning',
        table: t.id,
        sheet: t.sheet,
        cells: [],
        message: `${t.id}（工作表“${t.sheet}”）未注明金额单位，按${unit}处理；请在表头注明“金额单位：万元”。`,
      });
      continue;
    }
    units.set(t.unit, [...(units.get(t.unit) ?? []), t.id]);
  }
  if (units.size > 1) {
    const parts = [...units.entries()].map(([u, ids]) => `${ids.join('、')}为${u}`);
    out.push({
      rule: 'G02',
      severity: 'error',
      cells: [],
      message: `各表金额单位不一致：${parts.join('；')}。公开的表格应统一使用万元；比对时已换算为${unit}。`,
    });
  }
  // G03 / G04: one year and one unit name throughout (the header lines of every table).
  const differing = (pick: (t: RecognizedTable) => string | undefined) => {
    const by = new Map<string, string[]>();
    for (const t of rec.tables) {
      const v = pick(t);
      if (v) by.set(v, [...(by.get(v) ?? []), t.id]);
    }
    return by.size > 1 ? [...by.entries()].map(([v, ids]) => `${ids.join('、')}为“${v}”`).join('；') : undefined;
  };
  const years = differing((t) => t.year);
  if (years) out.push({ rule: 'G03', severity: 'error', cells: [], message: `各表的年度不一致：${years}。` });
  const names = differing((t) => t.department);
  if (names)
    out.push({ rule: 'G04', severity: 'error', cells: [], message: `各表的部门（单位）名称不一致：${names}。公开的表格应使用同一名称。` });
  return out;
}
