/**
 * Honorifics, titles and role nouns that come before or after a name in news
 * copy, with the gender a few of them imply. Data only. Lower case, without
 * the trailing period of an abbreviation.
 * @internal
 * @module
 */

/** Gender implied by a word, for pronoun resolution. */
export type Gender = 'm' | 'f';

import { ORG_WORDS } from './organizations.js';

const h = (words: string): string[] => words.trim().split(/\s+/u);

/** Honorifics: always followed by a person's name (Mr. Blinken, Dr. Okafor). */
export const HONORIFICS: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ...h('mr messrs sir lord monsieur herr senor signor sr').map((w): [string, Gender] => [w, 'm']),
  ...h('mrs ms miss mme mlle madame dame lady frau senora senorita signora sra').map((w): [string, Gender] => [w, 'f']),
  ...h('dr prof mx rev fr hon').map((w): [string, null] => [w, null]),
]);

/**
 * Capitalised titles that precede a name (President Obama, Sen. Ruth Okafor,
 * Secretary of State Antony Blinken). Matching ignores case; abbreviations are
 * listed without their period. Gendered ones carry the gender.
 */
export const TITLE_WORDS: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ...h(`president vice prime minister chancellor premier sen sens senator senators rep reps representative gov governor govs
    lt mayor secretary attorney general ambassador speaker leader chair commissioner councillor councilor
    judge justice chief magistrate sheriff inspector detective officer sgt sergeant gen col colonel maj major capt captain
    adm admiral cmdr commander lieutenant pvt cpl corporal bishop archbishop cardinal pope rabbi imam pastor coach dean
    professor principal superintendent director ceo delegate del mp mep sheikh emir ayatollah deputy acting former
    state solicitor auditor treasurer comptroller founder trustee provost rector regent alderman supervisor clerk marshal
    constable coroner warden spokesperson nominee candidate senator-elect president-elect governor-elect mayor-elect
    chairperson minister-president crown assemblymember councilmember congressmember alderperson selectperson tem tempore commissioner-general secretary-general director-general
    attorney-general surgeon lawmaker premier-elect first det insp supt dci dsi cllr shri canon`).map((w): [string, null] => [w, null]),
  ...h(`king prince duke earl baron congressman councilman assemblyman selectman chairman spokesman father brother uncle sultan emperor
    grandfather businessman`).map((w): [string, Gender] => [w, 'm']),
  ...h(`queen princess duchess countess baroness congresswoman councilwoman assemblywoman selectwoman alderwoman chairwoman spokeswoman mother
    sister aunt empress grandmother businesswoman lady`).map((w): [string, Gender] => [w, 'f']),
]);

/**
 * Lower-case role nouns that can stand right before a name as a title
 * (“Port Authority director Dana Reyes”, “campaign manager Robby Mook”) or
 * head a nominal source (“a spokeswoman”, “the senator”). Gendered ones carry
 * the gender.
 */
export const ROLE_NOUNS: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ...h(`spokesperson director chief executive officer minister secretary senator president chair leader manager coach
    analyst economist professor researcher scientist author lawyer attorney prosecutor judge official aide adviser
    advisor strategist pollster consultant candidate nominee hopeful contender challenger incumbent founder co-founder
    owner partner head boss striker midfielder defender goalkeeper keeper captain forward guard quarterback pitcher player
    star singer actor rapper comedian host anchor correspondent reporter columnist editor writer historian activist
    organizer organiser campaigner protester resident student teacher doctor nurse surgeon physician epidemiologist
    engineer pilot farmer worker veteran friend neighbor neighbour colleague member representative delegate lawmaker
    legislator governor mayor councillor councilor commissioner sheriff detective investigator agent ambassador envoy
    diplomat negotiator general commander colonel sergeant soldier priest pastor rabbi imam bishop ceo cfo coo cto
    president-elect vice deputy assistant associate senior spokesperson secretary-general director-general chairperson
    superintendent principal dean provost chancellor treasurer auditor trustee regent inspector officer lieutenant ally
    operative staffer surrogate supporter backer donor fundraiser critic opponent rival ally expert specialist scholar advocate lobbyist landlord
    fellow lecturer physicist chemist biologist astronomer geologist psychologist psychiatrist sociologist
    demographer statistician meteorologist forecaster planner architect developer designer producer filmmaker director
    artist musician composer poet novelist playwright journalist photographer publisher blogger commentator pundit
    broadcaster presenter referee umpire manager trainer athlete runner swimmer cyclist boxer wrestler golfer
    batsman bowler winger centre-back fullback linebacker receiver shortstop catcher skipper chef entrepreneur investor
    banker trader broker accountant executive chairman-elect administrator coordinator counsel counselor spokesman
    spokeswoman chairman chairwoman congressman congresswoman businessman businesswoman mother father wife husband
    widow widower son daughter brother sister uncle aunt grandmother grandfather boyfriend girlfriend king queen`).map(
    (w): [string, Gender | null] => [w, null],
  ),
]);

/** Role nouns that imply a gender. */
export const GENDERED_ROLES: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...h(`spokesman chairman congressman councilman assemblyman businessman father husband widower son brother uncle
    grandfather boyfriend king prince duke actor`).map((w): [string, Gender] => [w, 'm']),
  ...h(`spokeswoman chairwoman congresswoman councilwoman assemblywoman businesswoman mother wife widow daughter sister
    aunt grandmother girlfriend queen princess duchess actress`).map((w): [string, Gender] => [w, 'f']),
]);

/**
 * Words that qualify a title without being one (“former President”, “acting
 * director”, “then-Secretary”).
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  h(`former acting interim deputy assistant associate senior junior chief then late longtime veteran current outgoing
    incoming newly elected retired top lead principal executive managing general ex- co- vice first second third
    ranking presiding founding`),
);

/** Name suffixes after a surname. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(h('jr sr ii iii iv v phd md esq qc kc obe mbe cbe'));

/**
 * Lower-case particles inside names (Bill de Blasio, Ursula von der Leyen,
 * Ayman al-Zawahiri, Ludwig van Beethoven, Mohammed bin Salman).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  h('de del della der di da das do dos du la le van von vom zu ten ter bin ibn bint al el abu ben ould y e st ap ab mac nic ni'),
);

/**
 * Nouns that head a nominal source (“officials said”, “a source familiar with
 * the talks said”, “the company said”), besides the role nouns. Singular; a
 * plural in -s or -es is read as the same noun.
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(
  h(`official source person people man woman men women someone somebody anyone everyone resident residents citizen voter observer witness expert critic
    insider police authorities investigators officers prosecutors campaign company firm administration government
    ministry department agency office committee council board team club group organization organisation party union
    association coalition embassy court statement release report study survey poll document documents memo letter filing
    complaint lawsuit indictment ruling post tweet message email note announcement study paper website site blog
    spokesperson staff crowd audience protesters demonstrators fans parents families victims survivors patients students
    workers employees members leaders lawmakers legislators democrats republicans conservatives liberals economists
    analysts experts scientists researchers doctors nurses teachers sources officials aides advisers advisors allies
    critics opponents supporters backers donors strategists operatives insiders observers voters residents neighbors
    neighbours friends relatives colleagues executives investors traders bankers diplomats negotiators commanders
    troops soldiers rebels militants activists organizers organisers campaigners spokesmen spokeswomen user users
    commenter commenters airline carrier retailer maker carmaker automaker manufacturer developer startup insurer
    lender charity utility family commuter girl boy teenager pupil schoolgirl schoolboy parent mother father mum mom dad
    shopper pensioner passenger fan patient survivor bystander villager refugee relative customer driver employee
    classmate`),
);

/**
 * Writings and statements that speak for their author: after a possessive
 * (“according to Axelrod’s memoir”, “Bush’s Facebook post”), the author is
 * the source.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  h(`memoir memoirs book books autobiography account statement statements tweet tweets post posts report letter memo
    column op-ed essay article speech remarks testimony interview blog website biography diary email emails message
    messages note notes announcement press release campaign`),
);

/** A noun that can head a source: role nouns, source nouns, organisation words, and their plurals. */
export function isSourceNoun(w: string): boolean {
  // the organisation word “who” (WHO) is the relative pronoun when written in lower case
  if (w === 'who') return false;
  if (ROLE_NOUNS.has(w) || SOURCE_NOUNS.has(w) || ORG_WORDS.has(w)) return true;
  if (w.endsWith('ies')) return ROLE_NOUNS.has(`${w.slice(0, -3)}y`) || SOURCE_NOUNS.has(`${w.slice(0, -3)}y`);
  if (w.endsWith('es') && (ROLE_NOUNS.has(w.slice(0, -2)) || SOURCE_NOUNS.has(w.slice(0, -2)))) return true;
  if (w.endsWith('s')) return ROLE_NOUNS.has(w.slice(0, -1)) || SOURCE_NOUNS.has(w.slice(0, -1)) || ORG_WORDS.has(w.slice(0, -1));
  return false;
}

