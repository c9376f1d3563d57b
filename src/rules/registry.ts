/**
 * Every rule the add-in checks, in one table: its id (unique), the severity of a finding beyond the
 * rounding band, its title in the officer's words, its kind and what it compares. The reconciliation
 * rules come from the catalogue (their formulas are the comparison); the rules checked by code — the
 * general and reading rules, the 情况说明 and the 自评表 — are listed here. docs/rules.md is generated
 * from this table (npm run rules-doc); a test keeps ids unique and every id a finding carries in it.
 */
import type { FindingSeverity } from '../core/findings';
import { CROSS_TABLE, WITHIN_TABLE } from './catalogue';
import type { Derived, RuleDef } from './types';

export type RuleKind = 'formula' | 'derived' | 'formula+derived' | 'general' | 'reading' | 'narrative' | 'attachment';

/** Where a rule stands in the document: 表内, 表间, 总体, 读取, 情况说明, 自评表. */
export type RuleGroup = 'within' | 'cross' | 'general' | 'reading' | 'narrative' | 'attachment';

export interface RuleInfo {
  id: string;
  group: RuleGroup;
  kind: RuleKind;
  /** Severity beyond the band; several when the rule distinguishes (e.g. an error value vs text). */
  severity: FindingSeverity | `${FindingSeverity}/${FindingSeverity}`;
  title: string;
  /** What it compares, readable without the code: the formulas, or a sentence. */
  compares: string;
}

const DERIVED_WORDING: Record<Derived['kind'], (spec: Derived) => string> = {
  'class-total': () => '合计 = Σ类（按科目代码生成，逐列）',
  'code-hierarchy': () => '类 = Σ款（未列款时 Σ项），款 = Σ项（按科目代码生成，逐列）',
  'economic-hierarchy': () => '经济分类 类 = Σ其下各款（按科目代码生成）',
  'not-applicable': (spec) => `标“——”的单元格及 ${(spec as { codes: string[] }).codes.join('、')} 类下各款不得填列金额`,
  'integer-counts': () => '车辆数、设备台（套）数为非负整数',
};

function catalogueInfo(rule: RuleDef, group: RuleGroup): RuleInfo {
  const formulas = (rule.checks ?? []).map((c) => {
    if (typeof c === 'string') return c;
    const extra = [
      c.when ? `当 ${c.when}` : '',
      c.severity && c.severity !== rule.severity ? `（${c.severity === 'warning' ? '警告' : '错误'}）` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return extra ? `${c.formula} ${extra}` : c.formula;
  });
  const derived = (rule.derived ?? []).map((d) => DERIVED_WORDING[d.kind](d));
  const kind: RuleKind = formulas.length && derived.length ? 'formula+derived' : derived.length ? 'derived' : 'formula';
  const table = rule.table ? `${rule.table}：` : '';
  return { id: rule.id, group, kind, severity: rule.severity, title: rule.title, compares: table + [...formulas, ...derived].join('；') };
}

const info = (group: RuleGroup, kind: RuleKind) => (id: string, severity: RuleInfo['severity'], title: string, compares: string) => ({
  id,
  group,
  kind,
  severity,
  title,
  compares,
});

const general = info('general', 'general');
const reading = info('reading', 'general');
const narrative = info('narrative', 'narrative');
const attachment = info('attachment', 'attachment');

export const CODED_RULES: RuleInfo[] = [
  general('G01', 'error', '规定的表格应齐全', '公开01–10表（山西等）或九张表（全国）各表是否都在；没有数据的表也应保留并注明“本表无数据”'),
  general('G02', 'error/warning', '各表金额单位应一致并注明', '各表表头的“金额单位”：未注明为警告，互不相同为错误（比对前已换算）'),
  general('G03', 'error', '各表年度应一致', '各表表头的年度'),
  general('G04', 'error', '各表部门（单位）名称应一致', '各表表头的部门名称'),
  reading('R01', 'warning', '表格应能完整识别', '同一张表出现两次、有表名无表头或数据行、续表合并、缺少的列等'),
  reading('R02', 'error/warning', '金额单元格应为数字', 'Excel 错误值（#REF! 等）或超出范围的数值为错误；文字为警告，按空值处理'),
  reading('R03', 'warning', '公式应有计算结果', '文件中没有计算结果的公式（由不计算公式的软件保存），按空值处理'),
  reading(
    'R04',
    'warning',
    '规则所需的数字应能找到',
    '一条规则不成立，而其中有的数字在表中找不到（缺少该行或该列）：不按 0 计算、不报错误，提示无法核对并说明缺少什么',
  ),
  narrative('N01', 'error', '情况说明一：收入总计、支出总计与公开01表一致', '一 收入/支出总计 = 公开01表 收入总计/支出总计'),
  narrative(
    'N02',
    'error',
    '增减额、增减率与方向词应与上年数一致',
    '增加/减少 X 万元、增长/下降 Y%：方向与差额符号一致，Y = 差额 ÷ 上年 × 100',
  ),
  narrative(
    'N03',
    'error',
    '情况说明二：收入合计、各项收入及占比与公开01/02表一致',
    '二 收入合计与各项收入 = 公开02表合计行；占比 = 金额 ÷ 合计',
  ),
  narrative(
    'N04',
    'error',
    '情况说明三：支出合计、各项支出及占比与公开03表一致',
    '三 支出合计，基本/项目/上缴/经营/对附属单位补助支出及占比 = 公开03表合计行',
  ),
  narrative('N05', 'error', '情况说明四：财政拨款收入支出总计与公开04表一致', '四 财政拨款收入总计、支出总计 = 公开04表'),
  narrative(
    'N06',
    'error',
    '五（一）：一般公共预算财政拨款支出及占本年支出的比例',
    '五（一）支出 = 公开05表合计；占比 = 公开05表合计 ÷ 本年支出合计',
  ),
  narrative('N07', 'error', '五（二）：各功能类支出及占比', '五（二）各类金额 = 公开05表类行；占比 = 类 ÷ 合计；占比之和为 100%'),
  narrative('N08', 'error', '五（三）：年初预算、支出决算与完成率', '五（三）支出决算 = 公开05表；完成率 = 决算 ÷ 年初预算 × 100'),
  narrative('N09', 'error', '五（三）：科目名称与层级应存在于公开05表', '“X（类）Y（款）Z（项）”的名称与代码对应公开05表中的同一科目'),
  narrative('N10', 'error', '六：基本支出、人员经费、公用经费', '六 基本支出 = 公开05表合计基本支出；人员经费、公用经费 = 公开06表合计'),
  narrative('N11', 'error/warning', '六：列举的经济分类科目及金额', '列举的科目存在于公开06表且金额相等；未列举的非零科目为警告'),
  narrative('N12', 'error', '七：政府性基金预算财政拨款收支', '“无此项收支”时公开07表应为空；否则收入、支出 = 公开07表合计'),
  narrative('N13', 'error', '八：国有资本经营预算财政拨款支出', '“无此项支出”时公开08表应为空；否则支出 = 公开08表合计'),
  narrative(
    'N14',
    'error',
    '九（一）：“三公”经费预算、决算与完成率',
    '全年预算、支出决算 = 公开09表；完成率 = 决算 ÷ 预算 × 100；预算为 0 的项目不写完成率',
  ),
  narrative(
    'N15',
    'error/warning',
    '九（二）：“三公”经费各项金额与数量',
    '出国、购置、运行维护、接待金额 = 公开09表决算数；保有量不超过公开10表车辆数；团组、人次、批次为整数',
  ),
  narrative(
    'N16',
    'error',
    '十（一）：机关运行经费',
    '机关运行经费 = 公开10表行政单位 + 参照公务员法管理事业单位；“无机关运行经费”时应为 0',
  ),
  narrative('N17', 'error', '十（二）：政府采购支出', '政府采购支出总额及货物、工程、服务 = 公开10表'),
  narrative('N18', 'error', '十（三）：国有资产占用（车辆、设备）', '“截至某年12月31日”为报告年度；车辆总数及各类用车 = 公开10表'),
  narrative('N19', 'error', '十（四）：绩效自评个数、涉及资金与等级', '自评个数、涉及资金、各等级个数 = 项目支出绩效自评表'),
  narrative('N20', 'error', '年度应为报告年度', '情况说明中的年度为报告年度（“与上年相比”处为上一年度）'),
  narrative('W-ZERO', 'warning', '上年数为 0 时不应写增长率', '上年数为 0 而写了增长百分比'),
  narrative('W-BUDGET0', 'warning', '预算数为 0 时不应写完成率', '年初预算（或“三公”项目预算）为 0 而写了完成预算的百分比'),
  narrative(
    'W-DIR',
    'warning',
    '方向词应与数字一致',
    '“大于/小于/持平”“增加/减少”与决算和预算、本年和上年的大小关系一致；同一事项不应既写增减额又写“与上年持平”',
  ),
  narrative('W-PLACEHOLDER', 'warning', '不应留有模板占位', 'XX、××、“增加（减少）”、“大于（小于）”等模板文字'),
  narrative(
    'W-TEXT',
    'warning',
    '文字应无重复与遗漏',
    '重复的词语或标点（“主要包括主要包括”“。。”），百分数缺少“%”（仍按百分数核对），括号或引号不成对',
  ),
  narrative('W-NAME', 'warning', '单位名称应前后一致', '情况说明中的单位名称写法一致（“与/和/及”不混用），并与表中部门名称一致'),
  narrative(
    'W-REQUIRED',
    'warning',
    '“三公”经费具体情况应写明各项数量',
    '出国（境）团组与人次、公务用车购置费与运行维护费、公务用车保有量、公务接待批次与人次，为0时也应写明',
  ),
  narrative(
    'W-OUTDATED',
    'warning',
    '科目名称应为现行名称',
    '已更名的政府收支分类科目（如“文化体育与传媒支出”应为“文化旅游体育与传媒支出”）',
  ),
  narrative('FORMAT', 'info', '数字写法应合模板', '金额以“元”书写、百分数未保留两位小数等：数值正确，写法不合'),
  attachment('ATT-1', 'error', '自评表：资金结（转）余应等于全年预算数减全年执行数', '结余 = 全年预算数 − 全年执行数'),
  attachment(
    'ATT-2',
    'error/warning',
    '自评表：执行率应等于执行数除以全年预算数',
    '执行率 = 全年执行数 ÷ 全年预算数 × 100；预算为 0 时执行率无定义（警告）',
  ),
  attachment('ATT-3', 'warning', '自评表：执行率得分', '执行率得分 = min(执行率, 100%) × 分值'),
  attachment('ATT-4', 'error', '自评表：总分应等于各指标得分与执行率得分之和', '总分 = Σ指标得分 + 执行率得分；各项得分不超过其分值'),
  attachment('ATT-5', 'error', '自评表：等级应与总分相符', '优 ≥ 90，良 80–<90，中 60–<80，差 < 60'),
  attachment('ATT-6', 'warning', '自评表：资金总额应等于财政资金', '“资金总额”行与“财政资金”行的预算数、执行数相同'),
  attachment('X17', 'warning', '各自评表全年执行数之和应等于项目支出', 'Σ 自评表全年执行数 = 公开05表（或公开03表）合计项目支出'),
  attachment('X18', 'error', '情况说明的自评个数与等级应与自评表一致', '“绩效自评 N 个”、优良中差个数 = 自评表张数与等级'),
];

/** The whole registry: the catalogue's rules first, in document order, then those checked by code. */
export const RULES: RuleInfo[] = [
  ...WITHIN_TABLE.map((r) => catalogueInfo(r, 'within')),
  ...CROSS_TABLE.map((r) => catalogueInfo(r, 'cross')),
  ...CODED_RULES,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The registry entry of a rule id, if any. */
export function ruleInfo(id: string): RuleInfo | undefined {
  return byId.get(id);
}
