/**
 * Frequent English words that are capitalised only because they start a
 * sentence or a headline (“But”, “After”, “Speaking”), plus days, months and
 * other capitalised words that are never a speaker's name. A capitalised
 * word in this list never starts or ends a name. Data only; lower case.
 * @internal
 * @module
 */

const w = (words: string): string[] => words.trim().split(/\s+/u);

/** Function words and frequent sentence openers. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  w(`a an the this that these those there here then than thus so such some any each every either neither both all
    no not nor none nobody nothing noone someone somebody something anyone anybody anything everyone everybody everything
    i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
    it its itself they them their theirs themselves who whom whose which what whatever whoever whichever where when why how
    and but or yet for if unless because since as while whilst although though whereas whether after before until till
    once when whenever wherever despite during without within among amid amidst between beyond above below under over
    across along around about against toward towards upon into onto through throughout via per plus minus like unlike
    in on at by of off out up down to from with near inside outside behind beside besides past
    is am are was were be been being have has had having do does did done doing will would shall should can could may
    might must ought need needs dare let lets
    also too very just only even still already again always never ever often sometimes usually perhaps maybe probably
    certainly clearly obviously apparently reportedly allegedly indeed instead meanwhile however moreover furthermore
    nevertheless nonetheless therefore hence otherwise besides anyway anyhow likewise similarly accordingly consequently
    later earlier soon now today tonight tomorrow yesterday recently currently previously finally eventually ultimately
    initially originally first second third last next new old many much more most less least few fewer several other
    another same own whole half well yes oh ok okay please thanks thank sorry hello hi dear
    according asked speaking asked said says told added writing noting calling saying adding
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million
    billion dozens hundreds thousands millions
    read watch see look click sign subscribe follow share related update updated editor note photo video image
    getty file story continues advertisement`),
);

/** Personal pronouns that can be the subject of a reporting verb, with what they refer to. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'plural' | 'first' | 'it'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'plural'],
  ['i', 'first'],
  ['we', 'first'],
  ['it', 'it'],
] as const);

/**
 * Determiners and quantifiers that open a nominal source (“a spokeswoman”,
 * “the senator”, “two officials”).
 */
export const DETERMINERS: ReadonlySet<string> = new Set(
  w(`the a an one two three four five six seven eight nine ten several some many most few other another his her its
    their our your this that these those each every both either neither any no all`),
);
