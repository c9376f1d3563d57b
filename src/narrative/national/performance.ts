/**
 * 十、预算绩效管理情况 (national): projects with 绩效目标 and their budget, 绩效自评 projects, funds,
 * average score and grades, and the measures for 中/差 (asked for only when there are such projects).
 */
import { NATIONAL_HEADINGS } from '../../templates/narrativeSections';
import { writeUserAmount, writeUserCount, writeUserText } from '../sections/supplementPhrases';
import type { Section } from '../types';
import { SectionWriter } from '../writer';
import type { NationalContext } from './context';

export function nationalPerformanceSection({ values, year, unit }: NationalContext): Section {
  const writer = new SectionWriter(NATIONAL_HEADINGS['S10.4']);
  writer.text(`根据预算绩效管理要求，${unit}组织对${year}年度项目支出开展绩效管理。编报绩效目标的项目`);
  writeUserCount(writer, values, '绩效.目标项目数').text('个，涉及预算金额');
  writeUserAmount(writer, values, '绩效.目标金额');
  writer.text('；开展绩效自评的项目');
  writeUserCount(writer, values, '绩效.自评个数').text('个，涉及资金');
  writeUserAmount(writer, values, '绩效.涉及资金');
  writer.text('，平均得分');
  const score = values.text('绩效.平均得分');
  if (score === undefined) writer.text(values.placeholder('绩效.平均得分'));
  else writer.fact(score, { kind: 'supplement', key: '绩效.平均得分' });
  writer.text('分。其中：');
  (['优', '良', '中', '差'] as const).forEach((grade, i) => {
    writer.text(`${i ? '，' : ''}自评等级为“${grade}”的项目`);
    writeUserCount(writer, values, `绩效.${grade}`).text('个');
  });
  writer.text('。');
  const weak = ['绩效.中', '绩效.差'].map((k) => values.supplement[k]);
  const noneWeak = weak.every((v) => v !== undefined && String(v).trim() !== '' && Number(v) === 0);
  if (!noneWeak || values.supplement['绩效.改进措施']) {
    writer.text('对于自评结果为“中”和“差”的项目，采取的改进管理措施为：');
    writeUserText(writer, values, '绩效.改进措施').text('。');
  }
  return writer.build();
}
