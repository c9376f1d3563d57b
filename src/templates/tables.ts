/**
 * The standard tables of 部门决算公开, declared once for both template families.
 * Wording follows the templates; matching ignores whitespace, full-width forms and list markers.
 */
import type { ColumnSpec, ItemSpec, TemplateDef } from '../core/template';

const money = (key: string, ...match: string[]): ItemSpec => ({ key, match });
const count = (key: string, ...match: string[]): ItemSpec => ({ key, match, kind: 'count' });
const col = (key: string, ordinal: number | undefined, match: string[] = [], under?: string[]): ColumnSpec => ({
  key,
  ordinal,
  match: [key, ...match],
  under,
});

const T01: TemplateDef = {
  key: 'T01',
  code: '公开01表',
  title: '收入支出决算总表',
  aliases: ['收支决算总表', '部门收支决算总表', '部门收入支出决算总表', '单位收入支出决算总表'],
  kind: 'items',
  requiredIn: ['seed', 'national'],
  defaultColumn: '金额',
  sides: [
    {
      name: '收入',
      columns: [{ key: '金额', match: ['金额', '决算数', '本年决算数', '决算金额'], ordinal: 1, required: true }],
      items: [
        money('一般公共预算财政拨款收入', '一般公共预算财政拨款'),
        money('政府性基金预算财政拨款收入', '政府性基金预算财政拨款'),
        money('国有资本经营预算财政拨款收入', '国有资本经营预算财政拨款'),
        money('上级补助收入'),
        money('事业收入'),
        money('经营收入'),
        money('附属单位上缴收入'),
        money('其他收入'),
        { key: '本年收入合计', required: true },
        money('使用非财政拨款结余', '使用非财政拨款结余(含专用结余)', '用事业基金弥补收支差额'),
        money('年初结转和结余'),
        { key: '收入总计', match: ['总计'], required: true },
      ],
    },
    {
      name: '支出',
      classRows: true,
      classRowsBefore: '本年支出合计',
      columns: [{ key: '金额', match: ['金额', '决算数', '本年决算数', '决算金额'], ordinal: 2, required: true }],
      items: [
        { key: '本年支出合计', required: true },
        money('结余分配'),
        money('年末结转和结余'),
        { key: '支出总计', match: ['总计'], required: true },
      ],
    },
  ],
};

const T02: TemplateDef = {
  key: 'T02',
  code: '公开02表',
  title: '收入决算表',
  // 收入决算总表: 陕西 (柞水县 2020) titles 二 so.
  aliases: ['部门收入决算表', '单位收入决算表', '收入决算总表'],
  kind: 'coded',
  requiredIn: ['seed', 'national'],
  defaultColumn: '本年收入合计',
  columns: [
    { ...col('本年收入合计', 1, ['合计', '收入合计']), required: true },
    col('财政拨款收入', 2, ['财政拨款']),
    col('上级补助收入', 3),
    col('事业收入', 4),
    col('经营收入', 5),
    col('附属单位上缴收入', 6),
    col('其他收入', 7),
  ],
};

const T03: TemplateDef = {
  key: 'T03',
  code: '公开03表',
  title: '支出决算表',
  aliases: ['部门支出决算表', '单位支出决算表', '支出决算总表'],
  kind: 'coded',
  requiredIn: ['seed', 'national'],
  defaultColumn: '本年支出合计',
  columns: [
    { ...col('本年支出合计', 1, ['合计', '支出合计']), required: true },
    col('基本支出', 2),
    col('项目支出', 3),
    col('上缴上级支出', 4),
    col('经营支出', 5),
    col('对附属单位补助支出', 6),
  ],
};

const FUND_COLUMNS: ColumnSpec[] = [
  { key: '合计', match: ['合计', '小计'], ordinal: 2, required: true },
  col('一般公共预算财政拨款', 3, ['一般公共预算']),
  col('政府性基金预算财政拨款', 4, ['政府性基金预算', '政府性基金']),
  col('国有资本经营预算财政拨款', 5, ['国有资本经营预算']),
];

const T04: TemplateDef = {
  key: 'T04',
  code: '公开04表',
  title: '财政拨款收入支出决算总表',
  aliases: ['财政拨款收支决算总表'],
  kind: 'items',
  requiredIn: ['seed', 'national'],
  defaultColumn: '金额',
  sides: [
    {
      name: '收入',
      columns: [{ key: '金额', match: ['金额', '决算数', '本年决算数', '决算金额'], ordinal: 1, required: true }],
      items: [
        money('一般公共预算财政拨款', '一般公共预算财政拨款收入'),
        money('政府性基金预算财政拨款', '政府性基金预算财政拨款收入'),
        money('国有资本经营预算财政拨款', '国有资本经营预算财政拨款收入'),
        { key: '本年收入合计', required: true },
        money('年初财政拨款结转和结余', '年初结转和结余'),
        { key: '年初结转·一般公共预算', match: ['一般公共预算财政拨款'], after: '年初财政拨款结转和结余' },
        { key: '年初结转·政府性基金', match: ['政府性基金预算财政拨款'], after: '年初财政拨款结转和结余' },
        { key: '年初结转·国有资本经营', match: ['国有资本经营预算财政拨款'], after: '年初财政拨款结转和结余' },
        { key: '收入总计', match: ['总计'], required: true },
      ],
    },
    {
      name: '支出',
      classRows: true,
      classRowsBefore: '本年支出合计',
      columns: FUND_COLUMNS,
      items: [
        { key: '本年支出合计', required: true },
        money('年末财政拨款结转和结余', '年末结转和结余'),
        { key: '支出总计', match: ['总计'], required: true },
      ],
    },
  ],
};

const T05: TemplateDef = {
  key: 'T05',
  code: '公开05表',
  title: '一般公共预算财政拨款支出决算表',
  aliases: ['一般公共预算支出决算表'],
  kind: 'coded',
  requiredIn: ['seed', 'national'],
  defaultColumn: '小计',
  columns: [{ key: '小计', match: ['小计', '合计', '本年支出'], ordinal: 1, required: true }, col('基本支出', 2), col('项目支出', 3)],
};

const T06: TemplateDef = {
  key: 'T06',
  code: '公开06表',
  title: '一般公共预算财政拨款基本支出决算明细表',
  nationalTitle: '一般公共预算财政拨款基本支出决算表',
  aliases: ['一般公共预算财政拨款基本支出决算表', '基本支出决算表', '基本支出决算明细表', '一般公共预算基本支出决算表'],
  kind: 'economic',
  requiredIn: ['seed', 'national'],
  defaultColumn: '决算数',
  columns: [{ key: '决算数', match: ['决算数', '金额', '本年决算数'], required: true }],
  footers: [money('人员经费合计', '人员经费合计'), money('公用经费合计', '公用经费合计')],
};

const T07: TemplateDef = {
  key: 'T07',
  code: '公开07表',
  title: '政府性基金预算财政拨款收入支出决算表',
  aliases: ['政府性基金决算表', '政府性基金预算财政拨款支出决算表', '政府性基金预算财政拨款收支决算表'],
  kind: 'coded',
  requiredIn: ['seed', 'national'],
  defaultColumn: '本年支出小计',
  columns: [
    col('年初结转和结余', 1, ['年初财政拨款结转和结余']),
    col('本年收入', 2),
    { key: '本年支出小计', match: ['小计', '合计'], under: ['本年支出'], ordinal: 3, required: true },
    col('基本支出', 4),
    col('项目支出', 5),
    col('年末结转和结余', 6, ['年末财政拨款结转和结余']),
  ],
};

const T08: TemplateDef = {
  key: 'T08',
  code: '公开08表',
  title: '国有资本经营预算财政拨款支出决算表',
  nationalTitle: '国有资本经营预算财政拨款收入支出决算表',
  aliases: ['国有资本经营预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收支决算表'],
  kind: 'coded',
  requiredIn: ['seed', 'national'],
  defaultColumn: '合计',
  columns: [
    col('年初结转和结余', undefined, ['年初财政拨款结转和结余']),
    col('本年收入', undefined),
    { key: '合计', match: ['合计', '小计'], required: true },
    col('基本支出', undefined),
    col('项目支出', undefined),
    col('年末结转和结余', undefined, ['年末财政拨款结转和结余']),
  ],
};

/** The car item's wordings: 公务用车购置及运行维护费 (seed), 公务用车购置及运行费 (national exports). */
const CAR_ITEM = ['公务用车购置及运行维护费', '公务用车购置及运行费'];

/**
 * 三公 columns, once for 预算数 and once for 决算数. 会议费 and 培训费 (陕西's “三公”经费及会议费、培训费
 * 支出决算表) are read beside them; they are not part of 合计.
 */
function sanGongColumns(row: '预算数' | '决算数', first: number): ColumnSpec[] {
  const u = [row];
  return [
    { key: '合计', match: ['合计'], under: u, row, ordinal: first, required: true, labels: ['合计', '三公经费合计', '“三公”经费合计'] },
    {
      key: '因公出国（境）费',
      match: ['因公出国(境)费', '因公出国(境)费用', '因公出国费'],
      under: u,
      row,
      ordinal: first + 1,
      labels: ['因公出国(境)费', '因公出国(境)费用', '因公出国费'],
    },
    { key: '公务用车购置及运行维护费', match: ['小计'], under: [row, CAR_ITEM], row, ordinal: first + 2, labels: CAR_ITEM },
    {
      key: '公务用车购置费',
      match: ['公务用车购置费', '购置费', '公务用车购置'],
      under: u,
      row,
      ordinal: first + 3,
      labels: ['公务用车购置费', '购置费', '公务用车购置'],
    },
    {
      key: '公务用车运行维护费',
      match: ['公务用车运行维护费', '运行维护费', '公务用车运行费', '运行费'],
      under: u,
      row,
      ordinal: first + 4,
      labels: ['公务用车运行维护费', '运行维护费', '公务用车运行费', '运行费'],
    },
    { key: '公务接待费', match: ['公务接待费'], under: u, row, ordinal: first + 5, labels: ['公务接待费'] },
    { key: '会议费', match: ['会议费'], under: u, row, labels: ['会议费'] },
    { key: '培训费', match: ['培训费'], under: u, row, labels: ['培训费'] },
  ];
}

const T09: TemplateDef = {
  key: 'T09',
  code: '公开09表',
  title: '财政拨款“三公”经费支出决算表',
  aliases: [
    '“三公”经费支出决算表',
    '一般公共预算财政拨款“三公”经费支出决算表',
    '一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表',
    '财政拨款“三公”经费及会议费、培训费支出决算表',
    // 广西 (环江县 2020) and 上海 (嘉定区 2017, with a 机关运行经费 column beside the 三公 items).
    '一般公共预算财政拨款安排的“三公”经费支出决算表',
    '财政拨款安排的“三公”经费支出决算表',
    '一般公共预算财政拨款“三公”经费及机关运行经费支出决算表',
    '“三公”经费及机关运行经费支出决算表',
  ],
  kind: 'single',
  requiredIn: ['seed', 'national'],
  columns: [...sanGongColumns('预算数', 1), ...sanGongColumns('决算数', 7)],
};

const VEHICLES = [
  '副部(省)级及以上领导用车',
  '主要负责人用车',
  '机要通信用车',
  '应急保障用车',
  '执法执勤用车',
  '特种专业技术用车',
  '离退休干部服务用车',
  '其他用车',
];

const T10: TemplateDef = {
  key: 'T10',
  code: '公开10表',
  title: '部门决算公开相关信息统计表',
  aliases: ['决算公开相关信息统计表', '单位决算公开相关信息统计表'],
  kind: 'items',
  requiredIn: ['seed'],
  defaultColumn: '统计数',
  sides: [
    {
      name: '项目',
      columns: [{ key: '统计数', match: ['统计数', '金额', '数量'], required: true }],
      items: [
        money('政府采购合计', '合计', '政府采购支出合计'),
        money('货物', '政府采购货物支出'),
        money('工程', '政府采购工程支出'),
        money('服务', '政府采购服务支出'),
        money('行政单位'),
        money('参照公务员法管理事业单位', '参照公务员法管理的事业单位'),
        { key: '车辆数合计', match: ['车辆数合计(辆)', '车辆数合计', '车辆合计'], kind: 'count', required: true },
        ...VEHICLES.map((v) => count(v, v.replace(/用车$/, ''))),
        count('单价100万元(含)以上设备(不含车辆)', '单价100万元以上设备', '单价100万元(含)以上设备'),
      ],
    },
  ],
};

export const VEHICLE_KEYS = VEHICLES;

export const TEMPLATES: TemplateDef[] = [T01, T02, T03, T04, T05, T06, T07, T08, T09, T10];

export function templateByKey(key: string): TemplateDef | undefined {
  return TEMPLATES.find((t) => t.key === key);
}
