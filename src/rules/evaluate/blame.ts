/** Which cell of a broken relation to fix first. */
import type { Finding } from '../../core/findings';
import { speakOfNamedCell } from './repairs';

/**
 * Of a broken relation's cells, the one that breaks the most relations (a wrong figure upsets every sum
 * it is part of); ties go to the relation's total. Sets `sheet`/`cell` of each finding in place, and its
 * 实际/应为 to that cell's own figure and the value the relation needs there.
 */
export function blame(findings: Finding[]): Finding[] {
  const count = new Map<string, number>();
  const key = (c: { sheet: string; cell: string }) => `${c.sheet}!${c.cell}`;
  for (const f of findings) {
    if (f.severity === 'info') continue;
    for (const c of f.cells) count.set(key(c), (count.get(key(c)) ?? 0) + 1);
  }
  for (const f of findings) {
    if (f.severity === 'info' || f.cells.length < 2) continue;
    let best = f.cells.find((c) => c.sheet === f.sheet && c.cell === f.cell) ?? f.cells[0];
    for (const c of f.cells) if ((count.get(key(c)) ?? 0) > (count.get(key(best)) ?? 0)) best = c;
    f.sheet = best.sheet;
    f.cell = best.cell;
  }
  for (const f of findings) if (f.severity !== 'info') speakOfNamedCell(f);
  return findings;
}
