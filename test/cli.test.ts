/**
 * The command line, run in-process: argument handling, the three formats of
 * the one-article mode, and `--jsonl` (order, error records, exit codes,
 * stats, progress, back-pressure, worker pools). The end-to-end test of the
 * built bin is test/package/cli.e2e.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, test } from 'vitest';
import { helpText, MAX_JOBS, parseCliArgs, UsageError } from '../src/cli/args.js';
import { formatTable, shorten } from '../src/cli/format.js';
import { runJsonl, type JsonlStats } from '../src/cli/jsonl.js';
import { inlineProcessor, workerPool } from '../src/cli/pool.js';
import { processBatch, processLine, type RecordConfig } from '../src/cli/record.js';
import { runCli, type CliIo } from '../src/cli/run.js';
import { AttributionSchema, attributeQuotes, QuoteSchema, SpeakerSchema } from '../src/index.js';

const EXAMPLE = fileURL('../examples/pier-closure.txt');
const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');
const SHORT = 'Port Authority director Dana Reyes spoke on Monday.\n\n“We will not reopen the pier this year,” Reyes said.';

function fileURL(relative: string): string {
  return new URL(relative, import.meta.url).pathname;
}

const dir = mkdtempSync(join(tmpdir(), 'qa-cli-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

class Sink extends Writable {
  text = '';
  isTTY?: boolean;
  columns?: number;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += chunk.toString();
    callback();
  }
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface FakeIo {
  stdin?: string | Readable;
  stdinTTY?: boolean;
  stderrTTY?: boolean;
  stdout?: Writable;
  progressMs?: number;
}

async function cli(args: string[], fake: FakeIo = {}): Promise<Run> {
  const stdout = new Sink();
  const stderr = new Sink();
  const stdin = (typeof fake.stdin === 'string' ? Readable.from([Buffer.from(fake.stdin)]) : (fake.stdin ?? Readable.from([]))) as CliIo['stdin'];
  if (fake.stdinTTY) stdin.isTTY = true;
  if (fake.stderrTTY) stderr.isTTY = true;
  const io: CliIo = { stdin, stdout: (fake.stdout as CliIo['stdout']) ?? stdout, stderr, version: '9.8.7', cores: 3 };
  if (fake.progressMs !== undefined) io.progressMs = fake.progressMs;
  const code = await runCli(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function jsonLines(out: string): unknown[] {
  expect(out.endsWith('\n')).toBe(true);
  return out.slice(0, -1).split('\n').map((l) => JSON.parse(l) as unknown);
}

describe('arguments', () => {
  test('defaults: one article, table, stdin', () => {
    expect(parseCliArgs([], 4)).toEqual({ kind: 'article', file: null, format: 'table', options: {} });
    expect(parseCliArgs(['-'], 4)).toMatchObject({ kind: 'article', file: null });
    expect(parseCliArgs(['a.txt', '-f', 'json'], 4)).toEqual({ kind: 'article', file: 'a.txt', format: 'json', options: {} });
    expect(parseCliArgs(['--format=html', 'a.txt'], 4)).toMatchObject({ format: 'html' });
  });

  test('--jsonl defaults: stdin, text and id fields, jobs = cores', () => {
    expect(parseCliArgs(['--jsonl'], 4)).toEqual({
      kind: 'jsonl', files: [], textField: 'text', idField: 'id', jobs: 4, stats: false, failOnError: false, options: {},
    });
    expect(parseCliArgs(['--jsonl', '--text-field', 'body', '--id-field=uid', '-j', '0', '--stats', '--fail-on-error', 'a', '-', 'b'], 4)).toEqual({
      kind: 'jsonl', files: ['a', '-', 'b'], textField: 'body', idField: 'uid', jobs: 0, stats: true, failOnError: true, options: {},
    });
  });

  test('attribution options', () => {
    expect(parseCliArgs(['--paragraphs', 'blank-line', '--no-nested', '--no-single-quotes', '--no-skip-markup'], 1)).toMatchObject({
      options: { paragraphs: 'blank-line', nested: false, singleQuotes: false, skipMarkup: false },
    });
    expect(parseCliArgs(['--jsonl', '--no-nested'], 1)).toMatchObject({ options: { nested: false } });
  });

  test('help and version win over everything else', () => {
    expect(parseCliArgs(['--jsonl', '-h'], 1)).toEqual({ kind: 'help' });
    expect(parseCliArgs(['x', '--version'], 1)).toEqual({ kind: 'version' });
    expect(parseCliArgs(['-v'], 1)).toEqual({ kind: 'version' });
  });

  const bad: [string[], RegExp][] = [
    [['--fromat', 'json'], /^unknown option --fromat \(did you mean --format\?\)$/],
    [['--bogus'], /^unknown option --bogus$/],
    [['-x'], /^unknown option -x$/],
    [['--format'], /^option --format needs a value$/],
    [['--format', '--jsonl'], /^option --format needs a value/],
    [['--format', 'xml'], /--format must be one of table, json, html, not "xml"/],
    [['--jsonl=yes'], /option --jsonl takes no value/],
    [['a.txt', 'b.txt'], /give one article file \(got 2\); for many articles use --jsonl/],
    [['--jobs', '2'], /--jobs only applies with --jsonl/],
    [['--stats'], /--stats only applies with --jsonl/],
    [['--fail-on-error'], /--fail-on-error only applies with --jsonl/],
    [['--text-field', 'body'], /--text-field only applies with --jsonl/],
    [['--jsonl', '--format', 'json'], /--format does not apply with --jsonl/],
    [['--jsonl', '--jobs', 'many'], /--jobs must be a whole number from 0 to 256/],
    [['--jsonl', '--jobs', '-1'], /--jobs needs a value|--jobs must be/],
    [['--jsonl', '--jobs', String(MAX_JOBS + 1)], /--jobs must be a whole number/],
    [['--jsonl', '--text-field='], /--text-field needs a non-empty value/],
    [['--jsonl', '-', '-'], /stdin \(-\) can be read only once/],
    [['--paragraphs', 'page'], /--paragraphs must be line or blank-line/],
  ];
  for (const [args, message] of bad) {
    test(`refuses ${args.join(' ')}`, () => {
      expect(() => parseCliArgs(args, 2)).toThrow(UsageError);
      expect(() => parseCliArgs(args, 2)).toThrow(message);
    });
  }

  test('the help text names every option and the default job count', () => {
    const help = helpText(6);
    for (const flag of ['--format', '--jsonl', '--text-field', '--id-field', '--jobs', '--stats', '--fail-on-error', '--paragraphs', '--no-nested', '--help', '--version']) {
      expect(help).toContain(flag);
    }
    expect(help).toContain('the number of cores, 6');
    expect(help).toContain('Exit codes');
  });
});

describe('runCli: help, version, usage errors', () => {
  test('--help prints the usage on stdout, exit 0', async () => {
    const r = await cli(['--help']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Usage: quote-attribution');
    expect(r.stdout).toContain('number of cores, 3');
  });

  test('--version prints the version, exit 0', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
  });

  test('an unknown flag: a clear message on stderr, nothing on stdout, exit 2', async () => {
    const r = await cli(['--colour', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("quote-attribution: unknown option --colour\nTry 'quote-attribution --help' for more information.\n");
  });

  test('no input on a terminal: exit 2 rather than waiting', async () => {
    expect(await cli([], { stdinTTY: true })).toMatchObject({ code: 2, stderr: expect.stringContaining('no input') as unknown });
    expect(await cli(['--jsonl'], { stdinTTY: true })).toMatchObject({ code: 2, stderr: expect.stringContaining('no input') as unknown });
  });

  test('a file that cannot be read: exit 1', async () => {
    expect(await cli([join(dir, 'missing.txt')])).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/cannot read .*missing\.txt: no such file/) as unknown });
    expect(await cli(['--jsonl', dir])).toMatchObject({ code: 1, stderr: expect.stringMatching(/is a directory/) as unknown });
    expect(await cli(['--jsonl', join(dir, 'missing.jsonl')])).toMatchObject({ code: 1, stdout: '' });
  });
});

describe('runCli: one article', () => {
  test('table: a row per quote with speaker, quote, rule, confidence; then speakers with counts', async () => {
    const r = await cli([EXAMPLE]);
    expect(r.code).toBe(0);
    const attribution = attributeQuotes(EXAMPLE_TEXT);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^SPEAKER +QUOTE +RULE +CONF$/);
    attribution.quotes.forEach((q, i) => {
      const row = lines[i + 1]!;
      expect(row.startsWith(q.speaker ?? '(unattributed)')).toBe(true);
      expect(row).toContain(shorten(q.text, 20).replace('…', ''));
      expect(row).toMatch(new RegExp(`${q.rule} +${q.confidence.toFixed(2)}$`));
    });
    expect(r.stdout).toMatch(/SPEAKER +KIND +QUOTES +TITLES/);
    for (const s of attribution.speakers) expect(r.stdout).toMatch(new RegExp(`${s.name} +${s.kind} +${s.quoteIds.length}`));
    expect(r.stdout).toContain(`${attribution.quotes.length} quotes, ${attribution.speakers.length} speakers`);
  });

  test('the article on stdin', async () => {
    const r = await cli([], { stdin: SHORT });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Dana Reyes +We will not reopen the pier this year, +trailing-cue +0\.\d\d/);
  });

  test('json: the full Attribution, valid against the schema', async () => {
    const r = await cli(['--format', 'json', EXAMPLE]);
    const parsed: unknown = JSON.parse(r.stdout);
    expect(AttributionSchema.safeParse(parsed).success).toBe(true);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(attributeQuotes(EXAMPLE_TEXT))));
  });

  test('json from stdin drops a byte-order mark, so offsets match the text', async () => {
    const r = await cli(['-f', 'json', '-'], { stdin: `\uFEFF${SHORT}` });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(attributeQuotes(SHORT))));
  });

  test('html: a standalone page titled after the file, with the quotes marked', async () => {
    const r = await cli(['--format=html', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).toContain('<title>Quotes in pier-closure.txt</title>');
    expect((r.stdout.match(/<mark /g) ?? []).length).toBe(attributeQuotes(EXAMPLE_TEXT).quotes.length);
    expect(r.stdout).toContain('data-speaker="Dana Reyes"');
  });

  test('attribution options reach attributeQuotes', async () => {
    const text = '“He said ‘no’ twice,” Reyes said.';
    const withNested = JSON.parse((await cli(['-f', 'json'], { stdin: text })).stdout) as { quotes: unknown[] };
    const without = JSON.parse((await cli(['-f', 'json', '--no-nested'], { stdin: text })).stdout) as { quotes: unknown[] };
    expect(withNested.quotes.length).toBe(2);
    expect(without.quotes.length).toBe(1);
  });
});

describe('formatTable', () => {
  test('no quotes', () => {
    expect(formatTable(attributeQuotes('Nothing quoted here.'))).toBe('No quotes found.\n\n0 quotes, 0 speakers, 0 unattributed\n');
  });

  test('unattributed quotes, nested quotes and warnings are shown', () => {
    const out = formatTable(attributeQuotes('The word “synergy” was everywhere. “He said ‘never’ again,” Kim Lee said.'));
    expect(out).toMatch(/^\(unattributed\) +synergy +none +0\.00$/m);
    expect(out).toMatch(/› never/);
    expect(out).toMatch(/warnings: no-speaker \(\d\)/);
  });

  test('long quotes are shortened to fit the width, whitespace flattened', () => {
    const text = `“${'word '.repeat(60)}end,” Kim Lee said.`;
    for (const width of [60, 100, 140]) {
      const rows = formatTable(attributeQuotes(text), width).split('\n');
      expect(rows[1]!.length).toBeLessThanOrEqual(Math.max(60, width));
      expect(rows[1]).toContain('…');
    }
    expect(shorten('a\n\n b', 10)).toBe('a b');
    expect(shorten('😀😀😀😀', 3)).toBe('😀😀…');
  });
});

const CONFIG: RecordConfig = { textField: 'text', idField: 'id', options: {} };

describe('processLine: one JSON Lines record', () => {
  const run = (raw: string, config: RecordConfig = CONFIG, line = 7) => {
    const r = processLine({ line, raw }, config);
    return { ...r, value: JSON.parse(r.out) as Record<string, unknown> };
  };

  test('an article: id, quotes and speakers, valid against the schemas', () => {
    const r = run(JSON.stringify({ id: 'a-1', text: SHORT, extra: true }));
    expect(r.failed).toBe(false);
    expect(Object.keys(r.value)).toEqual(['id', 'quotes', 'speakers']);
    expect(r.value['id']).toBe('a-1');
    const { quotes, speakers } = attributeQuotes(SHORT);
    expect(r.value).toEqual(JSON.parse(JSON.stringify({ id: 'a-1', quotes, speakers })));
    expect(r.quotes).toBe(quotes.length);
    for (const q of r.value['quotes'] as unknown[]) expect(QuoteSchema.safeParse(q).success).toBe(true);
    for (const s of r.value['speakers'] as unknown[]) expect(SpeakerSchema.safeParse(s).success).toBe(true);
  });

  test('ids of any JSON type pass through; a missing id is null', () => {
    expect(run('{"id": 42, "text": ""}').value['id']).toBe(42);
    expect(run('{"id": {"a": [1]}, "text": ""}').value['id']).toEqual({ a: [1] });
    expect(run('{"text": ""}').value).toEqual({ id: null, quotes: [], speakers: [] });
  });

  test('other field names', () => {
    const config = { ...CONFIG, textField: 'body', idField: 'uid' };
    expect(run('{"uid": "u", "body": "“Yes,” Kim Lee said.", "text": 3}', config).value).toMatchObject({ id: 'u', quotes: [{ speaker: 'Kim Lee' }] });
    expect(run('{"id": "x", "text": "t"}', config).value).toEqual({ line: 7, error: 'no "body" field' });
  });

  const bad: [string, Record<string, unknown>][] = [
    ['{"id": 1, "text": ', { line: 7, error: expect.stringMatching(/^invalid JSON: /) }],
    ['not json', { line: 7, error: expect.stringMatching(/^invalid JSON: /) }],
    ['', { line: 7, error: 'empty line' }],
    ['   ', { line: 7, error: 'empty line' }],
    ['[1, 2]', { line: 7, error: 'expected a JSON object, got an array' }],
    ['"text"', { line: 7, error: 'expected a JSON object, got a string' }],
    ['null', { line: 7, error: 'expected a JSON object, got null' }],
    ['{"id": "b"}', { line: 7, id: 'b', error: 'no "text" field' }],
    ['{"id": "c", "text": 12}', { line: 7, id: 'c', error: '"text" is not a string (got a number)' }],
    ['{"id": null, "text": null}', { line: 7, id: null, error: '"text" is not a string (got null)' }],
    ['{"text": ["a"]}', { line: 7, error: '"text" is not a string (got an array)' }],
  ];
  for (const [raw, expected] of bad) {
    test(`error record for ${JSON.stringify(raw)}`, () => {
      const r = run(raw);
      expect(r.failed).toBe(true);
      expect(r.quotes).toBe(0);
      expect(r.value).toEqual(expected);
      expect(Object.keys(r.value)[0]).toBe('line');
      expect(Object.keys(r.value).at(-1)).toBe('error');
    });
  }

  test('an error record names the file when there is one', () => {
    expect(JSON.parse(processLine({ line: 3, file: 'in.jsonl', raw: '{"id": 5}' }, CONFIG).out)).toEqual({ line: 3, file: 'in.jsonl', id: 5, error: 'no "text" field' });
  });

  test('a byte-order mark on the first line is ignored', () => {
    expect(processLine({ line: 1, raw: '\uFEFF{"id": 1, "text": ""}' }, CONFIG).failed).toBe(false);
  });

  test('a batch: lines numbered from firstLine, output joined with line breaks', () => {
    const r = processBatch({ first: 10, firstLine: 4, lines: ['{"text": "x"}', 'oops', '{"id": 2, "text": "“Hi,” Kim Lee said."}'] }, CONFIG);
    expect(r).toMatchObject({ first: 10, count: 3, failed: 1, quotes: 1 });
    const lines = jsonLines(r.out);
    expect(lines[1]).toMatchObject({ line: 5 });
  });
});

/** A JSONL input of `n` articles with bad lines at the given 1-based positions. */
function jsonl(n: number, bad: Record<number, string> = {}): string {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) lines.push(bad[i] ?? JSON.stringify({ id: `a${i}`, text: `“Point ${i} stands,” Kim Lee said. The ${i}th item.` }));
  return `${lines.join('\n')}\n`;
}

describe('runCli --jsonl (in the main thread, --jobs 0)', () => {
  const BAD = { 2: '{"id": "a2", "text": ', 4: '', 5: '{"id": "a5", "body": "x"}', 7: '{"id": "a7", "text": 7}' };

  test('one output line per input line, in order; bad lines become error records; exit 0', async () => {
    const r = await cli(['--jsonl', '--jobs', '0'], { stdin: jsonl(9, BAD) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = jsonLines(r.stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(9);
    expect(out[1]).toEqual({ line: 2, id: undefined, error: expect.stringMatching(/^invalid JSON/) as unknown });
    expect(out[1]).not.toHaveProperty('id');
    expect(out[3]).toEqual({ line: 4, error: 'empty line' });
    expect(out[4]).toEqual({ line: 5, id: 'a5', error: 'no "text" field' });
    expect(out[6]).toEqual({ line: 7, id: 'a7', error: '"text" is not a string (got a number)' });
    for (const i of [0, 2, 5, 7, 8]) expect(out[i]).toMatchObject({ id: `a${i + 1}`, quotes: [{ speaker: 'Kim Lee', text: `Point ${i + 1} stands,` }] });
  });

  test('--fail-on-error: exit 1 when a line failed, 0 when none did; the output is the same', async () => {
    const failing = await cli(['--jsonl', '-j', '0', '--fail-on-error'], { stdin: jsonl(9, BAD) });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toBe((await cli(['--jsonl', '-j', '0'], { stdin: jsonl(9, BAD) })).stdout);
    expect((await cli(['--jsonl', '-j', '0', '--fail-on-error'], { stdin: jsonl(3) })).code).toBe(0);
  });

  test('--text-field and --id-field', async () => {
    const input = '{"uid": 1, "body": "“Yes,” Kim Lee said."}\n{"uid": 2, "text": "x"}\n';
    const out = jsonLines((await cli(['--jsonl', '-j0', '--text-field', 'body', '--id-field', 'uid'], { stdin: input })).stdout);
    expect(out).toEqual([
      expect.objectContaining({ id: 1, quotes: [expect.objectContaining({ speaker: 'Kim Lee' })] }),
      { line: 2, id: 2, error: 'no "body" field' },
    ]);
  });

  test('files in order, then stdin for -; error records name the file and its line', async () => {
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    writeFileSync(a, jsonl(2));
    writeFileSync(b, '\uFEFF{"id": "b1", "text": "x"}\r\nbroken\r\n');
    const r = await cli(['--jsonl', '-j', '0', a, b, '-'], { stdin: '{"id": "s1"}\n' });
    expect(jsonLines(r.stdout)).toEqual([
      expect.objectContaining({ id: 'a1' }),
      expect.objectContaining({ id: 'a2' }),
      { id: 'b1', quotes: [], speakers: [] },
      { line: 2, file: b, error: expect.stringMatching(/^invalid JSON/) as unknown },
      { line: 1, id: 's1', error: 'no "text" field' },
    ]);
  });

  test('an empty input gives an empty output', async () => {
    expect(await cli(['--jsonl', '-j', '0'], { stdin: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test('--stats: a one-line summary on stderr', async () => {
    const r = await cli(['--jsonl', '-j', '0', '--stats'], { stdin: jsonl(9, BAD) });
    expect(r.stderr).toMatch(/^quote-attribution: 9 articles \(4 failed\), 5 quotes in \d+\.\d s: \d+ articles\/s, main thread, peak RSS \d+\.\d MB\n$/);
  });

  test('stderr stays silent when it is not a terminal, and shows progress when it is', async () => {
    async function* slow(): AsyncGenerator<string> {
      for (const line of jsonl(6).split('\n').filter((l) => l !== '')) {
        await new Promise((resolve) => setTimeout(resolve, 15));
        yield `${line}\n`;
      }
    }
    const quiet = await cli(['--jsonl', '-j', '0'], { stdin: Readable.from(slow()), progressMs: 5 });
    expect(quiet.stderr).toBe('');
    const tty = await cli(['--jsonl', '-j', '0'], { stdin: Readable.from(slow()), stderrTTY: true, progressMs: 5 });
    expect(tty.stderr.startsWith('\r\u001b[K')).toBe(true);
    expect(tty.stderr).toMatch(/\[K\d+ articles · \d+ articles\/s · \d+\.\d s/);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(jsonLines(tty.stdout)).toHaveLength(6);
  });

  test('a reader that goes away (EPIPE) ends the run quietly', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    broken.on('error', () => {});
    const r = await cli(['--jsonl', '-j', '0'], { stdin: jsonl(50), stdout: broken });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

/** A worker speaking the batch protocol: upper-cases lines, answering late for some batches. */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (batch) => {
  const delay = (batch.first * 7) % 5;
  setTimeout(() => {
    const out = batch.lines.map((l) => l.toUpperCase() + '\\n').join('');
    parentPort.postMessage({ first: batch.first, count: batch.lines.length, failed: 0, quotes: 1, out: new TextEncoder().encode(out) });
  }, delay);
});
`;

const CRASHING_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (batch) => { if (batch.first > 20) throw new Error('boom'); parentPort.postMessage({ first: batch.first, count: batch.lines.length, failed: 0, quotes: 0, out: '' }); });
`;

function stats(): JsonlStats {
  return { lines: 0, failed: 0, quotes: 0 };
}

describe('runJsonl', () => {
  test('with a pool of workers answering out of order, the output keeps the input order', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => `line ${i}`);
    const output = new Sink();
    const spawned: Worker[] = [];
    const s = await runJsonl({
      sources: [{ open: () => Readable.from([lines.join('\n')]) }],
      output,
      processor: (callbacks) =>
        workerPool(3, () => {
          const w = new Worker(FAKE_WORKER, { eval: true });
          spawned.push(w);
          return w;
        }, callbacks),
      window: 40,
      batchSize: 4,
      stats: stats(),
    });
    expect(output.text).toBe(lines.map((l) => `${l.toUpperCase()}\n`).join(''));
    expect(s).toEqual({ lines: 500, failed: 0, quotes: 125 });
    expect(spawned.length).toBe(3);
  });

  test('a small input starts only the workers it needs', async () => {
    let spawned = 0;
    await runJsonl({
      sources: [{ open: () => Readable.from(['one line\n']) }],
      output: new Sink(),
      processor: (callbacks) => workerPool(8, () => (spawned++, new Worker(FAKE_WORKER, { eval: true })), callbacks),
      window: 64,
      batchSize: 16,
      stats: stats(),
    });
    expect(spawned).toBe(1);
  });

  test('a failing worker fails the run with a message', async () => {
    const run = runJsonl({
      sources: [{ open: () => Readable.from([Array.from({ length: 100 }, (_, i) => `l${i}`).join('\n')]) }],
      output: new Sink(),
      processor: (callbacks) => workerPool(2, () => new Worker(CRASHING_WORKER, { eval: true }), callbacks),
      window: 16,
      batchSize: 2,
      stats: stats(),
    });
    await expect(run).rejects.toThrow(/a worker thread failed: boom/);
  });

  test('memory stays bounded: reading waits for a slow output', async () => {
    let produced = 0;
    let written = 0;
    let maxAhead = 0;
    const total = 30_000;
    function* source(): Generator<string> {
      for (let i = 0; i < total; i++) {
        produced++;
        maxAhead = Math.max(maxAhead, produced - written);
        yield `{"id": ${i}, "text": "x"}\n`;
      }
    }
    const slowOutput = new Writable({
      highWaterMark: 4096,
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.toString().split('\n').length - 1;
        setImmediate(callback);
      },
    });
    const s = stats();
    await runJsonl({
      sources: [{ open: () => Readable.from(source()) }],
      output: slowOutput,
      processor: (callbacks) => inlineProcessor(CONFIG, callbacks),
      window: 64,
      batchSize: 16,
      stats: s,
    });
    expect(s.lines).toBe(total);
    expect(written).toBe(total);
    // The window, readline's queue (1024 lines) and the streams' buffers: far below the input.
    expect(maxAhead).toBeLessThan(2_000);
  });
});
