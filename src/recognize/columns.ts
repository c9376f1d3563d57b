/** Matching value columns to a template's column specs by header wording, with 栏次 as fallback. */
import { normalize } from '../core/text';
import type { ColumnSpec } from '../core/template';

export interface ColumnMatch {
  found: Map<string, number>;
  missing: ColumnSpec[];
}

const norm = (s: string) => normalize(s);

/** Sub-header words printed under every value column: the column's meaning stands above them. */
const GENERIC_LEAVES = new Set(['决算数', '金额', '本年决算数', '本年数']);
/** 预算数 | 决算数 printed under each item (national 三公 table): the group word comes last there. */
const GROUP_LEAVES = new Set(['预算数', '决算数']);

function fitsPath(spec: ColumnSpec, path: string[]): boolean {
  if (path.length === 0) return false;
  const leaf = path[path.length - 1];
  if (!spec.match.some((m) => leaf === norm(m))) return false;
  const above = path.slice(0, -1).join('|');
  return (spec.under ?? []).every((u) => (Array.isArray(u) ? u : [u]).some((w) => above.includes(norm(w))));
}

function fits(spec: ColumnSpec, path: string[]): boolean {
  if (fitsPath(spec, path)) return true;
  const leaf = path[path.length - 1];
  if (path.length < 2) return false;
  if (GENERIC_LEAVES.has(leaf) && !spec.match.some((m) => norm(m) === leaf) && fitsPath(spec, path.slice(0, -1))) return true;
  return GROUP_LEAVES.has(leaf) && fitsPath(spec, [leaf, ...path.slice(0, -1)]);
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
