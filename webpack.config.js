// Build of the pages of taskpane/: the add-in's pane (addin/), the offline web page (web/) and the test
// harness (harness/), each an entry over the shared pane (pane/).
//
//   npx webpack --mode production              → dist/taskpane.html (+ its bundle), dist/harness.html, lazy docx chunk
//   npx webpack serve --mode development       → https://localhost:3000/taskpane.html with the Office dev certificate
//   npx webpack --mode production --env only=harness --env out=test-output/e2e-dist   (what the e2e test builds)
//   npx webpack --mode production --env only=web --env out=dist-web   → the offline web page (npm run web builds and serves it)
//   ADDIN_BASE_URL=https://host/path npx webpack --mode production  → dist/manifest.xml with every URL on that base
//
// Everything that runs in the page is ES2020 (what Excel's web views parse, older Mac WebKit included): the
// pane's TypeScript through ts-loader (transpileOnly; type checking is `tsc --noEmit -p taskpane`), the
// dependencies through esbuild (taskpane/addin/build/es2020Loader.js), which lowers the ES2022 syntax some
// ship (class static blocks, `??=`, class fields); test/e2e/addin.e2e.test.ts parses every emitted script
// with acorn at ecmaVersion 2020. No polyfills, no source maps in production. The engine (src/) is bundled
// as is: it imports no Node built-ins. Office.js is not bundled: taskpane.html loads it from Microsoft's CDN.
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinBaseUrl, manifestForBase } = require('./taskpane/addin/build/manifest');

/**
 * What taskpane.html says, before any script of ours runs, when the bundle cannot run: from the pane's
 * own texts (src/pane/i18n.ts), in both languages.
 */
function startupTexts() {
  const { MESSAGES } = require('tsx/cjs/api').require(path.join(__dirname, 'src/pane/i18n.ts'), path.join(__dirname, 'webpack.config.js'));
  const pick = (table) => ({ title: table.scriptFailedTitle, body: table.scriptFailedBody });
  return { zh: pick(MESSAGES.zh), en: pick(MESSAGES.en) };
}

const PAGES = {
  // The pane inside Excel: waits for Office.js, checks the ExcelApi requirement set, then renders over OfficeHost.
  taskpane: { entry: './taskpane/addin/office.ts', template: './taskpane/addin/taskpane.html', filename: 'taskpane.html' },
  // The same pane over an in-memory workbook, for the browser tests; loads no Office.js.
  harness: { entry: './taskpane/harness/harness.tsx', template: './taskpane/harness/harness.html', filename: 'harness.html' },
  // The offline web page for WPS and older Excel: the same pane over .xlsx files opened in the browser, each
  // read and checked in a Web Worker (chunk "read-worker", and read-worker.source.js for file://: see
  // WorkerSourcePlugin); ExcelJS's browser build in a lazy chunk, for the annotated copy only. Relative URLs
  // throughout, so the folder also works from file://.
  web: { entry: './taskpane/web/web.tsx', template: './taskpane/web/web.html', filename: 'web.html' },
};

/**
 * The offline page's worker (taskpane/web/read.worker.ts, chunk "read-worker") once more as
 * read-worker.source.js: a classic script that hands the page the worker's code as a string. From a folder
 * (file://) Chromium refuses `new Worker(<file: URL>)` but runs a worker from a blob: URL, and a <script> tag
 * still loads there: taskpane/web/workerRead.ts does that when the worker cannot start by its URL.
 */
class WorkerSourcePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WorkerSourcePlugin', (compilation) => {
      // After minification (OPTIMIZE_SIZE), so the string is the very code of the worker chunk.
      const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE;
      compilation.hooks.processAssets.tap({ name: 'WorkerSourcePlugin', stage }, () => {
        for (const chunk of compilation.chunks) {
          if (chunk.name !== 'read-worker') continue;
          const file = [...chunk.files].find((f) => f.endsWith('.js'));
          if (!file) continue;
          const code = compilation.getAsset(file).source.source().toString();
          const script = `self.__juesuanWorkerSource=${JSON.stringify(code)};\n`;
          // Already minified code in a string: Terser need not read it again.
          compilation.emitAsset(`${chunk.name}.source.js`, new webpack.sources.RawSource(script), { minimized: true });
        }
      });
    });
  }
}

/**
 * Only when serving: office-addin-dev-certs makes (once) and trusts a localhost certificate. Where it
 * cannot install its CA (no sudo, e.g. a Linux container) the certificate it made is served anyway,
 * untrusted, with a warning.
 */
async function httpsOptions() {
  const certs = require('office-addin-dev-certs');
  try {
    return await certs.getHttpsServerOptions();
  } catch (e) {
    const fs = require('node:fs');
    const d = require('office-addin-dev-certs/lib/defaults');
    if (!fs.existsSync(d.localhostCertificatePath) || !fs.existsSync(d.localhostKeyPath)) throw e;
    console.warn(
      `[webpack.config] ${String(e.message).split('\n')[0]}\n  Serving with ${d.localhostCertificatePath}, which this machine does not trust yet (npx office-addin-dev-certs install).`,
    );
    return {
      cert: fs.readFileSync(d.localhostCertificatePath),
      key: fs.readFileSync(d.localhostKeyPath),
      ca: fs.readFileSync(d.caCertificatePath),
    };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const development = argv.mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const only = env.only ? String(env.only).split(',') : Object.keys(PAGES);
  for (const name of only) if (!PAGES[name]) throw new Error(`webpack --env only=${name}: no such page (${Object.keys(PAGES).join(', ')})`);
  const base = addinBaseUrl(env.ADDIN_BASE_URL ?? process.env.ADDIN_BASE_URL);

  const config = {
    mode: development ? 'development' : 'production',
    target: ['web', 'es2020'],
    entry: Object.fromEntries(only.map((name) => [name, PAGES[name].entry])),
    output: {
      path: env.out ? path.resolve(__dirname, String(env.out)) : path.resolve(__dirname, 'dist'),
      filename: development ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: development ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      // Script URLs relative to the page (dist/web.html opened from a shared folder loads its chunks beside it).
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.mjs', '.js'],
      // src/xlsx/read.ts reads files with node:fs only in loadWorkbook(path), which the browser never calls.
      fallback: { 'fs/promises': false },
    },
    module: {
      rules: [
        {
          // Dependencies lowered to ES2020 (the pane's own code is compiled to it by ts-loader below).
          test: /\.[cm]?js$/,
          include: /node_modules/,
          use: { loader: path.resolve(__dirname, 'taskpane/addin/build/es2020Loader.js') },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'taskpane/tsconfig.json'),
              compilerOptions: { noEmit: false },
            },
          },
        },
      ],
    },
    devtool: development ? 'eval-cheap-module-source-map' : false,
    optimization: {
      // Each lazy chunk stays one file: the Word writer and the docx library, loaded on 下载 .docx; on the
      // web page also ExcelJS and the annotation code, loaded for the annotated copy; and the worker is one
      // file that loads nothing more (read-worker.source.js runs it from a blob: URL).
      splitChunks: { cacheGroups: { defaultVendors: false, default: false } },
    },
    performance: { hints: false }, // the initial size is measured gzipped by test/e2e/bundle.ts
    plugins: [
      ...only.map(
        (name) =>
          new HtmlWebpackPlugin({
            template: PAGES[name].template,
            filename: PAGES[name].filename,
            chunks: [name],
            scriptLoading: 'defer',
            ...(name === 'taskpane' ? { templateParameters: { startupTexts: JSON.stringify(startupTexts()) } } : {}),
          }),
      ),
      ...(only.includes('web') ? [new WorkerSourcePlugin()] : []),
      // "node:fs/promises" → "fs/promises", which resolve.fallback leaves empty in the browser.
      new webpack.NormalModuleReplacementPlugin(/^node:fs\/promises$/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
    ],
  };
  if (only.includes('taskpane')) {
    // What the manifest points at besides the pane: the ribbon icons, the (empty) function file and the
    // help page (SupportUrl); and the manifest itself, on ADDIN_BASE_URL when given.
    config.plugins.push(
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'taskpane/addin/commands.html', to: 'commands.html' },
          { from: 'taskpane/addin/help.html', to: 'help.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestForBase(content.toString('utf8'), base) },
        ],
      }),
    );
  }

  if (serving) {
    config.devServer = {
      host: 'localhost',
      port: 3000,
      server: { type: 'https', options: await httpsOptions() },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    };
  }
  return config;
};
