/**
 * NA6 — the seed's own published 情况说明 (阳城县政务服务中心 2024, test/fixtures/seed-narrative.txt), one
 * line a row, with its three slips corrected by hand (劳务费 0.07; “主要包括” once; one “。”): every row silent.
 * Its rounding plugs (67.60/32.40, 15.4%) and the line broken inside “下降 15.4%” are information only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { NarrativeCase } from '../case';

const SEED = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'seed-narrative.txt'), 'utf8');

const corrected = SEED.replace('劳务费0.06万元', '劳务费0.07万元')
  .replace('主要包括主要包括', '主要包括')
  .replace('1.28万元。。', '1.28万元。');

export const NA6: NarrativeCase = {
  id: 'NA6',
  pattern: '山西 阳城县政务服务中心 2024 公开情况说明（已更正）',
  book: 'seed-A',
  rows: corrected
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l),
  expected: [],
};
