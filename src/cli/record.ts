/**
 * One JSON Lines input line in, one output line out: the per-article work of
 * `--jsonl`, shared by the worker threads and the in-thread mode (`--jobs 0`).
 * Never throws: a bad line becomes an error record.
 * @internal
 * @module
 */

import { attributeQuotes } from '../attribute-quotes.js';
import type { AttributeOptions } from '../options.js';

/** What every line of a run shares. Sent to each worker once, as `workerData`. */
export interface RecordConfig {
  /** Field holding the article text. */
  textField: string;
  /** Field holding the article id. */
  idField: string;
  /** Options passed to {@link attributeQuotes}. */
  options: AttributeOptions;
}

/** One input line to process. */
export interface LineTask {
  /** Line number in its file or stream (1-based). */
  line: number;
  /** The input file, when the input is a named file rather than stdin. */
  file?: string;
  /** The line as read, without its line break. */
  raw: string;
}

/** The output of one line. */
export interface LineResult {
  /** The output line, without its line break. */
  out: string;
  /** True for an error record. */
  failed: boolean;
  /** Number of quotes found (0 for an error record). */
  quotes: number;
}

/** Consecutive lines of one input, the unit of work sent to a worker. */
export interface Batch {
  /** Position of the first line in the whole run (0-based), for putting the output back in order. */
  first: number;
  /** Line number of the first line in its file or stream (1-based). */
  firstLine: number;
  /** The input file, when the input is a named file rather than stdin. */
  file?: string;
  /** The lines as read, without their line breaks. */
  lines: string[];
}

/** The output of a batch: its output lines joined, each ending with a line break. */
export interface BatchResult {
  first: number;
  count: number;
  /** Error records among the lines. */
  failed: number;
  /** Quotes found. */
  quotes: number;
  /** The output text; UTF-8 bytes when it comes from a worker (transferred, not copied). */
  out: string | Uint8Array;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function errorRecord(task: LineTask, error: string, id?: unknown): LineResult {
  const record: Record<string, unknown> = { line: task.line };
  if (task.file !== undefined) record['file'] = task.file;
  if (id !== undefined) record['id'] = id;
  record['error'] = error;
  return { out: JSON.stringify(record), failed: true, quotes: 0 };
}

/**
 * Attributes the article on one JSON Lines line.
 *
 * - `{"id": …, "text": …}` → `{"id": …, "quotes": […], "speakers": […]}` (`id` is `null` when the line has none);
 * - a line that is empty, not JSON, not a JSON object, has no text field or a
 *   text that is not a string → `{"line": N, "file"?: …, "id"?: …, "error": "…"}`.
 */
export function processLine(task: LineTask, config: RecordConfig): LineResult {
  const raw = task.line === 1 && task.raw.charCodeAt(0) === 0xfeff ? task.raw.slice(1) : task.raw;
  if (raw.trim() === '') return errorRecord(task, 'empty line');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return errorRecord(task, `invalid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorRecord(task, `expected a JSON object, got ${kind(value)}`);
  }
  const record = value as Record<string, unknown>;
  const id = Object.hasOwn(record, config.idField) ? record[config.idField] : undefined;
  if (!Object.hasOwn(record, config.textField)) {
    return errorRecord(task, `no "${config.textField}" field`, id);
  }
  const text = record[config.textField];
  if (typeof text !== 'string') {
    return errorRecord(task, `"${config.textField}" is not a string (got ${kind(text)})`, id);
  }
  try {
    const { quotes, speakers } = attributeQuotes(text, config.options);
    return { out: JSON.stringify({ id: id ?? null, quotes, speakers }), failed: false, quotes: quotes.length };
  } catch (error) {
    // attributeQuotes does not throw on any string; this keeps the run going if a bug says otherwise.
    return errorRecord(task, `internal error: ${(error as Error)?.message ?? String(error)}`, id);
  }
}

/** Processes every line of a batch; the output lines are joined, each ending with `\n`. */
export function processBatch(batch: Batch, config: RecordConfig): BatchResult & { out: string } {
  let out = '';
  let failed = 0;
  let quotes = 0;
  batch.lines.forEach((raw, i) => {
    const line = batch.firstLine + i;
    const r = processLine(batch.file === undefined ? { line, raw } : { line, file: batch.file, raw }, config);
    out += `${r.out}\n`;
    if (r.failed) failed++;
    quotes += r.quotes;
  });
  return { first: batch.first, count: batch.lines.length, failed, quotes, out };
}
