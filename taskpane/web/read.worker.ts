/**
 * The offline page's Web Worker (a webpack worker chunk, "read-worker"): reads and checks one file off the
 * page's thread (src/hosts/file/pageRead.ts), so a hostile file never freezes the page. It says it is up
 * ('ready') before any request, so the page can tell a worker that could not start from one that failed on a
 * file (taskpane/web/workerRead.ts).
 */
import { answer, type ReadReply, type ReadRequest } from '../../src/hosts/file/pageRead';

export type WorkerMessage = { ready: true } | ReadReply;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

scope.onmessage = (event) => scope.postMessage(answer(event.data));
scope.postMessage({ ready: true });
