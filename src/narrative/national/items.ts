/** 科目 paths as the national text names a 项: 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）. */
import type { TableKey } from '../../core/template';
import type { Values } from '../values';

export interface ItemRow {
  code: string;
  label: string;
}

/** Non-zero 项 (7-digit codes) of a 功能分类 table in its column, in table order. */
export function nonZeroItems(values: Values, table: TableKey, col: string): ItemRow[] {
  return values
    .rows(table)
    .filter((r) => r.code?.length === 7 && !values.cellOr0(table, r.key, col).value.isZero())
    .map((r) => ({ code: r.code!, label: r.label }));
}

/** "类名（类）款名（款）项名（项）", names from the same table. */
export function itemPath(values: Values, table: TableKey, item: ItemRow): string {
  const rows = values.rows(table);
  const name = (code: string) => rows.find((r) => r.key === code || r.code === code)?.label ?? code;
  return `${name(item.code.slice(0, 3))}（类）${name(item.code.slice(0, 5))}（款）${item.label}（项）`;
}
