/**
 * The offline web page: builds it into dist-web/ and serves that folder on http://127.0.0.1:8080.
 *
 *   npm run web                      # serve dist-web/, building it first only when there is none (Ctrl+C stops)
 *   npm run web -- --build           # build anew (after changing the sources), then serve
 *   npm run web -- --build-only      # build only (copy dist-web/ to a shared folder and open web.html)
 *   npm run web -- --dry-run         # say what it would do
 *   PORT=8081 npm run web            # another port
 *
 * The page needs no server of its own: dist-web/web.html also works opened from a folder (file://).
 * This server is only a convenience, bound to 127.0.0.1, serving static files and nothing else.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const OUT = process.env.JUESUAN_WEB_OUT ? path.resolve(process.env.JUESUAN_WEB_OUT) : path.join(ROOT, 'dist-web');
const PORT = Number(process.env.PORT ?? 8080);
const HOST = '127.0.0.1';
const args = new Set(process.argv.slice(2));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function build(): void {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  console.log('Building the web page: webpack --mode production --env only=web --env out=dist-web');
  const r = spawnSync(process.execPath, [cli, '--mode', 'production', '--env', 'only=web', '--env', 'out=dist-web'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    console.error('The build failed.');
    process.exit(r.status ?? 1);
  }
}

function serve(): void {
  if (!fs.existsSync(path.join(OUT, 'web.html'))) {
    console.error(`${path.relative(ROOT, OUT)}/web.html not found: run npm run web -- --build first.`);
    process.exit(1);
  }
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/web.html' }).end();
      return;
    }
    let file: string;
    try {
      file = path.resolve(OUT, '.' + decodeURIComponent(url.pathname));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!file.startsWith(OUT + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 未找到');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        // Hashed chunk names never change content; the page itself is always fetched anew.
        'cache-control': /\.[0-9a-f]{8}\.(chunk\.)?js$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  server.on('error', (e: NodeJS.ErrnoException) => {
    console.error(e.code === 'EADDRINUSE' ? `Port ${PORT} is in use: PORT=8081 npm run web` : e.message);
    process.exit(1);
  });
  server.listen(PORT, HOST, () => {
    console.log(`\n决算助手 离线网页版: http://${HOST}:${PORT}/web.html`);
    console.log(`(or open ${path.join(OUT, 'web.html')} directly; Ctrl+C stops the server)`);
  });
}

// A build takes over a minute: an existing one is served unless a new one is asked for.
const built = fs.existsSync(path.join(OUT, 'web.html'));
const willBuild = args.has('--build') || args.has('--build-only') || !built;
if (args.has('--dry-run')) {
  console.log(`${willBuild ? 'build' : 'no build'}, ${args.has('--build-only') ? 'no serve' : 'serve'}: ${OUT}`);
  process.exit(0);
}
if (willBuild) build();
if (!args.has('--build-only')) serve();
