/**
 * What the web views Excel runs the pane in can parse: every script of a build must be ES2020 (older
 * Mac WebKit stops at class static blocks, `??=`, class fields), and the inline start-up script of a page
 * plain ES5, since it must run where the bundle does not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type ecmaVersion } from 'acorn';

/** The message of the first syntax error, or undefined when `source` parses at that version. */
export function syntaxError(source: string, version: ecmaVersion): string | undefined {
  try {
    parse(source, { ecmaVersion: version, sourceType: 'script' });
    return undefined;
  } catch (error) {
    const { message, pos } = error as { message: string; pos?: number };
    return pos === undefined ? message : `${message}: …${source.slice(Math.max(0, pos - 60), pos + 30)}…`;
  }
}

/** Every .js file of a build that does not parse as ES2020, with the reason. */
export function scriptsBeyondES2020(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) => {
      const error = syntaxError(fs.readFileSync(path.join(dir, file), 'utf8'), 2020);
      return error ? [`${file}: ${error}`] : [];
    });
}

/** The inline scripts of an HTML page (those without src). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).filter((s) => s.trim());
}
