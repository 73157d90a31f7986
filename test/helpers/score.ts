/**
 * Scores attributions against gold files in the corpus format
 * (test/fixtures/README.md), with the same matching rules as the shared
 * evaluation script: spans trimmed of spaces and punctuation, matched one to
 * one at overlap/union ≥ 0.5; names equal after dropping honorifics, case and
 * accents, or one name's words containing the other's with the same last word.
 */
import type { Attribution } from '../../src/index.js';

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speakerType: 'named' | 'nominal' | 'none';
  type: 'direct' | 'mixed';
}

export interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
  unattributedQuotedSpans: [number, number][];
  meta: Record<string, unknown>;
}

export interface Score {
  detection: { precision: number; recall: number; tp: number; gold: number; predicted: number };
  speaker: { precision: number; recall: number; f1: number; namedGold: number; correct: number; judged: number; judgedCorrect: number };
  misses: string[];
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'gen', 'general', 'col', 'capt', 'rev', 'the', 'mayor', 'judge', 'justice', 'secretary', 'minister', 'chairman', 'speaker']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md']);

function nameWords(s: string): string[] {
  const w = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (w.length > 1 && HONORIFICS.has(w[0]!)) w.shift();
  while (w.length > 1 && SUFFIXES.has(w[w.length - 1]!)) w.pop();
  return w;
}

/** The shared scorer's name match. */
export function sameName(pred: string, gold: string): boolean {
  const p = nameWords(pred);
  const g = nameWords(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.join(' ') === g.join(' ')) return true;
  if (p[p.length - 1] !== g[g.length - 1]) return false;
  const [small, big] = p.length <= g.length ? [p, g] : [g, p];
  return small.every((x) => big.includes(x));
}

function trim(text: string, s: number, e: number): [number, number] {
  const t = /[\s\p{P}]/u;
  while (s < e && t.test(text[s]!)) s++;
  while (e > s && t.test(text[e - 1]!)) e--;
  return [s, e];
}

function iou(a: [number, number], b: [number, number]): number {
  const inter = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  if (inter <= 0) return 0;
  return inter / (Math.max(a[1], b[1]) - Math.min(a[0], b[0]));
}

/** Scores one or more articles. */
export function score(articles: { gold: GoldArticle; result: Attribution }[]): Score {
  let tp = 0, goldN = 0, predN = 0, named = 0, correct = 0, judged = 0, judgedCorrect = 0;
  const misses: string[] = [];
  for (const { gold, result } of articles) {
    const text = gold.text;
    const preds = result.quotes
      .filter((q) => q.parent === null)
      .map((q) => ({ q, span: trim(text, q.start, q.end) }));
    const golds = [
      ...gold.quotes.map((q) => ({ q, span: trim(text, q.start, q.end), unattributed: false })),
      ...gold.unattributedQuotedSpans.map(([s, e]) => ({ q: null, span: trim(text, s, e), unattributed: true })),
    ];
    goldN += golds.length;
    predN += preds.length;
    const pairs: [number, number, number][] = [];
    preds.forEach((p, i) => golds.forEach((g, j) => {
      const v = iou(p.span, g.span);
      if (v >= 0.5) pairs.push([v, i, j]);
    }));
    pairs.sort((a, b) => b[0] - a[0]);
    const pOf = new Map<number, number>();
    const gOf = new Map<number, number>();
    for (const [, i, j] of pairs) if (!pOf.has(i) && !gOf.has(j)) { pOf.set(i, j); gOf.set(j, i); }
    tp += pOf.size;
    golds.forEach((g, j) => {
      if (g.q === null || g.q.speakerType !== 'named' || g.q.speaker === null) return;
      named++;
      const i = gOf.get(j);
      const p = i === undefined ? null : preds[i]!.q;
      if (p !== null && p.speaker !== null && sameName(p.speaker, g.q.speaker)) correct++;
      else misses.push(`${gold.id} @${g.q.start}: gold ${g.q.speaker}, got ${p === null ? 'no quote' : String(p.speaker)} (${p?.rule ?? '-'}) — “${g.q.text.slice(0, 60)}”`);
    });
    preds.forEach((p, i) => {
      if (p.q.speaker === null) return;
      const j = pOf.get(i);
      if (j === undefined) return;
      const g = golds[j]!;
      if (g.q === null || g.q.speakerType === 'none') {
        judged++;
        misses.push(`${gold.id} @${p.q.start}: gold has no speaker, got ${p.q.speaker} (${p.q.rule}) — “${p.q.text.slice(0, 60)}”`);
        return;
      }
      if (g.q.speakerType !== 'named' || g.q.speaker === null) return;
      judged++;
      if (sameName(p.q.speaker, g.q.speaker)) judgedCorrect++;
    });
  }
  const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const precision = div(judgedCorrect, judged);
  const recall = div(correct, named);
  return {
    detection: { precision: div(tp, predN), recall: div(tp, goldN), tp, gold: goldN, predicted: predN },
    speaker: { precision, recall, f1: div(2 * precision * recall, precision + recall), namedGold: named, correct, judged, judgedCorrect },
    misses,
  };
}
