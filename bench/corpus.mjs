// Deterministic synthetic news corpus for the benchmark (bench/bench.mjs) and the
// profiler (bench/profile.mjs).
//
// Every article is built from templates written for this file: headlines,
// bylines and datelines, narrative paragraphs, and quotations in the layouts
// news copy actually uses (trailing "…," X said; leading X said: "…"; split
// quotes; pronouns; partial and scare quotes; quotes running over several
// paragraphs; nested quotes; organisation statements; headlines in single
// quotes), with curly, straight, British-single, wire-style and guillemet
// quotation marks, apostrophes of both kinds, and paragraphs separated by
// blank lines. The people, places and organisations are invented.
//
// Randomness comes from a seeded PRNG (sfc32), never Math.random, so the same
// arguments always give the same text, on every machine and Node version.
//
// Sizes are UTF-8 bytes (what the text occupies on disk): a curly mark is
// 3 bytes, an ASCII character 1. 1 MB = 1,000,000 bytes.

// ---------------------------------------------------------------------------
// PRNG

function sfc32(a, b, c, d) {
  return function next() {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** A small random helper bound to one seeded stream. */
function rng(seed) {
  const next = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0);
  for (let i = 0; i < 20; i++) next(); // mix the seed in
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    /** Pick from [[weight, value], …]. */
    weighted(pairs) {
      let total = 0;
      for (const [w] of pairs) total += w;
      let x = next() * total;
      for (const [w, v] of pairs) {
        x -= w;
        if (x < 0) return v;
      }
      return pairs[pairs.length - 1][1];
    },
  };
  return r;
}

const byteLength = (s) => Buffer.byteLength(s, 'utf8');

// ---------------------------------------------------------------------------
// Word lists (invented or generic; diverse on purpose)

// [first name, pronoun] — pronoun 'he' | 'she' | 'they'
const FIRST_NAMES = [
  ['Amara', 'she'], ['Chidi', 'he'], ['Dana', 'she'], ['Diego', 'he'], ['Fatima', 'she'], ['Hiroshi', 'he'],
  ['Ingrid', 'she'], ['Jamal', 'he'], ['Kwame', 'he'], ['Lakshmi', 'she'], ['Mateo', 'he'], ['Nadia', 'she'],
  ['Olga', 'she'], ['Priya', 'she'], ['Rafael', 'he'], ['Siobhan', 'she'], ['Tomasz', 'he'], ['Yusuf', 'he'],
  ['Zainab', 'she'], ['Aroha', 'she'], ['Bongani', 'he'], ['Camille', 'she'], ['Dmitri', 'he'], ['Esi', 'she'],
  ['Farhan', 'he'], ['Grace', 'she'], ['Hamza', 'he'], ['Isabela', 'she'], ['Jun', 'he'], ['Keiko', 'she'],
  ['Leilani', 'she'], ['Marcus', 'he'], ['Ngozi', 'she'], ['Omar', 'he'], ['Paulo', 'he'], ['Qiu', 'she'],
  ['Rosa', 'she'], ['Sanjay', 'he'], ['Thandiwe', 'she'], ['Uri', 'he'], ['Valentina', 'she'], ['Wei', 'he'],
  ['Ximena', 'she'], ['Yaw', 'he'], ['Zofia', 'she'], ['Alex', 'they'], ['Sam', 'they'], ['Robin', 'they'],
  ['Tom', 'he'], ['Margaret', 'she'], ['Ahmed', 'he'], ['Elena', 'she'], ['Kofi', 'he'], ['Mei', 'she'],
  ['Arjun', 'he'], ['Beatriz', 'she'], ['Connor', 'he'], ['Daniela', 'she'], ['Emeka', 'he'], ['Freya', 'she'],
];

const SURNAMES = [
  'Okafor', 'Natarajan', 'Reyes', 'Nguyen', 'Kowalski', 'O\u2019Brien', 'García', 'Müller', 'Haddad', 'Abdullah',
  'Kim', 'Papadopoulos', 'van der Berg', 'de la Cruz', 'Mbeki', 'Tanaka', 'Lindqvist', 'Adeyemi', 'Chaudhry',
  'Fitzgerald', 'Moreau', 'Rossi', 'Silva', 'Horvat', 'Ivanova', 'Mensah', 'Delacroix', 'Park', 'Sato',
  'Al-Amin', 'Ben-David', 'Kaur', 'Singh', 'Wójcik', 'Yilmaz', 'Ferreira', 'McAllister', 'Oyelaran', 'Petrov',
  'Castillo', 'Achterberg', 'Nakamura', 'Osei', 'Quispe', 'Rahman', 'Schultz', 'Takahashi', 'Uchenna', 'Varga',
  'Whitfield', 'Zhou', 'Bianchi', 'Dlamini', 'Eriksen', 'Gonzalez-Ruiz', 'Hassan', 'Jovanović', 'Kariuki',
  'Lefebvre', 'Mahlangu', 'Novak', 'Ong', 'Pereira', 'Rasmussen', 'Sokolov', 'Tran', 'Underwood', 'Vance',
];

const PLACES = [
  'Riverton', 'Northfield', 'Lagos', 'Brisbane', 'Ostrava', 'Kraków', 'Harborview', 'Valparaíso', 'Port Elwood',
  'Mombasa', 'Eastbridge', 'Tromsø', 'Kaitaia', 'Bangalore', 'Leeds', 'Marseille', 'Cedar Falls', 'Accra',
  'San Isidro', 'Glenmore', 'Ashby-on-Tyne', 'Daejeon', 'Halifax', 'Winslow County',
];

const PLACE_COUNTRY = {
  Lagos: 'Nigeria', Brisbane: 'Australia', Ostrava: 'Czech Republic', 'Kraków': 'Poland', 'Valparaíso': 'Chile', Mombasa: 'Kenya',
  'Tromsø': 'Norway', Kaitaia: 'New Zealand', Bangalore: 'India', Marseille: 'France', Accra: 'Ghana', Daejeon: 'South Korea', Halifax: 'Canada', Leeds: 'England',
};

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WHEN = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'at the weekend', 'last week', 'this morning', 'late on Sunday', 'earlier this month'];

// Sections: organisations, titles, topic nouns, what they do, headline shapes.
const SECTIONS = {
  politics: {
    orgs: ['Northfield City Council', 'the Ministry of Transport', 'the Green Alliance', 'the Labour group', 'the Treasury', 'the Electoral Commission', 'the Senate Finance Committee'],
    titles: ['Senator', 'Councillor', 'Mayor', 'Deputy Minister', 'party spokeswoman', 'committee chair', 'opposition leader', 'the finance minister'],
    nouns: ['budget', 'bill', 'housing plan', 'fuel tax', 'coalition deal', 'election', 'referendum', 'bypass', 'pension reform', 'spending review'],
    verbs: ['pass', 'block', 'delay', 'rewrite', 'fund', 'scrap', 'defend', 'approve'],
    heads: ['{Place} council votes to {verb} {noun}', 'Row over {noun} deepens as vote nears', '{Surname} under pressure over {noun}', 'Minister: \u2018We will not {verb} the {noun}\u2019'],
  },
  business: {
    orgs: ['Harborview Energy', 'Meridian Bank', 'Kestrel Logistics', 'the Federal Reserve', 'Ostrava Steelworks', 'Blue Gum Airlines', 'Tidewater Foods'],
    titles: ['chief executive', 'chief financial officer', 'analyst', 'union official', 'economist', 'managing director', 'founder'],
    nouns: ['merger', 'rate decision', 'quarterly profit', 'factory', 'share price', 'pay offer', 'takeover bid', 'supply chain', 'restructuring'],
    verbs: ['cut', 'raise', 'freeze', 'expand', 'close', 'sell', 'review', 'restructure'],
    heads: ['{Org} shares fall after {noun} warning', '{Org} to {verb} {noun}', 'Investors wary as {noun} looms', 'Workers reject \u201cinsulting\u201d {noun}'],
  },
  sport: {
    orgs: ['Riverton Rovers', 'the Northfield Hawks', 'the national rugby union', 'the Olympic committee', 'Harbour City FC', 'the cricket board'],
    titles: ['coach', 'captain', 'striker', 'team doctor', 'club president', 'head coach', 'midfielder', 'referee'],
    nouns: ['final', 'transfer', 'injury', 'relegation fight', 'derby', 'title race', 'new stadium', 'doping ban', 'season opener'],
    verbs: ['win', 'lose', 'appeal', 'sign', 'postpone', 'replay', 'review', 'celebrate'],
    heads: ['{Org} edge {Place} in thriller', '{Surname} ruled out of {noun}', 'Fans fume over {noun}', '\u2018We were robbed\u2019: {Org} furious after {noun}'],
  },
  health: {
    orgs: ['Meridian Health Trust', 'the World Health Organization', 'St Aidan\u2019s Hospital', 'the Nurses\u2019 Union', 'the regional health board', 'the medical council'],
    titles: ['Dr.', 'Professor', 'chief nurse', 'epidemiologist', 'hospital director', 'health minister', 'paramedic'],
    nouns: ['waiting list', 'vaccine rollout', 'measles outbreak', 'ward closure plan', 'staffing crisis', 'new clinic', 'ambulance service', 'drug trial'],
    verbs: ['expand', 'pause', 'fund', 'investigate', 'reopen', 'extend', 'review', 'speed up'],
    heads: ['{Place} hospital struggles with {noun}', 'Doctors warn over {noun}', '{Org} to {verb} {noun}', 'Nurses say {noun} is \u201cunsafe\u201d'],
  },
  courts: {
    orgs: ['the High Court', 'the Crown Prosecution Service', 'the public defender\u2019s office', 'the Court of Appeal', 'the district attorney\u2019s office', 'the police watchdog'],
    titles: ['Judge', 'defence lawyer', 'prosecutor', 'Detective Inspector', 'police chief', 'attorney', 'coroner'],
    nouns: ['trial', 'verdict', 'appeal', 'sentence', 'inquiry', 'bail hearing', 'plea deal', 'fraud case', 'inquest'],
    verbs: ['adjourn', 'overturn', 'uphold', 'delay', 'reopen', 'dismiss', 'hear', 'settle'],
    heads: ['Jury out in {Place} {noun}', 'Judge to rule on {noun}', '{Surname} \u2018did not act alone\u2019, court told', 'Family demands answers at {noun}'],
  },
  science: {
    orgs: ['the University of Northfield', 'the Polar Research Institute', 'the space agency', 'the Met Office', 'the Royal Society', 'Kestrel Labs'],
    titles: ['Professor', 'Dr.', 'researcher', 'lead author', 'climate scientist', 'astronomer', 'geologist'],
    nouns: ['glacier', 'satellite launch', 'heatwave', 'coral reef', 'fossil find', 'flood barrier', 'solar farm', 'drought', 'telescope'],
    verbs: ['study', 'measure', 'map', 'protect', 'launch', 'monitor', 'restore', 'model'],
    heads: ['Scientists {verb} {noun} near {Place}', '{noun} worse than feared, study finds', 'New {noun} could change the picture', '\u201cA wake-up call\u201d: {Org} on {noun}'],
  },
  culture: {
    orgs: ['the National Theatre', 'the Riverton Film Festival', 'the city museum', 'the arts council', 'Eastbridge Records', 'the public library'],
    titles: ['director', 'curator', 'novelist', 'singer', 'festival organiser', 'critic', 'actor'],
    nouns: ['exhibition', 'festival', 'album', 'new play', 'book prize', 'gallery', 'concert hall', 'restoration', 'premiere'],
    verbs: ['open', 'cancel', 'win', 'tour', 'restore', 'stage', 'launch', 'record'],
    heads: ['{Surname}\u2019s {noun} opens to rave reviews', '{Org} to {verb} {noun}', 'Rock \u2019n\u2019 roll returns to {Place}', '{noun} saved after public outcry'],
  },
  local: {
    orgs: ['the Port Authority', 'the fire service', 'the residents\u2019 association', 'the water board', 'Riverton Transit', 'the parks department'],
    titles: ['director', 'fire chief', 'spokesman', 'resident', 'shop owner', 'councilwoman', 'head teacher', 'fisherman'],
    nouns: ['pier', 'bus route', 'road closure', 'playground', 'library', 'bridge repair', 'water main', 'market', 'school'],
    verbs: ['reopen', 'close', 'repair', 'move', 'rebuild', 'extend', 'save', 'inspect'],
    heads: ['{Place} {noun} to stay shut, officials say', 'Residents rally to {verb} {noun}', '{noun} delays anger commuters', 'Anger as {Org} moves to {verb} {noun}'],
  },
};
const SECTION_NAMES = Object.keys(SECTIONS);

// Quote sentences. {noun} {verb} {place} {number} {org} are filled from the
// article's section; ’ is an apostrophe (rewritten to the article's style).
const QUOTE_SENTENCES = [
  'We will not {verb} the {noun} this year',
  'I can\u2019t pretend this is easy for anyone',
  'Nobody here saw this coming',
  'The {noun} is the biggest test we\u2019ve faced in a decade',
  'We\u2019re asking for patience, not blind trust',
  'It\u2019s a question of money, and there isn\u2019t any',
  'People in {place} deserve better than this',
  'We have been clear from the start',
  'I\u2019ve been doing this for {number} years and I have never seen anything like it',
  'The numbers speak for themselves',
  'We\u2019ll {verb} the {noun} when it is safe, and not a day before',
  'This is not about politics',
  'Frankly, the {noun} was handled badly',
  'There are families who won\u2019t get through the winter',
  'We owe it to the next generation to get the {noun} right',
  'I don\u2019t think anyone expected {number} people to turn up',
  'What we need now is a plan, not another review',
  'It is what it is',
  'You can\u2019t run the {noun} on goodwill alone',
  'The decision to {verb} the {noun} was taken after a lot of thought',
  'We are confident the {noun} will go ahead',
  'That\u2019s the job',
  'I\u2019m proud of what the team has done',
  'Let\u2019s be honest about where we are',
  'They told us it would be finished by {day}',
  'If the {noun} fails, {place} pays the price',
  'Every single one of us has a part to play',
  'We made mistakes, and we\u2019ve said so',
  'I won\u2019t apologise for wanting the {noun} done properly',
  'It\u2019s been a long road',
  'The evidence does not support that claim',
  'Our members are angry, and they have every right to be',
  'We\u2019ve had {number} calls since Friday',
  'This is the kind of thing you read about in the \u201990s, not now',
  'Nobody at {org} seems to understand what this means for families',
  'We were never consulted',
  'I think the {noun} will be remembered as a turning point',
  'Give us the money and we will {verb} it ourselves',
  'It was chaos \u2014 absolute chaos',
  'We are reviewing every option',
];

const QUESTIONS = [
  'Who is going to pay for the {noun}',
  'What are we supposed to tell the children',
  'Why wasn\u2019t anyone told',
  'How many more times do we have to ask',
  'Is that really the best {org} can do',
];

const PARTIALS = ['a gut punch', 'deeply disappointing', 'a step in the right direction', 'long overdue', 'reckless', 'not fit for purpose', 'a historic day', 'an insult to our members', 'the right call', 'a disaster waiting to happen', 'unacceptable', 'a fresh start'];
const SCARE = ['reform', 'temporary pause', 'consultation', 'efficiency drive', 'review', 'listening exercise', 'modernisation', 'refresh'];
const IN_ALL_BUT_NAME = ['a cut', 'a closure', 'a tax rise', 'a sell-off', 'a ban', 'a pay freeze'];
const NESTED = ['we\u2019ll see', 'not on my watch', 'trust me', 'it\u2019s handled', 'call me tomorrow', 'leave it with us'];

const CUES_PAST = ['said', 'said', 'said', 'said', 'told reporters', 'added', 'explained', 'warned', 'insisted', 'recalled', 'wrote in a letter', 'told the BBC', 'told The Courier', 'admitted', 'argued', 'noted'];
const CUES_INVERTED = ['said', 'said', 'said', 'added', 'continued', 'explained', 'warned'];
const CUES_PRESENT = ['says', 'says', 'adds', 'explains'];

const NARRATIVE = [
  'The {noun} has been the subject of heated debate in {place} for months.',
  'Figures released {when} showed {number} per cent of respondents opposed the plan.',
  'The decision comes after a review by {org} found serious problems with the {noun}.',
  'About {number} people gathered outside the town hall, some holding hand-written signs.',
  'Officials have so far declined to say how much the {noun} will cost.',
  'Critics point out that a similar scheme in {place} was abandoned in the \u201990s.',
  'The {noun} was first proposed in {year} but stalled amid disagreements over funding.',
  'It is not the first time {org} has faced questions over its handling of the {noun}.',
  'A spokesperson for {org} did not respond to a request for comment.',
  'Under the current plan, work would begin in the spring and take {number} months.',
  'Residents\u2019 groups say they were not consulted before the {noun} was announced.',
  'The meeting, which ran for more than {number} hours, ended without a vote.',
  'Some of the children\u2019s parents say they found out from social media.',
  'The report, seen by this newspaper, runs to {number} pages.',
  'Local businesses have reported a sharp drop in trade since the {noun} began.',
  'A final decision is expected before the end of the month.',
  'The figures do not include the {number} cases still under investigation.',
  'Shares closed down {number} per cent at $4.{number} on {day}.',
  'Neither side has published the full terms of the agreement.',
  'The {noun} will be discussed again at the next meeting on {day}.',
  'Rain is forecast for most of the week, which could delay the work further.',
  'In a separate development, {org} confirmed it would {verb} its own {noun}.',
];

const INDIRECT = [
  '{who} said the {noun} would be ready by the end of the year.',
  '{who} said {pron} had asked {org} to {verb} the {noun} but had received no reply.',
  '{who} told the meeting that the {noun} was \u201cunder control\u201d.',
  '{who} insisted that there was no link between the {noun} and the budget.',
  'According to {who}, the {noun} will cost at least $ {number} million.',
  '{who} declined to comment on the {noun}, citing the ongoing inquiry.',
  '{who} has previously said {pron} would not stand in the way of the {noun}.',
];

const APPOSITIVE_AFTER = ['who has lived in {place} all {pos} life', 'who was appointed last year', 'a long-time critic of the {noun}', 'whose family has run a shop on the high street since the \u201980s', 'who declined to give {pos} age'];

const REPORTERS = ['By {First} {Last}', 'By {First} {Last} and {First2} {Last2}', 'By {First} {Last}, {Section} correspondent'];

// ---------------------------------------------------------------------------
// Quotation-mark styles

const STYLES = [
  // weight, name, outer open/close, inner open/close, apostrophe
  [44, { name: 'curly', o: '\u201c', c: '\u201d', io: '\u2018', ic: '\u2019', apos: '\u2019' }],
  [28, { name: 'straight', o: '"', c: '"', io: "'", ic: "'", apos: "'" }],
  [12, { name: 'british', o: '\u2018', c: '\u2019', io: '\u201c', ic: '\u201d', apos: '\u2019' }],
  [9, { name: 'mixed', o: '\u201c', c: '\u201d', io: '\u2018', ic: '\u2019', apos: "'" }],
  [3, { name: 'wire', o: '``', c: "''", io: '`', ic: "'", apos: "'" }],
  [2, { name: 'guillemets', o: '\u00ab', c: '\u00bb', io: '\u2039', ic: '\u203a', apos: '\u2019' }],
  [2, { name: 'low9', o: '\u201e', c: '\u201c', io: '\u201a', ic: '\u2018', apos: '\u2019' }],
];

// ---------------------------------------------------------------------------
// Article generator

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const POSSESSIVE = { he: 'his', she: 'her', they: 'their' };

function makePerson(r, sec, used) {
  let first, pron, last;
  do {
    [first, pron] = r.pick(FIRST_NAMES);
    last = r.pick(SURNAMES);
  } while (used.has(last));
  used.add(last);
  const title = r.pick(sec.titles);
  const org = r.pick(sec.orgs);
  return { first, last, pron, title, org, mentioned: false };
}

/** One article of about `target` UTF-8 bytes. */
function makeArticle(r, target) {
  const secName = r.pick(SECTION_NAMES);
  const sec = SECTIONS[secName];
  const style = r.weighted(STYLES);
  const place = r.pick(PLACES);
  const used = new Set();
  const cast = [];
  const castSize = r.int(2, 5);
  for (let i = 0; i < castSize; i++) cast.push(makePerson(r, sec, used));
  const noun = r.pick(sec.nouns);

  const apos = (s) => (style.apos === '\u2019' ? s : s.replaceAll('\u2019', style.apos));
  const fill = (s, extra = {}) =>
    apos(
      s.replace(/\{(\w+)\}/g, (_, k) => {
        if (k in extra) return extra[k];
        switch (k) {
          case 'noun': return r.chance(0.6) ? noun : r.pick(sec.nouns);
          case 'verb': return r.pick(sec.verbs);
          case 'place': case 'Place': return r.chance(0.7) ? place : r.pick(PLACES);
          case 'number': return String(r.int(2, 95));
          case 'year': return String(r.int(1985, 2023));
          case 'org': case 'Org': return r.pick(sec.orgs);
          case 'day': return r.pick(DAYS);
          case 'when': return r.pick(WHEN);
          case 'Surname': return cast[0].last;
          default: return k;
        }
      }),
    );
  const Q = (s) => `${style.o}${s}${style.c}`;
  const inner = (s) => `${style.io}${s}${style.ic}`;
  // How a person is named: the full form (with a title, a role before the
  // name, or an appositive) the first time, the surname (sometimes with an
  // honorific title) after that. Returned without trailing punctuation.
  let last = null; // last speaker (for pronouns and continuations)
  const lower = (t) => (/^[A-Z][a-z]+\.?$/.test(t) && t !== 'Dr.' ? t.toLowerCase() : t);
  const isHonorific = (t) => /^[A-Z]/.test(t); // Senator, Mayor, Dr., Professor, Judge…
  const refer = (p) => {
    if (!p.mentioned) {
      p.mentioned = true;
      const full = `${p.first} ${p.last}`;
      const t = p.title;
      switch (r.int(0, 3)) {
        case 0:
          if (isHonorific(t)) return `${t} ${full}`;
          if (!t.startsWith('the ')) return `${p.org.replace(/^the /, '')} ${t} ${full}`; // Port Authority director Dana Reyes
          return full;
        case 1: {
          const role = t.startsWith('the ') ? t : isHonorific(t) ? (t === 'Dr.' ? 'a doctor' : `a ${t.toLowerCase()}`) : `${/^[aeiou]/i.test(t) ? 'an' : 'a'} ${t}`;
          return `${full}, ${role} at ${p.org},`;
        }
        case 2:
          return `${full}, ${r.pick(['who chairs the local branch', 'who spoke to reporters outside', `who has worked at ${p.org} for ${r.int(2, 30)} years`])},`;
        default:
          return full;
      }
    }
    return r.chance(0.15) && isHonorific(p.title) ? `${p.title} ${p.last}` : p.last;
  };
  // `refer` as a subject before the verb ("Dana Reyes, a director at X, said")
  // or where no comma may follow ("…,” said Dana Reyes.").
  const subj = (p) => refer(p);
  const bare = (p) => refer(p).replace(/,$/, '');
  const who = () => (r.chance(0.45) && last ? last : r.pick(cast));
  const cuePast = () => r.pick(CUES_PAST);
  const tail = (p) => (r.chance(0.3) ? `${r.pick(CUES_INVERTED)} ${bare(p)}` : `${subj(p)} ${cuePast()}`);
  const sentences = (n) => {
    const seen = new Set();
    const out = [];
    while (out.length < n) {
      const t = r.pick(QUOTE_SENTENCES);
      if (seen.has(t)) continue;
      seen.add(t);
      out.push(fill(t));
    }
    return out;
  };
  const quoteBody = (n) => sentences(n).join('. ');
  const sentence = () => quoteBody(1);

  const paras = [];
  // Headline (sometimes with a quote in single marks), optional byline/dateline.
  let head = fill(r.pick(sec.heads));
  if (style.name !== 'curly') head = head.replaceAll('\u2018', style.io).replaceAll('\u201c', style.o).replace(/[\u2019\u201d]/g, (m) => (m === '\u201d' ? style.c : style.ic));
  paras.push(cap(head));
  if (r.chance(0.6)) {
    const [f1] = r.pick(FIRST_NAMES), [f2] = r.pick(FIRST_NAMES);
    paras.push(apos(r.pick(REPORTERS).replace('{First}', f1).replace('{Last}', r.pick(SURNAMES)).replace('{First2}', f2).replace('{Last2}', r.pick(SURNAMES)).replace('{Section}', secName)));
  }
  const dateline = r.chance(0.4) ? `${place.toUpperCase()}${PLACE_COUNTRY[place] ? `, ${PLACE_COUNTRY[place]}` : ''} \u2014 ` : '';
  // Lead: narrative with indirect speech.
  const lp = cast[0];
  paras.push(
    `${dateline}${cap(fill('{org}'))} will ${fill('{verb}')} the ${fill('{noun}')} ${r.pick(WHEN)}, ${subj(lp)} said, ${r.pick(['a move that drew immediate criticism', 'ending weeks of uncertainty', 'dashing the hopes of many in ' + place, 'though details remain unclear'])}.`,
  );
  last = lp;

  let bytes = paras.reduce((n, p) => n + byteLength(p) + 2, 0);
  const layouts = [
    [20, 'narrative'], [8, 'indirect'], [16, 'trailing'], [6, 'trailing-long'], [6, 'leading-colon'], [3, 'leading-comma'],
    [8, 'split'], [8, 'pronoun'], [6, 'partial'], [4, 'scare'], [3, 'multi-para'], [5, 'appositive'], [3, 'org'],
    [3, 'nested'], [4, 'continuation'], [2, 'question'], [2, 'social'], [2, 'feature'], [2, 'apostrophes'],
  ];
  const lowerFirst = (t) => (/^I[\s\u2019']/.test(t) ? t : t.charAt(0).toLowerCase() + t.slice(1));
  while (bytes < target) {
    const layout = r.weighted(layouts);
    let p;
    const s = who();
    const pron = s.pron;
    switch (layout) {
      case 'narrative':
        p = fill(r.pick(NARRATIVE));
        if (r.chance(0.4)) p += ' ' + fill(r.pick(NARRATIVE));
        break;
      case 'indirect':
        { const t = r.pick(INDIRECT); p = cap(fill(t, { who: t.startsWith('{who}') ? subj(s) : bare(s), pron })); }
        last = s;
        break;
      case 'trailing': // “…,” Reyes said.  /  “…,” said Reyes.
        p = `${Q(sentence() + ',')} ${tail(s)}.`;
        last = s;
        break;
      case 'trailing-long': // several sentences, then more quote or narrative
        p = `${Q(quoteBody(r.int(2, 3)) + ',')} ${tail(s)}. ${r.chance(0.5) ? Q(quoteBody(r.int(1, 2)) + '.') : fill(r.pick(NARRATIVE))}`;
        last = s;
        break;
      case 'leading-colon': // Reyes said: “…”
        p = `${cap(subj(s))} ${r.pick(['said', 'told reporters', 'said in a statement', 'added'])}: ${Q(quoteBody(r.int(1, 3)) + '.')}`;
        last = s;
        break;
      case 'leading-comma': // Reyes said, “…”
        p = `${cap(subj(s))} said, ${Q(sentence() + '.')}`;
        last = s;
        break;
      case 'split': // “…,” Reyes said. “…”  /  “…,” she said, “…”
        if (r.chance(0.5)) p = `${Q(sentence() + ',')} ${tail(s)}. ${Q(quoteBody(r.int(1, 2)) + '.')}`;
        else {
          const [a, b] = sentences(2);
          const by = r.chance(0.5) && s === last ? pron : bare(s);
          p = `${Q(a + ',')} ${by} ${r.pick(CUES_INVERTED)}, ${Q(lowerFirst(b) + '.')}`;
        }
        last = s;
        break;
      case 'pronoun': // “…,” she said.
        p = `${Q(sentence() + ',')} ${last.pron} ${r.chance(0.8) ? 'said' : cuePast()}.${r.chance(0.3) ? ' ' + Q(sentence() + '.') : ''}`;
        break;
      case 'partial': { // Reyes called the decision “a gut punch”.
        const what = r.pick([
          () => `called the ${fill('{noun}')} ${Q(r.pick(PARTIALS))}`,
          () => `described the ${fill('{noun}')} as ${Q(r.pick(PARTIALS))}`,
          () => `said the ${fill('{noun}')} was ${Q(r.pick(PARTIALS))}`,
        ])();
        p = `${cap(subj(s))} ${what}${r.chance(0.5) ? ` and said ${pron} would ${fill('{verb}')} it.` : '.'}`;
        last = s;
        break;
      }
      case 'scare': { // The council calls the changes a “consultation” …
        const sc = r.pick(SCARE);
        p = cap(fill(`{org} calls the changes ${/^[aeiou]/.test(sc) ? 'an' : 'a'} ${Q(sc)}, but ${r.pick(['unions', 'residents', 'opposition members', 'campaigners'])} say it is ${r.pick(IN_ALL_BUT_NAME)} in all but name.`));
        break;
      }
      case 'multi-para': { // opening mark, no closer; reopened in the next paragraph
        const n = r.int(2, 3);
        const chunks = [];
        for (let i = 0; i < n - 1; i++) chunks.push(`${style.o}${quoteBody(r.int(1, 3))}.`);
        chunks.push(`${Q(quoteBody(r.int(1, 2)) + ',')} ${tail(s)}.`);
        p = chunks.join('\n\n');
        last = s;
        break;
      }
      case 'appositive': { // “…,” said Dana Reyes, the director of the Port Authority.
        s.mentioned = true;
        const app = r.chance(0.5)
          ? `${s.title.startsWith('the ') ? s.title : `the ${lower(s.title) === 'Dr.' ? 'doctor' : lower(s.title)}`} ${r.pick(['of', 'at'])} ${s.org}`
          : fill(r.pick(APPOSITIVE_AFTER), { pos: POSSESSIVE[pron] });
        p = `${Q(sentence() + ',')} said ${s.first} ${s.last}, ${app}.`;
        last = s;
        break;
      }
      case 'org': // “…,” the council said in a statement.
        p = `${Q(quoteBody(r.int(1, 2)) + ',')} ${fill('{org}')} said in a statement.`;
        break;
      case 'nested': // “… he told me, ‘…,’ and …,” Reyes said.
        p = `${Q(`When I asked about the ${fill('{noun}')}, ${r.pick(['he', 'she', 'they'])} told me, ${inner(apos(r.pick(NESTED)) + ',')} and that was the last I heard,`)} ${tail(s)}.`;
        last = s;
        break;
      case 'continuation': // a paragraph that is only a quote, by the last speaker
        p = Q(quoteBody(r.int(1, 2)) + '.');
        break;
      case 'question':
        p = `${Q(fill(r.pick(QUESTIONS)) + '?')} ${r.chance(0.5) ? `${bare(s)} asked` : `asked ${bare(s)}`}.`;
        last = s;
        break;
      case 'social':
        p = `${cap(bare(s))} wrote on social media ${r.pick(WHEN)}: ${Q(sentence() + '!')}`;
        last = s;
        break;
      case 'feature': // present tense: “…,” says Reyes, who …
        p = `${Q(sentence() + ',')} ${r.pick(CUES_PRESENT)} ${bare(s)}, ${fill(r.pick(APPOSITIVE_AFTER), { pos: POSSESSIVE[pron] })}.`;
        last = s;
        break;
      case 'apostrophes':
        p = apos(`${s.last}\u2019s supporters \u2014 many of them veterans of the \u201970s campaigns \u2014 say the ${fill('{noun}')} isn\u2019t over. The workers\u2019 committee meets at Rosie\u2019s on ${r.pick(DAYS)}, rock \u2019n\u2019 roll playing in the background.`);
        break;
    }
    paras.push(p);
    bytes += byteLength(p) + 2;
  }
  return paras.join('\n\n');
}

// ---------------------------------------------------------------------------
// Public API

/**
 * Articles of 2–8 KB until their total reaches `totalBytes` (UTF-8).
 * @param {number} totalBytes
 * @param {number} [seed=1]
 * @returns {string[]}
 */
export function makeCorpus(totalBytes, seed = 1) {
  const r = rng(seed);
  const out = [];
  let total = 0;
  while (total < totalBytes) {
    const a = makeArticle(r, r.int(2000, 7600));
    out.push(a);
    total += byteLength(a);
  }
  return out;
}

/**
 * One text of at least `bytes` UTF-8 bytes: articles joined with blank lines.
 * The same seed gives prefixes of the same text, so a 10 KB text is the start
 * of the 10 MB one.
 * @param {number} bytes
 * @param {number} [seed=1]
 */
export function makeText(bytes, seed = 1) {
  return makeCorpus(bytes, seed).join('\n\n');
}

/** Repeat `unit` until the text reaches `bytes` UTF-8 bytes (whole units). */
function repeatTo(unit, bytes) {
  return unit.repeat(Math.max(1, Math.ceil(bytes / byteLength(unit))));
}

/** Cut a string to at most `bytes` UTF-8 bytes without splitting a character. */
function cutTo(s, bytes) {
  const buf = Buffer.from(s, 'utf8');
  if (buf.length <= bytes) return s;
  let end = bytes;
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

const CAPITALISED = [
  'Northern', 'Harbour', 'Authority', 'Director', 'General', 'Council', 'Reyes', 'Okafor', 'Senate', 'Finance',
  'Committee', 'National', 'Bank', 'Union', 'Minister', 'Professor', 'Riverton', 'Meridian', 'Health', 'Trust',
  'Dana', 'Priya', 'Kwame', 'Deputy', 'Chief', 'Executive', 'Board', 'Port', 'Street', 'Royal', 'Society', 'Mayor',
];

/**
 * The hostile inputs, each about `bytes` UTF-8 bytes. Kinds:
 * - `open-marks`: only opening marks, `““““…`
 * - `alternating`: `"a"a"a…`
 * - `no-spaces`: news text with every space, tab and line break removed
 * - `said-repeated`: `“a,” said B. ` repeated on one line
 * - `capitalised`: one line of capitalised words, `Northern Harbour Authority …`
 * - `newlines`: only `\n`
 * Extra kinds (not in the issue, found useful):
 * - `one-paragraph`: news text with its line breaks replaced by spaces (one 1 MB paragraph)
 * - `unclosed`: news text with every closing double mark removed
 * - `open-words`: `“word ` repeated (an opener before every word, never closed)
 * - `said-capitalised`: `“Yes,” said ` followed by a single run of capitalised words
 * - `apostrophes`: `’` and `'` glued to words: `O’Brien’s ’90s rock ’n’ roll students’ `
 * - `markup`: `<a href="x">“a</a> ` repeated
 * - `participles`: ` and saying “a”` repeated in one endless sentence (each participle looks back for its clause's subject)
 * @param {string} kind
 * @param {number} bytes
 * @returns {string}
 */
export function hostile(kind, bytes) {
  switch (kind) {
    case 'open-marks':
      return repeatTo('\u201c', bytes);
    case 'alternating':
      return repeatTo('"a', bytes);
    case 'no-spaces':
      return cutTo(makeText(bytes * 1.25, 7).replace(/\s+/g, ''), bytes);
    case 'said-repeated':
      return repeatTo('\u201ca,\u201d said B. ', bytes);
    case 'capitalised': {
      const r = rng(11);
      const parts = [];
      let n = 0;
      while (n < bytes) {
        const w = r.pick(CAPITALISED);
        parts.push(w);
        n += w.length + 1;
      }
      return parts.join(' ');
    }
    case 'newlines':
      return '\n'.repeat(bytes);
    case 'one-paragraph':
      return cutTo(makeText(bytes * 1.05, 7).replace(/\n+/g, ' '), bytes);
    case 'unclosed':
      return cutTo(makeText(bytes * 1.05, 7).replace(/[\u201d\u00bb]/g, ''), bytes);
    case 'open-words':
      return repeatTo('\u201cword ', bytes);
    case 'said-capitalised':
      return '\u201cYes,\u201d said ' + hostile('capitalised', bytes - 14);
    case 'apostrophes':
      return repeatTo('O\u2019Brien\u2019s \u201990s rock \u2019n\u2019 roll students\u2019 O\'Neill\'s \'80s ', bytes);
    case 'markup':
      return repeatTo('<a href="x">\u201ca</a> ', bytes);
    case 'participles':
      return repeatTo(' and saying \u201ca\u201d', bytes);
    default:
      throw new Error(`unknown hostile kind: ${kind}`);
  }
}

/** The hostile kinds the issue asks for, then the extra ones. */
export const HOSTILE_KINDS = ['open-marks', 'alternating', 'no-spaces', 'said-repeated', 'capitalised', 'newlines'];
export const EXTRA_HOSTILE_KINDS = ['one-paragraph', 'unclosed', 'open-words', 'said-capitalised', 'apostrophes', 'markup', 'participles'];

/** Human-readable description of each hostile kind (for the report). */
export const HOSTILE_DESCRIPTIONS = {
  'open-marks': 'only opening marks: `““““…`',
  alternating: 'alternating `"a"a"a…`',
  'no-spaces': 'news text with all whitespace removed',
  'said-repeated': '`“a,” said B. ` repeated on one line',
  capitalised: 'one line of capitalised words (`Northern Harbour Authority …`)',
  newlines: 'only `\\n`',
  'one-paragraph': 'news text, line breaks replaced by spaces (one paragraph)',
  unclosed: 'news text with every closing `”`/`»` removed',
  'open-words': '`“word ` repeated (never closed)',
  'said-capitalised': '`“Yes,” said ` + one run of capitalised words',
  apostrophes: 'apostrophes glued to words (`O’Brien’s ’90s rock ’n’ roll …`)',
  markup: '`<a href="x">“a</a> ` repeated',
  participles: '` and saying “a”` repeated in one sentence',
};

export { byteLength };
