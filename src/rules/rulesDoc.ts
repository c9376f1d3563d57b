/** docs/rules.md from the registry: the rules as a finance officer reviews them, one table per group. */
import { TEMPLATES } from '../templates/tables';
import { RULES, type RuleGroup, type RuleInfo } from './registry';

const GROUPS: [RuleGroup, string, string][] = [
  ['within', '表内勾稽', '同一张表内的关系。“*”表示逐行（或逐列）检查，“Σ类”为各功能类之和。'],
  ['cross', '表间勾稽', '不同表之间的关系。“{类}”表示对出现的每个功能类逐一检查。'],
  ['general', '总体检查', '表格是否齐全，单位、年度、名称是否一致。'],
  ['reading', '读取检查', '读取工作簿时发现的问题：无法识别的表、不是数字的金额、没有结果的公式。'],
  ['narrative', '情况说明', '第三部分 情况说明中的数字与文字，对照各表核对。'],
  ['attachment', '项目支出绩效自评表', '各自评表自身的计算，以及与支出表、情况说明的对应。'],
];

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const severityWords = (r: RuleInfo) =>
  r.severity
    .split('/')
    .map((s) => SEVERITY[s])
    .join('／');

export function rulesMarkdown(): string {
  const lines = [
    '# 检查规则一览',
    '',
    '本文件由 `src/rules/registry.ts` 生成（`npm run rules-doc`），请勿手工修改。',
    '',
    '严重程度：**错误**须改正；**警告**须核实，属正常情况的可写出错说明；两边数字相差在尾数容差之内的，',
    '一律作为**尾数差异**（提示）列出，不算错误。容差：每个数字按其公布的小数位（两位小数即 ±0.005）计，',
    '相加的数字越多，容差越大。',
    '',
    '公式中的表：',
    '',
    ...TEMPLATES.map((t) => `- **${t.key}** ${t.code} ${t.title}${t.nationalTitle ? `（九张表：${t.nationalTitle}）` : ''}`),
    '',
    '公式写法：`T02[合计/财政拨款收入]` 为公开02表“合计”行“财政拨款收入”列；只写一项时为该表的主要金额列；',
    '`*` 逐行（或逐列）检查；`{类}` 对出现的每个功能类逐一检查；`Σ[类]` 为各功能类之和。',
    '',
  ];
  for (const [group, heading, note] of GROUPS) {
    const rules = RULES.filter((r) => r.group === group);
    lines.push(`## ${heading}`, '', note, '', '| 编号 | 严重程度 | 规则 | 比较内容 |', '|---|---|---|---|');
    for (const r of rules) lines.push(`| ${r.id} | ${severityWords(r)} | ${cell(r.title)} | ${cell(r.compares)} |`);
    lines.push('');
  }
  return lines.join('\n');
}
