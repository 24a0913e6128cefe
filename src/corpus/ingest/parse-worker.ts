/** Worker thread body: parses the files it is sent, one at a time, and posts each report back. */
import { parentPort } from 'node:worker_threads';
import '../../readers/register.js';
import { parseOne } from './parse-one.js';

parentPort!.on('message', async (message: { bytes: Uint8Array; name: string }) => {
  parentPort!.postMessage(await parseOne(message.bytes, message.name));
});
