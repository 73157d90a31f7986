#!/usr/bin/env node
// Generates synthetic news articles as JSON Lines, one {"id": …, "text": …}
// per line, for measuring `quote-attribution --jsonl` (throughput, memory).
//
//   node bench/make-jsonl.mjs [--count 20000] [--seed 1] [--bad 0] [--out file.jsonl]
//
//   --count N   number of lines (default 20000)
//   --seed S    PRNG seed (default 1); the same arguments always give the same bytes
//   --bad K     make every K-th line a bad one (invalid JSON, no text, text not a
//               string, in turn); 0 (default) for none
//   --out FILE  write to FILE instead of stdout
//
// The articles are built from templates written for this file (the people,
// places and organisations are invented): a headline, a lead, narrative
// paragraphs with figures, and quotations in the layouts news copy uses:
// trailing and leading cues, said-inversion, colon introductions, split
// quotes, pronoun follow-ups, partial and scare quotes, `according to`,
// organisation statements, quote-only continuation paragraphs, quotes running
// over two paragraphs and quotes nested in quotes, in curly or straight marks.
// Randomness is a seeded mulberry32, never Math.random.

import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    bad: { type: 'string', default: '0' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('usage: node bench/make-jsonl.mjs [--count 20000] [--seed 1] [--bad 0] [--out file.jsonl]');
  process.exit(0);
}
const count = Number(values.count);
const seed = Number(values.seed);
const badEvery = Number(values.bad);
for (const [name, n] of [['count', count], ['seed', seed], ['bad', badEvery]]) {
  if (!Number.isInteger(n) || n < 0) {
    console.error(`make-jsonl: --${name} must be a whole number`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------
// PRNG

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(seed * 2654435761);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------
// Vocabulary (invented)

const FIRST_F = ['Dana', 'Maria', 'Priya', 'Aisha', 'Elena', 'Grace', 'Hannah', 'Keiko', 'Lucia', 'Nadia', 'Olivia', 'Rosa', 'Sofia', 'Tamar', 'Wen', 'Yara', 'Beatriz', 'Claire', 'Fatima', 'Ingrid'];
const FIRST_M = ['Tom', 'James', 'Ahmed', 'Carlos', 'David', 'Emeka', 'Felix', 'Hiro', 'Ivan', 'Jonah', 'Kwame', 'Luis', 'Marcus', 'Nikhil', 'Omar', 'Pavel', 'Rafael', 'Samuel', 'Theo', 'Victor'];
const LAST = ['Reyes', 'Okafor', 'Natarajan', 'Lindqvist', 'Moreau', 'Castellano', 'Brennan', 'Achterberg', 'Haddad', 'Kowalski', 'Mbeki', 'Novak', 'Ostrowski', 'Petrakis', 'Quintero', 'Rasmussen', 'Sato', 'Takahashi', 'Underwood', 'Vasquez', 'Whitfield', 'Yilmaz', 'Zamora', 'Delacroix', 'Ferreira', 'Gallagher', 'Iyer', 'Jablonski', 'Kaur', 'Laurent'];
const TOWNS = ['Harbor City', 'Millbrook', 'East Fenwick', 'Port Alder', 'Granite Falls', 'Westmere', 'Calloway', 'Ridgefield', 'Saltmarsh', 'Brackenridge', 'Oakhaven', 'North Tallis'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const TOPICS = [
  {
    thing: 'the Harbor Street pier', org: 'the Port Authority', orgName: 'Port Authority', head: 'Pier to stay closed through winter',
    roles: ['Port Authority director', 'harbor master', 'chief engineer'], public: ['fishermen', 'dock workers', 'boat owners'],
    facts: ['Engineers found cracks in {n} of the pier’s {m} concrete pilings after the storm.', 'Repairs are expected to cost about ${n}.{d} million.', 'About {n} boats unload at the pier in a normal season.'],
    says: ['we will not reopen the pier this year', 'the pilings took more of a beating than anyone expected', 'I am not going to put people on a structure I can’t vouch for', 'we will lose the whole crab season', 'nobody at City Hall seems to understand what that means for families down here', 'the city owes these people a place to tie up'],
    scare: ['a gut punch', 'temporary', 'fully safe', 'a bridge to nowhere'],
  },
  {
    thing: 'the school budget', org: 'the school board', orgName: 'School Board', head: 'School board votes to cut bus routes',
    roles: ['superintendent', 'board president', 'teachers’ union president'], public: ['parents', 'teachers', 'students'],
    facts: ['The district faces a shortfall of ${n}.{d} million next year.', 'The plan would eliminate {n} of the district’s {m} bus routes.', 'Enrollment has fallen by {n} percent since 2019.'],
    says: ['these are the hardest choices I have made in this job', 'nobody wants to cut services that children depend on', 'we were told there was no other option', 'the state has to step up and pay its share', 'our kids will be standing at bus stops in the dark', 'we have asked the board to delay the vote for a month'],
    scare: ['efficiencies', 'right-sizing', 'a hard reset', 'shared sacrifice'],
  },
  {
    thing: 'the hospital merger', org: 'the health system', orgName: 'Regional Health', head: 'Hospitals agree to merge, promise no layoffs',
    roles: ['chief executive', 'chief nursing officer', 'state health commissioner'], public: ['nurses', 'patients', 'doctors'],
    facts: ['The combined system would run {n} hospitals and {m} clinics.', 'The deal is valued at about ${n}.{d} billion.', 'The state must approve the merger within {n} days.'],
    says: ['patients will see better care, not less of it', 'there will be no layoffs as a result of this merger', 'we have heard those promises before', 'the nurses were never asked what they think', 'this keeps a hospital open in a town that would otherwise lose it', 'we are going to read every page of this agreement'],
    scare: ['synergies', 'patient-centered', 'a merger of equals', 'streamlined'],
  },
  {
    thing: 'the housing plan', org: 'the city council', orgName: 'City Council', head: 'Council approves 1,200 new apartments near rail station',
    roles: ['council member', 'mayor', 'planning director'], public: ['tenants', 'neighbors', 'developers'],
    facts: ['The project would add {n} apartments, {m} of them priced below market rate.', 'Rents in the city have risen {n} percent in three years.', 'The vote was {n} to {m}.'],
    says: ['this is the most important vote we will take this year', 'people who work here should be able to live here', 'the neighborhood was never consulted', 'traffic on Elm Street is already impossible', 'we cannot keep saying no to every building', 'the details matter more than the headline'],
    scare: ['affordable', 'transit-oriented', 'community input', 'a done deal'],
  },
  {
    thing: 'the wildfire', org: 'the fire department', orgName: 'County Fire Department', head: 'Evacuations ordered as wildfire spreads',
    roles: ['fire chief', 'county sheriff', 'incident commander'], public: ['residents', 'ranchers', 'volunteers'],
    facts: ['The fire has burned about {n},{m}00 acres and is {n} percent contained.', 'At least {n} homes have been destroyed.', 'More than {n} firefighters are on the lines.'],
    says: ['if you are told to leave, leave now', 'the wind is the enemy today', 'we lost everything but the dog and the truck', 'crews worked through the night to hold the line', 'we expect the fire to grow before it gets better', 'nobody came to tell us until the smoke was in the yard'],
    scare: ['under control', 'a controlled burn', 'the new normal', 'once in a century'],
  },
  {
    thing: 'the factory closure', org: 'the company', orgName: 'Calloway Steel', head: 'Steel plant to close, ending 300 jobs',
    roles: ['plant manager', 'union steward', 'economic development director'], public: ['workers', 'suppliers', 'shop owners'],
    facts: ['The plant employs {n}0 people and has operated since 19{yy}.', 'The company reported a loss of ${n}.{d} million last quarter.', 'Severance will amount to {n} weeks of pay.'],
    says: ['this decision was made in an office a thousand miles from here', 'we did everything they asked of us', 'market conditions left us no alternative', 'my father worked here and so did his father', 'we will help every worker find the next job', 'the town will not be the same without the plant'],
    scare: ['restructuring', 'transition assistance', 'right-sizing', 'a new chapter'],
  },
];

const SAID = ['said', 'said', 'said', 'told reporters', 'added', 'said in an interview', 'wrote in an email', 'said on ' /* + day */];
const LEADERS = ['said', 'told reporters', 'said in a statement', 'warned', 'argued'];
const OPENERS = ['', 'Frankly, ', 'Look, ', 'Honestly, ', 'For now, ', 'At this point, '];
const TAILS = ['', ', and that is the truth', ', whatever anyone says', ' and we will keep saying it', ', and people need to hear that'];
const NARRATIVE = [
  'The meeting lasted more than {n} hours and drew a crowd of about {m}0 people.',
  'A decision is expected by the end of the month.',
  'Officials did not say when a final report would be released.',
  'The issue has divided {town} for more than a year.',
  'Similar disputes have played out in {town} and {town2} in recent years.',
  'Records obtained by the newspaper show the problem was first reported in {year}.',
  'Calls to the governor’s office were not returned on {day}.',
  'The next public hearing is scheduled for {day} at {h} p.m.',
];

function person(used) {
  for (;;) {
    const female = chance(0.5);
    const first = pick(female ? FIRST_F : FIRST_M);
    const last = pick(LAST);
    if (used.has(last)) continue;
    used.add(last);
    return { first, last, full: `${first} ${last}`, pronoun: female ? 'she' : 'he' };
  }
}

function fill(s, topic) {
  return s
    .replace(/\{n\}/g, () => String(int(2, 48)))
    .replace(/\{m\}/g, () => String(int(50, 90)))
    .replace(/\{d\}/g, () => String(int(1, 9)))
    .replace(/\{h\}/g, () => String(int(1, 9)))
    .replace(/\{yy\}/g, () => String(int(20, 79)))
    .replace(/\{year\}/g, () => String(int(2009, 2023)))
    .replace(/\{day\}/g, () => pick(DAYS))
    .replace(/\{town2\}/g, () => pick(TOWNS))
    .replace(/\{town\}/g, () => pick(TOWNS))
    .replace(/\{thing\}/g, topic.thing);
}

/** A quoted sentence: words from the topic with some variation, ending punctuation left to the caller. */
function sentence(topic) {
  return cap(`${pick(OPENERS)}${pick(topic.says)}${pick(TAILS)}`.replace(/^(Frankly|Look|Honestly|For now|At this point), (\w)/, (_, a, b) => `${a}, ${b.toLowerCase()}`));
}

function article(n) {
  const topic = pick(TOPICS);
  const straight = chance(0.25);
  const [o, c, io, ic] = straight ? ['"', '"', "'", "'"] : ['“', '”', '‘', '’'];
  const q = (words, end = ',') => `${o}${words}${end}${c}`;
  const used = new Set();
  const cast = Array.from({ length: int(2, 4) }, () => ({ ...person(used), role: pick(topic.roles), spoken: false }));
  const town = pick(TOWNS);
  const day = pick(DAYS);
  const paras = [];

  paras.push(chance(0.5) ? `${topic.head}, officials say` : `${town}: ${topic.head}`);
  const lead = cast[0];
  paras.push(
    `${cap(topic.thing)} ${pick(['will not go ahead as planned', 'faces new delays', 'was approved after a long debate', 'drew sharp criticism'])} in ${town}, ${lead.role} ${lead.full} said on ${day}, ${pick(['leaving', 'frustrating', 'surprising', 'reassuring'])} ${pick(topic.public)} who had ${pick(['hoped for', 'feared', 'pushed for', 'warned about'])} a different outcome.`,
  );
  lead.spoken = true;

  const body = int(12, 28);
  for (let i = 0; i < body; i++) {
    const p = pick(cast);
    const name = p.spoken ? p.last : `${p.role} ${p.full}`;
    const firstMention = !p.spoken;
    p.spoken = true;
    const verb = pick(SAID);
    const cue = verb.endsWith(' ') ? `${verb}${day}` : verb;
    switch (int(0, 13)) {
      case 0: // trailing cue, then a second sentence
        paras.push(`${q(sentence(topic))} ${name} ${cue}. ${q(sentence(topic), '.')}`);
        break;
      case 1: // said-inversion
        paras.push(`${q(sentence(topic))} said ${firstMention ? `${p.full}, a ${p.role} in ${town}` : p.last}.`);
        break;
      case 2: // colon introduction
        paras.push(`${firstMention ? `${p.full}, the ${p.role},` : p.last} ${pick(LEADERS)}: ${q(sentence(topic), '.')}`);
        break;
      case 3: // pronoun follow-up
        paras.push(`${q(sentence(topic))} ${p.pronoun} ${pick(['said', 'added', 'said later'])}. ${q(sentence(topic), '.')}`);
        break;
      case 4: // split quote
        paras.push(`${q(sentence(topic))} ${name} said, ${q(pick(topic.says), '.')}`);
        break;
      case 5: // partial / scare quote
        paras.push(`${cap(name)} called the plan ${o}${pick(topic.scare)}${c} and said ${p.pronoun} would ${pick(['ask for a review', 'keep pushing', 'vote against it', 'wait for the numbers'])}.`);
        break;
      case 6: // according to
        paras.push(`${fill(pick(topic.facts), topic)} According to ${topic.org}, ${pick(['the work could take months', 'no decision has been made', 'the estimate may rise', 'talks are continuing'])}.`);
        break;
      case 7: // organisation statement
        paras.push(`${cap(topic.org)} said in a statement that it was ${o}${pick(['reviewing every option', 'committed to transparency', 'listening to the community', 'disappointed by the delay'])}${c} and would respond ${pick(['within two weeks', 'next month', 'after the hearing'])}.`);
        break;
      case 8: // quote-only continuation paragraph after a quote
        paras.push(`${q(sentence(topic))} ${name} ${cue}.`);
        paras.push(q(sentence(topic), '.'));
        break;
      case 9: // a quote over two paragraphs
        paras.push(`${cap(name)} ${pick(['put it plainly', 'did not mince words', 'spoke for several minutes'])}. ${o}${sentence(topic)}. ${cap(pick(topic.says))}.`);
        paras.push(`${o}${cap(pick(topic.says))}. ${cap(pick(topic.says))},${c} ${p.pronoun} said.`);
        break;
      case 10: // nested quote
        paras.push(`${q(`They told us ${io}${pick(topic.scare)}${ic}, and ${pick(topic.says)}`)} ${name} told reporters.`);
        break;
      case 11: // indirect speech, no quote
        paras.push(`${cap(name)} said ${p.pronoun} ${pick(['expected', 'doubted', 'hoped'])} that ${topic.thing} ${pick(['would be settled soon', 'would come back to the council', 'would cost more than planned'])}.`);
        break;
      default: // narrative
        paras.push(fill(pick(NARRATIVE), topic).replace('{town}', town));
        paras.push(fill(pick(topic.facts), topic));
    }
  }
  if (chance(0.3)) paras.push(`${pick(['Staff writer', 'Correspondent', 'Reporter'])} ${pick(FIRST_F)} ${pick(LAST)} contributed reporting from ${pick(TOWNS)}.`);
  return { id: `gen-${String(n).padStart(6, '0')}`, text: paras.join('\n\n') };
}

function badLine(n, k) {
  const id = `gen-${String(n).padStart(6, '0')}`;
  switch (k % 3) {
    case 0:
      return `{"id": "${id}", "text": "unterminated`;
    case 1:
      return JSON.stringify({ id, body: 'no text field here' });
    default:
      return JSON.stringify({ id, text: 42 });
  }
}

const out = values.out ? createWriteStream(values.out) : process.stdout;
let bad = 0;
let buffer = '';
for (let n = 1; n <= count; n++) {
  const a = article(n); // always drawn, so --bad does not change the good lines
  buffer += `${badEvery > 0 && n % badEvery === 0 ? badLine(n, bad++) : JSON.stringify(a)}\n`;
  if (buffer.length > 1 << 20 || n === count) {
    if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
    buffer = '';
  }
}
if (values.out) out.end();
