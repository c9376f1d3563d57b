/** The labels that mark an amount as 预算数 or 决算数 and a percentage as a completion rate (五(三), 九). */
export const BUDGET_LABEL = /(年初|全年)?预算(数)?$/;
export const ACTUAL_LABEL = /(支出)?决算(数)?$|决算支出$/;
export const RATE_LABEL = /完成(年初|全年)?预算(数)?的$|(预算)?(完成|执行)率$/;
