/** The readable Chinese report of one workbook, grouped by table, errors first. */
import type { CheckResult } from '../engine';
import type { Finding } from '../core/findings';
import { findingGroup, NARRATIVE_GROUP } from './groups';

export interface TextOptions {
  /** Also list every 尾数差异 (otherwise counted only). */
  all?: boolean;
  color?: boolean;
}

const FAMILY = { seed: '公开01–10表', national: '九张表' } as const;
const MARK = { error: '✗ 错误', warning: '! 警告', info: '· 尾数' } as const;

export function formatText(r: CheckResult, opts: TextOptions = {}): string {
  const paint = (code: number, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  lines.push(`决算助手检查报告：${r.file ?? ''}`);
  const facts = [
    r.department && `单位：${r.department}`,
    r.year && `年度：${r.year}`,
    r.tables.length && `模板：${FAMILY[r.family]}`,
    `金额单位：${r.unit}`,
  ].filter(Boolean);
  lines.push(facts.join('　'));
  lines.push(r.tables.length ? `识别到 ${r.tables.length} 张表：` : '未识别到决算公开表。');
  for (const t of r.tables)
    lines.push(`  ${t.id === t.title ? t.id : `${t.id} ${t.title}`}　工作表“${t.sheet}”${t.range}${t.unit ? `　${t.unit}` : ''}`);
  if (r.attachments.length)
    lines.push(
      `项目支出绩效自评表 ${r.attachments.length} 张：${r.attachments.map((a) => `${a.projectName}（“${a.sheet}”${a.range}）`).join('、')}`,
    );
  if (r.narrativeSheet) lines.push(`情况说明：工作表“${r.narrativeSheet}”（已与报表核对）`);
  if (r.unrecognizedReasons.length) {
    lines.push('未识别的工作表：');
    for (const u of r.unrecognizedReasons) lines.push(`  “${u.sheet}”：${u.reason}`);
  }
  const { error, warning, info } = r.counts;
  const verdict = error ? paint(31, `错误 ${error} 项`) : paint(32, '错误 0 项');
  lines.push(`结果：${verdict}，${warning ? paint(33, `警告 ${warning} 项`) : '警告 0 项'}，尾数差异 ${info} 项`);

  const groups = new Map<string, Finding[]>();
  for (const f of r.findings) {
    const g = findingGroup(f, r.tables)?.id ?? '总体';
    groups.set(g, [...(groups.get(g) ?? []), f]);
  }
  const order = [...r.tables.map((t) => t.id), NARRATIVE_GROUP, '总体'];
  // Groups of other findings (e.g. one per 自评表) follow, in the order they were found.
  for (const g of groups.keys()) if (!order.includes(g)) order.splice(order.length - 1, 0, g);
  const rank = { error: 0, warning: 1, info: 2 } as const;
  for (const g of order) {
    const list = groups.get(g);
    if (!list) continue;
    const shown = list.filter((f) => opts.all || f.severity !== 'info').sort((a, b) => rank[a.severity] - rank[b.severity]);
    const tails = list.length - shown.length;
    const title = r.tables.find((t) => t.id === g);
    lines.push('');
    lines.push(`【${title && title.title !== g ? `${g} ${title.title}` : g}】`);
    for (const f of shown) {
      const mark = f.severity === 'error' ? paint(31, MARK.error) : f.severity === 'warning' ? paint(33, MARK.warning) : MARK.info;
      const where = f.cell ? `${f.sheet}!${f.cell}` : (f.sheet ?? '');
      lines.push(`  ${mark} ${f.rule}${where ? ` ${where}` : ''}　${f.message}`);
    }
    if (tails)
      lines.push(
        g === NARRATIVE_GROUP
          ? `  · 提示 ${tails} 项（尾数或格式，在容差之内；加 --all 显示）`
          : `  · 尾数差异 ${tails} 项（金额单位换算所致，在容差之内；加 --all 显示）`,
      );
  }
  return lines.join('\n');
}
