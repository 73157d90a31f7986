/**
 * Quotation marks as data: which characters (and character sequences) are
 * quotation marks, which family they belong to, and which way the glyph faces.
 * The scanner decides what a mark does from its neighbours; the glyph only
 * breaks ties, because copy desks and CMSs get glyphs wrong all the time.
 * @internal
 * @module
 */

/**
 * A family of marks that pair with each other. A closing mark closes the
 * nearest open mark of its own family; families nest inside each other.
 */
export type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner';

/** Which way a glyph faces: an opener, a closer, or a straight mark that can be either. */
export type GlyphDirection = 'open' | 'close' | 'either';

/** One entry of the mark table. */
export interface MarkEntry {
  /** The mark as it appears in text. */
  readonly mark: string;
  /** What it pairs with. */
  readonly family: MarkFamily;
  /** Which way the glyph faces. */
  readonly glyph: GlyphDirection;
  /** A human-readable name, for warnings and docs. */
  readonly name: string;
  /**
   * Typewriter marks (`"`, `'`, ` `` `, `''`) and typographic ones (`“”‘’„«»`)
   * are told apart: an editor who quotes a passage in straight marks keeps
   * the passage's own curly quotes inside it, so a mark of the other style
   * may nest inside an open one of the same family.
   */
  readonly straight?: boolean;
  /**
   * When true the glyph alone decides (CJK corner brackets: no spaces around
   * them to read direction from).
   */
  readonly fixed?: boolean;
}

/** Every single-character quotation mark the scanner knows. */
export const QUOTE_MARKS: readonly MarkEntry[] = [
  { mark: '"', family: 'double', glyph: 'either', straight: true, name: 'straight double quote' },
  { mark: '\u201C', family: 'double', glyph: 'open', name: 'left double quotation mark' },
  { mark: '\u201D', family: 'double', glyph: 'close', name: 'right double quotation mark' },
  { mark: '\u201E', family: 'double', glyph: 'open', name: 'double low-9 quotation mark' },
  { mark: '\u201F', family: 'double', glyph: 'open', name: 'double high-reversed-9 quotation mark' },
  { mark: '\u2033', family: 'double', glyph: 'either', straight: true, name: 'double prime used as a quote' },
  { mark: '\u301D', family: 'double', glyph: 'open', name: 'reversed double prime quotation mark' },
  { mark: '\u301E', family: 'double', glyph: 'close', name: 'double prime quotation mark' },
  { mark: '\u301F', family: 'double', glyph: 'close', name: 'low double prime quotation mark' },
  { mark: '\uFF02', family: 'double', glyph: 'either', straight: true, name: 'fullwidth quotation mark' },
  { mark: "'", family: 'single', glyph: 'either', straight: true, name: 'straight single quote' },
  { mark: '\u2018', family: 'single', glyph: 'open', name: 'left single quotation mark' },
  { mark: '\u2019', family: 'single', glyph: 'close', name: 'right single quotation mark' },
  { mark: '\u201A', family: 'single', glyph: 'open', name: 'single low-9 quotation mark' },
  { mark: '\u201B', family: 'single', glyph: 'open', name: 'single high-reversed-9 quotation mark' },
  { mark: '`', family: 'single', glyph: 'open', name: 'grave accent used as a quote' },
  { mark: '\u00AB', family: 'guillemet', glyph: 'open', name: 'left-pointing double angle quotation mark' },
  { mark: '\u00BB', family: 'guillemet', glyph: 'close', name: 'right-pointing double angle quotation mark' },
  { mark: '\u2039', family: 'single-guillemet', glyph: 'open', name: 'left-pointing single angle quotation mark' },
  { mark: '\u203A', family: 'single-guillemet', glyph: 'close', name: 'right-pointing single angle quotation mark' },
  { mark: '\u300C', family: 'corner', glyph: 'open', name: 'left corner bracket', fixed: true },
  { mark: '\u300D', family: 'corner', glyph: 'close', name: 'right corner bracket', fixed: true },
  { mark: '\u300E', family: 'white-corner', glyph: 'open', name: 'left white corner bracket', fixed: true },
  { mark: '\u300F', family: 'white-corner', glyph: 'close', name: 'right white corner bracket', fixed: true },
];

/**
 * Two-character marks of typewriter and wire copy: ``…'' (TeX and Penn Treebank
 * style) and ''…'' (some wire services and archives). They are read before the
 * single-character marks they are made of.
 */
export const DOUBLED_MARKS: readonly MarkEntry[] = [
  { mark: '``', family: 'double', glyph: 'open', straight: true, name: 'doubled grave accents' },
  { mark: "''", family: 'double', glyph: 'either', straight: true, name: 'doubled straight single quotes' },
  { mark: '\u2018\u2018', family: 'double', glyph: 'open', name: 'doubled left single quotation marks' },
  { mark: '\u2019\u2019', family: 'double', glyph: 'close', name: 'doubled right single quotation marks' },
];

/**
 * HTML character references for quotation marks that survive in scraped text
 * (`&quot;`, `&#8220;`, `&ldquo;` …). Each is read as the mark it encodes.
 * Keys are lower-case; numeric forms are decoded separately.
 */
export const MARK_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['quot', '"'],
  ['apos', "'"],
  ['ldquo', '\u201C'],
  ['rdquo', '\u201D'],
  ['bdquo', '\u201E'],
  ['lsquo', '\u2018'],
  ['rsquo', '\u2019'],
  ['sbquo', '\u201A'],
  ['laquo', '\u00AB'],
  ['raquo', '\u00BB'],
  ['lsaquo', '\u2039'],
  ['rsaquo', '\u203A'],
]);

/** 1 + the index in {@link QUOTE_MARKS} of each code unit's mark, or 0: read for every candidate character. */
const INDEX_BY_CODE = new Uint8Array(0x10000);
// (a later entry for the same code wins)
QUOTE_MARKS.forEach((entry, k) => (INDEX_BY_CODE[entry.mark.charCodeAt(0)] = k + 1));

/** The table entry for a single-character mark, by UTF-16 code unit. */
export function markEntryOf(code: number): MarkEntry | undefined {
  const k = code >= 0 && code <= 0xffff ? INDEX_BY_CODE[code]! : 0;
  return k === 0 ? undefined : QUOTE_MARKS[k - 1];
}

/**
 * The mark written at `text[start, end)`. A single code unit gives the table's
 * own string, so marks are not copied out of the text one by one.
 */
export function markTextAt(text: string, start: number, end: number): string {
  const entry = end - start === 1 ? markEntryOf(text.charCodeAt(start)) : undefined;
  return entry !== undefined ? entry.mark : text.slice(start, end);
}

