/**
 * The offline page's PageReader: each file is read and checked in a Web Worker of its own (read.worker.ts),
 * so the page stays responsive whatever the file; the worker is ended when its answer is in, when the file is
 * closed, or after READ_TIMEOUT_MS, and a worker that dies (out of memory) is said so in plain words.
 *
 * Where the worker comes from — decided once per page, falling to the next when one cannot start:
 *  1. 'url': served over http(s) (npm run web, any static host), the worker chunk by its URL (webpack 5's
 *     `new Worker(new URL(...))`).
 *  2. 'blob': opened from a folder (file://, which README offers for WPS and older-Excel users), Chromium
 *     (Chrome, Edge, 360…) refuses a worker script at a file: URL ("cannot be accessed from origin 'null'")
 *     but runs one from a blob: URL. webpack.config.js also emits the worker's code as
 *     read-worker.source.js, a classic script handing it to the page as a string; the page loads it with a
 *     <script> tag (which file:// allows) and starts the worker from a Blob.
 *  3. 'inline': when no worker starts at all (no Worker, or a policy against blob: workers), the page reads
 *     the file itself, in a lazy chunk, with the same bounds: a hostile file is still refused, in the same
 *     words, but a large one holds the page while it is read.
 */
import type { PageReader } from '../../src/hosts/file/fileHost';
import type { PageRead, ReadReply, ReadRequest } from '../../src/hosts/file/pageRead';
import type { WorkerMessage } from './read.worker';

declare const __webpack_public_path__: string;

/** A read that takes longer is stopped: no 决算 workbook takes a fraction of it. */
export const READ_TIMEOUT_MS = 90_000;
/** A worker not up after this long is taken as one that cannot start. */
const START_TIMEOUT_MS = 20_000;
/** The worker chunk's name (webpackChunkName below), and so its source script's (webpack.config.js). */
const SOURCE_SCRIPT = 'read-worker.source.js';

type Strategy = 'url' | 'blob' | 'inline';
let strategy: Strategy = 'url';
const NEXT: Record<Strategy, Strategy> = { url: 'blob', blob: 'inline', inline: 'inline' };

/** How this page reads files now (for the tests). */
export const readStrategy = (): Strategy => strategy;

const timedOut = (name: string) =>
  `${name}：读取超过 ${READ_TIMEOUT_MS / 1000} 秒仍未完成，已停止。这个文件过大或结构异常，不是正常的决算工作簿`;
const crashed = (name: string) =>
  `${name}：浏览器读取这个文件时中断（可能是内存不足），未能打开。这个文件过大或结构异常，不是正常的决算工作簿`;

function fromUrl(): Worker {
  return new Worker(/* webpackChunkName: "read-worker" */ new URL('./read.worker.ts', import.meta.url), { name: 'juesuan-read' });
}

let blobUrl: Promise<string> | undefined;
/** A blob: URL of the worker's code, loaded once through read-worker.source.js. */
function workerBlobUrl(): Promise<string> {
  blobUrl ??= new Promise<string>((resolve, reject) => {
    const holder = globalThis as { __juesuanWorkerSource?: string };
    const script = document.createElement('script');
    script.src = new URL(SOURCE_SCRIPT, __webpack_public_path__ || location.href).href;
    script.onload = () => {
      const code = holder.__juesuanWorkerSource;
      delete holder.__juesuanWorkerSource;
      script.remove();
      if (typeof code === 'string') resolve(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      else reject(new Error(`${SOURCE_SCRIPT} holds no worker`));
    };
    script.onerror = () => reject(new Error(`${SOURCE_SCRIPT} did not load`));
    document.head.appendChild(script);
  });
  return blobUrl;
}

async function start(how: Strategy): Promise<Worker> {
  return how === 'url' ? fromUrl() : new Worker(await workerBlobUrl(), { name: 'juesuan-read' });
}

/** One request in one worker: its reply, or 'no-start' when the worker never came up. */
function run(worker: Worker, request: ReadRequest, signal?: AbortSignal): Promise<ReadReply | 'no-start'> {
  return new Promise((resolve, reject) => {
    let up = false;
    let timer = setTimeout(() => finish(() => (up ? reject(new Error(timedOut(request.name))) : resolve('no-start'))), START_TIMEOUT_MS);
    const abort = () => finish(() => reject(new DOMException('closed', 'AbortError')));
    function finish(then: () => void) {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      worker.terminate();
      then();
    }
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if ('ready' in message) {
        up = true;
        clearTimeout(timer);
        timer = setTimeout(() => finish(() => reject(new Error(timedOut(request.name)))), READ_TIMEOUT_MS);
        worker.postMessage(request, [request.bytes]);
      } else finish(() => resolve(message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => (up ? reject(new Error(crashed(request.name))) : resolve('no-start')));
    };
    worker.onmessageerror = () => finish(() => reject(new Error(crashed(request.name))));
  });
}

async function inline(request: ReadRequest): Promise<ReadReply> {
  const { answer } = await import(/* webpackChunkName: "read" */ '../../src/hosts/file/pageRead');
  // Let the page paint its "正在读取" first: what follows holds it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return answer(request);
}

function settle(reply: ReadReply): PageRead {
  if (reply.ok) return reply.read;
  // The library's own words help a developer, not the officer: the console has them, the page does not.
  if (reply.detail) console.warn(`${reply.message}：${reply.detail}`);
  throw new Error(reply.message);
}

/** Reads and checks a file off the page's thread (or, failing that, on it). */
export const workerReader: PageReader = async (bytes, name, signal) => {
  for (;;) {
    const how = strategy;
    if (how === 'inline') return settle(await inline({ bytes, name }));
    let worker: Worker;
    try {
      worker = await start(how);
    } catch {
      strategy = NEXT[how]; // file:// throws a SecurityError at once; no Worker at all, a ReferenceError
      continue;
    }
    // The worker takes the bytes over; a copy stays for a worker that never came up.
    const reply = await run(worker, { bytes: bytes.slice(0), name }, signal);
    if (reply !== 'no-start') return settle(reply);
    strategy = NEXT[how];
  }
};
