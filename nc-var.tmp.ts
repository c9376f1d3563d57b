import { loadWorkbook, workbookToGrid } from './src/adapters/exceljs/read';
import { recognize } from './src/recognize/recognize';
import { checkNarrative, splitNarrative } from './src/narrative-check';
import * as fs from 'fs';
(async () => {
  const grid = workbookToGrid(await loadWorkbook('samples/seed-2024.xlsx'), 'x');
  const rec = recognize(grid);
  const base = fs.readFileSync('test/fixtures/seed-narrative.txt', 'utf8');
  const baseF = checkNarrative({ sections: splitNarrative(base) }, rec.tables).map((f) => f.message);
  const variants: [string, string][] = JSON.parse(process.argv[2]);
  for (const [a, b] of variants) {
    if (!base.includes(a)) { console.log('NOT FOUND', a); continue; }
    const f = checkNarrative({ sections: splitNarrative(base.replace(a, b)) }, rec.tables).filter((x) => !baseF.includes(x.message));
    console.log('---', a, '→', b);
    for (const x of f) console.log(' ', x.severity, x.rule, x.message.slice(0, 220), JSON.stringify(x.cells));
  }
})();
