/**
 * Command-line arguments: parsing (node:util parseArgs), checking, and the
 * help text.
 * @internal
 * @module
 */

import { parseArgs } from 'node:util';
import type { AttributeOptions } from '../options.js';

/** The output formats of the one-article mode. */
export const FORMATS = ['table', 'json', 'html'] as const;
/** An output format of the one-article mode. */
export type Format = (typeof FORMATS)[number];

/** A bad command line: printed with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'article';
      /** The article file, or `null` for stdin. */
      file: string | null;
      format: Format;
      options: AttributeOptions;
    }
  | {
      kind: 'jsonl';
      /** The input files in order; empty for stdin. `-` is stdin. */
      files: string[];
      textField: string;
      idField: string;
      /** Worker threads; 0 runs in the main thread. */
      jobs: number;
      stats: boolean;
      failOnError: boolean;
      options: AttributeOptions;
    };

const SPEC = {
  format: { type: 'string', short: 'f' },
  jsonl: { type: 'boolean' },
  'text-field': { type: 'string' },
  'id-field': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  stats: { type: 'boolean' },
  'fail-on-error': { type: 'boolean' },
  paragraphs: { type: 'string' },
  'no-nested': { type: 'boolean' },
  'no-single-quotes': { type: 'boolean' },
  'no-skip-markup': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const JSONL_ONLY = ['text-field', 'id-field', 'jobs', 'stats', 'fail-on-error'] as const;

/** Most worker threads `--jobs` accepts. */
export const MAX_JOBS = 256;

/** The help text; `cores` is the default of `--jobs`. */
export function helpText(cores: number): string {
  return `Usage: quote-attribution [options] [article.txt | -]
       quote-attribution --jsonl [options] [file.jsonl ...]

Find every quotation in a news article and say who said it.

One article (a file, or the text on stdin):
  -f, --format <format>   table  a readable table of quotes and speakers (default)
                          json   the full Attribution, as JSON
                          html   a standalone page with each quote highlighted in place

Many articles, as JSON Lines (from the files in order, or stdin):
      --jsonl             read {"id": …, "text": …} per line; write one line per input
                          line, in input order: {"id": …, "quotes": […], "speakers": […]},
                          or {"line": N, "id": …, "error": "…"} for a bad line
      --text-field <name> field holding the article text (default: text)
      --id-field <name>   field holding the article id (default: id)
  -j, --jobs <n>          worker threads (default: the number of cores, ${cores});
                          0 works in the main thread
      --stats             print a one-line summary on stderr at the end
      --fail-on-error     exit with code 1 when any line failed

Attribution:
      --paragraphs <line|blank-line>  what ends a paragraph (default: line)
      --no-nested         leave out quotes nested inside other quotes
      --no-single-quotes  read only double quotes and guillemets as top-level quotes
      --no-skip-markup    also read quotation marks inside markup such as <a href="…">

  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 done; 1 an input could not be read, or a line failed with
--fail-on-error; 2 bad usage.

Examples:
  quote-attribution article.txt
  quote-attribution --format html article.txt > article.html
  quote-attribution --jsonl --stats articles.jsonl > attributions.jsonl
`;
}

function closest(name: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const option of Object.keys(SPEC)) {
    const d = distance(name, option);
    if (d < bestDistance) {
      bestDistance = d;
      best = option;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + cost);
    }
    row = next;
  }
  return row[b.length] as number;
}

function explain(error: unknown): never {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /option '([^']+)'/iu.exec(message)?.[1] ?? '?';
    const near = flag.startsWith('--') ? closest(flag.slice(2).split('=')[0] ?? '') : null;
    throw new UsageError(`unknown option ${flag}${near ? ` (did you mean --${near}?)` : ''}`);
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /'(?:-\w, )?(--[\w-]+)/u.exec(message)?.[1] ?? 'an option';
    if (/does not take an argument/u.test(message)) throw new UsageError(`option ${flag} takes no value`);
    if (/ambiguous/u.test(message)) throw new UsageError(`option ${flag} needs a value (write ${flag}=<value> for a value starting with -)`);
    throw new UsageError(`option ${flag} needs a value`);
  }
  throw new UsageError(message);
}

function nonEmpty(value: string, flag: string): string {
  if (value === '') throw new UsageError(`option ${flag} needs a non-empty value`);
  return value;
}

/**
 * Parses the arguments (without `node` and the script).
 * @throws {@link UsageError} for an unknown option, a missing or bad value, or options that do not go together.
 */
export function parseCliArgs(argv: readonly string[], cores: number): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    explain(error);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };

  const options: AttributeOptions = {};
  if (v.paragraphs !== undefined) {
    if (v.paragraphs !== 'line' && v.paragraphs !== 'blank-line') {
      throw new UsageError(`--paragraphs must be line or blank-line, not ${JSON.stringify(v.paragraphs)}`);
    }
    options.paragraphs = v.paragraphs;
  }
  if (v['no-nested']) options.nested = false;
  if (v['no-single-quotes']) options.singleQuotes = false;
  if (v['no-skip-markup']) options.skipMarkup = false;

  if (!v.jsonl) {
    const stray = JSONL_ONLY.find((name) => v[name] !== undefined);
    if (stray) throw new UsageError(`--${stray} only applies with --jsonl`);
    let format: Format = 'table';
    if (v.format !== undefined) {
      if (!(FORMATS as readonly string[]).includes(v.format)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(v.format)}`);
      }
      format = v.format as Format;
    }
    if (positionals.length > 1) {
      throw new UsageError(`give one article file (got ${positionals.length}); for many articles use --jsonl`);
    }
    const file = positionals[0];
    return { kind: 'article', file: file === undefined || file === '-' ? null : file, format, options };
  }

  if (v.format !== undefined) throw new UsageError('--format does not apply with --jsonl (the output is JSON Lines)');
  let jobs = cores;
  if (v.jobs !== undefined) {
    if (!/^\d+$/u.test(v.jobs) || Number(v.jobs) > MAX_JOBS) {
      throw new UsageError(`--jobs must be a whole number from 0 to ${MAX_JOBS}, not ${JSON.stringify(v.jobs)}`);
    }
    jobs = Number(v.jobs);
  }
  if (positionals.filter((f) => f === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  return {
    kind: 'jsonl',
    files: positionals,
    textField: nonEmpty(v['text-field'] ?? 'text', '--text-field'),
    idField: nonEmpty(v['id-field'] ?? 'id', '--id-field'),
    jobs,
    stats: v.stats === true,
    failOnError: v['fail-on-error'] === true,
    options,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: SPEC, allowPositionals: true, strict: true });
}
