#!/usr/bin/env node
// Builds the playground: a static page in docs/playground/ that runs the library in the browser.
//
//   node scripts/build-playground.mjs       (run by `npm run docs`, after typedoc and after `npm run build`)
//
// It writes, into docs/playground/ (typedoc empties docs/ on every run, so this runs after it):
//   quote-attribution.js (+ .map)  the library's ESM build (dist/index.js) bundled for browsers with
//                                  esbuild: zod inlined (a browser cannot resolve bare imports), minified
//   index.html                     the page: the article in a <textarea>, prefilled with
//                                  examples/playground-article.txt, the highlighted view, tables of
//                                  speakers and quotes, a status line
//   playground.css, playground.js  its style and its script (the function `client` below, as written)
//
// No server code and no external resources (fonts, scripts, images): everything is in the folder, so
// any static file server can serve docs/. ES modules do not load from file://, so the page needs one.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'playground');
const ARTICLE = join(ROOT, 'examples', 'playground-article.txt');
const BUNDLE = 'quote-attribution.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const zodVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'zod', 'package.json'), 'utf8')).version;
const entry = join(ROOT, pkg.exports['.'].import.default);
const repository = String(pkg.repository?.url ?? '')
  .replace(/^git\+/, '')
  .replace(/\.git$/, '');
const readmeUrl = repository ? `${repository}#readme` : '../index.html';

function fail(message) {
  console.error(`build-playground: ${message}`);
  process.exit(1);
}

if (!existsSync(entry)) fail(`${relative(ROOT, entry)} not found: run \`npm run build\` first (npm test and npm run test:browser do).`);
if (!existsSync(join(ROOT, 'docs', 'index.html'))) fail('docs/index.html not found: run typedoc first (`npm run docs` does).');

/** Newest modification time of the files under `dir`. */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}
if (newest(join(ROOT, 'src')) > statSync(entry).mtimeMs) {
  console.warn(`build-playground: warning: src/ is newer than ${relative(ROOT, entry)}; the playground shows the last build (run \`npm run build\`).`);
}

const article = readFileSync(ARTICLE, 'utf8').replace(/\r\n?/g, '\n').trimEnd();
const words = article.split(/\s+/).filter(Boolean).length;
if (words < 250 || words > 400) fail(`${relative(ROOT, ARTICLE)} has ${words} words; keep the example between 250 and 400.`);

mkdirSync(OUT, { recursive: true });

const result = await build({
  entryPoints: [entry],
  outfile: join(OUT, BUNDLE),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  sourcemap: true,
  legalComments: 'eof',
  banner: { js: `/*! ${pkg.name} ${pkg.version} (${pkg.license}) with zod ${zodVersion} (MIT), bundled for the playground */` },
  metafile: true,
  logLevel: 'warning',
});

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * The page's script. It runs in the browser, not here: the build writes its source text into
 * playground.js (`client.toString()`), after an import of the bundle. Plain ES2022 and DOM, no
 * framework.
 * @param {{ attributeQuotes: Function, renderHtml: Function }} qa - The library.
 */
function client({ attributeQuotes, renderHtml }) {
  const { document, CSS, performance, setTimeout, clearTimeout } = globalThis;
  const $ = (selector) => document.querySelector(selector);
  const textarea = $('#article');
  const view = $('#view');
  const status = $('#status');
  const speakersBody = $('#speakers tbody');
  const quotesBody = $('#quotes tbody');
  const form = $('#options');
  const DEBOUNCE_MS = 150;
  const SHORT = 90;

  const cell = (tag, text, className) => {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className) el.className = className;
    return el;
  };
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const shorten = (s) => {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > SHORT ? `${flat.slice(0, SHORT - 1).trimEnd()}…` : flat;
  };

  function options() {
    return {
      paragraphs: form.elements.paragraphs.value,
      singleQuotes: form.elements.singleQuotes.checked,
      nested: form.elements.nested.checked,
      skipMarkup: form.elements.skipMarkup.checked,
    };
  }

  /** The background colour the view gave a speaker (the renderer picks it), for the table's swatch. */
  function colourOf(name) {
    const mark = view.querySelector(`mark[data-speaker="${CSS.escape(name)}"]`);
    return mark ? mark.style.backgroundColor : 'transparent';
  }

  function renderSpeakers(result) {
    const rows = result.speakers.map((s) => {
      const tr = document.createElement('tr');
      tr.dataset.speaker = s.name;
      const name = cell('th');
      name.scope = 'row';
      const swatch = cell('span', undefined, 'swatch');
      swatch.style.backgroundColor = colourOf(s.name);
      swatch.setAttribute('aria-hidden', 'true');
      name.append(swatch, s.name);
      tr.append(name, cell('td', s.kind), cell('td', s.titles.join('; ') || '—'), cell('td', String(s.quoteIds.length), 'num'));
      return tr;
    });
    if (rows.length === 0) {
      const tr = document.createElement('tr');
      const td = cell('td', 'No speakers yet.', 'empty');
      td.colSpan = 4;
      tr.append(td);
      rows.push(tr);
    }
    speakersBody.replaceChildren(...rows);
  }

  function renderQuotes(result) {
    const rows = result.quotes.map((q, i) => {
      const tr = document.createElement('tr');
      tr.dataset.quote = String(i);
      tr.dataset.speaker = q.speaker === null ? 'null' : q.speaker;
      const number = cell('td', String(i + 1), 'num');
      const speaker = cell('td', q.speaker ?? '(unattributed)', q.speaker === null ? 'unattributed' : undefined);
      const words = cell('td');
      const jump = cell('button', shorten(q.text), 'jump');
      jump.type = 'button';
      jump.title = 'Show this quote in the article';
      jump.dataset.quote = String(i);
      words.append(jump);
      tr.append(number, speaker, words, cell('td', q.rule), cell('td', q.confidence.toFixed(2), 'num'), cell('td', q.cue ? q.cue.text : '—'));
      return tr;
    });
    if (rows.length === 0) {
      const tr = document.createElement('tr');
      const td = cell('td', 'No quotes yet: type or paste an article with quotation marks.', 'empty');
      td.colSpan = 6;
      tr.append(td);
      rows.push(tr);
    }
    quotesBody.replaceChildren(...rows);
  }

  function update() {
    const text = textarea.value;
    try {
      const started = performance.now();
      const result = attributeQuotes(text, options());
      const html = renderHtml(text, result, { standalone: false, include: 'article' });
      const ms = performance.now() - started;
      view.innerHTML = html;
      for (const mark of view.querySelectorAll('mark[data-quote]')) mark.id = `quote-${mark.dataset.quote}`;
      renderSpeakers(result);
      renderQuotes(result);
      const unattributed = result.quotes.filter((q) => q.speaker === null).length;
      status.textContent =
        `${plural(result.quotes.length, 'quote', 'quotes')} · ${plural(result.speakers.length, 'speaker', 'speakers')}` +
        (unattributed > 0 ? ` · ${unattributed} unattributed` : '') +
        ` · ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
      status.classList.remove('error');
    } catch (error) {
      status.textContent = `Error: ${error instanceof Error ? error.message : String(error)}`;
      status.classList.add('error');
      throw error;
    }
  }

  let timer;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  };
  textarea.addEventListener('input', schedule);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  $('#restore').addEventListener('click', () => {
    textarea.value = textarea.defaultValue;
    update();
    textarea.focus();
  });
  $('#clear').addEventListener('click', () => {
    textarea.value = '';
    update();
    textarea.focus();
  });
  quotesBody.addEventListener('click', (event) => {
    const button = event.target.closest('button.jump');
    const mark = button && view.querySelector(`#quote-${button.dataset.quote}`);
    if (!mark) return;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.classList.remove('flash');
    void mark.offsetWidth; // restart the animation
    mark.classList.add('flash');
  });
  update();
}

const CSS = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#555;--line:#d9d9d4;--paper:#fff;--bg:#f6f6f4;--accent:#0b5cad;--bad:#b3261e}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:var(--paper);padding:.5rem 1rem;z-index:1}
header.site{background:var(--paper);border-bottom:1px solid var(--line)}
header.site .inner,main,footer{max-width:90rem;margin:0 auto;padding:1rem 1.25rem}
header.site .inner{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1.5rem}
header.site h1{font-size:1.35rem;margin:0}
header.site h1 .version{font-size:.85rem;font-weight:400;color:var(--muted)}
header.site p{margin:0;color:var(--muted);flex:1 1 20rem}
header.site nav{display:flex;gap:1rem}
h2{font-size:1.05rem;margin:0 0 .5rem}
.panes{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.25rem;align-items:start}
@media (max-width:60rem){.panes{grid-template-columns:minmax(0,1fr)}}
section.pane{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:1rem}
label.big{display:block;font-weight:600;margin-bottom:.35rem}
textarea{width:100%;min-height:28rem;resize:vertical;padding:.75rem;border:1px solid #b9b9b4;border-radius:6px;font:15px/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--ink);background:#fffffb}
@media (max-width:60rem){textarea{min-height:16rem}#view .qa-article{max-height:70vh}}
@media (max-width:40rem){header.site .inner,main,footer{padding:.75rem}section.pane{padding:.75rem}}
form#options{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;margin:.75rem 0 0;font-size:.92rem}
form#options fieldset{display:contents}
form#options legend{font-weight:600}
select{font:inherit}
button{font:inherit;font-size:.92rem;padding:.3rem .8rem;border:1px solid #9a9a95;border-radius:6px;background:#f1f1ee;color:var(--ink);cursor:pointer}
button:hover{background:#e6e6e2}
.buttons{display:flex;gap:.5rem;margin-top:.75rem}
#status{margin:0 0 .75rem;color:var(--muted);font-size:.92rem;font-variant-numeric:tabular-nums}
#status.error{color:var(--bad);font-weight:600}
#view .qa-article{font:17px/1.65 Georgia,"Times New Roman",serif;max-height:44rem;overflow:auto}
#view mark{border-radius:3px;padding:0 1px;cursor:help}
#view mark.flash{animation:flash 1.2s ease-out}
@keyframes flash{0%,40%{box-shadow:0 0 0 4px var(--accent)}100%{box-shadow:0 0 0 4px transparent}}
@media (prefers-reduced-motion:reduce){#view mark.flash{animation:none;box-shadow:0 0 0 3px var(--accent)}}
.key{font-size:.85rem;color:var(--muted);margin:.6rem 0 0}
.key .unattr{outline:2px dashed var(--bad);outline-offset:1px;padding:0 .2rem}
.tables{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:1.25rem;margin-top:1.25rem;align-items:start}
@media (max-width:70rem){.tables{grid-template-columns:minmax(0,1fr)}}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;font-weight:600;font-size:1.05rem;padding-bottom:.5rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
thead th{font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);white-space:nowrap}
tbody th{font-weight:600}
th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}
td.unattributed{color:var(--bad);font-style:italic}
td.empty{color:var(--muted);font-style:italic}
.swatch{display:inline-block;width:.85em;height:.85em;border-radius:2px;border:1px solid #0003;margin-right:.45em;vertical-align:-.08em}
#quotes td:nth-child(3){min-width:14rem}
button.jump{border:0;background:none;padding:0;text-align:left;color:var(--accent);text-decoration:underline;text-underline-offset:2px;font-size:inherit}
footer{color:var(--muted);font-size:.85rem}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
`.trim();

const description = 'Paste or type a news article: every quotation is highlighted in its speaker’s colour, as you type, in your browser.';

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(description)}">
<title>Playground · ${escapeHtml(pkg.name)}</title>
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%23ffd6a5'/%3E%3Ctext x='16' y='29' font-size='30' text-anchor='middle' font-family='Georgia,serif' fill='%231b1b1b'%3E%E2%80%9C%3C/text%3E%3C/svg%3E">
<link rel="stylesheet" href="playground.css">
<link rel="modulepreload" href="${BUNDLE}">
<script type="module" src="playground.js"></script>
</head>
<body>
<a class="skip" href="#view-pane">Skip to the highlighted article</a>
<header class="site">
<div class="inner">
<h1>${escapeHtml(pkg.name)} <span class="version">${escapeHtml(pkg.version)} · playground</span></h1>
<p>${escapeHtml(description)}</p>
<nav aria-label="Documentation"><a href="../index.html">API docs</a><a href="${escapeHtml(readmeUrl)}">README</a></nav>
</div>
</header>
<main>
<div class="panes">
<section class="pane" aria-labelledby="input-heading">
<h2 id="input-heading">Article</h2>
<label class="big" for="article">Article text, one paragraph per line</label>
<textarea id="article" spellcheck="false" autocomplete="off" aria-describedby="article-help">${escapeHtml(article)}</textarea>
<p id="article-help" class="key">The example is a fictional article written for this page. Edit it or paste your own: the view updates as you type. Nothing leaves your browser.</p>
<form id="options" aria-label="Options of attributeQuotes">
<fieldset>
<legend>Options</legend>
<label>Paragraphs <select name="paragraphs"><option value="line" selected>every line</option><option value="blank-line">blank lines</option></select></label>
<label><input type="checkbox" name="singleQuotes" checked> single quotes</label>
<label><input type="checkbox" name="nested" checked> nested quotes</label>
<label><input type="checkbox" name="skipMarkup" checked> skip markup</label>
</fieldset>
</form>
<div class="buttons"><button type="button" id="restore">Restore the example</button><button type="button" id="clear">Clear</button></div>
</section>
<section class="pane" id="view-pane" aria-labelledby="view-heading">
<h2 id="view-heading">Highlighted quotes</h2>
<p id="status" role="status" aria-live="polite">Loading the library…</p>
<div id="view"><noscript><p>The playground needs JavaScript (ES modules).</p></noscript></div>
<p class="key">Each quote is filled with its speaker’s colour; <span class="unattr">unattributed</span> quotes have a dashed red outline. Hover over a quote for its speaker, rule, cue and confidence.</p>
</section>
</div>
<div class="tables">
<section class="pane scroll">
<table id="speakers">
<caption>Speakers</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Titles</th><th scope="col" class="num">Quotes</th></tr></thead>
<tbody></tbody>
</table>
</section>
<section class="pane scroll">
<table id="quotes">
<caption>Quotes</caption>
<thead><tr><th scope="col" class="num">#</th><th scope="col">Speaker</th><th scope="col">Quote</th><th scope="col">Rule</th><th scope="col" class="num">Confidence</th><th scope="col">Cue</th></tr></thead>
<tbody></tbody>
</table>
</section>
</div>
</main>
<footer>
<p>Everything runs in your browser: the page loads the library’s ESM build (<code>${BUNDLE}</code>, with zod bundled in) and calls <code>attributeQuotes</code> and <code>renderHtml</code>. There is no server code, and nothing is fetched from other sites. The page uses ES modules, which browsers do not load from <code>file://</code>: serve the <code>docs/</code> folder with any static file server (for example <code>python3 -m http.server -d docs</code>) and open <code>/playground/</code>.</p>
</footer>
</body>
</html>
`;

const JS = `// The quote-attribution playground. Generated by scripts/build-playground.mjs: edit it there.
import { attributeQuotes, renderHtml } from './${BUNDLE}';

(${client.toString()})({ attributeQuotes, renderHtml });
`;

writeFileSync(join(OUT, 'index.html'), HTML);
writeFileSync(join(OUT, 'playground.css'), `${CSS}\n`);
writeFileSync(join(OUT, 'playground.js'), JS);

const bytes = statSync(join(OUT, BUNDLE)).size;
const inputs = Object.keys(result.metafile.inputs).length;
console.log(
  `build-playground: wrote ${relative(ROOT, OUT)}/ (index.html, playground.js, playground.css, ${BUNDLE}: ${(bytes / 1024).toFixed(1)} KB minified from ${inputs} modules, + .map); example article: ${words} words`,
);
