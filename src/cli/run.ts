/**
 * The command line, as a function of its arguments and streams (so it can be
 * tested without spawning a process). `src/bin.ts` calls it with the real
 * ones.
 * @internal
 * @module
 */

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { attributeQuotes } from '../attribute-quotes.js';
import { helpText, parseCliArgs, UsageError, type Command } from './args.js';
import { formatArticle } from './format.js';
import { runJsonl, type JsonlSource, type JsonlStats } from './jsonl.js';
import { inlineProcessor, workerPool } from './pool.js';
import type { RecordConfig } from './record.js';

/** The streams and settings the command line runs with. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  /** The package version, for `--version`. */
  version: string;
  /** The default of `--jobs`. @defaultValue `os.availableParallelism()` */
  cores?: number;
  /** The built worker entry. @defaultValue `./cli-worker.js` next to this module */
  workerUrl?: URL;
  /** How often the progress line is redrawn, in ms. @defaultValue 250 */
  progressMs?: number;
}

/** Exit codes. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const NAME = 'quote-attribution';
/** Lines per batch sent to a worker. */
const BATCH_SIZE = 16;
/** Batches in flight per worker (so a worker never waits for the next one). */
const BATCHES_PER_JOB = 4;

/** A failure to report as `quote-attribution: <message>` with exit code 1. */
class RunError extends Error {}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EISDIR') return 'is a directory';
  if (e?.code === 'EACCES') return 'permission denied';
  return e?.message ?? String(error);
}

function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'EPIPE' || (error as NodeJS.ErrnoException)?.code === 'ERR_STREAM_DESTROYED';
}

async function checkReadable(file: string): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw new RunError(`cannot read ${file}: ${reason(error)}`);
  }
  if (info.isDirectory()) throw new RunError(`cannot read ${file}: is a directory`);
}

async function runArticle(command: Extract<Command, { kind: 'article' }>, io: CliIo): Promise<number> {
  if (command.file === null && io.stdin.isTTY) {
    throw new UsageError('no input: give an article file, or pipe the article on stdin');
  }
  let text: string;
  try {
    text = command.file === null ? await readAll(io.stdin) : await readFile(command.file, 'utf8');
  } catch (error) {
    throw new RunError(`cannot read ${command.file ?? 'stdin'}: ${reason(error)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const attribution = attributeQuotes(text, command.options);
  const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 100;
  const title = command.file === null ? 'Quote attribution' : `Quotes in ${basename(command.file)}`;
  await write(io.stdout, formatArticle(text, attribution, command.format, { title, width }));
  return EXIT.ok;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Elapsed time for the progress line: seconds, then m:ss from a minute on. */
function clock(ms: number): string {
  if (ms < 60_000) return seconds(ms);
  const whole = Math.floor(ms / 1000);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function rate(lines: number, ms: number): string {
  return ms > 0 ? String(Math.round((lines * 1000) / ms)) : '0';
}

async function runJsonlCommand(command: Extract<Command, { kind: 'jsonl' }>, io: CliIo): Promise<number> {
  const readsStdin = command.files.length === 0 || command.files.includes('-');
  if (readsStdin && io.stdin.isTTY) {
    throw new UsageError('no input: give JSON Lines files, or pipe them on stdin');
  }
  for (const file of command.files) if (file !== '-') await checkReadable(file);

  const stdinSource: JsonlSource = { open: () => io.stdin };
  const sources: JsonlSource[] =
    command.files.length === 0 ? [stdinSource] : command.files.map((file) => (file === '-' ? stdinSource : { file, open: () => createReadStream(file) }));
  const config: RecordConfig = { textField: command.textField, idField: command.idField, options: command.options };
  const workerUrl = io.workerUrl ?? new URL('./cli-worker.js', import.meta.url);
  const stats: JsonlStats = { lines: 0, failed: 0, quotes: 0 };
  const started = performance.now();

  let progress: ReturnType<typeof setInterval> | undefined;
  if (io.stderr.isTTY) {
    const draw = (): void => {
      const ms = performance.now() - started;
      io.stderr.write(`\r\x1b[K${stats.lines} articles · ${rate(stats.lines, ms)} articles/s · ${clock(ms)}`);
    };
    progress = setInterval(draw, io.progressMs ?? 250);
    progress.unref();
  }

  try {
    await runJsonl({
      sources,
      output: io.stdout,
      processor: (callbacks) =>
        command.jobs === 0 ? inlineProcessor(config, callbacks) : workerPool(command.jobs, () => new Worker(workerUrl, { workerData: config }), callbacks),
      window: Math.max(1, command.jobs) * BATCH_SIZE * BATCHES_PER_JOB,
      batchSize: BATCH_SIZE,
      stats,
    });
  } catch (error) {
    if (isBrokenPipe(error)) return EXIT.ok; // the reader went away (`| head`): stop quietly
    if (error instanceof RunError || error instanceof UsageError) throw error;
    const where = (error as NodeJS.ErrnoException)?.path;
    throw new RunError(where ? `cannot read ${where}: ${reason(error)}` : reason(error));
  } finally {
    if (progress !== undefined) {
      clearInterval(progress);
      io.stderr.write('\r\x1b[K');
    }
  }

  if (command.stats) {
    const ms = performance.now() - started;
    const rss = process.resourceUsage().maxRSS / 1024;
    io.stderr.write(
      `${NAME}: ${count(stats.lines, 'article', 'articles')} (${stats.failed} failed), ${count(stats.quotes, 'quote', 'quotes')} in ${seconds(ms)}: ` +
        `${rate(stats.lines, ms)} articles/s, ${command.jobs === 0 ? 'main thread' : command.jobs === 1 ? '1 job' : `${command.jobs} jobs`}, peak RSS ${rss.toFixed(1)} MB\n`,
    );
  }
  return command.failOnError && stats.failed > 0 ? EXIT.failed : EXIT.ok;
}

/**
 * Runs the command line.
 * @param argv - The arguments, without `node` and the script.
 * @returns The exit code: 0 done, 1 failed (unreadable input, or a bad line with `--fail-on-error`), 2 bad usage.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const cores = io.cores ?? availableParallelism();
  // Write errors (EPIPE when the reader goes away) reach the write callbacks; without a listener they would also crash the process.
  const ignore = (): void => {};
  io.stdout.on('error', ignore);
  try {
    const command = parseCliArgs(argv, cores);
    switch (command.kind) {
      case 'help':
        await write(io.stdout, helpText(cores));
        return EXIT.ok;
      case 'version':
        await write(io.stdout, `${io.version}\n`);
        return EXIT.ok;
      case 'article':
        return await runArticle(command, io);
      default:
        return await runJsonlCommand(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${NAME}: ${error.message}\nTry '${NAME} --help' for more information.\n`);
      return EXIT.usage;
    }
    if (isBrokenPipe(error)) return EXIT.ok;
    io.stderr.write(`${NAME}: ${error instanceof RunError ? error.message : reason(error)}\n`);
    return EXIT.failed;
  } finally {
    io.stdout.off('error', ignore);
  }
}
