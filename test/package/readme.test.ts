/**
 * The README's quick start is run as written, against the built package, in
 * ESM and in CommonJS, and must print exactly what the README says it prints.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(`${root}/README.md`, 'utf8');

/** The first fenced block of `lang` after `marker`. */
function blockAfter(marker: string, lang: string, from = 0): { code: string; end: number } {
  const at = readme.indexOf(marker, from);
  if (at < 0) throw new Error(`README has no ${JSON.stringify(marker)}`);
  const open = readme.indexOf('```' + lang + '\n', at);
  const close = readme.indexOf('\n```', open + 4 + lang.length);
  return { code: readme.slice(open + 4 + lang.length, close), end: close };
}

describe('README quick start', () => {
  const article = blockAfter('The article (this paragraph is the input in both examples):', 'text').code;
  const esm = blockAfter('<th>ESM', 'js');
  const cjs = blockAfter('```', 'js', esm.end + 4);
  const expected = blockAfter('Both print exactly:', 'text').code;
  const prelude = `const article = ${JSON.stringify(article)};\n`;

  test('the ESM example prints what the README shows', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', esm.code.replace(/^(import .*\n)/u, `$1${prelude}`)], { cwd: root, encoding: 'utf8' });
    expect(out.trimEnd()).toBe(expected);
  });

  test('the CommonJS example prints the same', () => {
    const out = execFileSync(process.execPath, ['-e', cjs.code.replace(/^(const .*require.*\n)/u, `$1${prelude}`)], { cwd: root, encoding: 'utf8' });
    expect(out.trimEnd()).toBe(expected);
  });
});
