/** Worker thread body: parses the files it is sent, one at a time, and posts each report back with what the writer stores. */
import { parentPort } from 'node:worker_threads';
import '../../readers/register.js';
import { parseAndPrepare } from './parse-one.js';

parentPort!.on('message', async (message: { bytes: Uint8Array; name: string }) => {
  parentPort!.postMessage(await parseAndPrepare(message.bytes, message.name));
});
