/**
 * The one place that orders the stages: scan → cues → resolve → assemble.
 * @internal
 * @module
 */

import type { ResolvedOptions } from './options.js';
import { scanQuotes } from './scan/scan-quotes.js';
import { assemble } from './assemble/assemble.js';
import type { Attribution } from './types.js';

/**
 * Runs every stage on validated options.
 * @internal
 */
export function runPipeline(text: string, options: ResolvedOptions): Attribution {
  const scan = scanQuotes(text, options);
  return assemble(text, scan, options);
}
