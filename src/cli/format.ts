/**
 * The outputs of the one-article mode: a readable table, JSON, HTML.
 * @internal
 * @module
 */

import { renderHtml } from '../render/render-html.js';
import type { Attribution } from '../types.js';
import type { Format } from './args.js';

/** Shortens `s` to at most `width` characters (code points), ending with `…` when cut. */
export function shorten(s: string, width: number): string {
  const flat = s.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= width) return flat;
  return `${chars.slice(0, Math.max(0, width - 1)).join('').trimEnd()}…`;
}

function pad(s: string, width: number): string {
  const n = Array.from(s).length;
  return n >= width ? s : s + ' '.repeat(width - n);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The table: one row per quote (speaker, the quote shortened, rule,
 * confidence), then one row per speaker with their quote count, then a
 * summary line. `width` is the line width to fit (at least 60 is used).
 */
export function formatTable(attribution: Attribution, width = 100): string {
  const { quotes, speakers, warnings } = attribution;
  const lines: string[] = [];
  const ruleWidth = Math.max(4, ...quotes.map((q) => q.rule.length));
  const whoOf = (speaker: string | null): string => speaker ?? '(unattributed)';
  const speakerWidth = Math.min(24, Math.max(7, ...quotes.map((q) => Array.from(whoOf(q.speaker)).length)));
  const quoteWidth = Math.max(20, Math.max(60, width) - speakerWidth - ruleWidth - 4 - 6);

  if (quotes.length === 0) {
    lines.push('No quotes found.');
  } else {
    lines.push(`${pad('SPEAKER', speakerWidth)}  ${pad('QUOTE', quoteWidth)}  ${pad('RULE', ruleWidth)}  CONF`);
    for (const q of quotes) {
      const quote = pad(shorten(`${q.parent !== null ? '› ' : ''}${q.text}`, quoteWidth), quoteWidth);
      lines.push(`${pad(shorten(whoOf(q.speaker), speakerWidth), speakerWidth)}  ${quote}  ${pad(q.rule, ruleWidth)}  ${q.confidence.toFixed(2)}`);
    }
  }

  if (speakers.length > 0) {
    const nameWidth = Math.min(32, Math.max(7, ...speakers.map((s) => Array.from(s.name).length)));
    lines.push('', `${pad('SPEAKER', nameWidth)}  ${pad('KIND', 12)}  QUOTES  TITLES`);
    for (const s of speakers) {
      lines.push(`${pad(shorten(s.name, nameWidth), nameWidth)}  ${pad(s.kind, 12)}  ${pad(String(s.quoteIds.length), 6)}  ${s.titles.join('; ')}`.trimEnd());
    }
  }

  const unattributed = quotes.filter((q) => q.speaker === null).length;
  const codes = new Map<string, number>();
  for (const w of warnings) codes.set(w.code, (codes.get(w.code) ?? 0) + 1);
  const summary = [plural(quotes.length, 'quote', 'quotes'), plural(speakers.length, 'speaker', 'speakers'), `${unattributed} unattributed`];
  if (codes.size > 0) summary.push(`warnings: ${[...codes].map(([code, n]) => `${code} (${n})`).join(', ')}`);
  lines.push('', summary.join(', '));
  return `${lines.join('\n')}\n`;
}

/** The output of the one-article mode in the given format. */
export function formatArticle(text: string, attribution: Attribution, format: Format, context: { title: string; width: number }): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(attribution, null, 2)}\n`;
    case 'html':
      return renderHtml(text, attribution, { title: context.title });
    default:
      return formatTable(attribution, context.width);
  }
}
