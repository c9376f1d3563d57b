/** 十 (seed family): 机关运行经费, 政府采购 and 国有资产 from 公开10表, then 预算绩效 from the supplement or the 自评表. */
import { VEHICLE_KEYS } from '../../templates/tables';
import { PROCUREMENT_KINDS, SEED_HEADINGS } from '../../templates/narrativeSections';
import { formulaSource, writeAmount } from '../phrases';
import type { Section } from '../types';
import type { Val, Values } from '../values';
import { SectionWriter } from '../writer';
import { withFullStop, writeChangeOrPlaceholder, writeUserAmount, writeUserCount, writeUserText } from './supplementPhrases';

/** 十(一): 行政单位 + 参照公务员法管理事业单位, its change and why. */
function runningCostsSection(values: Values, year: string, unit: () => string): Section {
  const writer = new SectionWriter(SEED_HEADINGS['S10.1'], 2);
  const admin = values.cellOr0('T10', '行政单位');
  const civilService = values.cellOr0('T10', '参照公务员法管理事业单位');
  const runningCosts: Val = {
    value: admin.value.plus(civilService.value),
    source: formulaSource('行政单位 + 参照公务员法管理事业单位', admin, civilService),
  };
  if (runningCosts.value.isZero()) writer.text(`${unit()}无机关运行经费。`);
  else {
    writer.text(`${year}年度${unit()}机关运行经费支出`);
    writeAmount(writer, runningCosts).text('，');
    writeChangeOrPlaceholder(writer, values, '比上年', runningCosts, '上年.机关运行经费');
    writer.text('，主要原因是');
    writeUserText(writer, values, '原因.机关运行经费').text('。');
  }
  return writer.build();
}

/** 十(二): the total 政府采购 and, when there is any, its 货物 / 工程 / 服务. */
function procurementSection(values: Values, year: string): Section {
  const writer = new SectionWriter(SEED_HEADINGS['S10.2'], 2);
  const total = values.cellOr0('T10', '政府采购合计');
  writer.text(`${year}年度政府采购支出总额`);
  writeAmount(writer, total);
  if (!total.value.isZero())
    PROCUREMENT_KINDS.forEach((kind, i) => {
      writer.text(`${i ? '、' : '，其中：'}政府采购${kind}支出`);
      writeAmount(writer, values.cellOr0('T10', kind));
    });
  writer.text('。');
  return writer.build();
}

/** 十(三): vehicles in total and by kind with their use, and equipment of 100万元 or more. */
function assetsSection(values: Values, year: string, unit: () => string): Section {
  const writer = new SectionWriter(SEED_HEADINGS['S10.3'], 2);
  const vehicles = values.cellOr0('T10', '车辆数合计');
  writer.text(`截至${year}年12月31日，${unit()}共有车辆`).fact(vehicles.value.toString(), vehicles.source).text('辆');
  const kinds = VEHICLE_KEYS.map((kind) => ({ kind, val: values.cellOr0('T10', kind) })).filter((x) => !x.val.value.isZero());
  if (kinds.length) {
    writer.text('。其中：');
    kinds.forEach((x, i) => {
      writer
        .text(`${i ? '；' : ''}${x.kind}`)
        .fact(x.val.value.toString(), x.val.source)
        .text(`辆，${x.kind}主要是`);
      writeUserText(writer, values, `用途.车辆.${x.kind}`);
    });
  }
  const equipment = values.cellOr0('T10', '单价100万元(含)以上设备(不含车辆)');
  writer.text('。单价100万元（含）以上设备（不含车辆）').fact(equipment.value.toString(), equipment.source).text('台（套）。');
  return writer.build();
}

/** 十(四): 绩效自评 counts and funds, the grades, the measures for 中/差, then other matters. */
function performanceSection(values: Values, year: string): Section {
  const writer = new SectionWriter(SEED_HEADINGS['S10.4'], 2);
  const count = (key: string) => writeUserCount(writer, values, key);
  writer.text('1、预算绩效管理工作开展情况').end();
  writer.text(`${year}年二级项目绩效自评个数`);
  count('绩效.自评个数');
  writer.text('个，涉及资金');
  writeUserAmount(writer, values, '绩效.涉及资金');
  writer.text('：');
  (['优', '良', '中', '差'] as const).forEach((grade, i) => {
    count(`绩效.${grade}`);
    writer.text(`个项目自评等级为“${grade}”${i < 3 ? '，' : '。'}`);
  });
  writer.text('对于自评结果为“中”和“差”的项目，采取的改进管理措施为');
  writeUserText(writer, values, '绩效.改进措施').text('。').end();
  writer.text('附件：二级项目绩效自评表').end();
  writer.text('2、其他需要说明的事项').end();
  const otherMatters = values.supplement['其他事项'];
  writer.text(withFullStop(otherMatters ? String(otherMatters) : `${year}年本单位无其他需要说明的事项`));
  return writer.build();
}

/** 十 as the seed family writes it: the heading, then (一) to (四). */
export function otherMattersSections(values: Values, year: string, unit: () => string): Section[] {
  const heading = new SectionWriter(SEED_HEADINGS.S10).build();
  return [
    heading,
    runningCostsSection(values, year, unit),
    procurementSection(values, year),
    assetsSection(values, year, unit),
    performanceSection(values, year),
  ];
}
