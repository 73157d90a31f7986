/**
 * One table per layout of issue 3: who said it, by which rule, through which
 * words. Every sentence here was written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { attributeQuotes, type AttributionRule } from '../src/index.js';

interface Row {
  /** What the case shows. */
  name: string;
  text: string;
  /** The quote to check, by its first words. */
  quote: string;
  speaker: string | null;
  rule?: AttributionRule;
  mention?: string | null;
  cue?: string | null;
}

function check(rows: Row[]): void {
  for (const row of rows) {
    test(row.name, () => {
      const result = attributeQuotes(row.text);
      const q = result.quotes.find((x) => x.text.startsWith(row.quote));
      expect(q, `no quote starting with ${JSON.stringify(row.quote)}`).toBeDefined();
      expect(q!.speaker).toBe(row.speaker);
      if (row.rule !== undefined) expect(q!.rule).toBe(row.rule);
      if (row.mention !== undefined) expect(q!.mention?.text ?? null).toBe(row.mention);
      if (row.cue !== undefined) expect(q!.cue?.text ?? null).toBe(row.cue);
    });
  }
}

const INTRO = 'Port Authority director Dana Reyes met fishermen on Monday.\n\n';

describe('1. trailing cues', () => {
  check([
    { name: 'name then verb', text: `${INTRO}“We will not reopen the pier,” Reyes said.`, quote: 'We will not', speaker: 'Dana Reyes', rule: 'trailing-cue', mention: 'Reyes', cue: 'said' },
    { name: 'verb then name', text: `${INTRO}“We will not reopen the pier,” said Reyes.`, quote: 'We will not', speaker: 'Dana Reyes', rule: 'trailing-cue', mention: 'Reyes', cue: 'said' },
    { name: 'pronoun', text: `${INTRO}“We will not reopen the pier,” she said.`, quote: 'We will not', speaker: 'Dana Reyes', rule: 'trailing-cue', mention: 'she', cue: 'said' },
    { name: 'in a statement', text: `${INTRO}“The pier stays shut,” Reyes said in a statement.`, quote: 'The pier', speaker: 'Dana Reyes', rule: 'trailing-cue', cue: 'said' },
    { name: 'told reporters', text: `${INTRO}“The pier stays shut,” Reyes told reporters.`, quote: 'The pier', speaker: 'Dana Reyes', cue: 'told reporters' },
    { name: 'wrote on social media', text: `${INTRO}“Pier closed until spring,” Reyes wrote on social media.`, quote: 'Pier closed', speaker: 'Dana Reyes', cue: 'wrote' },
    { name: 'added', text: `${INTRO}“And the ferry will keep running,” Reyes added.`, quote: 'And the ferry', speaker: 'Dana Reyes', cue: 'added' },
    { name: 'after an exclamation, the name, its appositive and “said of …”', text: 'The museum waived its fee for the week.\n\n“Perpetual motion!” Rep. Glenn Tolliver, R-Pa., said of the swirl of parties around the convention hall.', quote: 'Perpetual motion', speaker: 'Glenn Tolliver', rule: 'trailing-cue' },
    { name: 'said on Tuesday', text: `${INTRO}“Nobody goes on that deck,” Reyes said on Tuesday.`, quote: 'Nobody', speaker: 'Dana Reyes', cue: 'said' },
    { name: 'question mark', text: `${INTRO}“Who pays for the divers?” Reyes asked.`, quote: 'Who pays', speaker: 'Dana Reyes', cue: 'asked' },
    { name: 'straight quotes', text: `${INTRO}"We will not reopen the pier," Reyes said.`, quote: 'We will not', speaker: 'Dana Reyes' },
    { name: 'British single quotes, comma outside', text: `${INTRO}‘We will not reopen the pier’, Reyes said.`, quote: 'We will not', speaker: 'Dana Reyes' },
    {
      name: 'paraphrase between the quote and a sentence-final “said X, who …”',
      text: `${INTRO}Harbour pilot Sam Okafor spoke next. “The channel is silting up” faster than the dredging budget allows for the next three winters, said Reyes, who asked for more money.`,
      quote: 'The channel',
      speaker: 'Dana Reyes',
      rule: 'trailing-cue',
      mention: 'Reyes',
      cue: 'said',
    },
    {
      name: 'paraphrase between the quote and a sentence-final “…, X said”',
      text: `${INTRO}Harbour pilot Sam Okafor spoke next. “The channel is silting up” faster than the dredging budget allows for the next three winters, Reyes said.`,
      quote: 'The channel',
      speaker: 'Dana Reyes',
      mention: 'Reyes',
    },
    {
      name: 'a later clause with its own cue is not the attribution',
      text: `${INTRO}Harbour pilot Sam Okafor spoke next. “Silting” has become the word on everyone's lips along the harbour wall this winter, and Reyes said it twice.`,
      quote: 'Silting',
      speaker: null,
    },
    { name: 'after “!”, a description set off before the name', text: 'The crowd was loud.\n\n“This is a big year for our next mayor!” Platt’s niece, Marcia Price, shouted to the crowd.', quote: 'This is a big', speaker: 'Marcia Price', cue: 'shouted' },
    { name: 'a quote the sentence runs on from, then “, Okafor said.”', text: 'Ruth Okafor thanked the staff.\n\n“Let me thank the volunteers who worked so hard” for the victory, Okafor said.', quote: 'Let me thank', speaker: 'Ruth Okafor', cue: 'said' },
    { name: 'a byline under the quote', text: 'Readers sent their verdicts.\n\n“The new bridge is beautiful.” — Ana Ruiz', quote: 'The new bridge', speaker: 'Ana Ruiz', mention: 'Ana Ruiz', cue: '—' },
    { name: 'a byline on its own line under the quote', text: 'The claims, checked one by one.\n\n“I went to the harbour before the storm and warned them.”\n\n— Okafor.\n\nOkafor tends to overstate her visit.', quote: 'I went to', speaker: 'Okafor', cue: '—' },
    { name: 'a list of quotes, each with its byline', text: 'Readers sent their verdicts.\n\n“The new bridge is beautiful.” ― Ana Ruiz “It took far too long.” ― Li Wei', quote: 'The new bridge', speaker: 'Ana Ruiz', mention: 'Ana Ruiz' },
  ]);
});

describe('2. leading cues', () => {
  check([
    { name: 'colon', text: `${INTRO}Reyes said: “The pilings are cracked.”`, quote: 'The pilings', speaker: 'Dana Reyes', rule: 'leading-cue', mention: 'Reyes', cue: 'said' },
    { name: 'comma', text: `${INTRO}Reyes said, “The pilings are cracked.”`, quote: 'The pilings', speaker: 'Dana Reyes', rule: 'leading-cue' },
    { name: 'a cue in the quote’s own sentence wins over a verb in the next one', text: 'Mayor Tom Platt spoke first. Platt said the pier was “finished.” David Okafor at the Gazette agreed with Platt about the ferry.', quote: 'finished', speaker: 'Tom Platt', cue: 'said' },
    { name: 'a headline: “Name: ‘Quote In Title Case’”', text: 'Ruth Okafor: ‘The Pier Will Not Reopen This Year.’ WEXLEY — Mayor Ruth Okafor said on Tuesday the pier would stay shut.', quote: 'The Pier', speaker: 'Ruth Okafor', cue: ':' },
    { name: '… but not the object of a headline verb (“Okafor Hammers Harbour Chief: ‘…’”)', text: 'Ruth Okafor Hammers Harbour Chief: ‘You Should Resign.’ WEXLEY — Mayor Ruth Okafor grilled the harbour chief on Tuesday.', quote: 'You Should', speaker: null },
    { name: 'a possessive and a speech noun before a colon (“Reyes’s response: …”)', text: `${INTRO}Reyes’s response: “Not this year.”`, quote: 'Not this year', speaker: 'Dana Reyes', rule: 'leading-cue' },
    { name: 'two people speaking together: the first named stands for both', text: 'Survey researchers Mark Ellery and Jon Obi: “The polls were not wrong, just early.”', quote: 'The polls', speaker: 'Mark Ellery' },
    { name: '… also before a verb', text: `${INTRO}Reyes and Okafor wrote that the pier was “beyond repair.”`, quote: 'beyond repair', speaker: 'Dana Reyes', cue: 'wrote' },
    { name: '… also past a phrase of time or place (“Okafor said during a rally on Friday that Reyes once called …”)', text: `${INTRO}Councillor Ruth Okafor said during a rally on Friday that Reyes once called the pier “the jewel of the coast.”`, quote: 'the jewel', speaker: 'Ruth Okafor', cue: 'said' },
    {
      name: 'words reported through someone else: the one who reports them is the source (“Okafor said Reyes assured them …”)',
      text: `${INTRO}Councillor Ruth Okafor said Reyes assured them that the pier would “stay open all winter.”`,
      quote: 'stay open',
      speaker: 'Ruth Okafor',
      mention: 'Councillor Ruth Okafor',
      cue: 'said',
    },
    { name: 'partial quote after that', text: `${INTRO}Reyes said that the damage was “worse than anyone expected” and that repairs would take months.`, quote: 'worse than', speaker: 'Dana Reyes', rule: 'leading-cue', cue: 'said' },
    { name: 'in a statement, then the verb', text: `${INTRO}In a statement, Reyes said “no one should go near the pier.”`, quote: 'no one', speaker: 'Dana Reyes', rule: 'leading-cue' },
    { name: 'colon at the end of the paragraph', text: `${INTRO}Reyes put it bluntly in her letter to the council:\n\n“The pier is not safe and will not be safe this year.”`, quote: 'The pier is not', speaker: 'Dana Reyes' },
    { name: 'a sentence with no cue ends the paragraph in a colon: its subject (after a subordinate clause) speaks', text: 'When the old ferry sank in 1998, Mayor Ruth Okafor released the following statement:\n\n“Our thoughts are with the crew and their families.”', quote: 'Our thoughts', speaker: 'Ruth Okafor', rule: 'leading-cue' },
    { name: 'a long introductory phrase before the subject of a colon sentence', text: 'With harbour leaders increasingly worried about a lack of passion for the new ferry among young commuters in the northern suburbs, Mayor Ruth Okafor is rolling out a new and more personal message: “Ride it for me.”', quote: 'Ride it', speaker: 'Ruth Okafor' },
    { name: 'a cue inside a dashed aside that closes before the quote is not its cue', text: 'If Moscow is behind the leaks — as researchers believe, but Moscow strongly denies — “why would you not raise the possibility?” asked Dana Reyes, a former adviser.', quote: 'why would you', speaker: 'Dana Reyes', rule: 'trailing-cue' },
    {
      name: 'a colon after the one spoken to: the subject speaks',
      text: 'Harbour Commissioner Gail Novak, D-Maine, sent a blunt message to Mayor Pete Arkwright: “Fix the pier or find a new job.”',
      quote: 'Fix the pier',
      speaker: 'Gail Novak',
      rule: 'leading-cue',
    },
    {
      name: 'a colon after a description of the one spoken to: the subject speaks',
      text: 'Gail Novak explained the closure to the local weekly Harbour Herald: “Nobody goes on that deck.”',
      quote: 'Nobody',
      speaker: 'Gail Novak',
    },
    { name: 'a title-case headline’s verb is a cue (“Okafor Calls Harbor Plan ‘Doomed’”)', text: 'Ruth Okafor Calls Harbor Plan ‘Doomed’\n\nMayor Ruth Okafor spoke on Monday.', quote: 'Doomed', speaker: 'Ruth Okafor', rule: 'leading-cue' },
    { name: '… but only for a name (“Retired General Reveals ‘Demoralizing’ …”)', text: 'Retired General Reveals ‘Demoralizing’ Years Under Platt\n\nThe general spoke on Monday.', quote: 'Demoralizing', speaker: null },
    { name: 'a headline about someone is not their quote', text: 'Port Chief On Arkwright: ‘We Were Never Consulted’\n\nThe pier dispute deepened on Monday.', quote: 'We Were', speaker: null },
  ]);
});

describe('3. split quotes', () => {
  const text = `${INTRO}“We will not reopen the pier,” Reyes said, “not this year and not next spring.”`;
  check([
    { name: 'first half', text, quote: 'We will not', speaker: 'Dana Reyes', rule: 'trailing-cue' },
    { name: 'second half', text, quote: 'not this year', speaker: 'Dana Reyes', rule: 'split-quote', cue: 'said' },
    { name: 'further sentence in the paragraph', text: `${INTRO}“We will not reopen the pier,” Reyes said. “Not this year.”`, quote: 'Not this year', speaker: 'Dana Reyes', rule: 'same-paragraph' },
  ]);
});

describe('4. titles and appositives', () => {
  check([
    { name: 'title before the name', text: 'State Department spokesperson Matt Miller said: “We are watching closely.”', quote: 'We are', speaker: 'Matt Miller', mention: 'State Department spokesperson Matt Miller' },
    { name: 'appositive after the name', text: '“We are watching closely,” Matt Miller, a State Department spokesperson, said.', quote: 'We are', speaker: 'Matt Miller', mention: 'Matt Miller' },
    { name: 'said, then name with a relative clause', text: '“We are watching closely,” said Matt Miller, who leads the press office.', quote: 'We are', speaker: 'Matt Miller' },
    { name: 'age', text: 'Ruth Okafor runs the bakery.\n\n“Business has never been better,” Okafor, 54, said.', quote: 'Business', speaker: 'Ruth Okafor' },
    { name: 'former prime minister', text: 'Former Prime Minister Jane Doughty said the deal was “a betrayal of every promise we made.”', quote: 'a betrayal', speaker: 'Jane Doughty' },
    { name: 'honorific later', text: 'Antony Blinken visited Kyiv.\n\n“We stand with you,” Mr. Blinken said.', quote: 'We stand', speaker: 'Antony Blinken', mention: 'Mr. Blinken' },
    { name: 'a title with “of” before the name', text: 'Secretary of State John Kerry said the talks were “productive.”', quote: 'productive', speaker: 'John Kerry' },
    { name: 'description then name', text: '“Nobody voted for this,” the union’s president, Nadia Rahman-Cole, told the crowd.', quote: 'Nobody', speaker: 'Nadia Rahman-Cole' },
    { name: 'an appositive closed by the comma inside a quoted title', text: 'Ana Ruiz, author of “The Long Bench,” said, “Senators should remember that a compromise nominee today may suit them far better.”', quote: 'Senators', speaker: 'Ana Ruiz' },
    { name: '… also with “As X put it,”', text: 'As Ana Ruiz, a law professor and the author of “The Long Bench,” put it, “Senators should remember that a compromise nominee today may suit them far better.”', quote: 'Senators', speaker: 'Ana Ruiz', cue: 'put it' },
    { name: 'a quoted title inside the subject’s description does not cut the clause', text: 'Jeff Hensley, the co-author of “Going Viral,” about how rumours spread, said the days of “one shared story” were gone.', quote: 'one shared story', speaker: 'Jeff Hensley' },
    { name: 'a dashed aside inside an appositive (“Dickey, the chief of Ora Media -- the company that …, which … -- told”)', text: 'Jon Dickey, the chief executive of Harbor Media -- the production company that owns the show, which is also streamed online -- told me, “We are a content provider.”', quote: 'We are a content', speaker: 'Jon Dickey' },
    { name: 'a description, then the name in a dashed aside with a relative clause', text: 'A former mayoral candidate — Ruth Okafor, who lost the 2019 race to Platt — said the plan offered “nothing new.”', quote: 'nothing new', speaker: 'Ruth Okafor' },
    { name: 'two appositives, then two coordinated verbs', text: 'Sen. Ruth Okafor, D-Ohio, whose district includes the port, toured the pier and wrote on social media afterward that the repairs were “years behind schedule.”', quote: 'years behind', speaker: 'Ruth Okafor' },
    { name: 'a name closing a description that is itself an appositive: the person before it speaks', text: 'Tomasz Wierzbicki, the editor in chief of the city’s oldest daily, The Harbor Ledger, said every mayor was “both a builder and a salesman.”', quote: 'both a builder', speaker: 'Tomasz Wierzbicki' },
    { name: '… but a description at the head of the sentence still yields the name after it', text: 'In Leeds, the union’s regional secretary, Nadia Rahman-Cole, said the offer was “an insult.”', quote: 'an insult', speaker: 'Nadia Rahman-Cole' },
    { name: '… and the name may carry its affiliation (“said another leading advocate, Andrew Pincus of the law firm …”)', text: '“The odds are against a full court this term,” said another leading Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown.', quote: 'The odds', speaker: 'Andrew J. Pincus' },
    { name: 'a description, then the name in apposition', text: '“The water came up to the windows,” said one resident, Priya Nandakumar, who has lived on Mill Lane since 1998.', quote: 'The water', speaker: 'Priya Nandakumar', mention: 'one resident, Priya Nandakumar' },
    { name: 'a possessive description, then the name of unknown kind (“said Rubio’s deputy campaign manager, Rich Beeson, who …”)', text: '“We are treating it as one long election day,” said Okafor’s deputy campaign manager, Rich Delmonte, who ran the count in 2012.', quote: 'We are treating', speaker: 'Rich Delmonte' },
    { name: 'an aide to a person speaks for themself, not as that person (“an aide to Okafor said”)', text: 'Sen. Ruth Okafor missed the vote.\n\nAn aide to Okafor said she was “livid.”', quote: 'livid', speaker: 'aide to Okafor', mention: 'An aide to Okafor' },
    { name: '… as does “a source close to the Chancellor”', text: 'A source close to the Chancellor said: “He is not happy.”', quote: 'He is not', speaker: 'source close to the Chancellor' },
    { name: '… while a spokeswoman for an organisation speaks for it', text: 'A spokeswoman for the Harbour Trust said the talks were “productive.”', quote: 'productive', speaker: 'Harbour Trust' },
    { name: '… and the person the appositive describes is still the speaker (“Brian Fallon, a spokesman for Mrs. Clinton, called …”)', text: 'Ian Ruiz, a spokesman for Mayor Ruth Okafor, called the report “a fantasy.”', quote: 'a fantasy', speaker: 'Ian Ruiz' },
    { name: 'a nominal with “near” and “of” (“someone near the back of the theater shouted”)', text: 'At that, someone near the back of the theater shouted, “Answer the question!” Ruth Okafor asked the audience to hold its applause until the end.', quote: 'Answer the question', speaker: 'someone near the back of the theater', cue: 'shouted' },
    { name: 'a lower-case title with “of” before the name (“said master of ceremonies Asab Al-Tabchi”)', text: '“Thanks for welcoming them,” said master of ceremonies Tevita Fonua, a retired engineer.', quote: 'Thanks for', speaker: 'Tevita Fonua', mention: 'master of ceremonies Tevita Fonua' },
    { name: 'a committee, a “ranking” title, then the name', text: '“They are sore losers,” said Oversight ranking Democrat Ruth Okafor (D-Ore.).', quote: 'They are sore', speaker: 'Ruth Okafor' },
    { name: 'a description with a brand in it, then the name', text: '“Ferry cancelled again,” wrote another Facebook user, Tom Ellery. “Third time this week.”', quote: 'Ferry', speaker: 'Tom Ellery' },
    { name: '… and the quote after it', text: '“Ferry cancelled again,” wrote another Facebook user, Tom Ellery. “Third time this week.”', quote: 'Third time', speaker: 'Tom Ellery', rule: 'same-paragraph' },
    { name: 'a short quoted name inside the appositive', text: '“We have had better weeks,” harbour pilot Sam Okafor, wearing a cap and a “Save the Pier” badge, said quietly.', quote: 'We have had', speaker: 'Sam Okafor' },
    { name: 'after a question that ends the sentence, a long appositive', text: 'Volunteers Eva Marsh and Gloria Tran took the calls. “How are you today?” Marsh, a retired nurse from the county hospital, said into the phone.', quote: 'How are you', speaker: 'Eva Marsh' },
    { name: 'a person of an organisation of a place (“Shirvanian of the Armenian Patriarchate of Jerusalem told”)', text: 'However, as Father Anton Melik of the Holy Cross Brotherhood of Kirkwall told the Gazette, “The bells will ring again.”', quote: 'The bells', speaker: 'Anton Melik' },
    { name: 'a person from a town and state (“Baker of Columbia, South Carolina says”)', text: 'Maribel Ortiz of Lakeview, Oregon says the mill owes workers “a straight answer.”', quote: 'a straight', speaker: 'Maribel Ortiz', mention: 'Maribel Ortiz' },
    { name: 'a nationality before a noun describes it: “a Dutch user” is nominal, not a person called Dutch', text: '“Nobody asked the fishermen,” wrote a Dutch user from Leiden.', quote: 'Nobody', speaker: 'Dutch user from Leiden', mention: 'a Dutch user from Leiden' },
    { name: 'a relative clause after a nominal source is not part of it', text: '“The pier is finished,” said a senior official who was not authorised to speak publicly.', quote: 'The pier', speaker: 'senior official', mention: 'a senior official' },
    { name: 'a description, then “who in 2010 said”: the person described', text: 'Reyes has clashed with Tom Platt, now the harbour chairman, who in 2010 said the pier was “a lost cause.”', quote: 'a lost cause', speaker: 'Tom Platt', mention: 'Tom Platt' },
    { name: 'a party and state in parentheses with dotted initials does not end the sentence', text: 'In a statement released Thursday, Rep. Dana Okafor (D-N.Y.) reacted to the ruling, saying: “The pier belongs to the town.”', quote: 'The pier', speaker: 'Dana Okafor', cue: 'saying' },
    { name: '… and completes the name of a later bare surname', text: 'Sen. Dana Okafor (D-S.C.) spoke first. “The pier belongs to the town,” Okafor said.', quote: 'The pier', speaker: 'Dana Okafor' },
    { name: 'a description, then the name in apposition, opening the sentence of a participle', text: 'A spokesman for the mayor, Ian Ruiz, declined to comment beyond saying the plan was “under review.”', quote: 'under review', speaker: 'Ian Ruiz', cue: 'saying' },
    { name: 'a participle after a sentence opened by “And then”', text: 'And then Dana Reyes went on the attack, saying, “Nobody asked the fishermen.”', quote: 'Nobody asked', speaker: 'Dana Reyes', cue: 'saying' },
    {
      name: 'an appositive that never closes (“Sam Lau, the director for the Harbour Trust said”)',
      text: 'Leila Haddad, the communications director for the Northgate Harbour Trust said in a statement: “The survey is finished.”',
      quote: 'The survey',
      speaker: 'Leila Haddad',
    },
    {
      name: 'an appositive with “who is” that never closes (“Katie Packer, who is chairman of Our Principles PAC said”)',
      text: '“The pier deal is a scandal,” Leila Haddad, who is chairman of the Northgate Harbour Trust said in a statement.',
      quote: 'The pier deal',
      speaker: 'Leila Haddad',
    },
    {
      name: 'two titles joined by “and” before the name',
      text: '“The levee will hold,” said former Vermont Gov. and Harbor Commission Chairwoman Linda Marsh.',
      quote: 'The levee',
      speaker: 'Linda Marsh',
      mention: 'former Vermont Gov. and Harbor Commission Chairwoman Linda Marsh',
    },
  ]);
  test('a title with its state is a title, not a person (“the Vermont Gov.” is not a name)', () => {
    const { speakers } = attributeQuotes('“The levee will hold,” said former Vermont Gov. and Harbor Commission Chairwoman Linda Marsh.');
    expect(speakers.map((s) => s.name)).toEqual(['Linda Marsh']);
  });
});

describe('5. other reporting constructions', () => {
  check([
    { name: 'according to', text: 'The talks stalled over fishing rights, according to Lena Sorensen, “and nobody wanted to blink first.”', quote: 'and nobody', speaker: 'Lena Sorensen', rule: 'according-to', cue: 'according to' },
    { name: 'told Reuters', text: '“The deal is done,” Oskar Lind told Reuters.', quote: 'The deal', speaker: 'Oskar Lind', cue: 'told' },
    { name: 'said in an interview with', text: 'Oskar Lind said in an interview with the Ledger that the deal was “done and dusted.”', quote: 'done and', speaker: 'Oskar Lind' },
    { name: 'wrote', text: 'Oskar Lind wrote that the merger would “change the town forever.”', quote: 'change the town', speaker: 'Oskar Lind', cue: 'wrote' },
    { name: 'tweeted', text: 'Senator Maria Vance tweeted: “Vote no on the levy.”', quote: 'Vote no', speaker: 'Maria Vance', cue: 'tweeted' },
    { name: 'described … as', text: 'Oskar Lind described the meeting as “candid and long.”', quote: 'candid', speaker: 'Oskar Lind', rule: 'leading-cue' },
    { name: 'called it', text: 'Oskar Lind called it “the worst idea this council has had.”', quote: 'the worst', speaker: 'Oskar Lind' },
    { name: 'accused of', text: 'Oskar Lind accused the mayor of “running the town like a private club.”', quote: 'running the town', speaker: 'Oskar Lind' },
    { name: 'according to someone of an outlet', text: 'The survey stopped in March. According to Lena Sorensen of Harbour Watch, “the survey was never finished.”', quote: 'the survey', speaker: 'Lena Sorensen', rule: 'according-to' },
    { name: 'according to a newspaper', text: 'The ferry contract was signed in May. According to the Daily Ledger, “no other bid was considered.”', quote: 'no other bid', speaker: 'Daily Ledger', rule: 'according-to' },
  ]);
});

describe('according to, then the rest of the sentence', () => {
  check([
    { name: 'a nominal source, a comma, then a partial quote', text: 'According to two people familiar with the talks, the deal is “basically done.”', quote: 'basically done', speaker: 'two people', rule: 'according-to' },
    { name: 'a named source, a comma, then a partial quote', text: 'Ruth Okafor spoke on Monday. According to Okafor, the pier is “beyond repair.”', quote: 'beyond repair', speaker: 'Ruth Okafor', rule: 'according-to' },
    { name: 'not “according to” late in a sentence whose quote comes after another clause', text: 'The town received $1.1 million, according to council figures, much of it for what the mayor calls “the pier fund.”', quote: 'the pier fund', speaker: null },
  ]);
});

test('a number with a thousands separator stays whole in a mention (“a survey of 4,000 teachers”)', () => {
  const { quotes } = attributeQuotes('“Grades fell sharply,” according to a survey of 4,000 teachers in 12 states.');
  expect(quotes[0]!.mention!.text).toBe('a survey of 4,000 teachers in 12 states');
});

describe('passive reports', () => {
  test('the complement of an agentless passive (“is being criticized as ‘…’”) has no speaker, and an earlier cue is not its attribution', () => {
    const { quotes } = attributeQuotes('Thousands of voters were removed because they did not respond to letters from the county, in what is being criticized as a “use it or lose it” approach.');
    expect(quotes[0]).toMatchObject({ speaker: null, rule: 'none' });
  });
});

describe('verbs that report only next to a quote', () => {
  test('“press secretary” after a quote is a title, not a cue', () => {
    const { quotes } = attributeQuotes('“The budget is balanced,” White House press secretary Ann Crowe said on Monday.');
    expect(quotes[0]).toMatchObject({ speaker: 'Ann Crowe', cue: { text: 'said' } });
  });
  test('“… 2001.” Lind started a company: a new sentence, so not a cue for the quote before it', () => {
    const { quotes } = attributeQuotes('Oskar Lind runs the ferry. Harbour master Jo Pike said “the pier has been closed since 2001.” Lind started his own ferry company a year later.');
    expect(quotes[0]).toMatchObject({ speaker: 'Jo Pike', cue: { text: 'said' } });
  });
});

describe('6. reporting verbs, tenses and orders', () => {
  const verbs = ['says', 'noted', 'stated', 'explained', 'warned', 'insisted', 'argued', 'claimed', 'acknowledged', 'emphasized', 'emphasised', 'stressed', 'recalled', 'tweeted', 'posted', 'announced', 'declared', 'conceded', 'admitted', 'continued', 'replied', 'responded', 'urged'];
  const rows: Row[] = [];
  for (const verb of verbs) {
    rows.push({ name: `“…,” Lind ${verb}`, text: `Oskar Lind runs the ferry.\n\n“The boats are full,” Lind ${verb}.`, quote: 'The boats', speaker: 'Oskar Lind', cue: verb });
    rows.push({ name: `“…,” ${verb} Lind`, text: `Oskar Lind runs the ferry.\n\n“The boats are full,” ${verb} Lind.`, quote: 'The boats', speaker: 'Oskar Lind', cue: verb });
  }
  for (const verb of ['barked', 'started', 'offered', 'beamed']) rows.push({ name: `“…,” Lind ${verb}`, text: `Oskar Lind runs the ferry.\n\n“The boats are full,” Lind ${verb}.`, quote: 'The boats', speaker: 'Oskar Lind', cue: verb });
  rows.push(
    { name: 'Here’s X …:', text: 'The party has changed since then. Here’s Platt in December 1992: “Our new direction must rest on the harbour.”', quote: 'Our new direction', speaker: 'Platt', rule: 'leading-cue', mention: 'Platt', cue: 'Here’s' },
    { name: 'Here is X:', text: 'Oskar Lind runs the ferry. Here is Lind on the timetable: “The boats are full.”', quote: 'The boats', speaker: 'Oskar Lind', cue: 'Here is' },
  );
  rows.push(
    { name: 'pressed, after a question', text: 'Oskar Lind runs the ferry.\n\n“Would the boats run all winter?” Lind pressed.', quote: 'Would the boats', speaker: 'Oskar Lind', cue: 'pressed' },
    { name: 'exhorted', text: 'Oskar Lind runs the ferry.\n\n“Book early,” exhorted Lind.', quote: 'Book early', speaker: 'Oskar Lind', cue: 'exhorted' },
    { name: 'issued a statement', text: 'Oskar Lind runs the ferry. After the storm, Lind issued a statement, “The boats will run again on Monday.”', quote: 'The boats', speaker: 'Oskar Lind', cue: 'issued a statement' },
  );
  rows.push(
    { name: 'cracked, before the quote', text: 'Oskar Lind runs the ferry. During the debate, Lind cracked, “The boats are full, and so am I.”', quote: 'The boats', speaker: 'Oskar Lind', cue: 'cracked' },
    { name: 'an infinitive after a verb (“was prompted to say”)', text: 'Oskar Lind runs the ferry. The meeting was so calm that Lind was prompted to say, “The boats are full.”', quote: 'The boats', speaker: 'Oskar Lind', cue: 'say' },
    { name: '… but not after “refused to”', text: 'Oskar Lind runs the ferry. Lind refused to speculate on the timetable, which critics call “a fantasy.”', quote: 'a fantasy', speaker: null },
    { name: 'is quoted as saying, after the quote', text: 'Oskar Lind runs the ferry. “The boats are full,” Lind is quoted as saying.', quote: 'The boats', speaker: 'Oskar Lind', cue: 'is quoted as saying' },
    { name: 'was quoted by an outlet as saying: the one quoted, not the outlet', text: 'Foreign Minister Reza Kazemi was quoted by the IRNA news agency as saying Iran would “respond decisively.”', quote: 'respond', speaker: 'Reza Kazemi' },
    { name: '… and quoted in a newspaper', text: 'Élise Durand was quoted in Le Monde as saying the reform was “dead.”', quote: 'dead', speaker: 'Élise Durand' },
    { name: 'a one-word answer after “said,” (“shook her head and said, ‘No.’”)', text: 'Asked whether he would sell, Oskar Lind shook his head and said, “No.”', quote: 'No.', speaker: 'Oskar Lind', cue: 'said' },
  );
  rows.push({ name: 'hit back', text: 'Oskar Lind runs the ferry.\n\n“The boats are full,” Lind hit back.', quote: 'The boats', speaker: 'Oskar Lind', cue: 'hit back' });
  rows.push({ name: 'an adjective before the name (“an angry Lind retaliated”)', text: 'Oskar Lind runs the ferry.\n\n“The boats are full,” an angry Lind retaliated.', quote: 'The boats', speaker: 'Oskar Lind', cue: 'retaliated' });
  rows.push({ name: 'went on', text: 'Oskar Lind runs the ferry.\n\n“The boats are full,” Lind went on.', quote: 'The boats', speaker: 'Oskar Lind', cue: 'went on' });
  rows.push({ name: 'pointed out', text: 'Oskar Lind runs the ferry.\n\n“The boats are full,” Lind pointed out.', quote: 'The boats', speaker: 'Oskar Lind', cue: 'pointed out' });
  rows.push({ name: 'sniped that', text: 'Oskar Lind runs the ferry.\n\nLind sniped that the council was “learning on the job.”', quote: 'learning on', speaker: 'Oskar Lind', cue: 'sniped' });
  rows.push({ name: 'confided to', text: 'Oskar Lind runs the ferry.\n\nLind confided to a friend that the boats were “held together with tape.”', quote: 'held together', speaker: 'Oskar Lind', cue: 'confided' });
  rows.push({ name: 'will say (future)', text: 'Oskar Lind will say in his speech that the ferry is “the town’s lifeline.”', quote: 'the town', speaker: 'Oskar Lind' });
  check(rows);
});

describe('7. pronouns', () => {
  check([
    { name: 'he and she with two people', text: 'Tom Okafor and his sister Grace Okafor run the stall.\n\n“We open at six,” she said. “I bring the coffee,” he said.', quote: 'We open', speaker: 'Grace Okafor', mention: 'she' },
    { name: 'he with two people, second quote', text: 'Tom Okafor and his sister Grace Okafor run the stall.\n\n“We open at six,” she said. “I bring the coffee,” he said.', quote: 'I bring', speaker: 'Tom Okafor', mention: 'he' },
    { name: 'the person who just spoke', text: 'Mayor Ines Carvalho opened the meeting. Councillor Paul Adeyemi asked about the budget.\n\n“There is no money for it,” she said.', quote: 'There is no', speaker: 'Ines Carvalho' },
    { name: 'a name that qualifies a title (“Okafor campaign spokesman Tom Platt”) is not the he that follows', text: 'Daniel Okafor’s new plan for the harbour is vague, critics say. A document on the Okafor campaign’s website states that the ferry would be “kept under review.”\n\nOkafor campaign spokesman Tom Platt told the Gazette that Okafor’s plan would cover the ferry. However, he could not explain why the ferry is missing from the campaign’s website.\n\n“We do not have the details written down,” he said.', quote: 'We do not', speaker: 'Tom Platt', mention: 'he' },
    { name: 'the one a speaker reports about (“Okafor said Reyes had …”) is not the she who speaks next', text: 'Mayor Dana Reyes has run the port for a decade. Reyes oversaw the pier repairs, and Reyes signed the contract.\n\nCommissioner Ruth Okafor said Reyes had misled the board about the pier.\n\n“It is not the first time,” she said.', quote: 'It is not', speaker: 'Ruth Okafor', mention: 'she' },
    { name: 'a name only inside a quote is not the referent', text: 'Ruth Okafor runs the bakery.\n\n“I told Tom Baker the oven was broken,” she said. “He laughed,” she added.', quote: 'He laughed', speaker: 'Ruth Okafor' },
    {
      name: 'a new person introduced as the subject takes over from the last speaker',
      text: '“We will rebuild the pier,” Mayor Tom Platt said.\n\nJust a few months ago, Oakland developer David Okafor expressed doubts about the plan. “I kept telling myself it would not happen,” he told the Gazette.',
      quote: 'I kept telling',
      speaker: 'David Okafor',
      mention: 'he',
    },
    {
      name: '… also after a title in lower case (“harbour pilot David Okafor”)',
      text: '“We will rebuild the pier,” Mayor Tom Platt said.\n\nJust a few months ago, harbour pilot David Okafor expressed doubts about the plan. “I kept telling myself it would not happen,” he told the Gazette.',
      quote: 'I kept telling',
      speaker: 'David Okafor',
    },
    {
      name: 'the object of a preposition weighs less than a subject (“Okafor agreed with Platt … he wrote”)',
      text: '“The pier is finished,” Mayor Tom Platt concluded.\n\nDavid Okafor at the Harbour Gazette agreed with Platt about the pier. “If the goal was to save money, it failed,” he wrote.',
      quote: 'If the goal',
      speaker: 'David Okafor',
    },
    {
      name: '… but “with X — … — doing” makes X a subject',
      text: 'Economist Ruth Abara reviewed the plan.\n\nIt has become an issue in the race, with Mayor Joan Platt — who wants a new levy — attacking the plan. “The numbers do not add up,” she said in the first debate.',
      quote: 'The numbers',
      speaker: 'Joan Platt',
    },
    {
      name: 'a surname that is also a first name does not give its gender (“Farah Nadeem … Nadeem … she said”)',
      text: 'Farah Nadeem, a staff attorney at the Digital Rights Trust, called it “a wiretap.”\n\nIn an interview later, Nadeem said the problem was consent. “Nobody on the call agreed to it,” she said.',
      quote: 'Nobody on the call',
      speaker: 'Farah Nadeem',
      mention: 'she',
    },
    { name: 'they for an organisation', text: 'The Harbor Trust opposed the plan.\n\n“It is a waste of money,” they said.', quote: 'It is a waste', speaker: 'Harbor Trust' },
  ]);
  test('“I” and “we” inside a quote are not speakers', () => {
    const { quotes, speakers } = attributeQuotes('“I think we can win,” Maria Vance said.');
    expect(quotes[0]!.speaker).toBe('Maria Vance');
    expect(speakers.map((s) => s.name)).toEqual(['Maria Vance']);
  });
});

describe('8. continuation', () => {
  check([
    { name: 'a quote-only paragraph after the speaker’s paragraph', text: 'Ruth Okafor said the bakery would stay open.\n\n“We have never closed on a holiday and we will not start now.”', quote: 'We have never', speaker: 'Ruth Okafor', rule: 'paragraph-continuation' },
    { name: 'a further quote sentence in the paragraph', text: '“Bread is cheap,” Ruth Okafor said. “Butter is not.”', quote: 'Butter', speaker: 'Ruth Okafor', rule: 'same-paragraph' },
    { name: 'reported speech with the verb first at the end of a sentence (“…, noted NBC’s Dante Chinni.”) makes that person the last speaker', text: '“People know who she is,” said Sean Spicer, a party strategist.\n\nStill, debates are not likely to alter the race, noted the Gazette’s Daniel Chinn.\n\n“Considering the stakes, one might expect them to matter more,” he wrote.', quote: 'Considering', speaker: 'Daniel Chinn', mention: 'he' },
    { name: 'a further quote followed by a relative clause on its last words (“… through California,” which votes in June.)', text: '“The race keeps its shape,” said Tad Devlin, a campaign adviser. “We could win enough delegates all the way through California,” which votes in June.', quote: 'We could win', speaker: 'Tad Devlin', rule: 'same-paragraph' },
    { name: 'a clause that sets the scene (“as the crowd roared”) does not take the paragraph over', text: '“He is always calling me names,” Ruth Okafor said on Sunday as the crowd roared.\n\n“Which is why I stopped listening.”', quote: 'Which is why', speaker: 'Ruth Okafor', rule: 'paragraph-continuation' },
    { name: '… even when the next speaker’s “X said:” follows it', text: '“Bread is cheap,” Ruth Okafor said. “Butter is not.” Emeka Okafor said: “Flour is worse.”', quote: 'Butter', speaker: 'Ruth Okafor', rule: 'same-paragraph' },
    { name: '… and “X said:” still opens the quote after it', text: '“Bread is cheap,” Ruth Okafor said. “Butter is not.” Tom Bell said: “Flour is worse.”', quote: 'Flour', speaker: 'Tom Bell', rule: 'leading-cue' },
    { name: '“He added:” after a closed quote says he spoke it too', text: 'Tom Bell runs the mill.\n\n“The flour is milled here.” He added: “We ship it on Mondays.”', quote: 'The flour', speaker: 'Tom Bell', rule: 'trailing-cue' },
    { name: 'a multi-paragraph quote', text: 'Ruth Okafor said:\n\n“We started with one oven.\n\n“Now we have six.”', quote: 'Now we have', speaker: 'Ruth Okafor', rule: 'multi-paragraph' },
    {
      name: 'a multi-paragraph quote attributed in its last part overrides a guess for its first part',
      text: '“Bread is cheap,” Ruth Okafor said. “Flour is not, and it will only get worse.\n\n“We have raised prices twice this year,” added Tom Platt, who runs the mill.',
      quote: 'Flour is not',
      speaker: 'Tom Platt',
      rule: 'multi-paragraph',
    },
    {
      name: '… and so does a guess for the first of three parts',
      text: 'Harbour master Dana Reyes said the pier was safe.\n\n“The storm is moving north. We expect it to pass by noon.\n\n“Crews are ready at both ends of the harbour.\n\n“Nobody should take a boat out today,” said Sam Okafor, the coastguard’s duty officer.',
      quote: 'The storm is',
      speaker: 'Sam Okafor',
      rule: 'multi-paragraph',
    },
    {
      name: 'a relative clause with a reporting verb after the speaker (“who has advised the council”) does not take the paragraph over',
      text: '“Rents will keep rising,” said Marta Kowalczyk, an economist at the Tidewater Institute who has advised the Harbour Council. “Nobody is building.”',
      quote: 'Nobody is building',
      speaker: 'Marta Kowalczyk',
      rule: 'same-paragraph',
    },
    {
      name: 'a name then “of” a place stays a person: “Representative Ann T. King of Ohio”',
      text: '“We need the money,” said Representative Ann T. King of Ohio, who backs the bill. “And we need it now.”',
      quote: 'And we need',
      speaker: 'Ann T. King',
    },
    {
      name: 'a noun that looks like a cue in a relative clause (“the mayor’s Facebook posts”) does not take the paragraph over',
      text: '“Bread is cheap,” said Ruth Okafor, who has been the target of Mayor Dale Fenwick’s Facebook posts. “Butter is not.”',
      quote: 'Butter',
      speaker: 'Ruth Okafor',
      rule: 'same-paragraph',
    },
  ]);
  test('a plural possessive inside a name still lets the verb report: “the Students’ Union calls …”', () => {
    const { quotes } = attributeQuotes('The Harwell Students’ Union calls the new fee “a tax on being skint”.');
    expect(quotes[0]).toMatchObject({ speaker: 'Harwell Students’ Union', rule: 'leading-cue', cue: { text: 'calls the new fee' } });
  });
  test('a noun after an article and a name is not a cue (“a Facebook comment”, “after the Harbour attacks,”)', () => {
    const one = attributeQuotes('Mayor Dale Fenwick later posted a Facebook comment of his own, saying, “The ferry stays.”');
    expect(one.quotes[0]).toMatchObject({ speaker: 'Dale Fenwick', cue: { text: 'saying' } });
    const two = attributeQuotes('After the Brenton attacks, Senator Ruth Okafor released a new radio ad calling it “reckless” to wait.');
    expect(two.quotes[0]).toMatchObject({ speaker: 'Ruth Okafor' });
  });
  test('a party or nationality adjective before a cue-like noun makes it a noun (“Republican claims of …”)', () => {
    const { quotes } = attributeQuotes('The audit was meant to settle Republican claims of “systematic fraud” in the county.');
    expect(quotes[0]).toMatchObject({ speaker: null });
  });
  test('“states” after an adjective is the noun (“swing states whose votes count”, “many Asian states”)', () => {
    const { quotes } = attributeQuotes('Its influence has provoked mixed feelings in many Asian states, and it has used “velvet gloves” there.');
    expect(quotes[0]!.speaker).toBeNull();
  });
  test('a number before a name makes a cue-like word a noun (“22 Okafor emails”)', () => {
    const { quotes } = attributeQuotes('The council has classified 22 Okafor emails as “confidential” and will not release them.');
    expect(quotes[0]!.speaker).toBeNull();
  });
  test('“went on” reports only beside a quote, “to say” or “about” (not “once the council goes on recess”)', () => {
    const one = attributeQuotes('Councillor Ruth Okafor said that once the council goes on recess, “I intend to knock on every door.”');
    expect(one.quotes[0]).toMatchObject({ speaker: 'Ruth Okafor', cue: { text: 'said' } });
    const two = attributeQuotes('Ruth Okafor spoke for an hour. Okafor went on to say the ferry was “a lifeline.”');
    expect(two.quotes[0]!.speaker).toBe('Ruth Okafor');
  });
  test('the head of an appositive is not the object inside a relative clause (“West, who worked for Sen. Lamar Alexander (R-Tenn.), … called it”)', () => {
    const { quotes } = attributeQuotes('Marty Westby, a professor who previously worked for Sen. Ruth Okafor (D-Ore.), one of the bill’s architects, called it “a significant development.”');
    expect(quotes[0]!.speaker).toBe('Marty Westby');
  });
  test('… but after “the” and a name, the same word is a verb when it takes an object (“the White House calls it”)', () => {
    const { quotes } = attributeQuotes('The Harbour Trust calls the plan “a gift to developers”.');
    expect(quotes[0]).toMatchObject({ speaker: 'Harbour Trust', rule: 'leading-cue' });
  });
  test('speech in a clause that only sets the scene (“after de Vries stated …”) does not take the paragraph over', () => {
    const { quotes } = attributeQuotes('“We have no basis to end the lease,” Ron Okafor told the Gazette in July, after de Vries stated an interest in ending it. “The contract is binding.”');
    expect(quotes.map((q) => q.speaker)).toEqual(['Ron Okafor', 'Ron Okafor']);
  });
  test('a section heading in single quotes, in an article that quotes in double quotes, is not a continuation', () => {
    const text = '“We open at six,” Ruth Okafor said. “We close when the bread runs out.”\n\n“It has always been that way,” she added.\n\n‘A really tough decision.’\n\nLast spring the bakery nearly closed.';
    const { quotes } = attributeQuotes(text);
    expect(quotes.find((q) => q.text.startsWith('A really'))).toMatchObject({ speaker: null, rule: 'none' });
  });
  test('… while in British style the same paragraph continues the speaker', () => {
    const text = '‘We open at six,’ Ruth Okafor said.\n\n‘It has always been that way.’';
    expect(attributeQuotes(text).quotes[1]).toMatchObject({ speaker: 'Ruth Okafor', rule: 'paragraph-continuation' });
  });
  test('a name inside a description is not a new subject (“a senior Okafor advise who …”, with the typo)', () => {
    const { quotes } = attributeQuotes('“This is a long play,” said Alan Cobb, a senior Okafor advise who spent the weekend at the convention. “This is a three-month process.”');
    expect(quotes.map((q) => q.speaker)).toEqual(['Alan Cobb', 'Alan Cobb']);
  });
  test('no continuation into a paragraph about something else', () => {
    const { quotes } = attributeQuotes('Ruth Okafor said the bakery would stay open.\n\nThe city sent inspectors in May.\n\nIts report called the ovens “a hazard.”');
    expect(quotes[0]!.speaker).toBeNull();
  });
});

describe('9. organisations and places as speakers', () => {
  check([
    { name: 'the State Department', text: '“We are aware of the reports,” the State Department said.', quote: 'We are aware', speaker: 'State Department' },
    { name: 'the White House', text: 'The White House said the meeting was “productive.”', quote: 'productive', speaker: 'White House' },
    { name: 'a stock symbol in parentheses is the company, and “It stated” is the company', text: 'Harrow Mills Inc. (NYSE: HRW), the maker of oat cereals, on Thursday reported higher sales.\n\nThe company said it now expects higher earnings. It stated in the release that it “continues to expect modest growth.”', quote: 'continues', speaker: 'Harrow Mills Inc.', mention: 'It' },
    { name: 'a one-word firm that spoke, then “the company”, then “it”', text: 'Lockerly, the parcel-locker firm used by dozens of campuses, said Monday that hackers had reached customer names.\n\nThe company disclosed the breach on Sunday, weeks after it said it first saw “unusual activity” on one of its systems.', quote: 'unusual activity', speaker: 'Lockerly', mention: 'it' },
    { name: 'a capital', text: 'Beijing said the sanctions were “a grave mistake.”', quote: 'a grave', speaker: 'Beijing' },
    { name: 'the campaign', text: 'Maria Vance is running for the Senate.\n\n“We raised more than anyone,” the Vance campaign said.', quote: 'We raised', speaker: 'Vance campaign' },
    { name: 'a wire agency', text: 'Reuters reported that the deal was “close to done.”', quote: 'close to done', speaker: 'Reuters' },
    { name: 'the company stands for the company named before', text: 'Brightwell Foods Inc. raised its forecast.\n\n“Demand stayed strong,” the company said.', quote: 'Demand', speaker: 'Brightwell Foods Inc.' },
    { name: '… and so do the airline, the carmaker and the utility', text: 'Dunmore Airlines cancelled 200 flights.\n\n“We apologise to customers,” the airline said.', quote: 'We apologise', speaker: 'Dunmore Airlines', mention: 'the airline' },
    { name: '… the carmaker', text: 'Veltra Motors recalled 40,000 cars.\n\n“Safety comes first,” the carmaker said.', quote: 'Safety', speaker: 'Veltra Motors', mention: 'the carmaker' },
    { name: '… the utility', text: 'Northern Power cut 300 jobs.\n\n“It was a hard decision,” the utility said in a statement.', quote: 'It was a hard', speaker: 'Northern Power', mention: 'the utility' },
    {
      name: '“the company” after a one-word company that has spoken (“Lumenfold said … the company said”)',
      text: 'Farah Nadeem, a lawyer at the Digital Rights Trust, called the tool “a wiretap.”\n\nQuillbyte said in a statement that the assistant announces itself. “Privacy is a design requirement for us,” the company said.',
      quote: 'Privacy is',
      speaker: 'Quillbyte',
      mention: 'the company',
    },
    { name: 'an organisation named “X of Y”', text: 'The Riverton Chamber of Commerce said in a statement that the plan would “connect workers with jobs.”', quote: 'connect workers', speaker: 'Riverton Chamber of Commerce' },
    { name: 'a university', text: 'The University of Michigan said the study was “preliminary.”', quote: 'preliminary', speaker: 'University of Michigan' },
    { name: 'an organisation named “X on Y”', text: 'The Commission on Harbour Safety said the pier was “unsafe for now.”', quote: 'unsafe', speaker: 'Commission on Harbour Safety' },
    { name: 'an organisation named “X for Y and Z”', text: 'The Institute for Coastal and Marine Studies said the tide data were “alarming.”', quote: 'alarming', speaker: 'Institute for Coastal and Marine Studies' },
    { name: '… with one “and” inside it, not a second (“… of Pilots and Navigators and Harbour Watch”)', text: 'The Society of Pilots and Navigators and Harbour Watch said the pier was “closed.”', quote: 'closed', speaker: 'Society of Pilots and Navigators' },
  ]);
});

describe('one organisation under the names it goes by', () => {
  test('with and without “the” and a corporate suffix, the names are one speaker', () => {
    const { quotes, speakers } = attributeQuotes(
      'Brightwell Foods Inc. raised its forecast on Monday.\n\n“Demand stayed strong,” Brightwell Foods said in a statement.\n\n“We expect more of the same,” the Brightwell Foods Co. said.',
    );
    expect(speakers.map((s) => s.name)).toEqual(['Brightwell Foods Inc.']);
    expect(quotes.map((q) => q.speakerId)).toEqual([0, 0]);
  });
  test('an acronym and its possessive are one organisation (CNN’s ratings … CNN said)', () => {
    const text = 'CNN’s ratings rose in March.\n\n“We stand by the story,” CNN said.';
    const { speakers } = attributeQuotes(text);
    expect(speakers.map((s) => [s.name, s.mentions.map((m) => m.start)])).toEqual([['CNN', [0, text.lastIndexOf('CNN')]]]);
  });
  test.each([
    ['the suffixed name first', 'Harrow Mills Ltd. will close its Leeds plant.\n\n“We regret the decision,” Harrow Mills said.', 'Harrow Mills Ltd.'],
    ['the bare name first', '“We regret the decision,” Harrow Mills said on Monday.\n\nHarrow Mills Ltd. will close its Leeds plant.', 'Harrow Mills Ltd.'],
    ['a one-word company', 'Quillon Inc. reported record revenue.\n\n“Demand was strong,” Quillon said.', 'Quillon Inc.'],
  ])('a company’s name without its suffix is the company, even when it reads as a person’s (%s)', (_, text, name) => {
    const { quotes, speakers } = attributeQuotes(text);
    expect(speakers.map((s) => [s.name, s.kind, s.mentions.length])).toEqual([[name, 'organization', 2]]);
    expect(quotes[0]!.speakerId).toBe(0);
  });
  test('a person who shares a word with a company is not the company', () => {
    const { quotes, speakers } = attributeQuotes('Harrow Mills Ltd. will close its Leeds plant.\n\n“It is a sad day,” said Dana Mills, a shift manager.');
    expect(quotes[0]!.speaker).toBe('Dana Mills');
    expect(speakers.map((s) => [s.name, s.kind])).toEqual([['Dana Mills', 'person']]);
  });
  test('a name that shares only its first word is another organisation', () => {
    const { quotes } = attributeQuotes('Brightwell Foods Inc. raised its forecast.\n\n“Rates will fall,” Brightwell Bank Ltd. said.');
    expect(quotes[0]!.speaker).toBe('Brightwell Bank Ltd.');
  });
});

describe('a plural source that opens its sentence (Police said)', () => {
  check([
    { name: 'police', text: 'Police said the suspect was “armed and dangerous.”', quote: 'armed', speaker: 'police', mention: 'Police', rule: 'leading-cue' },
    { name: 'officials, in the present tense', text: 'Officials say the bridge will stay shut “until further notice.”', quote: 'until further', speaker: 'officials', mention: 'Officials' },
    { name: 'the same source as in lower case', text: 'The police said the suspect was “armed.”', quote: 'armed', speaker: 'police' },
    {
      name: 'the paragraph after goes on with them, not with the speaker before',
      text: '“It was a disgrace,” Santander said.\n\nPolice said fans had thrown flares onto the pitch.\n\n“Several officers were hurt.”',
      quote: 'Several officers',
      speaker: 'police',
      rule: 'paragraph-continuation',
    },
    { name: 'a capitalised word that is no source noun stays nobody', text: 'Weather said it all on Sunday: “rain again.”', quote: 'rain again', speaker: null },
  ]);
});

describe('a person named with a description around them', () => {
  check([
    { name: 'a person “of” a lower-case organisation is the person', text: 'Hannah Vogt of the central bank said the data were “a shock.”', quote: 'a shock', speaker: 'Hannah Vogt', mention: 'Hannah Vogt' },
    { name: '… and one “at” it', text: 'Maria Lopez at the food bank said demand was “overwhelming.”', quote: 'overwhelming', speaker: 'Maria Lopez' },
    { name: 'a person and a description of others: the person speaks for them', text: 'Pedro Almeida and his wife said the flood was “terrifying.”', quote: 'terrifying', speaker: 'Pedro Almeida' },
    { name: '… “and colleagues”', text: 'Ingrid Solberg and colleagues wrote that the results were “robust.”', quote: 'robust', speaker: 'Ingrid Solberg' },
    { name: 'a description with its own preposition stays the source', text: 'A spokesman for the agency said the review was “routine.”', quote: 'routine', speaker: 'spokesman for the agency' },
    { name: 'a family speaks (an obituary)', text: 'Ruth Okafor died on Sunday at 91.\n\n“She was the heart of this town,” her family said in a statement.', quote: 'She was', speaker: 'her family', mention: 'her family' },
    { name: '… and the family of someone', text: '“We are heartbroken,” said the family of the victim.', quote: 'We are', speaker: 'family of the victim' },
  ]);
});

describe('a participle after the clause of its subject (“…, saying …”)', () => {
  check([
    { name: 'after a verb of no -ed form (“quit”)', text: 'Rafael Morais quit the job, saying the decision was “the right one.”', quote: 'the right one', speaker: 'Rafael Morais', cue: 'saying' },
    { name: 'after “withdrew”', text: 'Anouk Verhaegen withdrew from the tournament, posting on Instagram: “My body needs a break.”', quote: 'My body', speaker: 'Anouk Verhaegen' },
    { name: 'an organisation named by its kind', text: 'The council rejected the application, saying it would “harm the character of the village.”', quote: 'harm the', speaker: 'council', mention: 'The council' },
    { name: '… which is the one named before', text: 'Pell Rovers lost again.\n\nThe club sacked its manager on Monday, saying results had been “unacceptable.”', quote: 'unacceptable', speaker: 'Pell Rovers', mention: 'The club' },
    { name: 'an unnamed source before “declined to comment but said”', text: 'A Nimbus spokesperson declined to comment on the lawsuit but said the company “stands by its products.”', quote: 'stands by', speaker: 'Nimbus spokesperson', mention: 'A Nimbus spokesperson' },
    { name: '… a spokesperson for an organisation speaks for it', text: 'A spokesperson for Quellon Motors declined to comment on the recall but said the company was “cooperating fully.”', quote: 'cooperating', speaker: 'Quellon Motors' },
    { name: '… but a memo is no one', text: 'A campaign memo released on Monday night stated that the loss was “long expected.”', quote: 'long expected', speaker: null },
  ]);
});

describe('a name, “on” and a topic, then a colon (“Santander on the referee:”)', () => {
  check([
    { name: 'a surname', text: 'Santander on the referee: “He had a shocker.”', quote: 'He had', speaker: 'Santander', mention: 'Santander' },
    { name: 'with a title, and again further on', text: 'Coach Dana Santander on her team’s form: “We are in a good place.” Santander on the fans: “They were superb.”', quote: 'They were', speaker: 'Dana Santander', mention: 'Santander' },
    { name: 'not a title-case headline (“On” in capitals)', text: 'Harbour Chief On The Storm: ‘We Are Ready For The Worst’', quote: 'We Are', speaker: null },
  ]);
});

describe('titles and unnamed people', () => {
  check([
    { name: '“CEO of Arkwell” set off after a name is her title, not a person called Arkwell', text: 'Jane Poole, CEO of Arkwell, said the deal was “a big step.”', quote: 'a big step', speaker: 'Jane Poole', mention: 'Jane Poole' },
    { name: '… also after the quote', text: '“It is a big step,” Jane Poole, President of Arkwell, said.', quote: 'It is a big', speaker: 'Jane Poole' },
    { name: 'two lower-case titles joined by “and”', text: '“We have to be better,” said chairman and chief executive Roy Adler.', quote: 'We have to', speaker: 'Roy Adler', mention: 'chairman and chief executive Roy Adler' },
    { name: 'British titles without a period (Det Insp, Cllr, Supt) stay out of the name', text: 'Det Insp Gareth Moss said: ‘We are appealing for witnesses.’', quote: 'We are appealing', speaker: 'Gareth Moss', mention: 'Det Insp Gareth Moss' },
    { name: '… and the name joins “Mr Moss” later', text: 'Det Insp Gareth Moss said: ‘We are appealing for witnesses.’ Mr Moss added: ‘Call us.’', quote: 'Call us', speaker: 'Gareth Moss', mention: 'Mr Moss' },
    { name: 'an unnamed commuter', text: '“It hurts,” said a commuter.', quote: 'It hurts', speaker: 'commuter', mention: 'a commuter' },
    { name: 'a 12-year-old girl', text: '“I was terrified,” a 12-year-old girl told reporters.', quote: 'I was terrified', speaker: '12-year-old girl' },
    { name: 'one mother', text: 'One mother said the school was “failing our kids.”', quote: 'failing', speaker: 'one mother' },
  ]);
});

describe('a ruling reports what a court or judge said', () => {
  check([
    { name: '“ruled that”', text: 'The court ruled that the search was “unlawful.”', quote: 'unlawful', speaker: 'court', cue: 'ruled' },
    { name: 'a judge by name', text: 'Judge Amara Okoye ruled that the law was “plainly unconstitutional.”', quote: 'plainly', speaker: 'Amara Okoye' },
    { name: 'after the quote', text: '“The search was unlawful,” the judge ruled.', quote: 'The search', speaker: 'judge' },
    { name: '“ruled out” is no ruling (the participle after it is the cue)', text: 'Okafor ruled out a deal, calling it “impossible.”', quote: 'impossible', speaker: 'Okafor', cue: 'calling it' },
  ]);
});

describe('appositives around a name', () => {
  check([
    { name: 'a party and state set off after a lawmaker is no one (“Sen. Ruth Okafor, D-Ohio, said”)', text: 'Sen. Ruth Okafor, D-Ohio, said the bill was “dead on arrival.”', quote: 'dead on', speaker: 'Ruth Okafor', mention: 'Sen. Ruth Okafor' },
    { name: '… nor with periods (“R-Pa.”)', text: 'Rep. Tom Bell, R-Pa., said the vote was “a disgrace.”', quote: 'a disgrace', speaker: 'Tom Bell' },
    { name: 'an organisation described, then its name set off (“The U.N. refugee agency, UNHCR, said”)', text: 'The U.N. refugee agency, UNHCR, said the number of displaced people had reached “a staggering new high.”', quote: 'a staggering', speaker: 'UNHCR', mention: 'UNHCR' },
  ]);
});

describe('an organisation whose name holds “and”', () => {
  check([
    { name: 'Food and Drug Administration, then “the agency”', text: 'The Food and Drug Administration said the recall was “a precaution.” The agency said it had “no reports of illness.”', quote: 'no reports', speaker: 'Food and Drug Administration', mention: 'The agency' },
    { name: 'after “for”: Centers for Disease Control and Prevention', text: 'The Centers for Disease Control and Prevention said the risk was “low.”', quote: 'low', speaker: 'Centers for Disease Control and Prevention' },
    { name: 'two words before “and”: National Oceanic and Atmospheric Administration', text: 'The National Oceanic and Atmospheric Administration said the storm would be “historic.”', quote: 'historic', speaker: 'National Oceanic and Atmospheric Administration' },
    { name: 'with a corporate suffix: Harlow and Finch Ltd.', text: 'Harlow and Finch Ltd. said the merger was “good news.”', quote: 'good news', speaker: 'Harlow and Finch Ltd.' },
    { name: 'not two organisations named together (the first speaks)', text: 'NBC News and The Wall Street Journal reported the plan was “dead.”', quote: 'dead', speaker: 'NBC News' },
    { name: 'not after an acronym (the first speaks)', text: 'The FBI and Justice Department said the review was “routine.”', quote: 'routine', speaker: 'FBI' },
  ]);
});

describe('names joined by an ampersand are a firm', () => {
  check([
    { name: 'after the quote', text: '“We will appeal the ruling,” Hollis & Crane said in a statement.', quote: 'We will appeal', speaker: 'Hollis & Crane', mention: 'Hollis & Crane' },
    { name: '“the company” is the firm named last', text: 'Pell & Varga raised its prices again.\n\n“Costs keep rising,” the company said.', quote: 'Costs keep', speaker: 'Pell & Varga', mention: 'the company' },
    { name: 'with a corporate suffix and without it, one firm', text: 'Pell & Varga Co. lost the bid.\n\n“We will appeal,” Pell & Varga said.', quote: 'We will appeal', speaker: 'Pell & Varga Co.' },
    { name: 'its chief executive speaks for herself', text: '“We are not for sale,” said Dana Reyes, the chief executive of Hollis & Crane.', quote: 'We are not', speaker: 'Dana Reyes' },
  ]);
  test('the firm is an organisation, not a person named by its last word', () => {
    const { speakers } = attributeQuotes('“We will appeal the ruling,” Hollis & Crane said.');
    expect(speakers.map((s) => [s.name, s.kind])).toEqual([['Hollis & Crane', 'organization']]);
  });
});

describe('a name that ends in ’s speaks (McDonald’s said)', () => {
  check([
    { name: 'after the quote', text: 'Breakfast sales fell for a third quarter.\n\n“We are listening to our customers,” Gallagher’s said in a statement.', quote: 'We are listening', speaker: 'Gallagher’s', mention: 'Gallagher’s', cue: 'said' },
    { name: 'with an adverb before the verb', text: 'Ratings were cut across the sector.\n\n“The outlook is negative,” Pruett’s also said.', quote: 'The outlook', speaker: 'Pruett’s', mention: 'Pruett’s' },
    { name: 'before the quote, with “told”', text: 'Hallam’s told investors on Tuesday: “We will close 40 stores.”', quote: 'We will close', speaker: 'Hallam’s', rule: 'leading-cue' },
    { name: 'a name the article also gives without ’s has “has” run into it', text: 'Sen. Ruth Okafor spoke on Monday.\n\nOkafor’s said before that the system was “rigged beyond repair.”', quote: 'rigged', speaker: 'Ruth Okafor', mention: 'Okafor’s' },
    { name: '“It’s said” names nobody', text: 'It’s said that “nobody leaves early.”', quote: 'nobody', speaker: null },
    { name: 'a bare apostrophe is no name of its own (“Hargreaves’ also said”)', text: '“We will appeal,” Hargreaves’ also said.', quote: 'We will appeal', speaker: null },
    { name: 'a possessive before a noun in -ly is not the subject (“Okafor’s family has called”)', text: 'Sen. Ruth Okafor died in March. Okafor’s family has called on the city to release “the full tape.”', quote: 'the full tape', speaker: null },
    { name: 'a possessive before a verb that may be an adjective is not the subject (“Okafor’s repeated calls”)', text: 'Sen. Ruth Okafor spoke again. Reyes decried Okafor’s repeated calls for “a full audit.”', quote: 'a full audit', speaker: 'Reyes' },
  ]);
  test('the speaker is an organisation named with its ’s, and its spokeswoman is someone else', () => {
    const { speakers } = attributeQuotes('Gallagher’s says its cereal is “better than ever.” Gallagher’s spokeswoman Ana Ruiz said: “We stand by it.”');
    expect(speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Gallagher’s', 'organization'],
      ['Ana Ruiz', 'person'],
    ]);
  });
});

describe('speakers carry the titles the article gives them', () => {
  test('from a mention that attributed no quote', () => {
    const { speakers } = attributeQuotes('The pier will stay shut, said Port Authority director Dana Reyes.\n\n“We will not reopen it,” Reyes said.');
    expect(speakers.map((s) => [s.name, s.titles])).toEqual([['Dana Reyes', ['Port Authority director']]]);
  });
  test('a definite role that called something a name', () => {
    const { quotes } = attributeQuotes('The mayor called the delay “a disgrace.”');
    expect([quotes[0]!.speaker, quotes[0]!.rule]).toEqual(['mayor', 'leading-cue']);
  });
});

describe('a role with a name or place in front of it', () => {
  check([
    {
      name: '“the Oregon senator” is the senator whose title names Oregon, not the senator named last',
      text: 'Oregon Sen. Ruth Okafor toured the mill with Sen. Dana Reyes, R-Idaho. The Oregon senator told reporters the mill was “not finished yet.”',
      quote: 'not finished',
      speaker: 'Ruth Okafor',
      mention: 'The Oregon senator',
    },
    { name: '“said a senior Okafor adviser” is an adviser, not Okafor', text: 'Sen. Ruth Okafor toured the mill.\n\n“She will not back down,” said a senior Okafor adviser.', quote: 'She will not', speaker: 'senior Okafor adviser', mention: 'a senior Okafor adviser' },
    { name: 'a possessive before a noun is not the speaker (“said Okafor’s introducer”)', text: 'Sen. Ruth Okafor arrived late.\n\n“It is about time,” said Okafor’s introducer.', quote: 'It is about', speaker: null },
    { name: '… unless the noun is a writing of theirs (“according to Okafor’s memoir”)', text: 'Sen. Ruth Okafor left the party in 2009. She later called the split “a root canal,” according to Okafor’s memoir.', quote: 'a root canal', speaker: 'Ruth Okafor', rule: 'according-to' },
    { name: 'a party, a title and the name open the sentence (“Republican presidential candidate Donald Trump took to Twitter, writing:”)', text: 'Democratic mayoral candidate Ruth Okafor quickly took to Twitter, writing: “Another storm, another closure.”', quote: 'Another storm', speaker: 'Ruth Okafor', cue: 'writing' },
    { name: '… but “said Okafor aide Tom Platt” is Tom Platt', text: 'Sen. Ruth Okafor toured the mill.\n\n“She will not back down,” said Okafor aide Tom Platt.', quote: 'She will not', speaker: 'Tom Platt' },
  ]);
});

describe('transcripts', () => {
  const TRANSCRIPT = 'Chris Wallace interviewed Gov. Mike Pence on Sunday. A partial transcript follows.\n\n“PENCE: We are going to win Ohio.\n\n“(CROSSTALK.)\n\n“WALLACE: If I may, sir, we have limited time.\n\n“PENCE: Go ahead.”';
  test('a speaker label at the start of a part names its speaker', () => {
    const { quotes } = attributeQuotes(TRANSCRIPT);
    const byText = (start: string) => quotes.find((q) => q.text.startsWith(start));
    expect(byText('PENCE: We are')).toMatchObject({ speaker: 'Mike Pence', rule: 'speaker-label' });
    expect(byText('WALLACE: If I may')).toMatchObject({ speaker: 'Chris Wallace', rule: 'speaker-label' });
  });
  test('a stage direction in brackets is nobody’s words, and inherits no speaker', () => {
    const { quotes } = attributeQuotes(TRANSCRIPT);
    expect(quotes.find((q) => q.text.startsWith('(CROSSTALK'))).toMatchObject({ speaker: null, rule: 'none' });
  });
});

describe('10. canonical names', () => {
  test('every mention of one person is one speaker named by the fullest form', () => {
    const text = 'Secretary of State Antony Blinken arrived in Warsaw.\n\n“We are here to listen,” Blinken said.\n\n“And to help,” Secretary Blinken added.\n\n“That is all,” Mr. Blinken said.';
    const { quotes, speakers } = attributeQuotes(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Antony Blinken', 'Antony Blinken', 'Antony Blinken']);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]!.kind).toBe('person');
    expect(speakers[0]!.mentions.map((m) => m.text)).toEqual(['Secretary of State Antony Blinken', 'Blinken', 'Secretary Blinken', 'Mr. Blinken']);
  });
  test('two people who share a surname stay apart', () => {
    const text = 'Hugo Brandl, 58, has worked at the plant since 1989. His son, Kevin Brandl, 27, works in the paint shop.\n\n“I survived one closure already,” the elder Brandl said.\n\n“I just bought a house,” Kevin Brandl said.';
    const { quotes } = attributeQuotes(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Hugo Brandl', 'Kevin Brandl']);
  });
  test('a family of eleven who share a surname: each full name stays with its own person, in any order', () => {
    // (past eight people of one surname, the entity builder remembers which one each full name joined)
    const firsts = ['Grace', 'Tom', 'Amara', 'Kevin', 'Ruth', 'Dana', 'Hugo', 'Marisol', 'Sam', 'Ian', 'Wendy'];
    const intro = firsts.map((f, i) => `${f} Okafor, ${30 + i}, runs stall ${i + 1} at the market.`).join(' ');
    const order = [3, 7, 0, 10, 5, 1, 9, 2, 8, 4, 6, 7, 3];
    const body = order.map((i) => `“Stall ${i + 1} stays open,” ${firsts[i]!} Okafor said.`).join('\n\n');
    const { quotes, speakers } = attributeQuotes(`${intro}\n\n${body}\n\n“So do we all,” Okafor said.`);
    expect(quotes.map((q) => q.speaker)).toEqual([...order.map((i) => `${firsts[i]!} Okafor`), 'Kevin Okafor']);
    expect(speakers).toHaveLength(firsts.length);
  });
  test('in a family of eleven, a middle name and an initial still find their person', () => {
    // (a large group passes over the people whose names cannot match by a bit per word: not those two)
    const firsts = ['Grace', 'Tom', 'Amara', 'Kevin', 'Ruth', 'Dana', 'Hugo', 'Marisol', 'Sam', 'Ian', 'Wendy'];
    const intro = firsts.map((f, i) => `${f} Okafor, ${30 + i}, runs stall ${i + 1} at the market.`).join(' ');
    const body = '“Stall four stays open,” Kevin James Okafor said.\n\n“So does stall two,” T. Okafor said.\n\n“And stall eight,” Marisol Okafor said.';
    const { quotes } = attributeQuotes(`${intro}\n\n${body}`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Kevin James Okafor', 'Tom Okafor', 'Marisol Okafor']);
  });
  test('a surname goes to the person named most recently', () => {
    const text = 'Bill Clinton spoke first. Then Hillary Clinton took the stage.\n\n“We will win,” Clinton said.';
    expect(attributeQuotes(text).quotes[0]!.speaker).toBe('Hillary Clinton');
  });
  test('… unless the other person of that surname has just spoken', () => {
    const text = 'Former mayor Tom Okafor campaigned in Leith on Monday for his wife, Grace Okafor.\n\nDuring the rally, the former mayor said the ferry contract was a scandal.\n\n“It makes no sense,” he said.\n\n“The contract is the craziest thing in the world,” Okafor said.';
    const { quotes } = attributeQuotes(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Okafor', 'Tom Okafor']);
  });
  test('a surname that is also a first name of the other gender is still the surname (Maggie Hassan → Hassan)', () => {
    const text = 'Gov. Maggie Hassan toured the shipyard on Monday.\n\n“We have added four hundred jobs,” Hassan said.\n\n“And we will add more,” she said.';
    const { quotes, speakers } = attributeQuotes(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Maggie Hassan', 'Maggie Hassan']);
    expect(speakers.map((s) => s.name)).toEqual(['Maggie Hassan']);
  });
  test('a repeated word is not two matching words (“Reyes Reyes” in a headline is not “Dana Reyes”)', () => {
    const { quotes } = attributeQuotes('Dana Reyes Reyes\n\n“We,” Dana Reyes said.');
    expect(quotes[0]!.speaker).toBe('Dana Reyes');
  });
  test('a surname goes to the person, not to a thing named after them', () => {
    const text = 'Senator Joan Whitcombe opened the rally. Supporters waved Whitcombe Express banners outside.\n\n“We are ready,” Whitcombe said.';
    const { quotes } = attributeQuotes(text);
    expect(quotes[0]!.speaker).toBe('Joan Whitcombe');
  });
  test('a capitalised role before the name is a title, not part of the name (“Comedian Sarah Silverman”, “Senior Adviser”)', () => {
    const { speakers } = attributeQuotes('Comedian Ruth Okafor was booed. Harbour Trust Senior Adviser Tom Platt left early.\n\n“You are being ridiculous,” Okafor said. “Nobody listens,” Platt said.');
    expect(speakers.map((s) => s.name)).toEqual(['Ruth Okafor', 'Tom Platt']);
  });
  test('… but a role noun in the surname’s place is the surname (Ms. Boxer, Mr. Singer)', () => {
    const { quotes } = attributeQuotes('Senator Barbara Boxer of California spoke first.\n\n“We need unity,” Ms. Boxer said.');
    expect(quotes[0]!.speaker).toBe('Barbara Boxer');
  });
  test('a surname that is also a title word (Bishop, Dean) opens a sentence as the person', () => {
    const { quotes } = attributeQuotes('Former mayor Ruth Bishop backed the plan last year.\n\nBishop, a retired nurse, poked at the council during the Monday meeting, tweeting, “Notice the empty chairs.”');
    expect(quotes[0]).toMatchObject({ speaker: 'Ruth Bishop', cue: { text: 'tweeting' } });
  });
  test('a nickname in quotes inside a name is passed over (Juan “Chico” Manriquez)', () => {
    const text = 'Juan “Chico” Manriquez carried one of the photographs.\n\n“I cried the whole way,” Manriquez said.';
    const { quotes, speakers } = attributeQuotes(text);
    expect(quotes.find((q) => q.text.startsWith('I cried'))!.speaker).toBe('Juan Manriquez');
    expect(quotes.find((q) => q.text === 'Chico')!.speaker).toBeNull();
    expect(speakers.map((s) => s.name)).toEqual(['Juan Manriquez']);
  });
  test('a lower-case qualifier of the title belongs to the mention (“state Del. Marcia Price”)', () => {
    const { quotes } = attributeQuotes('“This is a big year for our next senator!” Scott’s niece, state Del. Marcia “Cia” Price (D-Norfolk), shouted to the crowd.');
    expect(quotes[0]).toMatchObject({ speaker: 'Marcia Price', mention: { text: 'state Del. Marcia “Cia” Price' }, rule: 'trailing-cue' });
  });
  test('a month that is also a woman’s name opens a sentence as her first name (“June Eckhardt, who …”)', () => {
    const text = 'Not everyone is convinced. June Eckhardt, who sits on the auxiliary, worries that the rest will follow.\n\n“They always say it’s just this one thing,” she says.';
    expect(attributeQuotes(text).quotes[0]!.speaker).toBe('June Eckhardt');
    expect(attributeQuotes('June was wet. “It rained every day,” Eckhardt said.').quotes[0]!.speaker).toBe('Eckhardt');
  });
  test('titles and portfolios before a name are not part of it', () => {
    const rows: [string, string][] = [
      ['Councilmember Denise Okafor-Hughes voted no.', 'Denise Okafor-Hughes'],
      ['Mayor Pro Tem Arturo Villaseñor cast the deciding vote.', 'Arturo Villaseñor'],
      ['Oman’s Minister of Water Resources Khalid bin Saeed al-Harthy signed the pact.', 'Khalid bin Saeed al-Harthy'],
      ['A message came from Undersecretary for Political Affairs Wendy Sherman on Sunday.', 'Wendy Sherman'],
      ['The study was led by Dr. Hye-jin Park of the university.', 'Hye-jin Park'],
      ['Jean-Baptiste Morel-Favre runs a hardware shop.', 'Jean-Baptiste Morel-Favre'],
    ];
    // (a Korean family name comes first, and the article goes on with it: Park Geun-hye … Park said)
    expect(attributeQuotes('South Korean President Park Geun-hye spoke first.\n\n“We will respond,” Park said.').quotes[0]!.speaker).toBe('Park Geun-hye');
    for (const [intro, name] of rows) {
      const surname = name.split(' ').pop()!;
      const { quotes } = attributeQuotes(`${intro}\n\n“We will keep going,” ${surname} said.`);
      expect(quotes[0]!.speaker, intro).toBe(name);
    }
  });
  test('names from many cultures', () => {
    const rows: [string, string][] = [
      ['Khalid bin Saeed al-Harthy', '“Water is scarce,” al-Harthy said.'],
      ['Ursula von der Leyen', '“Water is scarce,” von der Leyen said.'],
      ['Bill de Blasio', '“Water is scarce,” de Blasio said.'],
      ['Siobhán O’Brien', '“Water is scarce,” O’Brien said.'],
      ['Chen Weiling', '“Water is scarce,” Chen said.'],
      ['Marisol Gutiérrez Olmedo', '“Water is scarce,” Gutiérrez said.'],
      ['Amara Okonkwo-Diallo', '“Water is scarce,” Okonkwo-Diallo said.'],
    ];
    for (const [name, sentence] of rows) {
      const text = `${name} attended the summit on Monday.\n\n${sentence}`;
      expect(attributeQuotes(text).quotes[0]!.speaker, name).toBe(name);
    }
  });
});

describe('words that look like cues but are not', () => {
  check([
    { name: 'a plural noun before a verb (“Gulf states agree”)', text: 'Gulf states agree to link desalination plants in ‘water grid’ pact', quote: 'water grid', speaker: null },
    { name: '“agreed to” and a verb is a deal, not a statement', text: 'Trump would block the transfers until the Mexican government agreed to make a one-time payment of “$5-10 billion.”', quote: '$5-10', speaker: null },
    { name: '… but “agree to a …” still reports', text: 'Majority Leader Ruth Okafor said she would not agree to a “perfunctory” sit-down.', quote: 'perfunctory', speaker: 'Ruth Okafor' },
    { name: '… and a singular verb before a participle is a verb (“Will claims affirmed”)', text: 'Columnist Tom Will praised the speech, which Will claims affirmed “the conservative belief in the individual.”', quote: 'the conservative', speaker: 'Tom Will' },
  ]);
});

describe('11. scare quotes, titles, nicknames and terms', () => {
  check([
    { name: 'a term', text: 'Diplomats defended a “rules-based order” at the summit.', quote: 'rules-based', speaker: null, rule: 'none' },
    { name: 'a film title', text: 'The cinema showed the film “Jaws” on Friday night.', quote: 'Jaws', speaker: null },
    { name: 'a so-called term', text: 'Ruth Okafor said the so-called “bread tax” would hurt bakers.', quote: 'bread tax', speaker: null },
    { name: 'a title-case title', text: 'Ruth Okafor said she was reading “The Salt Orchard” again.', quote: 'The Salt', speaker: null },
    { name: 'a term inside a dashed aside takes no cue from after the aside', text: 'Teenagers whose sleep swings by two hours at weekends — a pattern researchers call “social jet lag” — earn lower grades, according to a study of 4,000 students.', quote: 'social jet lag', speaker: null },
    { name: 'a sign in capitals', text: 'A student held up a sign reading “HAVERTY FOR MAYOR” as the arena emptied.', quote: 'HAVERTY', speaker: null },
    { name: 'a title after a possessive, closed by a comma, before the speaker’s name', text: 'In an interview broadcast on Wednesday’s “Harbor Tonight,” Dana Reyes, the port director, stated that the pier would stay shut.', quote: 'Harbor Tonight', speaker: null },
    { name: 'a term closed by a comma before “said the X were …” is not spoken by X', text: 'The judge read out “the verdict,” said the senators were “playing with fire” and left.', quote: 'the verdict', speaker: null },
    { name: 'a title after “of”, closed by a comma, before the verb', text: 'Ana Ruiz, author of “The Long Bench,” said the court was “playing with fire.”', quote: 'The Long Bench', speaker: null },
  ]);
  test('a cue still attributes a scare-quoted word', () => {
    const { quotes } = attributeQuotes('Ruth Okafor called the tax “theft.”');
    expect(quotes[0]!.speaker).toBe('Ruth Okafor');
  });
});

describe('12. a name inside a quote is never the speaker of that quote', () => {
  check([
    { name: 'name in the quote, speaker after', text: '“Okafor has been a disaster for this town,” Luis Ruiz said.', quote: 'Okafor has', speaker: 'Luis Ruiz' },
    { name: 'only a name in the quote, pronoun after', text: 'Luis Ruiz runs the market.\n\n“Ruth Okafor never listens,” he said.', quote: 'Ruth Okafor never', speaker: 'Luis Ruiz' },
  ]);
});

describe('results are consistent', () => {
  test('speakers list each quote once and point back', () => {
    const text = 'Ruth Okafor and Luis Ruiz argued.\n\n“No,” Okafor said. “Yes,” Ruiz said. “Maybe,” Okafor said.';
    const { quotes, speakers } = attributeQuotes(text);
    for (const [i, q] of quotes.entries()) {
      if (q.speakerId === null) continue;
      expect(speakers[q.speakerId]!.name).toBe(q.speaker);
      expect(speakers[q.speakerId]!.quoteIds).toContain(i);
    }
    expect(speakers.map((s) => [s.name, s.quoteIds.length])).toEqual([
      ['Ruth Okafor', 2],
      ['Luis Ruiz', 1],
    ]);
  });
});
