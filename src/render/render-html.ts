/**
 * The HTML view of an attribution: the article with every quote highlighted
 * in place in its speaker's colour, and a legend. Pure string building (no
 * DOM, no Node), so it runs in browsers, workers and edge runtimes alike.
 * @module
 */

import { InvalidOptionsError, type OptionIssue } from '../errors.js';
import { requireText } from '../text/require-text.js';
import type { Attribution, Quote, Speaker } from '../types.js';

/**
 * Options of {@link renderHtml}. Every field is optional and has a default;
 * a field set to `undefined` takes its default. An unknown field, or a value
 * of the wrong type, is an {@link InvalidOptionsError}.
 *
 * @example
 * ```ts
 * import { attributeQuotes, renderHtml, type RenderHtmlOptions } from 'quote-attribution';
 *
 * // Only the legend, to place in a page of your own:
 * const text = '“We will not reopen,” Reyes said.';
 * const options: RenderHtmlOptions = { standalone: false, include: 'legend' };
 * renderHtml(text, attributeQuotes(text), options);
 * // '<ul class="qa-legend" aria-label="Speakers"><li class="qa-legend-item" data-speaker="Reyes">' +
 * // '<span class="qa-swatch" style="display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;background:#ffd6a5;border:1px solid #00000033"></span> ' +
 * // '<span class="qa-name">Reyes</span> <span class="qa-count">1 quote</span></li></ul>'
 * ```
 */
export interface RenderHtmlOptions {
  /**
   * `true`: a complete HTML document (doctype, `<head>` with a stylesheet,
   * a heading, a summary line, the legend and the article). `false`: an HTML
   * fragment to insert into a page of your own; it needs no stylesheet (the
   * colours are inline) and uses `qa-` class names you can style.
   * @defaultValue `true`
   */
  standalone?: boolean;
  /**
   * What to render. `'all'`: the legend and the article; `'article'`: only
   * the highlighted article (a `<div class="qa-article">`); `'legend'`: only
   * the legend (a `<ul class="qa-legend">`).
   * @defaultValue `'all'`
   */
  include?: 'all' | 'article' | 'legend';
  /**
   * The page title and heading of a standalone page (HTML-escaped). Ignored
   * for a fragment.
   * @defaultValue `'Quote attribution'`
   */
  title?: string;
}

/** The speaker colours: light backgrounds, each over 7:1 contrast with {@link TEXT_COLOUR}. @internal */
export const PALETTE: readonly string[] = Object.freeze([
  '#ffd6a5', // apricot
  '#bde0fe', // sky
  '#caffbf', // mint
  '#ffc6ff', // pink
  '#fdffb6', // lemon
  '#d0bfff', // lavender
  '#9bf6ff', // aqua
  '#ffadad', // salmon
  '#e4d5b7', // sand
  '#b9fbc0', // light green
  '#f1c0e8', // orchid
  '#a3c4f3', // periwinkle
]);

/** Text colour on every highlight. @internal */
export const TEXT_COLOUR = '#1b1b1b';

/** Outline colour of unattributed quotes. @internal */
export const UNATTRIBUTED_COLOUR = '#b3261e';

const UNATTRIBUTED_STYLE = `background:#ffffff;color:${TEXT_COLOUR};outline:2px dashed ${UNATTRIBUTED_COLOUR};outline-offset:1px`;
/** A quote inside another quote, with no speaker of its own: its parent's fill shows through, dotted. */
const NESTED_STYLE = `background:transparent;color:${TEXT_COLOUR};outline:1px dotted #4a4a4a;outline-offset:1px`;

type Kind = 'attributed' | 'unattributed' | 'nested';

function kindOf(q: Quote): Kind {
  if (q.speaker !== null) return 'attributed';
  return q.rule === 'nested' ? 'nested' : 'unattributed';
}

const INCLUDE = ['all', 'article', 'legend'] as const;
const KNOWN = ['standalone', 'include', 'title'] as const;

const PAGE_CSS = `
body{margin:0;background:#f6f6f4;color:#1b1b1b;font:17px/1.6 Georgia,"Times New Roman",serif}
.qa-page{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem}
.qa-page h1{font:600 1.35rem/1.3 system-ui,sans-serif;margin:0 0 .25rem}
.qa-summary{font:.9rem/1.4 system-ui,sans-serif;color:#444;margin:0 0 1.25rem}
.qa-legend{list-style:none;margin:0 0 1.5rem;padding:.75rem 1rem;background:#fff;border:1px solid #ddd;border-radius:6px;font:.9rem/1.5 system-ui,sans-serif;display:flex;flex-wrap:wrap;gap:.35rem 1.25rem}
.qa-legend li{display:flex;align-items:center;gap:.4rem}
.qa-titles,.qa-count{color:#555}
.qa-article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1.25rem 1.5rem}
.qa-article mark{border-radius:3px;padding:0 1px;cursor:help}
.qa-article mark.qa-low{text-decoration:underline dotted #555;text-underline-offset:3px}
`.trim();

/** Escapes text for HTML element content and quoted attribute values. @internal */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object' && !isPlainRecord(value)) return Object.prototype.toString.call(value).slice(8, -1);
  return typeof value;
}

/** An object literal (or a class instance), not a Map, Date, RegExp or other built-in. */
function isPlainRecord(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object Object]';
}

interface Resolved {
  standalone: boolean;
  include: (typeof INCLUDE)[number];
  title: string;
}

function resolveOptions(options: unknown): Resolved {
  const out: Resolved = { standalone: true, include: 'all', title: 'Quote attribution' };
  if (options === undefined) return out;
  if (typeof options !== 'object' || options === null || Array.isArray(options) || !isPlainRecord(options)) {
    throw new InvalidOptionsError([
      { path: '', message: `options must be a plain object (or undefined), received ${describe(options)}; known options: ${KNOWN.join(', ')}` },
    ]);
  }
  const issues: OptionIssue[] = [];
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    const value = o[key];
    if (!(KNOWN as readonly string[]).includes(key)) {
      issues.push({ path: key, message: `is not a known option (known: ${KNOWN.join(', ')})` });
    } else if (value === undefined) {
      continue;
    } else if (key === 'standalone') {
      if (typeof value === 'boolean') out.standalone = value;
      else issues.push({ path: key, message: `expected boolean, received ${describe(value)}` });
    } else if (key === 'include') {
      if ((INCLUDE as readonly unknown[]).includes(value)) out.include = value as Resolved['include'];
      else issues.push({ path: key, message: `expected one of ${INCLUDE.map((v) => JSON.stringify(v)).join(' | ')}, received ${JSON.stringify(value) ?? describe(value)}` });
    } else if (typeof value === 'string') {
      out.title = value;
    } else {
      issues.push({ path: key, message: `expected string, received ${describe(value)}` });
    }
  }
  if (issues.length > 0) throw new InvalidOptionsError(issues);
  return out;
}

function isOffset(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** Checks the attribution's shape and that its offsets belong to `text`. */
function checkAttribution(text: string, attribution: unknown): asserts attribution is Attribution {
  const a = attribution as Partial<Attribution> | null;
  if (typeof a !== 'object' || a === null || !Array.isArray(a.quotes) || !Array.isArray(a.speakers)) {
    throw new TypeError(`renderHtml: attribution must be the result of attributeQuotes (an object with quotes and speakers arrays), received ${describe(attribution)}.`);
  }
  a.quotes.forEach((q: Quote, i) => {
    const ok =
      typeof q === 'object' && q !== null &&
      isOffset(q.outerStart) && isOffset(q.start) && isOffset(q.end) && isOffset(q.outerEnd) &&
      q.outerStart <= q.start && q.start <= q.end && q.end <= q.outerEnd && q.outerEnd <= text.length &&
      text.slice(q.start, q.end) === q.text;
    if (!ok) throw new RangeError(`renderHtml: quote ${i} does not match the text (its offsets are out of range or its words differ); is the attribution from this text?`);
  });
}

interface Look {
  colour: string | null;
  speaker: Speaker | null;
}

/** The speaker of a quote and its colour: by `speakerId`, else by name. */
function lookOf(q: Quote, speakers: readonly Speaker[], byName: ReadonlyMap<string, number>): Look {
  if (q.speaker === null) return { colour: null, speaker: null };
  let id = q.speakerId;
  if (id === null || speakers[id]?.name !== q.speaker) id = byName.get(q.speaker) ?? null;
  if (id === null) return { colour: colourOf(hash(q.speaker)), speaker: null };
  return { colour: colourOf(id), speaker: speakers[id] ?? null };
}

function colourOf(index: number): string {
  return PALETTE[index % PALETTE.length] as string;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function tooltip(q: Quote, look: Look): string {
  const kind = kindOf(q);
  const who =
    kind === 'nested' ? 'none (a quote inside a quote)' :
    kind === 'unattributed' ? 'unattributed' :
    look.speaker && look.speaker.titles.length > 0 ? `${q.speaker} (${look.speaker.titles.join('; ')})` : (q.speaker as string);
  const lines = [`Speaker: ${who}`, `Rule: ${q.rule}`, `Cue: ${q.cue ? q.cue.text : '—'}`];
  if (q.mention) lines.push(`Mention: ${q.mention.text}`);
  lines.push(`Confidence: ${Number.isFinite(q.confidence) ? q.confidence.toFixed(2) : String(q.confidence)}`);
  return lines.map(escapeHtml).join('&#10;');
}

function openMark(q: Quote, index: number, look: Look): string {
  const kind = kindOf(q);
  const classes = ['qa-quote', `qa-${kind}`];
  if (kind === 'attributed' && q.confidence < 0.5) classes.push('qa-low');
  const style = kind === 'nested' ? NESTED_STYLE : kind === 'unattributed' ? UNATTRIBUTED_STYLE : `background:${look.colour ?? PALETTE[0]};color:${TEXT_COLOUR}`;
  const speaker = q.speaker === null ? 'null' : escapeHtml(q.speaker);
  return `<mark class="${classes.join(' ')}" data-quote="${index}" data-speaker="${speaker}" data-rule="${escapeHtml(q.rule)}" title="${tooltip(q, look)}" style="${style}">`;
}

/** The article, escaped, with a `<mark>` around each quote (nested quotes inside their parent's mark). */
function renderArticle(text: string, attribution: Attribution): string {
  const { quotes, speakers } = attribution;
  const byName = new Map<string, number>();
  speakers.forEach((s, i) => {
    if (!byName.has(s.name)) byName.set(s.name, i);
  });
  // Outer before inner at the same start; empty spans are not highlighted.
  const order = quotes
    .map((q, i) => i)
    .filter((i) => (quotes[i] as Quote).outerEnd > (quotes[i] as Quote).outerStart)
    .sort((a, b) => {
      const qa = quotes[a] as Quote;
      const qb = quotes[b] as Quote;
      return qa.outerStart - qb.outerStart || qb.outerEnd - qa.outerEnd || a - b;
    });
  let html = '';
  let at = 0;
  const open: number[] = []; // ends of the open marks, innermost last
  const closeUpTo = (pos: number): void => {
    while (open.length > 0 && (open[open.length - 1] as number) <= pos) {
      const end = open.pop() as number;
      html += escapeHtml(text.slice(at, end)) + '</mark>';
      at = end;
    }
  };
  for (const i of order) {
    const q = quotes[i] as Quote;
    closeUpTo(q.outerStart);
    const enclosing = open[open.length - 1];
    // A span that overlaps an open one without nesting in it (attributeQuotes never makes one) is left plain.
    if (enclosing !== undefined && q.outerEnd > enclosing) continue;
    html += escapeHtml(text.slice(at, q.outerStart)) + openMark(q, i, lookOf(q, speakers, byName));
    at = q.outerStart;
    open.push(q.outerEnd);
  }
  closeUpTo(Number.POSITIVE_INFINITY);
  html += escapeHtml(text.slice(at));
  return `<div class="qa-article" style="white-space:pre-wrap;overflow-wrap:break-word">${html}</div>`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Quote counts per speaker index, of unattributed quotes, and of quotes inside quotes without a speaker. */
function counts(attribution: Attribution): { perSpeaker: number[]; unattributed: number; nested: number } {
  const perSpeaker = attribution.speakers.map(() => 0);
  let unattributed = 0;
  let nested = 0;
  const byName = new Map<string, number>();
  attribution.speakers.forEach((s, i) => {
    if (!byName.has(s.name)) byName.set(s.name, i);
  });
  for (const q of attribution.quotes) {
    if (q.speaker === null) {
      if (q.rule === 'nested') nested++;
      else unattributed++;
      continue;
    }
    let id = q.speakerId;
    if (id === null || attribution.speakers[id]?.name !== q.speaker) id = byName.get(q.speaker) ?? null;
    if (id !== null) perSpeaker[id] = (perSpeaker[id] ?? 0) + 1;
  }
  return { perSpeaker, unattributed, nested };
}

const SWATCH = 'display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em';

function renderLegend(attribution: Attribution): string {
  const { perSpeaker, unattributed, nested } = counts(attribution);
  const items = attribution.speakers.map((s, i) => {
    const titles = s.titles.length > 0 ? ` <span class="qa-titles">${escapeHtml(s.titles.join('; '))}</span>` : '';
    return (
      `<li class="qa-legend-item" data-speaker="${escapeHtml(s.name)}">` +
      `<span class="qa-swatch" style="${SWATCH};background:${colourOf(i)};border:1px solid #00000033"></span> ` +
      `<span class="qa-name">${escapeHtml(s.name)}</span>${titles} <span class="qa-count">${plural(perSpeaker[i] ?? 0, 'quote', 'quotes')}</span></li>`
    );
  });
  if (unattributed > 0) {
    items.push(
      `<li class="qa-legend-item qa-legend-unattributed" data-speaker="null">` +
        `<span class="qa-swatch" style="${SWATCH};${UNATTRIBUTED_STYLE}"></span> ` +
        `<span class="qa-name">Unattributed</span> <span class="qa-count">${plural(unattributed, 'quote', 'quotes')}</span></li>`,
    );
  }
  if (nested > 0) {
    items.push(
      `<li class="qa-legend-item qa-legend-nested" data-speaker="null">` +
        `<span class="qa-swatch" style="${SWATCH};${NESTED_STYLE}"></span> ` +
        `<span class="qa-name">Inside another quote</span> <span class="qa-count">${plural(nested, 'quote', 'quotes')}</span></li>`,
    );
  }
  if (items.length === 0) items.push('<li class="qa-legend-empty">No quotes found.</li>');
  return `<ul class="qa-legend" aria-label="Speakers">${items.join('')}</ul>`;
}

/**
 * Renders an article with every quote highlighted in place, in its speaker's
 * colour, for checking attributions by reading them in context. Each quote
 * (its marks included) is a `<mark>` with `data-speaker` (the speaker's
 * canonical name, or the string `null` when unattributed), `data-rule`,
 * `data-quote` (its index in `attribution.quotes`) and a `title` giving the
 * speaker, rule, cue, mention and confidence on hover. A quote nested inside
 * another is a `<mark>` inside its parent's `<mark>`; when it has no speaker
 * of its own (rule `nested`) it keeps its parent's fill with a dotted
 * outline. Other unattributed quotes have no fill and a dashed red outline;
 * attributions with confidence below 0.5 are underlined with dots (standalone
 * page). Colours come from a fixed
 * palette of twelve light colours (dark text on each, contrast above 7:1),
 * assigned by speaker index, so the same attribution always renders the
 * same; after twelve speakers the colours repeat. The legend lists each
 * speaker with their colour, titles and quote count, then the unattributed
 * quotes and the quotes inside quotes. All text is HTML-escaped, and line breaks are kept
 * (`white-space: pre-wrap`). Pure string building: no DOM, runs anywhere.
 *
 * @param text - The article text the attribution was made from.
 * @param attribution - The result of {@link attributeQuotes} for `text` (or
 *   the same data parsed from JSON).
 * @param options - Optional settings, each with a default; see
 *   {@link RenderHtmlOptions}: a standalone page (the default) or a
 *   fragment, and what to include.
 * @returns An HTML document (`<!doctype html>` …), or an HTML fragment when
 *   `standalone` is `false`: the legend and the article in a
 *   `<div class="qa-view">`, or just one of them with `include`.
 * @throws `TypeError` when `text` is not a string, or `attribution` is not an
 *   object with `quotes` and `speakers` arrays.
 * @throws `RangeError` when a quote's offsets are out of range or its words
 *   do not match `text` (an attribution made from another text).
 * @throws {@link InvalidOptionsError} when `options` is not a plain object,
 *   names an unknown option, or gives an option a value it does not allow.
 * @example
 * ```ts
 * import { attributeQuotes, renderHtml } from 'quote-attribution';
 *
 * const text = '“We will not reopen,” Reyes said.';
 * renderHtml(text, attributeQuotes(text), { standalone: false, include: 'article' });
 * // '<div class="qa-article" style="white-space:pre-wrap;overflow-wrap:break-word">' +
 * // '<mark class="qa-quote qa-attributed" data-quote="0" data-speaker="Reyes" data-rule="trailing-cue" ' +
 * // 'title="Speaker: Reyes&#10;Rule: trailing-cue&#10;Cue: said&#10;Mention: Reyes&#10;Confidence: 0.95" ' +
 * // 'style="background:#ffd6a5;color:#1b1b1b">“We will not reopen,”</mark> Reyes said.</div>'
 *
 * // A standalone page, to save as a file or open in a browser:
 * const page = renderHtml(text, attributeQuotes(text), { title: 'Pier closure' });
 * page.startsWith('<!doctype html>'); // true
 * page.includes('<title>Pier closure</title>'); // true
 * page.includes('<p class="qa-summary">1 quote · 1 speaker · hover over a quote for its speaker, rule and cue</p>'); // true
 *
 * // In a browser, the article and the legend placed separately:
 * // articleElement.innerHTML = renderHtml(text, attribution, { standalone: false, include: 'article' });
 * // legendElement.innerHTML = renderHtml(text, attribution, { standalone: false, include: 'legend' });
 *
 * renderHtml('Another text.', attributeQuotes(text));
 * // throws RangeError: 'renderHtml: quote 0 does not match the text (its offsets are out of range or its words differ); is the attribution from this text?'
 * ```
 */
export function renderHtml(text: string, attribution: Attribution, options?: RenderHtmlOptions): string {
  requireText(text, 'renderHtml');
  const settings = resolveOptions(options);
  checkAttribution(text, attribution);
  const legend = settings.include === 'article' ? '' : renderLegend(attribution);
  const article = settings.include === 'legend' ? '' : renderArticle(text, attribution);
  const body = settings.include === 'all' ? `<div class="qa-view">${legend}\n${article}</div>` : legend + article;
  if (!settings.standalone) return body;
  const { unattributed, nested } = counts(attribution);
  const summary =
    `${plural(attribution.quotes.length, 'quote', 'quotes')} · ${plural(attribution.speakers.length, 'speaker', 'speakers')}` +
    (unattributed > 0 ? ` · ${unattributed} unattributed` : '') +
    (nested > 0 ? ` · ${nested} inside another quote` : '') +
    ' · hover over a quote for its speaker, rule and cue';
  const title = escapeHtml(settings.title);
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="generator" content="quote-attribution">\n' +
    `<title>${title}</title>\n<style>\n${PAGE_CSS}\n</style>\n</head>\n<body>\n<main class="qa-page">\n` +
    `<h1>${title}</h1>\n<p class="qa-summary">${summary}</p>\n${body}\n</main>\n</body>\n</html>\n`
  );
}
