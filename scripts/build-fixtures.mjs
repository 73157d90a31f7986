#!/usr/bin/env node
// Builds the gold JSON files of the hand-written test corpus.
//
//   node scripts/build-fixtures.mjs            write test/fixtures/gold/*.json from test/fixtures/articles/*.txt
//   node scripts/build-fixtures.mjs --check    write nothing; exit 1 if a gold file is missing, stale or orphaned
//   node scripts/build-fixtures.mjs --summary  also print corpus statistics (works with --check too)
//
// Source format (see test/fixtures/README.md): front matter between two `---` lines, then the article
// text, with every quotation annotated inside its marks as {{SPEAKER|quoted words}}:
//   {{Dana Reyes|...}}  named speaker (canonical name, must occur verbatim in the article text)
//   {{?|...}}           a quotation whose speaker the article does not identify (speaker null)
//   {{~a spokeswoman|...}}  an unnamed, nominal source (the phrase must occur in the article text)
//   {{-|...}}           quoted words that are no one's quotation (scare quotes, titles, nicknames)
//
// Offsets are UTF-16 code units (JavaScript string indices) of the stripped text. Output is
// deterministic: files are processed in name order and JSON is written with a fixed key order.
// Any malformed markup aborts the run with a non-zero exit and file:line:column messages.
import { readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync, unlinkSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = join(ROOT, 'test', 'fixtures', 'articles');
const GOLD = join(ROOT, 'test', 'fixtures', 'gold');
const SOURCE = 'quote-attribution test corpus: hand-written fictional article';
const LICENSE = 'MIT';
const FILE_NAME = /^(\d{2,3})-[a-z0-9]+(?:-[a-z0-9]+)*\.txt$/;
const REQUIRED_KEYS = ['section', 'style', 'marks'];
const MARKS = new Set(['curly-double', 'curly-single', 'straight-double', 'straight-single', 'wire-backticks', 'guillemets', 'low-9']);
// Tags allowed in the optional `features:` front-matter line (documented in test/fixtures/README.md).
const FEATURES = new Set([
  'trailing', 'leading', 'split', 'appositive', 'according-to', 'told-outlet', 'wrote', 'called-described',
  'pronoun', 'continuation', 'org-speaker', 'name-forms', 'shared-surname', 'diverse-names', 'initials-suffixes',
  'scare-quotes', 'name-in-quote', 'nominal', 'no-attribution', 'reporter-question', 'question-exclamation',
  'em-dash', 'attribution-next-sentence', 'long-trailing-attribution', 'headline-quote', 'photo-caption',
  'multi-paragraph', 'nested-quote', 'copy-error', 'embed-markup', 'single-newlines', 'apostrophes',
  'wire-dateline', 'translation', 'q-and-a', 'exchange', 'archival-quote', 'scene-setting', 'present-tense',
]);
// The corpus targets; outside them the script warns but still builds.
const WORD_RANGE = [250, 800];
const QUOTE_RANGE = [5, 15];

// Every character that may stand immediately outside an annotated span as a quotation mark:
// straight, curly, low-9, reversed-9, guillemets, and the backtick/apostrophe pair of old wire copy (``…'').
const QUOTE_MARKS = new Set(['"', "'", '`', '\u201C', '\u201D', '\u2018', '\u2019', '\u201E', '\u201A',
  '\u201F', '\u201B', '\u00AB', '\u00BB', '\u2039', '\u203A']);

const args = process.argv.slice(2);
const opts = { check: false, summary: false };
for (const a of args) {
  if (a === '--check') opts.check = true;
  else if (a === '--summary') opts.summary = true;
  else if (a === '--help' || a === '-h') {
    console.log('usage: node scripts/build-fixtures.mjs [--check] [--summary]');
    process.exit(0);
  } else {
    console.error(`build-fixtures: unknown argument ${a}`);
    process.exit(2);
  }
}

class FixtureError extends Error {}

/** Line and column (1-based) of a UTF-16 index in a source string. */
function position(src, index) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < src.length; i++) {
    if (src[i] === '\n') { line++; lineStart = i + 1; }
  }
  return `${line}:${index - lineStart + 1}`;
}

function fail(file, src, index, message) {
  throw new FixtureError(`${file}:${position(src, index)}: ${message}`);
}

/** Splits front matter from the article body; returns { meta, body, bodyOffset }. */
function parseFrontMatter(file, src) {
  if (!src.startsWith('---\n')) fail(file, src, 0, 'file must start with a "---" front-matter line');
  const close = src.indexOf('\n---\n', 3);
  if (close === -1) fail(file, src, 0, 'front matter is not closed by a "---" line');
  const meta = {};
  let at = 4;
  for (const line of src.slice(4, close + 1).split('\n').slice(0, -1)) {
    const m = /^([a-z][a-z0-9-]*): *(\S.*)?$/.exec(line);
    if (!m) fail(file, src, at, `bad front-matter line ${JSON.stringify(line)} (expected "key: value")`);
    if (Object.hasOwn(meta, m[1])) fail(file, src, at, `duplicate front-matter key "${m[1]}"`);
    if (m[1] === 'words') fail(file, src, at, '"words" is computed by the script; do not set it');
    meta[m[1]] = (m[2] ?? '').trim();
    at += line.length + 1;
  }
  for (const k of REQUIRED_KEYS) if (!meta[k]) fail(file, src, 0, `front matter lacks "${k}"`);
  if (!MARKS.has(meta.marks)) fail(file, src, 0, `unknown marks "${meta.marks}" (one of: ${[...MARKS].join(', ')})`);
  if (meta.features !== undefined) {
    meta.features = meta.features.split(',').map((s) => s.trim()).filter(Boolean);
    for (const f of meta.features) if (!FEATURES.has(f)) fail(file, src, 0, `unknown feature tag "${f}" (see test/fixtures/README.md)`);
    if (new Set(meta.features).size !== meta.features.length) fail(file, src, 0, 'a feature tag is listed twice');
  }
  const bodyOffset = close + 5; // "\n---\n": exactly one newline after the closing line is stripped
  return { meta, body: src.slice(bodyOffset), bodyOffset };
}

/** Strips {{SPEAKER|WORDS}} markup; returns the text and the raw annotations with source positions. */
function stripMarkup(file, src, body, bodyOffset) {
  let text = '';
  const spans = [];
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{{', i);
    const strayClose = body.indexOf('}}', i);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) fail(file, src, bodyOffset + strayClose, 'stray "}}" outside an annotation');
    if (open === -1) { text += body.slice(i); break; }
    text += body.slice(i, open);
    const bar = body.indexOf('|', open + 2);
    const close = body.indexOf('}}', open + 2);
    if (close === -1) fail(file, src, bodyOffset + open, 'annotation "{{" is never closed by "}}"');
    if (bar === -1 || bar > close) fail(file, src, bodyOffset + open, 'annotation lacks "|" between speaker and words');
    const nested = body.indexOf('{{', open + 2);
    if (nested !== -1 && nested < close) fail(file, src, bodyOffset + nested, 'nested annotation (annotate only the outer quotation)');
    const speaker = body.slice(open + 2, bar);
    const words = body.slice(bar + 1, close);
    const at = bodyOffset + open;
    if (speaker.includes('\n') || words.includes('\n')) fail(file, src, at, 'annotation spans a line break (annotate each paragraph part separately)');
    if (speaker !== speaker.trim() || speaker === '') fail(file, src, at, `speaker ${JSON.stringify(speaker)} is empty or has surrounding spaces`);
    if (words === '') fail(file, src, at, 'annotation has no words');
    if (/^\s|\s$/u.test(words)) fail(file, src, at, `quoted words start or end with whitespace: ${JSON.stringify(words)}`);
    if (/^~\s|^~$/.test(speaker)) fail(file, src, at, 'nominal speaker "~" needs a phrase right after the tilde');
    if (/^[?-]./.test(speaker)) fail(file, src, at, `speaker ${JSON.stringify(speaker)}: "?" and "-" stand alone`);
    const start = text.length;
    text += words;
    spans.push({ speaker, start, end: text.length, at });
    i = close + 2;
  }
  return { text, spans };
}

function wordIn(text, word) {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

function countWords(text) {
  return (text.match(/\S+/g) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function buildOne(name) {
  const file = relative(ROOT, join(ARTICLES, name));
  const src = readFileSync(join(ARTICLES, name), 'utf8');
  if (src.charCodeAt(0) === 0xfeff) fail(file, src, 0, 'file starts with a byte-order mark');
  const cr = src.indexOf('\r');
  if (cr !== -1) fail(file, src, cr, 'carriage return found; use LF line endings');
  const { meta, body, bodyOffset } = parseFrontMatter(file, src);
  const { text, spans } = stripMarkup(file, src, body, bodyOffset);
  if (text.trim() === '') fail(file, src, bodyOffset, 'article text is empty');
  const lower = text.toLowerCase();
  const quotes = [];
  const unattributed = [];
  for (const s of spans) {
    const before = text[s.start - 1];
    const after = text[s.end];
    if (before === undefined || !QUOTE_MARKS.has(before)) {
      fail(file, src, s.at, `character before the quoted words is ${JSON.stringify(before ?? '<start of text>')}, not a quotation mark`);
    }
    if (after !== undefined && after !== '\n' && !QUOTE_MARKS.has(after)) {
      fail(file, src, s.at, `character after the quoted words is ${JSON.stringify(after)}, not a quotation mark or a line break`);
    }
    const quoted = text.slice(s.start, s.end);
    if (s.speaker === '-') { unattributed.push([s.start, s.end]); continue; }
    let speaker = s.speaker;
    let speakerType = 'named';
    if (speaker === '?') { speaker = null; speakerType = 'none'; }
    else if (speaker.startsWith('~')) {
      speaker = speaker.slice(1);
      speakerType = 'nominal';
      if (!lower.includes(speaker.toLowerCase())) fail(file, src, s.at, `nominal speaker phrase ${JSON.stringify(speaker)} does not occur in the article text`);
    } else if (!text.includes(speaker) && !speaker.split(/\s+/).every((w) => wordIn(text, w))) {
      // Normally the canonical name occurs verbatim; a name split by a nickname (Gary 'The Quiff' Hollings)
      // is accepted when each of its words occurs in the text.
      fail(file, src, s.at, `named speaker ${JSON.stringify(speaker)} does not occur in the article text (use the fullest form the article gives)`);
    }
    quotes.push({ start: s.start, end: s.end, text: quoted, speaker, speakerType, type: 'direct' });
  }
  // A named speaker that is a shorter form of another named speaker is almost always an annotation slip.
  const named = [...new Set(quotes.filter((q) => q.speakerType === 'named').map((q) => q.speaker))];
  for (const a of named) {
    for (const b of named) {
      if (a !== b && b.split(/\s+/).length > a.split(/\s+/).length && new RegExp(`(^|\\s)${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(b)) {
        const q = spans.find((x) => x.speaker === a);
        fail(file, src, q.at, `speaker ${JSON.stringify(a)} looks like a short form of ${JSON.stringify(b)} in the same article`);
      }
    }
  }
  quotes.sort((x, y) => x.start - y.start || x.end - y.end);
  unattributed.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const words = countWords(text);
  if (words < WORD_RANGE[0] || words > WORD_RANGE[1]) console.warn(`build-fixtures: warning: ${file}: ${words} words, outside ${WORD_RANGE.join('-')}`);
  if (quotes.length < QUOTE_RANGE[0] || quotes.length > QUOTE_RANGE[1]) console.warn(`build-fixtures: warning: ${file}: ${quotes.length} quotations, outside ${QUOTE_RANGE.join('-')}`);
  const slug = name.replace(/\.txt$/, '');
  const doc = {
    id: `fixture/${slug}`,
    source: SOURCE,
    license: LICENSE,
    text,
    quotes,
    unattributedQuotedSpans: unattributed,
    meta: { ...meta, words },
  };
  return { name, slug, doc, json: `${JSON.stringify(doc, null, 2)}\n` };
}

function main() {
  if (!existsSync(ARTICLES)) throw new FixtureError(`no article directory at ${relative(ROOT, ARTICLES)}`);
  const names = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort();
  if (names.length === 0) throw new FixtureError(`no .txt articles in ${relative(ROOT, ARTICLES)}`);
  const seenNumbers = new Map();
  for (const n of names) {
    const m = FILE_NAME.exec(n);
    if (!m) throw new FixtureError(`${relative(ROOT, join(ARTICLES, n))}: file name must look like NN-some-slug.txt`);
    if (seenNumbers.has(m[1])) throw new FixtureError(`${n}: number ${m[1]} is also used by ${seenNumbers.get(m[1])}`);
    seenNumbers.set(m[1], n);
  }
  const built = names.map(buildOne);
  const wanted = new Set(built.map((b) => `${b.slug}.json`));
  const problems = [];
  if (!opts.check) mkdirSync(GOLD, { recursive: true });
  for (const b of built) {
    const out = join(GOLD, `${b.slug}.json`);
    const current = existsSync(out) ? readFileSync(out, 'utf8') : null;
    if (current === b.json) continue;
    if (opts.check) problems.push(`${relative(ROOT, out)}: ${current === null ? 'missing' : 'out of date'}`);
    else writeFileSync(out, b.json);
  }
  const existing = existsSync(GOLD) ? readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort() : [];
  for (const f of existing) {
    if (wanted.has(f)) continue;
    const out = join(GOLD, f);
    let generated;
    try { generated = JSON.parse(readFileSync(out, 'utf8')).source === SOURCE; } catch { generated = false; }
    if (opts.check) problems.push(`${relative(ROOT, out)}: has no source article`);
    else if (generated) unlinkSync(out);
    else problems.push(`${relative(ROOT, out)}: has no source article and was not written by this script; remove it by hand`);
  }
  if (opts.summary) printSummary(built);
  if (problems.length > 0) {
    for (const p of problems) console.error(`build-fixtures: ${p}`);
    if (opts.check) console.error('build-fixtures: run `node scripts/build-fixtures.mjs` and commit the result');
    process.exit(1);
  }
  const total = built.reduce((n, b) => n + b.doc.quotes.length, 0);
  console.log(`build-fixtures: ${opts.check ? 'checked' : 'built'} ${built.length} articles, ${total} quotations${opts.check ? ', all gold files up to date' : ''}`);
}

function printSummary(built) {
  const byType = { named: 0, nominal: 0, none: 0 };
  let words = 0;
  let spans = 0;
  const features = new Map();
  const marks = new Map();
  const sections = new Map();
  const rows = [];
  for (const b of built) {
    words += b.doc.meta.words;
    spans += b.doc.unattributedQuotedSpans.length;
    for (const q of b.doc.quotes) byType[q.speakerType]++;
    for (const f of b.doc.meta.features ?? []) features.set(f, (features.get(f) ?? 0) + 1);
    marks.set(b.doc.meta.marks, (marks.get(b.doc.meta.marks) ?? 0) + 1);
    sections.set(b.doc.meta.section, (sections.get(b.doc.meta.section) ?? 0) + 1);
    rows.push(`${b.slug.padEnd(34)} ${String(b.doc.meta.words).padStart(4)} words ${String(b.doc.quotes.length).padStart(3)} quotes ${String(b.doc.unattributedQuotedSpans.length).padStart(2)} spans`);
  }
  const sorted = (m) => [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(rows.join('\n'));
  console.log(`articles ${built.length}, words ${words}`);
  console.log(`quotes ${byType.named + byType.nominal + byType.none}: named ${byType.named}, nominal ${byType.nominal}, none ${byType.none}; unattributed spans ${spans}`);
  console.log(`sections: ${sorted(sections)}`);
  console.log(`marks: ${sorted(marks)}`);
  console.log(`features (articles showing each): ${sorted(features)}`);
}

try {
  main();
} catch (err) {
  if (err instanceof FixtureError) {
    console.error(`build-fixtures: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
