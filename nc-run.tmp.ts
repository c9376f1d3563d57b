import { loadWorkbook, workbookToGrid } from './src/adapters/exceljs/read';
import { recognize } from './src/recognize/recognize';
import { generateNarrative } from './src/narrative/generate';
import { checkNarrative, splitNarrative } from './src/narrative-check';
import * as fs from 'fs';
(async () => {
  const grid = workbookToGrid(await loadWorkbook('samples/seed-2024.xlsx'), 'x');
  const rec = recognize(grid);
  const mode = process.argv[2];
  let sections;
  if (mode === 'seed') sections = splitNarrative(fs.readFileSync('test/fixtures/seed-narrative.txt', 'utf8'));
  else {
    const sup = mode === 'gen' ? JSON.parse(fs.readFileSync('samples/supplement-2024.json', 'utf8')) : {};
    sections = generateNarrative(rec.tables, rec.family, sup).sections;
  }
  if (process.argv[3]) for (const s of sections) console.log(s.heading, '|', s.text.slice(0, 30).replace(/\n/g, ' '));
  const f = checkNarrative({ sections }, rec.tables);
  for (const x of f) console.log(x.severity.padEnd(7), x.rule.padEnd(13), x.message, JSON.stringify(x.cells));
})();
