/**
 * Stage 4: turn the stages' findings into the public result.
 * @internal
 * @module
 */

import type { ResolvedOptions } from '../options.js';
import type { ScanResult } from '../scan/scan-quotes.js';
import type { Attribution, Quote } from '../types.js';

/**
 * Builds the {@link Attribution}.
 * @internal
 */
export function assemble(_text: string, scan: ScanResult, options: ResolvedOptions): Attribution {
  const quotes: Quote[] = [];
  for (const s of scan.quotes) {
    if (!options.nested && s.depth > 0) continue;
    quotes.push({
      text: s.text,
      start: s.start,
      end: s.end,
      outerStart: s.outerStart,
      outerEnd: s.outerEnd,
      speaker: null,
      speakerId: null,
      mention: null,
      cue: null,
      rule: s.depth > 0 ? 'nested' : 'none',
      confidence: 0,
      parent: s.parent,
      unclosed: s.unclosed,
      continued: s.continued,
    });
  }
  return { quotes, speakers: [], warnings: scan.warnings };
}
