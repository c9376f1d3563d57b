/** 六: 基本支出 (公开06表): 人员经费 and 公用经费, each with the items it mainly consists of. */
import { ZERO } from '../../core/money';
import { OFFICE_CLASSES, PERSONNEL_CLASSES, SEED_HEADINGS } from '../../templates/narrativeSections';
import { formulaSource, writeAmount } from '../phrases';
import type { Section } from '../types';
import type { Val, Values } from '../values';
import { SectionWriter } from '../writer';

interface ListedItem {
  label: string;
  val: Val;
}

/**
 * 人员经费 by 功能类, as the seed prints it: each 类's 基本支出 in 公开05表, less the 公用经费 where it is
 * booked (the 类 holding the 行政运行/事业运行 项). Offered only when it adds up to 人员经费合计 exactly.
 */
function personnelByClass(values: Values): ListedItem[] | undefined {
  const personnel = values.cell('T06', '人员经费合计');
  const office = values.cell('T06', '公用经费合计');
  if (!personnel || !office) return undefined;
  const rows = values.rows('T05');
  const classes = rows.filter((r) => r.kind === 'class' && !values.cellOr0('T05', r.key, '基本支出').value.isZero());
  const runningCostsClass = classes.find((cls) =>
    rows.some(
      (r) =>
        r.code?.length === 7 &&
        r.code.startsWith(cls.key) &&
        /(01|02|50)$/.test(r.code) &&
        !values.cellOr0('T05', r.key, '基本支出').value.isZero(),
    ),
  );
  if (!runningCostsClass) return undefined;
  const items = classes.map((cls) => {
    const basic = values.cellOr0('T05', cls.key, '基本支出');
    if (cls !== runningCostsClass) return { label: cls.label, val: basic };
    return {
      label: cls.label,
      val: { value: basic.value.minus(office.value), source: formulaSource('该类基本支出 − 公用经费合计', basic, office) },
    };
  });
  const total = items.reduce((sum, x) => sum.plus(x.val.value), ZERO);
  return total.eq(personnel.value) && items.every((x) => x.val.value.gt(0)) ? items : undefined;
}

/** Non-zero 经济分类 款 of 公开06表 under the given 类, in table order. */
function economicItems(values: Values, classes: readonly string[]): ListedItem[] {
  return values
    .rows('T06')
    .filter((r) => r.code?.length === 5 && classes.some((c) => r.code!.startsWith(c)))
    .map((r) => ({ label: r.label, val: values.cellOr0('T06', r.key) }))
    .filter((x) => !x.val.value.isZero());
}

function writeItems(writer: SectionWriter, items: ListedItem[], separator: string, namesOnly: boolean): void {
  items.forEach((x, i) => {
    writer.text(`${i ? separator : ''}${x.label}`);
    if (!namesOnly) writeAmount(writer, x.val);
  });
}

/**
 * 六、一般公共预算财政拨款基本支出决算情况说明. `namesOnly`: the national (MoF) form, which lists the
 * non-zero 经济分类 items by name ("基本工资、津贴补贴…"); the seed gives amounts, 人员经费 by 功能类.
 */
export function basicExpenditureSection(values: Values, year: string, namesOnly = false): Section {
  const writer = new SectionWriter(SEED_HEADINGS.S6);
  const basic = values.cellOr0('T05', '合计', '基本支出');
  const personnel = values.cellOr0('T06', '人员经费合计');
  const office = values.cellOr0('T06', '公用经费合计');
  writer.text(`${year}年度财政拨款基本支出`);
  writeAmount(writer, basic).text('，其中：').end();
  writer.text('人员经费');
  writeAmount(writer, personnel);
  const byClass = namesOnly ? undefined : personnelByClass(values);
  const personnelItems = byClass ?? economicItems(values, PERSONNEL_CLASSES);
  if (personnelItems.length) {
    writer.text('，主要包括');
    writeItems(writer, personnelItems, byClass ? '；' : namesOnly ? '、' : '，', namesOnly);
  }
  writer.text('；').end();
  writer.text('公用经费');
  writeAmount(writer, office);
  const officeItems = economicItems(values, OFFICE_CLASSES);
  if (officeItems.length) {
    writer.text('，主要包括');
    writeItems(writer, officeItems, namesOnly ? '、' : '，', namesOnly);
  }
  writer.text('。');
  return writer.build();
}
