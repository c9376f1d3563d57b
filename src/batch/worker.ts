/** A batch worker: checks the files its parent sends, one at a time, and posts back summary rows. */
import { parentPort } from 'node:worker_threads';
import { summarise } from './summary';

parentPort?.on('message', async (msg: { id: number; file: string } | { done: true }) => {
  // No more files: the port is closed and the thread ends by itself, its exit handlers run (the code cache is kept).
  if ('done' in msg) return parentPort!.close();
  const { row, detail } = await summarise(msg.file);
  parentPort!.postMessage({ id: msg.id, row, detail });
});
