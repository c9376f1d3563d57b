#!/usr/bin/env node
/**
 * The bare-reader floor: the least a process can do to get every cell of an .xlsx — start node, unzip with
 * fflate, scan the shared strings and every sheet's XML for its cells' values — and nothing else. Whole-command
 * times are compared with this process (`node bench/floor.js FILE`), and the lean reader with floorScan().
 * Plain JavaScript, so no compiler stands between the floor and node.
 */
'use strict';
const fs = require('node:fs');
const { unzipSync, strFromU8 } = require('fflate');

/** Unzips the workbook and visits every cell value; returns the number of cells seen. */
function floorScan(bytes) {
  const files = unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') });
  let cells = 0;
  const shared = [];
  const sst = files['xl/sharedStrings.xml'];
  if (sst) {
    const xml = strFromU8(sst);
    const re = /<si>([\s\S]*?)<\/si>/g;
    for (let m; (m = re.exec(xml));) shared.push(m[1].replace(/<[^>]*>/g, ''));
  }
  for (const name of Object.keys(files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]);
    const re = /<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
    for (let m; (m = re.exec(xml));) {
      const body = m[3];
      if (!body) continue;
      const v = /<v>([^<]*)<\/v>/.exec(body);
      if (!v) continue;
      cells += /t="s"/.test(m[2]) ? (shared[Number(v[1])] !== undefined ? 1 : 0) : Number.isNaN(Number(v[1])) ? 0 : 1;
    }
  }
  return cells;
}

module.exports = { floorScan };

if (require.main === module) {
  const n = floorScan(fs.readFileSync(process.argv[2]));
  process.stdout.write(`${n}\n`);
}
