/**
 * The worker thread of `--jsonl` (built as dist/cli-worker.js): receives
 * batches of lines, answers each with its result, the output as UTF-8 bytes
 * transferred to the main thread rather than copied.
 * @internal
 * @module
 */

import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, type Batch, type BatchResult, type RecordConfig } from './record.js';

const config = workerData as RecordConfig;
const port = parentPort;
if (port === null) throw new Error('cli-worker must run in a worker thread');
const encoder = new TextEncoder();
port.on('message', (batch: Batch) => {
  const result = processBatch(batch, config);
  const out = encoder.encode(result.out);
  port.postMessage({ ...result, out } satisfies BatchResult, [out.buffer]);
});
