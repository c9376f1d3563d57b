/**
 * Timing on a noisy machine: every method is run once per round, in a shuffled order, so a burst of other work
 * falls on all of them alike; each figure is a median with its min–max, and each ratio is taken within a round
 * (then its median), never between medians measured minutes apart.
 */
import { spawnSync } from 'node:child_process';

export interface Spread {
  median: number;
  min: number;
  max: number;
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function spread(xs: number[], round = r1): Spread {
  return { median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)) };
}

/** Seeded shuffle, so a run can be repeated. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let a = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    a = (a * 1664525 + 1013904223) >>> 0;
    const j = a % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export type Method = () => unknown | Promise<unknown>;

/** Runs every method once per round (shuffled), after one untimed warm-up round; ms per method per round. */
export async function rounds(methods: Record<string, Method>, n: number, before?: () => void): Promise<Record<string, number[]>> {
  const names = Object.keys(methods);
  const out: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
  for (let round = -1; round < n; round++) {
    for (const name of shuffled(names, round + 7)) {
      before?.();
      const t0 = process.hrtime.bigint();
      await methods[name]();
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (round >= 0) out[name].push(ms);
    }
  }
  return out;
}

/** Per-round ratio a/b, as a spread. */
export function ratio(times: Record<string, number[]>, a: string, b: string): Spread {
  return spread(
    times[a].map((x, i) => x / times[b][i]),
    r2,
  );
}

/** A method that runs a command to completion, failing loudly on an unexpected exit code. */
export function command(argv: string[], okCodes = [0, 1]): Method {
  return () => {
    const r = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status === null || !okCodes.includes(r.status))
      throw new Error(`${argv.join(' ')} exited ${r.status ?? r.signal}: ${String(r.stderr).slice(0, 400)}`);
  };
}
