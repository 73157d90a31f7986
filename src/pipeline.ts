/**
 * The one place that orders the stages: scan → cues → resolve → assemble.
 * @internal
 * @module
 */

import type { ResolvedOptions } from './options.js';
import { scanQuotes } from './scan/scan-quotes.js';
import { tokenize } from './text/tokenize.js';
import { releaseScratch } from './text/scratch.js';
import { findCues } from './cues/find-cues.js';
import { findNames } from './resolve/names.js';
import { buildEntities } from './resolve/entities.js';
import { attribute } from './resolve/attribute.js';
import { assemble } from './assemble/assemble.js';
import type { Attribution } from './types.js';

/**
 * Runs every stage on validated options.
 * @internal
 */
export function runPipeline(text: string, options: ResolvedOptions): Attribution {
  try {
    const scan = scanQuotes(text, options);
    // no quotes, nothing to attribute: the words need not be read at all
    if (scan.quotes.count === 0) return { quotes: [], speakers: [], warnings: scan.warnings };
    const tokens = tokenize(text, scan.quotes);
    const cues = findCues(tokens);
    const names = findNames(tokens);
    const entities = buildEntities(names, tokens);
    const attributions = attribute({ tokens, quotes: scan.quotes, names, entities, cues });
    return assemble({ text, scan, tokens, names, entities, attributions }, options);
  } finally {
    // the result holds none of the stages' scratch arrays: they can serve the next call
    // (and should a stage ever fail, they are not left taken)
    releaseScratch();
  }
}
