/** Matching value columns to a template's column specs by header wording, with 栏次 as fallback. */
import { normalize } from '../core/text';
import type { ColumnSpec } from '../core/template';

export interface ColumnMatch {
  found: Map<string, number>;
  missing: ColumnSpec[];
}

const norm = (s: string) => normalize(s);

function fits(spec: ColumnSpec, path: string[]): boolean {
  if (path.length === 0) return false;
  const leaf = path[path.length - 1];
  const ok = spec.match.some((m) => leaf === norm(m));
  if (!ok) return false;
  const above = path.slice(0, -1).join('|');
  return (spec.under ?? []).every((u) => above.includes(norm(u)));
}

/**
 * Assigns each spec the first unused column among `candidates` whose header fits it;
 * specs still unmatched take the column carrying their 栏次 number.
 */
export function matchColumns(specs: ColumnSpec[], candidates: number[], paths: string[][], ordinalByCol: Map<number, number>): ColumnMatch {
  const found = new Map<string, number>();
  const used = new Set<number>();
  for (const spec of specs) {
    const c = candidates.find((c) => !used.has(c) && fits(spec, paths[c] ?? []));
    if (c !== undefined) {
      found.set(spec.key, c);
      used.add(c);
    }
  }
  for (const spec of specs) {
    if (found.has(spec.key) || spec.ordinal === undefined) continue;
    const c = candidates.find((c) => !used.has(c) && ordinalByCol.get(c) === spec.ordinal);
    if (c !== undefined) {
      found.set(spec.key, c);
      used.add(c);
    }
  }
  return { found, missing: specs.filter((s) => !found.has(s.key)) };
}

export function isRowNumberHeader(path: string[]): boolean {
  return path.some((p) => p === '行次' || p === '行号');
}
