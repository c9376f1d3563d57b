/**
 * 政府收支分类科目 renamed by the 财政部 in recent years: a 情况说明 copied from an old year keeps the old
 * name. Kept as data so a new renaming is one line.
 */
export interface RenamedSubject {
  old: string;
  current: string;
  /** First budget year of the current name. */
  since: number;
}

export const RENAMED_SUBJECTS: RenamedSubject[] = [
  { old: '文化体育与传媒支出', current: '文化旅游体育与传媒支出', since: 2019 },
  { old: '医疗卫生与计划生育支出', current: '卫生健康支出', since: 2019 },
  { old: '国土海洋气象等支出', current: '自然资源海洋气象等支出', since: 2019 },
  { old: '行政事业单位离退休', current: '行政事业单位养老支出', since: 2019 },
];
