/**
 * Reporting cues: the verbs (every form) and fixed phrases that attribute a
 * quotation in news copy. Data only; `src/cues/` reads it.
 *
 * Kinds:
 * - `speech`: works before or after the quote, in either order
 *   (“…,” Reyes said / “…,” said Reyes / Reyes said: “…”).
 * - `frame`: only before the quote, whose words are the verb's complement
 *   (Reyes called it “a gut punch” / described the talks as “candid” /
 *   accused him of “lying”).
 *
 * Each group is one verb: its forms separated by spaces. Forms ending in
 * -ing are participles (“…,” she said, adding “…”): their subject is the
 * subject of the clause they hang from.
 * @internal
 * @module
 */

/** Whether a cue works on both sides of a quote or only before it. */
export type CueKind = 'speech' | 'frame';

const SPEECH = `
say says said saying | tell tells told telling | add adds added adding | note notes noted noting |
states stated stating | explain explains explained explaining | warn warns warned warning |
insist insists insisted insisting | argue argues argued arguing | claim claims claimed claiming |
ask asks asked asking | acknowledge acknowledges acknowledged acknowledging |
emphasize emphasizes emphasized emphasizing | emphasise emphasises emphasised emphasising |
stress stresses stressed stressing | recall recalls recalled recalling | write writes wrote writing written |
tweet tweets tweeted tweeting | post posts posted posting | announce announces announced announcing |
declare declares declared declaring | concede concedes conceded conceding | admit admits admitted admitting |
rule rules ruled |
continue continues continued continuing | reply replies replied replying | respond responds responded responding |
urge urges urged urging | joke jokes joked joking | complain complains complained complaining |
predict predicts predicted predicting | vow vows vowed vowing | promise promises promised promising |
suggest suggests suggested suggesting | observe observes observed observing | remark remarks remarked remarking |
comment comments commented commenting | mention mentions mentioned mentioning | report reports reported reporting |
confirm confirms confirmed confirming | deny denies denied denying | assert asserts asserted asserting |
maintain maintains maintained maintaining | contend contends contended contending | counter counters countered countering |
retort retorts retorted retorting | quip quips quipped quipping | exclaim exclaims exclaimed exclaiming |
shout shouts shouted shouting | yell yells yelled yelling | scream screams screamed screaming |
whisper whispers whispered whispering | mutter mutters muttered muttering | murmur murmurs murmured murmuring |
sigh sighs sighed sighing | laugh laughs laughed laughing | plead pleads pleaded pled pleading |
beg begs begged begging | demand demands demanded demanding | testify testifies testified testifying |
proclaim proclaims proclaimed proclaiming | boast boasts boasted boasting | brag brags bragged bragging |
caution cautions cautioned cautioning | advise advises advised advising | agree agrees agreed agreeing |
disagree disagrees disagreed disagreeing | object objects objected objecting | protest protests protested protesting |
lament laments lamented lamenting | grumble grumbles grumbled grumbling | allege alleges alleged alleging |
charge charges charged | reiterate reiterates reiterated reiterating | repeat repeats repeated repeating |
recount recounts recounted recounting | wonder wonders wondered wondering | question questions questioned questioning |
conclude concludes concluded concluding | interject interjects interjected interjecting |
snap snaps snapped snapping | fume fumes fumed fuming | gush gushes gushed gushing | muse muses mused musing |
speculate speculates speculated speculating | confess confesses confessed confessing | reveal reveals revealed revealing |
disclose discloses disclosed disclosing | elaborate elaborates elaborated elaborating | clarify clarifies clarified clarifying |
pledge pledges pledged pledging | swear swears swore sworn swearing |
assure assures assured assuring | reassure reassures reassured reassuring | threaten threatens threatened threatening |
remind reminds reminded reminding | reflect reflects reflected reflecting | underline underlines underlined underlining |
underscore underscores underscored underscoring | highlight highlights highlighted highlighting |
affirm affirms affirmed affirming | rebut rebuts rebutted rebutting | answer answers answered answering |
react reacts reacted reacting | inform informs informed informing | text texts texted texting |
email emails emailed emailing | message messages messaged messaging | blog blogs blogged blogging |
share shares shared sharing | retweet retweets retweeted retweeting | chant chants chanted chanting |
sing sings sang singing | read reads reading | tease teases teased teasing | scoff scoffs scoffed scoffing |
thunder thunders thundered thundering | rage rages raged raging | cry cries cried crying | sob sobs sobbed sobbing |
summarize summarizes summarized summarizing | summarise summarises summarised summarising |
estimate estimates estimated | forecast forecasts forecasted | pray prays prayed praying |
criticize criticizes criticized criticizing | criticise criticises criticised criticising |
slam slams slammed slamming | blast blasts blasted blasting | attack attacks attacked attacking |
thank thanks thanked thanking | apologize apologizes apologized apologizing | apologise apologises apologised apologising |
concur concurs concurred concurring | remember remembers remembered remembering |
instruct instructs instructed instructing | echo echoes echoed echoing | interrupt interrupts interrupted interrupting |
describe describes described describing | begin begins began beginning | boom booms boomed booming | roar roars roared roaring |
bellow bellows bellowed bellowing | holler hollers hollered hollering | hiss hisses hissed hissing |
groan groans groaned groaning | moan moans moaned moaning | wail wails wailed wailing | gasp gasps gasped gasping |
marvel marvels marvelled marveled marvelling marveling | rave raves raved raving | rant rants ranted ranting |
vent vents vented venting | blurt blurts blurted blurting | stammer stammers stammered stammering |
shriek shrieks shrieked shrieking | sneer sneers sneered sneering | jeer jeers jeered jeering | taunt taunts taunted taunting |
chide chides chided chiding | scold scolds scolded scolding | rebuke rebukes rebuked rebuking |
admonish admonishes admonished admonishing | lecture lectures lectured lecturing | preach preaches preached preaching |
intone intones intoned intoning | recite recites recited reciting | pronounce pronounces pronounced pronouncing |
trumpet trumpets trumpeted trumpeting | crow crows crowed crowing | gloat gloats gloated gloating |
bark barks barked barking | growl growls growled growling | snarl snarls snarled snarling |
start starts started starting | chime chimes chimed chiming | offer offers offered offering |
beam beams beamed beaming | enthuse enthuses enthused enthusing |
posit posits posited positing | surmise surmises surmised surmising | opine opines opined opining |
implore implores implored imploring | entreat entreats entreated entreating | appeal appeals appealed appealing |
lash lashes lashed lashing | vouch vouches vouched vouching | mock mocks mocked | chuckle chuckles chuckled chuckling |
smile smiles smiled smiling | nod nods nodded nodding | shrug shrugs shrugged shrugging | grin grins grinned grinning |
retaliate retaliates retaliated retaliating | pressed pressing | exhort exhorts exhorted exhorting | cracked |
reason reasons reasoned reasoning | gripe gripes griped griping | snipe snipes sniped sniping | jab jabs jabbed jabbing |
demur demurs demurred demurring | confide confides confided confiding | reaffirm reaffirms reaffirmed reaffirming |
reminisce reminisces reminisced reminiscing | bemoan bemoans bemoaned bemoaning | bristle bristles bristled bristling |
coo coos cooed cooing
`;

const FRAME = `
call calls called calling | dub dubs dubbed dubbing | label labels labeled labelled labeling labelling |
brand brands branded branding | term terms termed terming | characterize characterizes characterized characterizing |
characterise characterises characterised characterising | deem deems deemed deeming | name names named naming |
accuse accuses accused accusing | praise praises praised praising | denounce denounces denounced denouncing |
condemn condemns condemned condemning | dismiss dismisses dismissed dismissing | decry decries decried decrying |
deride derides derided deriding | mock mocks mocked mocking | tout touts touted touting | refer refers referred referring |
express expresses expressed expressing | voice voices voiced voicing | invoke invokes invoked invoking |

welcome welcomes welcomed welcoming | hail hails hailed hailing | applaud applauds applauded applauding |
compare compares compared comparing | liken likens likened likening | portray portrays portrayed portraying |
paint paints painted painting | cast casts casting | frame frames framed framing | blame blames blamed blaming
`;

/** One cue word: its verb and how it can attribute. */
export interface CueWord {
  /** The verb's base form. */
  readonly lemma: string;
  /** Before-or-after (`speech`) or only-before (`frame`). */
  readonly kind: CueKind;
  /** An -ing form, whose subject is that of the clause it hangs from. */
  readonly participle: boolean;
}

function build(): Map<string, CueWord> {
  const map = new Map<string, CueWord>();
  const add = (groups: string, kind: CueKind): void => {
    for (const group of groups.split('|')) {
      const forms = group.trim().split(/\s+/u).filter(Boolean);
      const lemma = forms[0];
      if (lemma === undefined) continue;
      for (const form of forms) {
        if (!map.has(form)) map.set(form, { lemma, kind, participle: form.endsWith('ing') && form !== lemma });
      }
    }
  };
  add(SPEECH, 'speech');
  add(FRAME, 'frame');
  return map;
}

/** Every cue word form, lower case. @internal */
export const CUE_WORDS: ReadonlyMap<string, CueWord> = build();

/**
 * Words that turn a cue verb into something else when they come right before
 * it: passives (“was told”), and auxiliaries that make it non-assertive
 * (“did not say”) are kept as cues; these are not.
 * @internal
 */
export const CUE_BLOCKERS: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my']);

/**
 * Multi-word cues read as one: the first word, then the words that must
 * follow. `according to X` puts the speaker after the cue.
 * @internal
 */
export const PHRASE_CUES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['according', [['to']]],
  ['pointed', [['out']]],
  ['points', [['out']]],
  ['point', [['out']]],
  ['went', [['on']]],
  ['goes', [['on']]],
  ['made', [['clear']]],
  ['makes', [['clear']]],
  ['chimed', [['in']]],
  ['weighed', [['in']]],
  ['shot', [['back']]],
  ['fired', [['back']]],
  ['hit', [['back']]],
  ['issued', [['a', 'statement']]],
  ['issues', [['a', 'statement']]],
  ['released', [['a', 'statement']]],
  ['releases', [['a', 'statement']]],
  ['hits', [['back']]],
  ['spelled', [['out']]],
  ['put', [['it']]],
  ['puts', [['it']]],
]);

/**
 * Listeners after `told` / `tells` that belong to the cue (“told reporters”).
 * @internal
 */
export const AUDIENCES: ReadonlySet<string> = new Set([
  'reporters',
  'journalists',
  'supporters',
  'the crowd',
  'the audience',
  'an audience',
  'a crowd',
  'lawmakers',
  'students',
  'viewers',
  'listeners',
  'delegates',
  'members',
]);
