/**
 * Where `--jsonl` lines are processed: a pool of worker threads, or the main
 * thread (`--jobs 0`). Both take batches of lines and hand back their
 * results through the same callbacks, in whatever order they finish.
 * @internal
 * @module
 */

import type { Worker } from 'node:worker_threads';
import { processBatch, type Batch, type BatchResult, type RecordConfig } from './record.js';

/** Takes batches of lines; reports results (and failures) through callbacks. */
export interface LineProcessor {
  /** Queues a batch. Its result arrives through `onResult`, possibly later and out of order. */
  submit(batch: Batch): void;
  /** Stops the workers, if any. */
  close(): Promise<void>;
}

/** Where a processor reports. */
export interface ProcessorCallbacks {
  onResult(result: BatchResult): void;
  onError(error: Error): void;
}

/** Processes each batch at once, in the calling thread. */
export function inlineProcessor(config: RecordConfig, callbacks: ProcessorCallbacks): LineProcessor {
  return {
    submit(batch) {
      callbacks.onResult(processBatch(batch, config));
    },
    close: () => Promise.resolve(),
  };
}

interface Slot {
  worker: Worker;
  /** Lines sent and not yet answered. */
  load: number;
}

/**
 * Up to `size` worker threads, started as work arrives (a small input starts
 * few). Each batch goes to an idle worker, a new one, or the least loaded. A
 * worker receives {@link Batch} messages and answers each with its
 * {@link BatchResult}.
 */
export function workerPool(size: number, spawn: () => Worker, callbacks: ProcessorCallbacks): LineProcessor {
  const slots: Slot[] = [];
  let closing = false;

  const start = (): Slot => {
    const slot: Slot = { worker: spawn(), load: 0 };
    slot.worker.on('message', (result: BatchResult) => {
      slot.load -= result.count;
      callbacks.onResult(result);
    });
    slot.worker.on('error', (error: Error) => callbacks.onError(new Error(`a worker thread failed: ${error.message}`, { cause: error })));
    slot.worker.on('exit', (code) => {
      if (!closing) callbacks.onError(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
    });
    slots.push(slot);
    return slot;
  };

  return {
    submit(batch) {
      let slot = slots.find((s) => s.load === 0);
      if (!slot && slots.length < size) slot = start();
      if (!slot) slot = slots.reduce((a, b) => (b.load < a.load ? b : a));
      slot.load += batch.lines.length;
      slot.worker.postMessage(batch);
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
