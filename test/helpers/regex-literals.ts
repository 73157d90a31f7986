/**
 * Finds every regular expression in the library's source with the TypeScript
 * parser (literals, and `RegExp(…)` / `new RegExp(…)` calls), and builds the
 * hostile inputs the regex-safety test feeds them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** One pattern found in the source. */
export interface FoundPattern {
  /** `path/to/file.ts:line`, relative to the repository root. */
  where: string;
  file: string;
  source: string;
  flags: string;
}

/** A `RegExp(…)` built from something other than string literals: it cannot be checked statically. */
export interface DynamicPattern {
  where: string;
  code: string;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(?:[cm]?ts|[cm]?js)$/u.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** Every regular expression in the `.ts` / `.js` files under `dir` (default: src/). */
export function findPatterns(dir = join(ROOT, 'src')): { patterns: FoundPattern[]; dynamic: DynamicPattern[] } {
  const patterns: FoundPattern[] = [];
  const dynamic: DynamicPattern[] = [];
  for (const path of filesUnder(dir)) {
    const file = relative(ROOT, path).split('\\').join('/');
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node): string => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        patterns.push({ where: where(node), file, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [source, flags] = node.arguments ?? [];
        if (source !== undefined && ts.isStringLiteralLike(source) && (flags === undefined || ts.isStringLiteralLike(flags))) {
          patterns.push({ where: where(node), file, source: source.text, flags: flags?.text ?? '' });
        } else {
          dynamic.push({ where: where(node), code: node.getText(sf) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { patterns, dynamic };
}

/** Characters every pattern is tried with: letters, spaces, breaks, digits, punctuation, quotes, accents, emoji. */
export const BASE_CHARS = ['a', 'A', ' ', '\n', '\t', '1', '.', ',', '-', '_', '"', '\u201C', "'", '\u2019', '\u00E9', '\u0301', '\u00A0', '\u{1F600}'];

const PROPERTY_SAMPLES: Record<string, string[]> = {
  L: ['a', 'A', '\u00E9'],
  Lu: ['A', '\u00C9'],
  Lt: ['\u01C5'],
  Ll: ['a'],
  M: ['\u0301'],
  N: ['1', '\u0661'],
  Nd: ['1'],
};

/** Characters a pattern mentions (literals, escapes, class members, property samples): the ones it "likes". */
export function likedChars(source: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c !== '\\') {
      if (!'()[]{}|^$'.includes(c)) out.add(c);
      continue;
    }
    const e = source[++i];
    if (e === undefined) break;
    if (e === 'u' && source[i + 1] === '{') {
      const close = source.indexOf('}', i);
      out.add(String.fromCodePoint(Number.parseInt(source.slice(i + 2, close), 16)));
      i = close;
    } else if (e === 'u' || e === 'x') {
      const len = e === 'u' ? 4 : 2;
      out.add(String.fromCharCode(Number.parseInt(source.slice(i + 1, i + 1 + len), 16)));
      i += len;
    } else if (e === 'p' || e === 'P') {
      const close = source.indexOf('}', i);
      const name = source.slice(i + 2, close).replace(/^(?:General_Category|gc)=/u, '');
      for (const ch of PROPERTY_SAMPLES[name] ?? ['a', '!']) out.add(ch);
      i = close;
    } else if (e === 's') ['\u0020', '\u00A0', '\u2028'].forEach((ch) => out.add(ch));
    else if (e === 'S' || e === 'w' || e === 'W' || e === 'D') ['a', '!'].forEach((ch) => out.add(ch));
    else if (e === 'd') out.add('1');
    else if (e === 'n') out.add('\n');
    else if (e === 'r') out.add('\r');
    else if (e === 't') out.add('\t');
    else if (e !== 'b' && e !== 'B' && !/\d/u.test(e)) out.add(e);
  }
  return [...out];
}

/** Hostile inputs of length about `n` for a pattern: each liked character repeated (with and without a rejecting tail), pairs of them, and all of them mixed. */
export function hostileInputs(source: string): { name: string; make: (n: number) => string }[] {
  const liked = likedChars(source);
  const chars = [...new Set([...liked, ...BASE_CHARS])];
  const rep = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.floor(n / unit.length)));
  const out: { name: string; make: (n: number) => string }[] = [];
  for (const c of chars) {
    out.push({ name: `${JSON.stringify(c)}×n`, make: (n) => rep(c, n) });
    out.push({ name: `${JSON.stringify(c)}×n + NUL`, make: (n) => `${rep(c, n)}\u0000` });
  }
  const pairs = liked.slice(0, 6);
  for (const a of pairs) for (const b of pairs) if (a !== b) out.push({ name: `${JSON.stringify(a + b)}×n + NUL`, make: (n) => `${rep(a + b, n)}\u0000` });
  const all = chars.join('');
  out.push({ name: 'all mixed', make: (n) => rep(all, n) });
  out.push({ name: 'all mixed + NUL', make: (n) => `${rep(all, n)}\u0000` });
  out.push({ name: 'liked mixed + NUL', make: (n) => `${rep(liked.join('') || 'a', n)}\u0000` });
  return out;
}
