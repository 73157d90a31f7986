#!/usr/bin/env node
// Browser test of the playground (docs/playground/), in a real Chromium: `npm run test:browser`
// (which builds the library and the docs first). Not a vitest file: vitest runs test/**/*.test.ts.
//
// It serves docs/ from a small static server on 127.0.0.1, opens /playground/ in Debian's chromium
// (/usr/bin/chromium, driven by playwright-core; no browser is downloaded), checks that the bundled
// example renders as the library attributes it in Node, then clears the textarea, types a short
// article and checks the highlighted quotes, their speakers and the speakers table. Any console
// error, page error, failed request or request to another host fails the test. A screenshot goes to
// test/browser/artifacts/playground.png. Exit code 0 when every check passed, 1 otherwise.
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOCS = join(ROOT, 'docs');
const ARTIFACTS = join(ROOT, 'test', 'browser', 'artifacts');
const SCREENSHOT = join(ARTIFACTS, 'playground.png');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TIMEOUT_MS = 15_000;

// The article typed into the playground, and what the library makes of it.
const TYPED = [
  'Port Authority director Dana Reyes spoke on Monday.',
  '',
  '“We will not reopen the pier this year,” Reyes said. “Not until the pilings are safe.”',
  '',
  'The council approved what critics call a “waterfront giveaway.”',
].join('\n');
const EXPECTED_MARKS = [
  { speaker: 'Dana Reyes', rule: 'trailing-cue', text: '“We will not reopen the pier this year,”' },
  { speaker: 'Dana Reyes', rule: 'same-paragraph', text: '“Not until the pilings are safe.”' },
  { speaker: 'null', rule: 'none', text: '“waterfront giveaway.”' },
];
const EXPECTED_SPEAKERS = [{ name: 'Dana Reyes', kind: 'person', quotes: '2' }];
const EXPECTED_QUOTE_ROWS = [
  { speaker: 'Dana Reyes', rule: 'trailing-cue', cue: 'said' },
  { speaker: 'Dana Reyes', rule: 'same-paragraph', cue: '—' },
  { speaker: '(unattributed)', rule: 'none', cue: '—' },
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const failures = [];
function check(ok, message) {
  if (!ok) failures.push(message);
  return ok;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const show = (v) => JSON.stringify(v);

/** A static file server for `root` on 127.0.0.1, on a free port. Only GET and HEAD, only files under root. */
function serve(root) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path;
    try {
      path = resolve(root, `.${decodeURIComponent(url.pathname)}`);
    } catch {
      path = null;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === null || (path !== root && !path.startsWith(root + sep))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    if (!existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}\n`);
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(path)] ?? 'application/octet-stream',
      'content-length': statSync(path).size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(path).pipe(res);
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

/** What the page shows: the marks in the view, the rows of both tables, the status line. */
function readPage(page) {
  return page.evaluate(() => {
    const texts = (row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent.trim());
    return {
      marks: [...document.querySelectorAll('#view mark')].map((m) => ({ speaker: m.dataset.speaker, rule: m.dataset.rule, text: m.textContent })),
      speakers: [...document.querySelectorAll('#speakers tbody tr[data-speaker]')].map(texts).map(([name, kind, , quotes]) => ({ name, kind, quotes })),
      quotes: [...document.querySelectorAll('#quotes tbody tr[data-quote]')].map(texts).map(([, speaker, , rule, , cue]) => ({ speaker, rule, cue })),
      status: document.querySelector('#status').textContent,
    };
  });
}

/** Waits until the view shows the textarea's current text (the rendered article's text is the input, marks included). */
function waitForRender(page) {
  return page.waitForFunction(
    () => {
      const article = document.querySelector('#view .qa-article');
      return article !== null && article.textContent === document.querySelector('#article').value;
    },
    undefined,
    { timeout: TIMEOUT_MS },
  );
}

async function main() {
  const started = performance.now();
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium); .ci/run does it.`);
  }
  for (const file of ['playground/index.html', 'playground/playground.js', 'playground/quote-attribution.js']) {
    if (!existsSync(join(DOCS, file))) throw new Error(`docs/${file} not found: run \`npm run build && npm run docs\` first (npm run test:browser does).`);
  }

  // The example as the library attributes it in Node, from the same build the playground bundles.
  const lib = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
  const example = readFileSync(join(ROOT, 'examples', 'playground-article.txt'), 'utf8').replace(/\r\n?/g, '\n').trimEnd();
  const exampleResult = lib.attributeQuotes(example);
  const exampleSpeakers = exampleResult.quotes.map((q) => (q.speaker === null ? 'null' : q.speaker));

  const server = await serve(DOCS);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const userDataDir = mkdtempSync(join(tmpdir(), 'qa-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
      timeout: 30_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(TIMEOUT_MS);

    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url || 'no url'})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) problems.push(`request to another host: ${url}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    // 1. The page loads and renders the bundled example.
    const response = await page.goto(`${origin}/playground/`, { waitUntil: 'load' });
    check(response?.status() === 200, `GET /playground/ answered ${response?.status()}`);
    check((await page.title()).includes('quote-attribution'), `page title is ${show(await page.title())}`);
    await waitForRender(page);
    check((await page.inputValue('#article')).trimEnd() === example, 'the textarea does not hold examples/playground-article.txt');
    const before = await readPage(page);
    const named = new Set(before.marks.map((m) => m.speaker).filter((s) => s !== 'null'));
    check(before.marks.length >= 5 && named.size >= 3, `example: expected at least 5 marks and 3 speakers, got ${before.marks.length} marks, speakers ${show([...named])}`);
    check(
      same(before.marks.map((m) => m.speaker), exampleSpeakers),
      `example: data-speaker in the browser ${show(before.marks.map((m) => m.speaker))} differs from attributeQuotes in Node ${show(exampleSpeakers)}`,
    );
    check(before.speakers.length === exampleResult.speakers.length, `example: speakers table has ${before.speakers.length} rows, expected ${exampleResult.speakers.length}`);
    check(before.quotes.length === exampleResult.quotes.length, `example: quotes table has ${before.quotes.length} rows, expected ${exampleResult.quotes.length}`);
    check(/^\d+ quotes · \d+ speakers · .*ms$/.test(before.status), `example: status line is ${show(before.status)}`);
    const links = await page.$$eval('header nav a', (as) => as.map((a) => a.getAttribute('href')));
    check(links.includes('../index.html'), `header links ${show(links)} lack ../index.html`);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'playground-example.png'), fullPage: true });

    // 2. Clear the textarea and type an article, key by key; the view follows the input.
    await page.fill('#article', '');
    await waitForRender(page);
    await page.focus('#article');
    await page.keyboard.type(TYPED, { delay: 2 });
    check((await page.inputValue('#article')) === TYPED, 'the typed text did not reach the textarea');
    await waitForRender(page);
    const after = await readPage(page);
    check(same(after.marks, EXPECTED_MARKS), `typed: marks ${show(after.marks)}, expected ${show(EXPECTED_MARKS)}`);
    check(same(after.speakers, EXPECTED_SPEAKERS), `typed: speakers table ${show(after.speakers)}, expected ${show(EXPECTED_SPEAKERS)}`);
    check(same(after.quotes, EXPECTED_QUOTE_ROWS), `typed: quotes table ${show(after.quotes)}, expected ${show(EXPECTED_QUOTE_ROWS)}`);
    check(/^3 quotes · 1 speaker · 1 unattributed · [\d.]+ ms$/.test(after.status), `typed: status line is ${show(after.status)}`);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    check(problems.length === 0, problems.join('\n  '));
    const version = context.browser()?.version() ?? 'unknown version';
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return (
      `example ${before.marks.length} quotes/${before.speakers.length} speakers; typed ${after.marks.length} quotes ` +
      `[${after.marks.map((m) => m.speaker).join(', ')}]; Chromium ${version}; screenshot ${relative(ROOT, SCREENSHOT)}; ${seconds} s`
    );
  } finally {
    await context?.close().catch(() => {});
    await new Promise((done) => server.close(done));
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

try {
  const summary = await main();
  if (failures.length > 0) {
    console.error(`test:browser: FAILED, ${failures.length} check(s):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`test:browser: playground OK: ${summary}`);
  }
} catch (error) {
  console.error(`test:browser: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (failures.length > 0) console.error(`  and ${failures.length} check(s):\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
}
