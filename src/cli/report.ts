/** Problems on stderr: one plain line, and with --verbose the technical detail below it. */
import type { Problem } from '../batch/problems';

export function printProblem(prefix: string, problem: Problem, verbose: boolean): void {
  process.stderr.write(`${prefix}${problem.message}\n`);
  if (verbose && problem.detail) process.stderr.write(`技术细节：${problem.detail}\n`);
}
