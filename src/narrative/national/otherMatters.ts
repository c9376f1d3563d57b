/**
 * 十一、其他重要事项的情况说明 (national): (一) 机关运行经费, (二) 政府采购 with the 中小企业 / 小微企业
 * contracts, (三) 国有资产占用 (vehicles by kind, equipment), then other matters when given. This
 * family has no 公开10表: the figures come from the supplement.
 */
import { NATIONAL_HEADINGS, NATIONAL_OTHER_MATTERS_HEADING, PROCUREMENT_KINDS } from '../../templates/narrativeSections';
import { VEHICLE_KEYS } from '../../templates/tables';
import { formulaSource, percent, writeAmount } from '../phrases';
import { withFullStop, writeChangeOrPlaceholder, writeUserAmount, writeUserCount, writeUserText } from '../sections/supplementPhrases';
import type { Section } from '../types';
import type { Val } from '../values';
import { SectionWriter } from '../writer';
import type { NationalContext } from './context';

function runningCostsSection({ values, year, unit, priorYear }: NationalContext): Section {
  const writer = new SectionWriter(NATIONAL_HEADINGS['S10.1'], 2);
  const current = values.amount('本年.机关运行经费');
  if (current?.value.isZero()) return writer.text(`${unit}${year}年度无机关运行经费支出。`).build();
  writer.text(`${unit}${year}年度机关运行经费支出`);
  if (!current) return writer.text(`${values.placeholder('本年.机关运行经费')}。`).build();
  writeAmount(writer, current).text('，');
  const prior = values.amount('上年.机关运行经费');
  // Unchanged: nothing to explain.
  if (prior?.value.eq(current.value)) return writer.text(`与${priorYear}年度持平。`).build();
  writeChangeOrPlaceholder(writer, values, `比${priorYear}年度`, current, '上年.机关运行经费');
  writer.text('，主要原因：');
  writeUserText(writer, values, '原因.机关运行经费').text('。');
  return writer.build();
}

/** "占…的P%" of a contract amount. */
function writeContractShare(writer: SectionWriter, part: Val, whole: Val, of: string): void {
  if (whole.value.isZero()) return;
  writer
    .text(`，占${of}的`)
    .fact(percent(part.value, whole.value).toFixed(2), formulaSource(`合同金额 ÷ ${of} × 100`, part, whole))
    .text('%');
}

function procurementSection({ values, year, unit }: NationalContext): Section {
  const writer = new SectionWriter(NATIONAL_HEADINGS['S10.2'], 2);
  const total = values.amount('政府采购.合计');
  if (total?.value.isZero()) return writer.text(`${unit}${year}年度无政府采购支出。`).build();
  writer.text(`${unit}${year}年度政府采购支出总额`);
  writeUserAmount(writer, values, '政府采购.合计');
  PROCUREMENT_KINDS.forEach((kind, i) => {
    writer.text(`${i ? '、' : '，其中：'}政府采购${kind}支出`);
    writeUserAmount(writer, values, `政府采购.${kind}`);
  });
  writer.text('。授予中小企业合同金额');
  const sme = writeUserAmount(writer, values, '政府采购.中小企业');
  if (sme && total) writeContractShare(writer, sme, total, '政府采购支出总额');
  writer.text('，其中：授予小微企业合同金额');
  const small = writeUserAmount(writer, values, '政府采购.小微企业');
  if (small && sme) writeContractShare(writer, small, sme, '授予中小企业合同金额');
  writer.text('。');
  return writer.build();
}

/** Vehicle kinds the supplement gives (数量.车辆类型.执法执勤用车 …), non-zero, in the template's order. */
function vehicleKinds(ctx: NationalContext): string[] {
  return VEHICLE_KEYS.filter((kind) => {
    const v = ctx.values.supplement[`数量.车辆类型.${kind}`];
    return v !== undefined && String(v).trim() !== '' && Number(v) > 0;
  });
}

function assetsSection(ctx: NationalContext): Section {
  const { values, year, unit } = ctx;
  const writer = new SectionWriter(NATIONAL_HEADINGS['S10.3'], 2);
  writer.text(`截至${year}年12月31日，${unit}共有车辆`);
  writeUserCount(writer, values, '数量.车辆').text('辆');
  const kinds = vehicleKinds(ctx);
  kinds.forEach((kind, i) => {
    writer.text(`${i ? '、' : '，其中：'}${kind}`);
    writeUserCount(writer, values, `数量.车辆类型.${kind}`).text('辆');
  });
  writer.text('。单价100万元（含）以上设备（不含车辆）');
  writeUserCount(writer, values, '数量.大型设备').text('台（套）。');
  return writer.build();
}

export function nationalOtherMattersSections(ctx: NationalContext): Section[] {
  const sections = [
    new SectionWriter(NATIONAL_HEADINGS.S10).build(),
    runningCostsSection(ctx),
    procurementSection(ctx),
    assetsSection(ctx),
  ];
  const other = ctx.values.supplement['其他事项'];
  if (other !== undefined && String(other).trim())
    sections.push(new SectionWriter(NATIONAL_OTHER_MATTERS_HEADING, 2).text(withFullStop(String(other).trim())).build());
  return sections;
}
