// Webpack loader: lowers a dependency's JavaScript to ES2020 with esbuild (already a dependency), so the
// bundle parses in the web views Excel runs the pane in (older WebKit on Mac knows no class static
// blocks, `??=` or class fields). Only syntax is lowered; no polyfill is added. The pane's own code is
// TypeScript, already compiled to ES2020 by ts-loader.
const esbuild = require('esbuild');

const TARGET = 'es2020';

module.exports = function es2020Loader(source) {
  const done = this.async();
  esbuild
    .transform(source, { loader: 'js', target: TARGET, sourcefile: this.resourcePath, charset: 'utf8' })
    .then((result) => done(null, result.code), done);
};

module.exports.TARGET = TARGET;
