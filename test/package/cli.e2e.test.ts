/**
 * Spawns the BUILT command (dist/bin.js, through its shebang) as a user
 * would: the one-article formats, and `--jsonl` with worker threads on a
 * JSON Lines file with bad lines. Run after `npm run build`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist/bin.js');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
const dir = mkdtempSync(join(tmpdir(), 'qa-cli-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const r = spawnSync(bin, args, { cwd: root, encoding: 'utf8', input, timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Validates with the built package's own schemas, in a plain Node process. */
function validate(kind: 'AttributionSchema' | 'QuoteSchema' | 'SpeakerSchema', values: unknown[]): boolean[] {
  const file = join(dir, `values-${kind}.json`);
  writeFileSync(file, JSON.stringify(values));
  const script = `import * as m from 'quote-attribution'; import { readFileSync } from 'node:fs';
    console.log(JSON.stringify(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')).map((v) => m.${kind}.safeParse(v).success)));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })) as boolean[];
}

// (each test starts the bin as a process, several times: on a busy machine that takes longer than a unit test's 5 s)
describe('the built bin', { timeout: 60_000 }, () => {
  test('is declared in package.json, built, executable, with a shebang, and has its worker next to it', () => {
    expect(pkg.bin).toEqual({ 'quote-attribution': './dist/bin.js' });
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow();
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(() => accessSync(join(root, 'dist/cli-worker.js'), constants.R_OK)).not.toThrow();
  });

  test('--version and --help', () => {
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: quote-attribution/);
  });

  test('an unknown flag exits 2 with a clear message', () => {
    const r = run(['--jsonl', '--job', '2']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown option --job (did you mean --jobs?)');
  });

  test('the example article: table, JSON valid against the schema, HTML page', () => {
    const table = run(['examples/pier-closure.txt']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^SPEAKER +QUOTE +RULE +CONF\nDana Reyes +We will not reopen the pier this year, +trailing-cue/);

    const json = run(['--format', 'json', 'examples/pier-closure.txt']);
    expect(validate('AttributionSchema', [JSON.parse(json.stdout)])).toEqual([true]);

    const html = run(['--format', 'html'], readFileSync(join(root, 'examples/pier-closure.txt'), 'utf8'));
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(html.stdout).toContain('data-speaker="Dana Reyes"');
  });

  describe('--jsonl on a file with bad lines, over worker threads', () => {
    const N = 300;
    const bad = new Map<number, string>([
      [3, '{"id": "a3", "text": "unterminated'],
      [50, ''],
      [51, '{"id": "a51", "body": "no text"}'],
      [120, '{"id": "a120", "text": 120}'],
      [121, '[1, 2, 3]'],
      [N, 'nonsense at the end'],
    ]);
    const lines: string[] = [];
    for (let i = 1; i <= N; i++) {
      const who = ['Dana Reyes', 'Tom Okafor', 'Priya Natarajan'][i % 3] as string;
      const text = `Report ${i}\n\n“We will look at item ${i} again,” ${who} said on Monday.\n\n“It matters,” ${who.split(' ')[1]} added.`;
      lines.push(bad.get(i) ?? JSON.stringify({ id: `a${i}`, text }));
    }
    const file = join(dir, 'input.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);

    const check = (stdout: string) => {
      const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(out).toHaveLength(N);
      out.forEach((record, k) => {
        const i = k + 1;
        if (bad.has(i)) {
          expect(record, `line ${i}`).toMatchObject({ line: i, file, error: expect.any(String) as unknown });
          expect(Object.keys(record)[0]).toBe('line');
        } else {
          expect(record['id'], `line ${i}`).toBe(`a${i}`);
          expect((record['quotes'] as { text: string }[])[0]!.text).toBe(`We will look at item ${i} again,`);
        }
      });
      expect(out[50]).toEqual({ line: 51, file, id: 'a51', error: 'no "text" field' });
      expect(out[119]).toEqual({ line: 120, file, id: 'a120', error: '"text" is not a string (got a number)' });
      const good = out.filter((r) => !('error' in r));
      expect(validate('QuoteSchema', good.flatMap((r) => r['quotes'] as unknown[])).every(Boolean)).toBe(true);
      expect(validate('SpeakerSchema', good.flatMap((r) => r['speakers'] as unknown[])).every(Boolean)).toBe(true);
    };

    test('--jobs 2: every line answered in input order, the run goes on past bad lines, exit 0', () => {
      const r = run(['--jsonl', '--jobs', '2', file]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(''); // not a terminal: no progress line
      check(r.stdout);
    });

    test('the same output with one worker, in the main thread, and from stdin (without file names)', () => {
      const two = run(['--jsonl', '--jobs', '2', file]).stdout;
      expect(run(['--jsonl', '--jobs', '1', file]).stdout).toBe(two);
      expect(run(['--jsonl', '--jobs', '0', file]).stdout).toBe(two);
      const piped = run(['--jsonl', '--jobs', '2'], readFileSync(file, 'utf8')).stdout;
      expect(piped).toBe(two.replaceAll(`"file":${JSON.stringify(file)},`, ''));
    });

    test('--fail-on-error exits 1; --stats prints a summary on stderr', () => {
      const r = run(['--jsonl', '--jobs', '2', '--fail-on-error', '--stats', file]);
      expect(r.code).toBe(1);
      check(r.stdout);
      expect(r.stderr).toMatch(new RegExp(`^quote-attribution: ${N} articles \\(${bad.size} failed\\), \\d+ quotes in [\\d.]+ s: \\d+ articles/s, 2 jobs, peak RSS [\\d.]+ MB\\n$`));
    });
  });
});
