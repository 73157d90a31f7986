// `npm start`: attribute the bundled example article and print its quotes and speakers.
// Uses the built package (run after `npm run build`, which `npm start` does first).
import { readFileSync } from 'node:fs';
import { attributeQuotes } from '../dist/index.js';

const file = process.argv[2] ?? new URL('../examples/pier-closure.txt', import.meta.url);
const text = readFileSync(file, 'utf8');
const { quotes, speakers, warnings } = attributeQuotes(text);

const short = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
console.log(`${quotes.length} quotes\n`);
for (const q of quotes) {
  const who = q.speaker ?? '(unattributed)';
  console.log(`${short(who, 22).padEnd(22)}  ${short(q.text, 60).padEnd(60)}  ${q.rule} ${q.confidence.toFixed(2)}`);
}
console.log(`\n${speakers.length} speakers\n`);
for (const s of speakers) console.log(`${s.name.padEnd(24)} ${s.kind.padEnd(12)} ${s.quoteIds.length} quote(s)  ${s.titles.join('; ')}`);
if (warnings.length > 0) console.log(`\n${warnings.length} warnings: ${[...new Set(warnings.map((w) => w.code))].join(', ')}`);
