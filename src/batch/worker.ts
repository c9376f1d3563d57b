/** A batch worker: checks the files its parent sends, one at a time, and posts back summary rows. */
import { parentPort } from 'node:worker_threads';
import { summarise } from './summary';

parentPort?.on('message', async (msg: { id: number; file: string }) => {
  const { row, detail } = await summarise(msg.file);
  parentPort!.postMessage({ id: msg.id, row, detail });
});
