/**
 * `--jsonl`: stream JSON Lines through the processor and write one output
 * line per input line, in input order.
 *
 * Memory stays flat: lines are read with node:readline (whose async iterator
 * pauses the input when it runs ahead), at most `window` lines are in flight
 * (read and not yet written: queued, being processed, or finished and waiting
 * for an earlier line), and reading also waits while the output stream is
 * full (`write()` returned false, until `drain`).
 * @internal
 * @module
 */

import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { LineProcessor, ProcessorCallbacks } from './pool.js';
import type { Batch, BatchResult } from './record.js';

/** An input: a named file or stdin. */
export interface JsonlSource {
  /** The file name, reported in error records; absent for stdin. */
  file?: string;
  /** Opens the stream (called when the source's turn comes). */
  open(): Readable;
}

/** Counters of a run, updated as lines are written. */
export interface JsonlStats {
  /** Lines written (= input lines done). */
  lines: number;
  /** Error records among them. */
  failed: number;
  /** Quotes found. */
  quotes: number;
}

/** How to run. */
export interface JsonlRun {
  sources: readonly JsonlSource[];
  output: Writable;
  /** Makes the processor, given where it must report. */
  processor(callbacks: ProcessorCallbacks): LineProcessor;
  /** Lines in flight at most. */
  window: number;
  /** Lines per batch sent to a worker at most. */
  batchSize: number;
  /** Counters to update (so a progress display can read them while the run goes). */
  stats: JsonlStats;
}

/** Characters per batch at most (a batch also ends at `batchSize` lines, or when the input pauses). */
const BATCH_CHARS = 256 * 1024;

/**
 * Runs to the end of the last source.
 * @throws the first error of an input stream, the output stream, or a worker.
 */
export async function runJsonl(run: JsonlRun): Promise<JsonlStats> {
  const { output, stats } = run;
  const window = Math.max(1, run.window);
  const ready = new Map<number, BatchResult>(); // finished batches waiting for an earlier one, by first line
  let seq = 0; // lines read
  let written = 0; // lines written
  let congested = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;

  const notify = (): void => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  const onDrain = (): void => {
    congested = false;
    notify();
  };
  const onOutputError = (error: Error): void => {
    failure ??= error;
    notify();
  };
  output.on('drain', onDrain);
  output.on('error', onOutputError);

  const processor = run.processor({
    onResult(result) {
      ready.set(result.first, result);
      for (let r = ready.get(written); r !== undefined; r = ready.get(written)) {
        ready.delete(written);
        written += r.count;
        stats.lines += r.count;
        stats.failed += r.failed;
        stats.quotes += r.quotes;
        if (failure === null && r.out.length > 0 && !output.write(r.out)) congested = true;
      }
      notify();
    },
    onError(error) {
      failure ??= error;
      notify();
    },
  });

  let lines: string[] = [];
  let batchChars = 0;
  let firstLine = 1;
  let file: string | undefined;
  let flushQueued = false;
  const flush = (): void => {
    if (lines.length === 0) return;
    const batch: Batch = file === undefined ? { first: seq - lines.length, firstLine, lines } : { first: seq - lines.length, firstLine, file, lines };
    firstLine += lines.length;
    lines = [];
    batchChars = 0;
    processor.submit(batch);
  };
  const queueFlush = (): void => {
    if (flushQueued) return;
    flushQueued = true;
    // After the lines already read have been taken: a batch never waits for more input.
    setImmediate(() => {
      flushQueued = false;
      flush();
    });
  };
  const waitUntil = async (done: () => boolean): Promise<void> => {
    while (!done() && failure === null) {
      flush();
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (failure !== null) throw failure;
  };
  const room = (): boolean => seq - written < window && !congested;

  try {
    for (const source of run.sources) {
      flush(); // a batch holds lines of one source
      file = source.file;
      firstLine = 1;
      const input = source.open();
      const reader = createInterface({ input, crlfDelay: Infinity });
      try {
        for await (const raw of reader) {
          if (!room() || failure !== null) await waitUntil(room);
          lines.push(raw);
          seq++;
          batchChars += raw.length;
          if (lines.length >= run.batchSize || batchChars >= BATCH_CHARS) flush();
          else queueFlush();
        }
      } finally {
        reader.close();
        input.destroy();
      }
    }
    flush();
    await waitUntil(() => written === seq && !congested);
    // Resolve once the output has taken everything (a write's callback runs after the earlier writes').
    await new Promise<void>((resolve, reject) => output.write('', (error) => (error ? reject(error) : resolve())));
    if (failure !== null) throw failure;
    return stats;
  } finally {
    output.off('drain', onDrain);
    output.off('error', onOutputError);
    await processor.close();
  }
}
