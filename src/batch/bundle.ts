/**
 * The batch worker when no prebuilt one is at hand (the command runs dist/cli/worker.js, built by bin/build.js;
 * this is for the sources run through tsx, as the tests do): one piece of JavaScript, built in memory once per
 * process and run by `new Worker(code, { eval: true })`. Nothing is written to disk, so a read-only node_modules or temp folder does not matter;
 * packages are required by absolute path, so they resolve from the project wherever the code runs.
 */
import { isBuiltin } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'esbuild';

const packagesByPath: Plugin = {
  name: 'packages-by-absolute-path',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      isBuiltin(args.path)
        ? { path: args.path, external: true }
        : { path: require.resolve(args.path, { paths: [args.resolveDir] }), external: true },
    );
  },
};

let code: Promise<string> | undefined;

/** Compiling the TypeScript sources in every worker would cost seconds each; one bundle costs ~0.1 s. */
export function workerCode(): Promise<string> {
  code ??= import('esbuild')
    .then(({ build }) =>
      build({
        entryPoints: [path.join(__dirname, 'worker.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        write: false,
        logLevel: 'silent',
        plugins: [packagesByPath],
      }),
    )
    .then((r) => r.outputFiles[0].text);
  code.catch(() => (code = undefined));
  return code;
}
