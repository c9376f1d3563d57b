/**
 * 公开10表 部门决算公开相关信息统计表 (seed family only), as the seed prints it: A 项目 | B 行次 | C 统计数.
 * Rows from header row h: h 一、政府采购情况; h+1 项目|行次|统计数; h+2..h+5 合计, 货物, 工程, 服务;
 * h+6 二、机关运行经费; h+7 项目||统计数; h+8, h+9 行政单位, 参照公务员法管理事业单位; h+10 三、国有资产占用情况;
 * h+11 车辆数合计(辆); h+12..h+19 the eight vehicle types; h+20 单价100万元(含)以上设备(不含车辆).
 */
import type { InfoTable } from '../model';
import type { SheetWriter } from '../sheet';

const VEHICLES = [
  '1. 副部(省)级及以上领导用车',
  '2. 主要负责人用车',
  '3. 机要通信用车',
  '4. 应急保障用车',
  '5. 执法执勤用车',
  '6. 特种专业技术用车',
  '7. 离退休干部服务用车',
  '8. 其他用车',
];

export function writeInfo(w: SheetWriter, h: number, t: InfoTable): number {
  let r = h;
  const section = (label: string) => w.merged(r, 1, r, 3, label, 'left');
  const header = (line: string) => ['项目', line, '统计数'].forEach((x, i) => w.text(r, i + 1, x));
  const item = (label: string, line: number) => {
    w.text(r, 1, label, 'left');
    w.text(r, 2, String(line));
  };
  section('一、政府采购情况');
  r++;
  header('行次');
  r++;
  ['合计', '货物', '工程', '服务'].forEach((label, i) => {
    item(label, i + 1);
    w.money(r, 3, t.purchase[i], true);
    r++;
  });
  section('二、机关运行经费');
  r++;
  header('');
  r++;
  ['(一) 行政单位', '(二) 参照公务员法管理事业单位'].forEach((label, i) => {
    item(label, 5 + i);
    w.money(r, 3, t.running[i]);
    r++;
  });
  section('三、国有资产占用情况');
  r++;
  ['(一) 车辆数合计(辆)', ...VEHICLES].forEach((label, i) => {
    item(label, 7 + i);
    w.count(r, 3, t.vehicles[i]);
    r++;
  });
  item('(二) 单价100万元(含)以上设备(不含车辆)', 17);
  w.count(r, 3, t.equipment);
  w.borders(h, 1, r, 3);
  w.widths([40, 8, 16]);
  return r + 1;
}
