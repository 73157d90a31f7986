/**
 * Frequent English word forms, lower case. A capitalised word that opens a
 * sentence and is in this list is read as an ordinary word, not a name,
 * unless the article also capitalises it mid-sentence. Compiled for this
 * project from general knowledge of English; not copied from any corpus.
 *
 * Covers function words, numbers, days and months (not May, March, June,
 * April or August), frequent nouns with their plurals, verbs with their -ed
 * and -ing forms (and -s where the form is also a noun plural or the verb is
 * very common), adjectives with common comparatives, frequent adverbs in -ly,
 * news vocabulary (officials, lawmakers, residents, critics, prosecutors,
 * shares, earnings) and discourse openers (however, meanwhile, instead,
 * despite, according, speaking). American and British spellings both.
 * Inflections were spelled by rule and kept only where a standard spelling
 * dictionary has the form.
 *
 * Left out on purpose, because capitalised in news they are often a name
 * (only the listed form is left out; other forms stay, e.g. prices, hoped):
 * - given names and surnames: will, mark, bill, grant, hope, faith, grace,
 *   joy, rose, frank, ray, dean, rich, price, rice, young, brown, black,
 *   white, green, gray, grey, king, bush, cook, long, little, short, small,
 *   strong, sharp, wise, swift, noble, wood, woods, stone, stones, hill,
 *   lane, park, parks, field, fields, ford, hunter, fisher, baker, cooper,
 *   carpenter, mason, porter, turner, walker, ward, warren, banks, bishop,
 *   bell, barr, burns, cash, chase, cross, crane, day, duke, fox, hall, hart,
 *   hawk, holmes, hood, house, hunt, lamb, law, lord, love, marsh, miles,
 *   mills, moody, moon, moss, page, palmer, pope, read, reed, rivers, rock,
 *   rush, spears, wall, walls, wells, wolf, sterling, summers, winters, case,
 *   marks, bridges, sparks, chambers, graves, shields, waters, meadows, gates,
 *   power, pence, sessions, holder, garland, lynch, booker, bullock, truss,
 *   cable, straw, balls, greening, cleverly, shorten, hockey, sturgeon,
 *   cotton, curry, foster, glass, knight, shepherd, snow, savage, stern,
 *   silver, berry, bacon, gore, hatch, flake, corker, blunt, strange, tester,
 *   earnest, gross, guy, drew, sue, key, levy, ball, hung, slaughter, bolt,
 *   fury, root, broad, archer, drake, lemon, beck, best, bird, hicks, coats,
 *   brooks, miller, smith, taylor, butler, barber, fletcher, weaver, tucker,
 *   wade, thatcher, musk and similar;
 * - titles and honorifics, which the name recogniser reads on its own:
 *   president, vice, prime, premier, senator, representative, governor,
 *   mayor, secretary, minister, chancellor, attorney, general, chief,
 *   director, professor, doctor, pastor, coach, captain, sergeant, officer,
 *   speaker, chairman, leader, ambassador, judge, justice, commissioner,
 *   sheriff, inspector, detective, colonel, commander, deputy, major, king,
 *   queen, prince, princess, duke, earl, baron, lord, lady, sir, miss,
 *   father, brother, sister, pope, bishop, cardinal, spokesman and the like
 *   (their plurals stay: officials, officers, leaders, judges, doctors);
 * - months that are also names or verbs: may, march, june, april, august;
 *   compass points north, south, east, west (northern etc. stay);
 * - places and organisations named by an ordinary word: paris, york,
 *   jordan, turkey, china, chad, nice, buffalo, phoenix, orange, jersey,
 *   apple, amazon, target, shell, visa, oracle, sprint, square, snap,
 *   delta, united, virgin, sky, sun, star, guardian, zoom and similar.
 * @internal
 * @module
 */
const WORDS = `
a abandon abandoned abandoning abilities ability able ably aboard abolish abolished abolishing about above
abreast abroad absence absences absent absent-minded absolute absolutely absorb absorbed absorbing abstain
abstained abstaining abstract absurd abundant abuse abused abusing abusive academic academically academics
academies academy accelerate accelerated accelerating accept acceptable accepted accepting accepts access
accessed accessible accessing accident accidental accidentally accidents accommodate accommodated
accommodating accommodation accommodations accompanied accompany accompanying accomplish accomplished
accomplishing accomplishment accomplishments accord accorded according accordingly account accountability
accountable accountant accountants accounted accounting accumulate accumulated accumulating accuracy accurate
accurately accusation accusations accuse accused accuses accusing achieve achieved achievement achievements
achieves achieving acid acids acknowledge acknowledged acknowledgement acknowledges acknowledging acquire
acquired acquiring acquisition acquisitions acre acres across act acted acting action actions active actively
activist activists activities activity actor actors actress actresses actual actually acute acutely adamant
adapt adapted adapting adaptive add added adding addition additional additionally additions address addressed
addressing adds adequate adequately adjacent adjourn adjourned adjourning adjust adjusted adjusting
adjustment adjustments administer administered administering administration administrations administrative
administrator administrators admirals admire admired admiring admission admissions admit admits admitted
admittedly admitting adopt adopted adopting adult adults advance advanced advancing advantage advantages
adventure adventures adversaries adversary adverse adversely advertise advertised advertisement
advertisements advertising advice advise advised adviser advisers advising advisor advisors advocacy advocate
advocated advocating aesthetic affair affairs affect affected affecting affects affiliate affiliates
affiliation affiliations affirm affirmed affirming affluent afford affordable afforded affording afield afoot
afraid after aftermath aftermaths afternoon afternoons afterward afterwards again against age aged ageing
agenda agendas agent agents aggression aggressive aggressively aging ago agree agreed agreeing agreement
agreements agrees agricultural agriculture aground ah ahead aid aide aided aides aiding aim aimed aiming
ain't air aircraft airline airlines airplane airplanes airport airports airs airspace airstrike ajar akin
alarm alarmed alarming alarms alas album albums alcohol alcohols alert alerted alerting alien aliens alight
align aligned aligning alike alive all allegation allegations allege alleged allegedly alleging alleviate
alleviated alleviating alliance alliances allies allocate allocated allocating allocation allocations allow
allowance allowances allowed allowing allows almost aloft alone along alongside aloud already alright also
alter altered altering alternate alternated alternating alternative alternatively alternatives although
altogether aluminium aluminum always am amass amassed amassing amateur amateurs amazing amazingly ambassadors
ambiguous ambition ambitions ambitious ambitiously ambulance ambulances amend amended amending amendment
amendments amid amidst amiss ammunition amnesties amnesty among amongst amount amounted amounting ample
amused an analogue analyse analysed analyses analysing analysis analyst analysts analyze analyzed analyzing
ancestor ancestors anchor anchored anchoring ancient and anew anger angered angering angers angle angles
angrier angriest angrily angry animal animals annex annexed annexing anniversaries anniversary announce
announced announcement announcements announces announcing annoy annoyed annoying annual annually anonymous
anonymously another answer answered answering answers anti-government anticipate anticipated anticipating
antitrust anxieties anxiety anxious anxiously any anybody anyhow anymore anyone anything anyway anyways
anywhere apace apart apartment apartments apologies apologise apologised apologising apologize apologized
apologizing apology app appalling apparent apparently appeal appealed appealing appeals appear appearance
appearances appeared appearing appears applaud applauded applauding applause apples applicant applicants
application applications applied applies apply applying appoint appointed appointing appointment appointments
appreciate appreciated appreciating apprehensive approach approached approaches approaching appropriate
appropriated appropriately appropriating approval approvals approve approved approving approximate
approximately apps arbitrarily arbitrary arbitration architectural archive archives are aren't arena arenas
arguably argue argued argues arguing argument arguments arise arising arm armed armies arming armor armors
armour armours arms army around arrange arranged arrangement arrangements arranging array arrays arrest
arrested arresting arrests arrival arrivals arrive arrived arriving arrogant arsenal arsenals art artefact
artefacts article articles artificial artificially artillery artist artistic artists arts artwork artworks as
ashamed aside ask asked askew asking asks asleep aspect aspects aspire aspired aspiring assailant assailants
assassinate assassinated assassinating assault assaulted assaulting assaults assemble assembled assemblies
assembling assembly assert asserted asserting assertive assess assessed assessing assessment assessments
asset assets assign assigned assigning assignment assignments assist assistance assistant assistants assisted
assisting associate associated associates associating association associations assorted assume assumed
assuming assumption assumptions assure assured assuredly assuring asthma astonishing astonishingly astray
asunder asylum asylums at ate athlete athletes atmosphere atmospheres atomic attach attached attaching attack
attacked attacker attackers attacking attacks attain attained attaining attempt attempted attempting attempts
attend attendance attended attending attention attentions attitude attitudes attorneys attract attracted
attracting attraction attractions attractive attribute attributed attributes attributing auction auctioned
auctioning auctions audacious audible audience audiences audit audited auditing auditor auditors audits aunt
aunts authentic author authorisation authorisations authorise authorised authorising authorities authority
authorization authorizations authorize authorized authorizing authors automatic automatically autonomous
autonomy autumn autumns availability available avenue avenues average averaged averages averaging aviation
avoid avoided avoiding avoids await awaited awaiting awake award awarded awarding awards aware awareness away
awful awfully awhile awkward awkwardly babies baby back backbench backbencher backdrop backdrops backed
backfire backfired backfiring background backgrounds backing backlash backlashes backstage backup backups
backward backwards bacteria bacterias bad badder badly bag bags bail bailout bailouts bails balance balanced
balances balancing bald ballot ballots ban band bands bank banker bankers bankrupt bankruptcies bankruptcy
bankrupted bankrupting banned banning bans bar bare bared barely bargain bargained bargaining bargains baring
barred barren barrier barriers barring bars base baseball baseballs based basement basements bases basic
basically basing basis basketball basketballs bat bathroom bathrooms batted batteries battery batting battle
battled battlefield battlefields battleground battlegrounds battles battling bay bays be beach beaches beam
beams bear bearing bears beat beaten beating beats beautiful beautifully because become becomes becoming bed
beds been beer beers before beforehand beg began begged begging begin beginning beginnings begins begun
behalf behalves behave behaved behaving behavior behaviour behind being beings belatedly belief beliefs
believe believed believes believing bells belong belonged belonging belongs beloved below benchmark
benchmarks beneath beneficial beneficiaries beneficiary benefit benefited benefiting benefits benefitted
benefitting beset beside besides besieged bestowed bet betray betrayed betraying bets better betting between
beyond bias biases bid bidding bided bids big bigger biggest bike bikes bilateral billboards billed billing
billion billionaire billionaires billions billionth bills biological bipartisan birds birth birthday
birthdays births bishops bit bite bites biting bits bitten bitter bitterer bitterest bitterly bizarre
blackout blackouts blacks blame blamed blames blaming blank blast blasted blasting blasts bleak bleaker bled
bleed bleeding bless blessed blessing blew blind blinded blinding blindly block blockade blockades blocked
blocking blocks blog blogged blogger bloggers blogging blogs blond blood bloodier bloodiest bloods bloodshed
bloody blow blowing blown blows bluntly board boarded boarding boards boast boasted boasting boat boats
bodies body bogus boil boiled boiling bold bolder boldest boldly bolster bolstered bolstering bomb bombard
bombarded bombarding bombed bombing bombings bombs bonds bonus bonuses book booked booking books boom booms
boost boosted boosting boosts border bordered bordering borders bore boring borne borrow borrowed borrowing
boss bosses both bother bothered bothering bottle bottles bottom bottoms bought bounce bounced bouncing
boundaries boundary bow bowed bowing box boxed boxes boxing boy boycott boycotted boycotting boycotts
boyfriend boyfriends boys brace braced bracing brain brains branch branches brand branded branding brands
brave bravely braver bravest breach breached breaches breaching bread breads break breakdown breakdowns
breakfast breakfasts breaking breaks breakthrough breakthroughs breath breathe breathed breathing breaths
bred breed breeding bridge bridged bridging brief briefed briefing briefings briefly briefs brigade brigades
bright brighter brightest brightly brilliant brilliantly bring bringing brings brink brinks brisk broadband
broadcast broadcasted broadcaster broadcasters broadcasting broadcasts broader broadest broadly broke broken
broker brokered brokering brokers brothers brought brush brushed brushing brutal brutally budget budgeted
budgeting budgets build building buildings builds built bulk bulks bullet bulletin bulletins bullets burden
burdened burdening burdens bureau bureaucracies bureaucracy bureaucrat bureaucratic bureaucrats bureaus
burglaries burglary buried burn burned burning burnt burst bursted bursting burying bus buses busier busiest
business businesses businessman businessmen businesswoman businesswomen bustling busy but buy buyer buyers
buying buyout buyouts buys by cabinet cabinets cables calculate calculated calculating call called caller
callers calling calls calm calmed calmer calmest calming calmly came camera cameras camp campaign campaigned
campaigner campaigners campaigning campaigns camped camping camps campus campuses can can't cancel canceled
canceling cancelled cancelling cancer cancers candid candidacies candidacy candidate candidates cannabis
cannabises cannot cap capabilities capability capable capacities capacity capital capitalise capitalised
capitalising capitalism capitalist capitalists capitalize capitalized capitalizing capitals capped capping
caps captains capture captured capturing car carbon carbons card cardinals cards care cared career careers
careful carefully careless carelessly cares cargo cargoes cargos caring carnage carried carriers carries
carry carrying cars cartel cartels cases cast casting casts casual casually casualties casualty cat catalogue
catalogues catastrophe catastrophes catastrophic catch catching categories category cats caucus caucuses
caught cause caused causes causing caution cautioned cautioning cautions cautious cautiously cease ceased
ceasefire ceasing ceiling ceilings celebrate celebrated celebrating celebration celebrations celebrities
celebrity cell cells censor censored censoring census censuses cent center centered centering centers central
centre centred centres centring cents centuries century ceremonial ceremonies ceremony certain certainly
certainties certainty certified certify certifying chain chains chair chairmen chairs chairwomen challenge
challenged challenger challengers challenges challenging chamber champion championed championing champions
championship championships chance chances change changed changes changing channel channeled channeling
channelled channelling channels chant chanted chanting chaos chaotic chapter chapters character characterise
characterised characterising characteristic characteristics characterize characterized characterizing
characters charge charged charges charging charismatic charities charity chart charted charter chartered
chartering charters charting charts chased chases chasing chat chats chatted chatting cheap cheaper cheapest
cheaply cheat cheated cheating check checked checking checkpoint checkpoints checks cheer cheered cheerful
cheering chemical chemicals cheque cheques cherish cherished cherishing chiefs child childhood childhoods
children chilling choice choices choke choked choking choose chooses choosing chose chosen chronic
chronically church churches cinema cinemas circle circled circles circling circulate circulated circulating
circulation circulations circumstance circumstances cite cited cities citing citizen citizens citizenship
city citywide civic civil civilian civilians civilised civilized claim claimed claiming claims clamp
clampdown clampdowns clamped clamping clandestine clarified clarify clarifying clarity clash clashed clashes
clashing class classes classic classical classics classified classify classifying classroom classrooms clean
cleaned cleaner cleanest cleaning cleanup cleanups clear clearance clearances cleared clearer clearest
clearing clearly clergies clergy clerk clerks clever cleverer cleverest click clicked clicking clicks client
clients climate climates climb climbed climbing climbs clinic clinical clinics clip clips close closed
closely closer closes closest closing closure closures clothes clothing club clubs clung cluster clustered
clustering clusters coached coaches coaching coal coalition coalitions coals coast coastal coastline
coastlines coasts code codes coffee coffees coherent cohesive cold colder coldest coldly collaborate
collaborated collaborating collaboration collaborations collaborator collaborators collapse collapsed
collapsing colleague colleagues collect collected collecting collection collections collective collectively
collectives college colleges collide collided colliding colonels colonial color colorful colors colour
colourful colours column columnist columnists columns combat combated combating combats combatted combatting
combination combinations combine combined combining come comeback comebacks comes comfort comfortable
comfortably comforted comforting comforts coming command commanded commanders commanding commands comment
commentaries commentary commented commenting comments commerce commercial commercially commission
commissioned commissioners commissioning commissions commit commitment commitments committed committee
committees committing commodities commodity common commoner commonest commonly communicate communicated
communicating communication communications communist communists communities community commute commuted
commuter commuters commutes commuting companies companion companions company comparable compare compared
comparing comparison comparisons compassion compatible compel compelled compelling compensate compensated
compensating compensation compensations compete competed competent competing competition competitions
competitive competitively competitor competitors complacent complain complained complaining complaint
complaints complete completed completely completing completion complex complexes compliance complicated
complication complications complied comply complying component components compose composed composing compound
compounds comprehensive comprehensively comprise comprised comprising compromise compromised compromises
compromising compulsory computer computers computing concede conceded conceding conceivable concentrate
concentrated concentrating concentration concentrations concept concepts concern concerned concerning
concerns concert concerts concession concessions conciliatory conclude concluded concluding conclusion
conclusions concrete concretes condemn condemned condemning condition conditions conduct conducted conducting
conducts confer conference conferences conferred conferring confess confessed confessing confession
confessions confidence confidences confident confidential confidently confine confined confining confirm
confirmation confirmations confirmed confirming confirms confiscate confiscated confiscating conflict
conflicted conflicting conflicts confront confrontation confrontations confronted confronting confuse
confused confusing confusion confusions congratulate congratulated congratulating congress congresses
congressmen congresswomen connect connected connecting connection connections conscience consciences
conscious consciously consecutive consensus consensuses consent consented consenting consents consequence
consequences consequent consequently conservation conservative conservatives conserve conserved conserving
consider considerable considerably consideration considerations considered considering considers consist
consisted consistencies consistency consistent consistently consisting consolidate consolidated consolidating
consortium consortiums conspiracies conspiracy conspire conspired conspiring constant constantly
constituencies constituency constituent constituents constitute constituted constituting constitution
constitutional constitutions construct constructed constructing construction constructions constructive
consulate consulates consult consultant consultants consultation consultations consulted consulting consume
consumed consumer consumers consuming consumption contact contacted contacting contacts contain contained
containing contains contamination contemporary contend contended contender contenders contending content
contentious contents contest contested contesting contests context contexts continent continents
contingencies contingency continue continued continues continuing continuous continuously contract contracted
contracting contractor contractors contracts contradict contradicted contradicting contraries contrary
contrast contrasted contrasting contrasts contribute contributed contributing contribution contributions
control controlled controlling controls controversial controversies controversy convene convened convenient
conveniently convening convention conventional conventions converge converged converging conversation
conversations conversely conversion conversions convert converted converting convey conveyed conveying
convict convicted convicting conviction convictions convince convinced convincing convoy convoys cooked
cooking cooks cool cooler coolest cooperate cooperated cooperating cooperation coordinate coordinated
coordinating coordination coordinator coordinators cop cope coped copied copies coping cops copy copying core
cores corner corners corporate corporation corporations correct corrected correcting correction corrections
correctly correspond corresponded correspondent correspondents corresponding corrupt corruption corruptions
cost costed costing costly costs cottons could couldn't council councillors councilmen councilors councils
counsel counseled counseling counselled counselling counsels count counted counter countered countering
counterpart counterparts counters counties counting countless countries country countryside countrysides
countrywide counts county coup couple couples coups courage courageous course courses court courts cousin
cousins cover coverage covered covering covers covert cozy crack crackdown crackdowns cracked cracking cracks
craft crafted crafting crafts crash crashed crashes crashing crazier craziest crazy create created creates
creating creation creations creative creativity creator creators creature creatures credibility credible
credit credited crediting creditor creditors credits crept crew crews cried crime crimes criminal criminals
crises crisis criteria criterion criterions critic critical critically criticise criticised criticising
criticism criticisms criticize criticized criticizing critics crop cropped cropping crops crossed crosses
crossfire crossfires crossing crowd crowded crowding crowds crown crowned crowning crowns crucial crucially
crude cruel cruelly cruised cruises cruising crush crushed crushing cry crying culprit culprits cultural
culturally culture cultures curb curbed curbing cure cured cures curing curious curiously currencies currency
current currently currents curtail curtailed curtailing custody custom customer customers customs cut cutback
cutbacks cute cuts cutting cyberattack cybersecurity cycle cycles cynical dad dads daily damage damaged
damages damaging damp dampen dampened dampening dance danced dancing danger dangerous dangerously dangers
dare dared dares daring dark darker darkest dash dashed dashing data date dated dates dating daughter
daughters days dead deadlier deadliest deadline deadlines deadly deaf deal dealer dealers dealership
dealerships dealing deals dealt dear dearer dearest dearly death deaths debate debated debates debating
debris debt debts debunk debunked debunking debut debuted debuting debuts decade decades december decent
decide decided decides deciding decision decisions decisive decisively declaration declarations declare
declared declaring decline declined declines declining decrease decreased decreases decreasing decried decry
decrying dedicate dedicated dedicating deem deemed deeming deep deepen deepened deepening deeper deepest
deeply default defaulted defaulting defaults defeat defeated defeating defeats defence defences defend
defendant defendants defended defender defenders defending defense defenses defensive defiant deficit
deficits defied define defined defining definite definitely definition definitions defuse defused defusing
defy defying degree degrees delay delayed delaying delays delegate delegated delegates delegating delegation
delegations delete deleted deleting deliberate deliberated deliberately deliberating delicate delicious
delight delighted delights deliver delivered deliveries delivering delivery demand demanded demanding demands
democracies democracy democrat democratic democratically democrats demographic demographics demonstrate
demonstrated demonstrating demonstration demonstrations demonstrator demonstrators denial denials denied
denies denounce denounced denouncing dense denser deny denying depart departed departing department
departments departure departures depend depended dependent depending depends deplete depleted depleting
deplorable deplore deplored deploring deploy deployed deploying deployment deployments deport deported
deporting deposit deposited depositing deposits depress depressed depressing depression depressions deprive
deprived depriving deputies derive derived deriving describe described describes describing description
descriptions desert deserts deserve deserved deserves deserving design designate designated designating
designed designer designers designing designs desire desired desires desiring desperate desperately despite
destination destinations destroy destroyed destroying destruction destructive detail detailed detailing
details detain detained detainee detainees detaining detect detected detecting detectives detention
detentions deter deteriorate deteriorated deteriorating determination determinations determine determined
determining deterred deterring detonate detonated detonating devastate devastated devastating develop
developed developer developers developing development developments develops device devices devote devoted
devoting diabetes diagnose diagnosed diagnoses diagnosing diagnosis dialogue dialogues dictator dictators
dictatorship dictatorships did didn't die died dies diet diets differ differed difference differences
different differently differing difficult difficulties difficulty dig digging digital dignity dilemma
dilemmas diligent dimension dimensions dinner dinners dip diplomacy diplomat diplomatic diplomatically
diplomats dipped dipping dire direct directed directing direction directions directive directives directly
directors dirt dirtier dirtiest dirty disabilities disability disabled disadvantage disadvantages disagree
disagreed disagreeing disagreement disagreements disappear disappeared disappearing disappoint disappointed
disappointing disappointment disappointments disarm disarmed disarming disaster disasters disastrous
disastrously discharge discharged discharges discharging discipline disciplines disclose disclosed disclosing
disclosure disclosures discount discounted discounting discounts discourage discouraged discouraging discover
discovered discoveries discovering discovery discriminate discriminated discriminating discrimination discuss
discussed discussing discussion discussions disease diseases disgraceful dismal dismantle dismantled
dismantling dismiss dismissal dismissals dismissed dismissing disorder disorders dispatch dispatched
dispatches dispatching display displayed displaying displays dispute disputed disputes disputing disqualified
disqualify disqualifying disrupt disrupted disrupting disruption disruptions disruptive dissident dissidents
dissolve dissolved dissolving distance distanced distances distancing distant distinct distinction
distinctions distinctive distinctly distinguish distinguished distinguishing distract distracted distracting
distress distresses distribute distributed distributing distribution distributions district districts disturb
disturbed disturbing dive dived diverse diversified diversify diversifying diversity divert diverted
diverting divide divided dividing divine diving division divisions divisive divorce divorced divorces
divorcing do doctors document documentaries documentary documented documenting documents dodged dodging does
doesn't dog dogs doing dollar dollars domain domains domestic domestically dominant dominate dominated
dominating don't donate donated donating donation donations done donor donors door doors doorstep doorsteps
dose doses double doubled doubling doubt doubted doubtful doubting doubtless doubts down downgrade downgraded
downgrades downgrading downhill download downloaded downloading downplay downplayed downplaying downstairs
downstream downtown downturn downturns downward dozen dozens draft drafted drafting drafts drag dragged
dragging dragon dragons drain drained draining drains drama dramas dramatic dramatically drank drastic draw
drawing drawn dream dreamed dreaming dreams dreamt dress dressed dresses dressing dried drier driest drift
drifted drifting drill drilled drilling drills drink drinking drinks drive driven driver drivers drives
driving drone drones drop dropped dropping drops drought droughts drove drug drugs drunk dry drying dual
dubious due dug dukes dull duly dumb dump dumped dumping durable during duties duty dwelt dwindle dwindled
dwindling dying dynamic each eager eagerly earlier earliest earls early earn earned earning earnings earth
earthquake earthquakes earths ease eased eases easier easiest easily easing eastern eastward easy eat eaten
eating echo echoed echoing economic economically economics economies economist economists economy edge edged
edges edging edit edited editing edition editions editor editorial editorials editors educate educated
educating education educational educations educator educators effect effective effectively effectiveness
effects efficiencies efficiency efficient efficiently effort efforts egg eggs eight eighteen eighteenth
eighth eightieth eighty either elaborate elder elderly elders eldest elect elected electing election
elections electoral electorate electorates electric electrical electricity electronic elects elegant elevate
elevated elevating eleven eleventh eligible eliminate eliminated eliminating elite elites else elsewhere
elusive email emailed emailing emails embargo embargoes embarrass embarrassed embarrassing embassies embassy
embed embedded embedding embrace embraced embracing emerge emerged emergencies emergency emerging emission
emissions emit emitted emitting emotion emotional emotionally emotions emperors emphases emphasis emphasises
emphasize emphasized emphasizing emphatic empire empires empirical employ employed employee employees
employer employers employing employment employments empower empowered empowering emptied empty emptying
enable enabled enabling enact enacted enacting encounter encountered encountering encounters encourage
encouraged encouraging end endanger endangered endangering ended ending endless endlessly endorse endorsed
endorsement endorsements endorsing ends endure endured enduring enemies enemy energetic energies energy
enforce enforced enforcement enforcing engage engaged engagement engagements engaging engine engineer
engineered engineering engineers engines enhance enhanced enhancing enjoy enjoyed enjoying enjoys enormous
enormously enough enrol enrolled enrolling enrollment enrollments enrolment enrols ensure ensured ensuring
entail entailed entailing enter entered entering enterprise enterprises enters entertain entertained
entertaining entertainment entertainments enthusiasm enthusiasms entire entirely entities entitle entitled
entitling entity entrance entrances entrenched entrepreneur entrepreneurs entries entry environment
environmental environmentally environments envision envisioned envisioning envoy envoys epidemic epidemics
episode episodes equal equaled equaling equality equalled equalling equally equip equipment equipped
equipping equities equity equivalent equivalents era eradicate eradicated eradicating eras erratic error
errors erupt erupted erupting escalate escalated escalating escalation escalations escape escaped escapes
escaping essential essentially establish established establishing establishment establishments estate estates
estimate estimated estimates estimating etc eternal ethical ethics ethnic ethnics evacuate evacuated
evacuating evacuation evacuations evade evaded evading evaluate evaluated evaluating evaluation evaluations
even evening evenings event events eventually ever every everybody everyday everyone everything everywhere
evict evicted evicting evidence evident evidently evil evils evolution evolve evolved evolving exacerbate
exacerbated exacerbating exact exactly exam examination examinations examine examined examining example
examples exams exceed exceeded exceeding excellence excellent except exception exceptional exceptionally
exceptions excessive excessively exchange exchanged exchanges exchanging excite excited excitement
excitements exciting exclude excluded excluding exclusion exclusive exclusively excuse excused excuses
excusing execute executed executing execution executions executive executives exempt exempted exempting
exercise exercised exercises exercising exhausted exhibit exhibited exhibiting exhibition exhibitions
exhibits exile exiles exist existed existence existing exists exit exited exiting exits exotic expand
expanded expanding expansion expansions expect expectation expectations expected expecting expects expense
expenses expensive experience experienced experiences experiencing experiment experimental experimented
experimenting experiments expert expertise experts expire expired expiring explain explained explaining
explains explanation explanations explicit explicitly explode exploded exploding exploit exploited exploiting
explore explored exploring explosion explosions explosive explosives export exported exporting exports expose
exposed exposing exposure exposures expressed expressing expression expressions extend extended extending
extension extensions extensive extensively extent extents external extra extract extracted extracting
extradite extradited extraditing extraordinarily extraordinary extreme extremely extremes extremist
extremists eye eyes fabricate fabricated fabricating face faced faces facilitate facilitated facilitating
facilities facility facing fact faction factions factor factories factors factory facts faculties faculty
fade faded fading fail failed failing failure failures faint fainted fainting fair fairer fairest fairly
fairness faithful faithfully fake faked fakes faking fall fallen falling falls false falsely falter faltered
faltering familiar familiarly families family famous famously fan fancy fans fantastic far fare fared fares
faring farm farmer farmers farms farther fascinate fascinated fascinating fashion fashionable fashions fast
faster fastest fat fatal fatally fate fates fathers fats fatter fault faults favor favorable favorably
favored favoring favorite favors favour favourable favourably favoured favouring favourite favours fear
feared fearful fearing fearless fears feasible feature featured features featuring february fed federal
federally feed feedback feeding feel feeling feelings feels feet fell fellow fellows felonies felony felt
female females fence fenced fences fencing festival festivals feverish few fewer fewest fielded fierce
fiercely fiercer fiercest fiery fifteen fifteenth fifth fiftieth fifty fight fighter fighters fighting fights
figure figured figures figuring file filed files filibuster filibusters filing fill filled filling film
filmed filming films filter filtered filtering filters final finalise finalised finalising finalize finalized
finalizing finally finals finance financed finances financial financially financing find finding findings
finds fine fined finely finer fines finest finger fingers fining finish finished finishes finishing fire
firearm firearms fired firefighter firefighters firemen fires firing firm firmer firmest firmly firms first
firstly fiscal fish fisherman fishermen fishes fishing fit fitness fitted fitter fitting five fix fixed fixes
fixing flag flagged flagging flags flare flared flaring flash flashed flashes flashing flat flatly flats
flatter flawed fled fledgling flee fleeing fleet fleets flew flexible flies flight flights flood flooded
flooding floods floor floors flourish flourished flourishing flow flowed flower flowers flowing flown flows
flu fluent flung fly flying focus focused focuses focusing focussed focussing fold folds follow followed
follower followers following follows food foods fool foolish fools foot footage football footballs foots for
forbade forbid forbidden forbidding force forced forces forcing forecast forecasted forecasting forecasts
foreign foreigner foreigners foresaw foreseen forest forests forever forewent forfeit forfeited forfeiting
forgave forget forgetting forgive forgiven forgiving forgone forgot forgotten form formal formally formation
formations formed former formerly formidable forming forms forth fortieth fortunate fortunately fortune
fortunes forty forum forums forward fostered fostering fought found foundation foundations founded founder
founders founding four fourteen fourteenth fourth foxes fragile frame framed frames framework frameworks
framing frankly fraud frauds fraudulent free freed freedom freedoms freeing freely freer freeze freezing
frequencies frequency frequent frequently fresh fresher freshest freshly friday fridays friend friendlier
friendliest friendly friends friendship friendships frightened fringe fringes from front frontiers frontline
fronts froze frozen fruit fruitful fruitless fruits frustrate frustrated frustrating frustration frustrations
fuel fueled fueling fuelled fuelling fuels fugitive fugitives fulfil fulfill fulfilled fulfilling fulfilment
fulfils full fullest fully fun function functional functioned functioning functions fund fundamental
fundamentally fundamentals funded funding fundraiser fundraising funds funeral funerals funnier funniest
funny furious furiously furniture further furthermore futile future futures gain gained gaining gains
galleries gallery gamble gambled gambling game games gang gangs gaps garden gardens gas gases gasoline gate
gather gathered gathering gatherings gauge gauged gauging gave gays geese gender genders generally generals
generate generated generating generation generations genius geniuses genocide gentle gentler gently genuine
genuinely gesture gestures get gets getting giant giants gift gifts girl girlfriend girlfriends girls give
given gives giving glad gladly glasses global globally globe globes glorious go goal goalkeeper goalkeepers
goals god gods goes going gold golds golf golfs gone good goodbye goods gorgeous got gotten govern governed
governing government governments governors grab grabbed grabbing graceful grade graded grades grading gradual
gradually graduate graduated graduates graduating graduation graduations grain grains grand grandchild
granddaughter granddaughters grander grandfather grandfathers grandmother grandmothers grandparent
grandparents grandson grandsons granted granting grants graphic grateful gratefully grave gravely great
greater greatest greatly greedier greedy greet greeted greeting grew grid grids grief griefs grieves grim
grip gripped gripping grips grisly ground grounds group groups grow growing grown grows growth growths
gruesome guarantee guaranteed guaranteeing guarantees guard guarded guardians guarding guards guerrilla
guerrillas guess guessed guessing guest guests guidance guide guided guideline guidelines guides guiding
guilt guilty gun gunfire gunman gunmen guns gunshot gunshots guys habit habits hack hacked hacking had hadn't
hail hailed hailing hair hairs half halfway halls halt halted halting halts halves hammer hammered hammering
hamper hampered hampering hand handful handfuls handle handled handles handling hands handsome handy hang
hanged hanging happen happened happening happens happier happiest happily happy harass harassed harassing
harassment harbor harbored harboring harbors harbour harboured harbouring harbours hard harder hardest hardly
harm harmed harmful harming harms harness harnessed harnessing harsh harsher harshest harshly harvest
harvested harvesting harvests has hasn't hastily hasty hate hated hating hatred hatreds haul hauled hauling
have haven't having hazard hazards he'd he'll he's head headed heading headline headlines headquarters heads
heal healed healing health healthcare healthier healthiest healthy hear heard hearing hearings hears heart
hearts heat heated heating heats heatwave heavier heaviest heavily heavy heed heeded heeding hefty height
heights heinous heir heirs held helicopter helicopters hell hello help helped helpful helping helpless helps
hence henceforth her here here's hereafter hereby herein heretofore heritage hero heroes heroic heroin
heroins heros hers herself hesitant hesitate hesitated hesitating hey hi hid hidden hide hided hideous hiding
high higher highest highlight highlighted highlighting highlights highly highs highway highways hijack
hijacked hijacking hike hiked hiking hills him himself hinge hinged hinging hint hinted hinting hints hire
hired hires hiring his historian historians historic historical historically histories history hit hitherto
hits hitting hold holding holdings holds hole holes holiday holidays holier holiest hollow holy home homeland
homelands homeowner homeowners homes homework homicide homicides honest honestly honey honeys honor honorable
honored honoring honors honour honourable honoured honouring honours hoped hopeful hopefully hopes hoping
horizon horizons horrible horribly horror horrors horse horses hospital hospitals host hostage hostages
hosted hostile hostilities hostility hosting hosts hot hotel hotels hotly hotter hottest hour hours housed
household households houses housing how how's however hub hubs huge hugely human humane humanities humanity
humans humble humor humors humour humours hundred hundreds hundredth hunger hungers hungry hunted hunting
hunts hurl hurled hurling hurricane hurricanes hurried hurry hurrying hurt hurting husband husbands
hypocritical hysterical i i'd i'll i'm i've ice ices idea ideal ideally ideals ideas identical identification
identified identify identifying identities identity ideological ideologies ideology idle if ignite ignited
igniting ignorant ignore ignored ignoring ill illegal illegally illicit illness illnesses illustrate
illustrated illustrating illustrious image images imaginary imagination imaginations imagine imagined
imagines imagining imams immediate immediately immense immensely immigrant immigrants immigration imminent
immune impact impacted impacting impacts impartial impatient impeach impeached impeaching impeachment
impeachments imperial implement implementation implementations implemented implementing implication
implications implicit implicitly implied imply implying import importance important importantly imported
importing imports impose imposed imposing impossible impoverished impress impressed impressing impression
impressions impressive impressively imprison imprisoned imprisoning imprisonment imprisonments improve
improved improvement improvements improving in inadequate inappropriate inappropriately inasmuch inauguration
inaugurations incapable incentive incentives incident incidents incite incited inciting include included
includes including income incomes incompetent inconclusive inconsistent incorporate incorporated
incorporating increase increased increases increasing increasingly incredible incredibly incumbent incumbents
indeed independence independent independently index indexes indicate indicated indicating indication
indications indicator indicators indict indicted indicting indictment indictments indifferent indigenous
indirect indirectly indispensable individual individually individuals industrial industries industry
ineffective inequalities inequality inevitable inevitably inexpensive infamous infect infected infecting
infection infections infinite inflammatory inflation inflict inflicted inflicting influence influenced
influences influencing influential influx inform informal informally information informed informing
infrastructure inherent inherently inherit inherited inheriting initial initially initiate initiated
initiating initiative initiatives inject injected injecting injection injections injure injured injuries
injuring injury injustice injustices inmate inmates innocence innocent innocently innovation innovations
innovative input inputs inquiries inquiry insane insecure inside insider insiders insight insights insist
insisted insistent insisting insists insofar inspect inspected inspecting inspection inspections inspectors
inspiration inspirations inspire inspired inspiring install installation installations installed installing
instalment instalments instance instances instant instantly instead institute institutes institution
institutional institutions instruct instructed instructing instruction instructions instrument instruments
insufficient insult insults insurance insure insured insurer insurers insurgencies insurgency insurgent
insurgents insuring intake intakes integral integrate integrated integrating integration integrity
intellectual intellectually intelligence intelligent intend intended intending intense intensely intensified
intensify intensifying intensity intensive intent intention intentional intentionally intentions intents
interact interacted interacting interaction interactions intercept intercepted intercepting interest
interested interesting interestingly interests interfere interfered interference interfering interim intern
internal internally international internationally internet interns interpret interpretation interpretations
interpreted interpreting interrupt interrupted interrupting intersection intersections intervene intervened
intervening intervention interventions interview interviewed interviewer interviewers interviewing interviews
intimate intimately intimidation into intractable intricate introduce introduced introducing introduction
introductions invade invaded invading invalid invaluable invasion invasions invent invented inventing
invention inventions inventories inventory invest invested investigate investigated investigating
investigation investigations investigator investigators investing investment investments investor investors
invisible invitation invitations invite invited inviting invoke invoked invoking involve involved involvement
involvements involves involving iron ironic ironically irons irrelevant irresponsible is island islands isn't
isolate isolated isolating isolation issue issued issues issuing it it'd it'll it's item items its itself
jail jailed jailing jails jam jammed jamming jams january jazz jazzes jeopardise jeopardised jeopardising
jeopardize jeopardized jeopardizing jet jets jewellery jihadist jihadists job jobs join joined joining joins
joint jointly joints joke joked jokes joking journal journalism journalist journalists journals journey
journeys joys jubilant judged judgement judgements judges judging judgment judgments judicial july jump
jumped jumping jumps junior juniors juries jurisdiction juror jurors jury just justices justified justify
justifying keen keener keep keeping keeps kept kerb kick kicked kicking kid kidnap kidnapped kidnapping
kidnappings kids kill killed killer killers killing killings kills kilometer kilometers kind kinder kindest
kindly kinds kingdom kingdoms kings kiss kissed kissing kitchen kitchens knelt knew knights knock knocked
knocking knocks know knowing knowledge known knows lab label labeled labeling labelled labelling labels labor
laboratories laboratory labors labour labours labs lack lacked lacking lackluster lacks ladies laid lain
lakes lambed lambing lambs lame land landed landfall landfalls landing landings landlord landlords landmark
landmarks lands landscape landscapes landslide landslides lanes language languages large largely larger
largest last lasted lasting lastly late lately later lateral latest latter latterly laugh laughed laughing
laughs laughter launch launched launches launching lavish lawful lawless lawmaker lawmakers laws lawsuit
lawsuits lawyer lawyers lay laying layoff layoffs lazy lead leaded leaders leadership leading leads leaf
leafs league leagues leak leaked leaking leaks lean leaned leaning leant leap leaped leaping leapt learn
learned learner learners learning learns learnt lease leased leases leasing least leave leaved leaves leaving
lecture lectures led left lefts leg legacies legacy legal legalise legalised legalising legalize legalized
legalizing legally legendary legislate legislated legislating legislation legislative legislator legislators
legislature legislatures legitimacy legitimate legs lend lender lenders lending length lengths lengthy
lenient lent less lesser lesson lessons lest let let's lethal lets letter letters letting level leveled
leveling levelled levelling levels leverage leveraged leveraging levied levies levying liabilities liability
liable liberal liberals liberate liberated liberating liberties liberty libraries library licence licences
license licensed licenses licensing lie lied lies lieutenants life lifestyle lifestyles lifetime lifetimes
lift lifted lifting lifts light lighted lighter lighting lightly lights like liked likelihood likelihoods
likely likes likewise liking limit limitation limitations limited limiting limits line linear lined lines
lineup lineups lining link linked linking links liquid list listed listen listened listener listeners
listening listing lists lit liter literal literally literary literature liters litigation live lived lively
lives living load loaded loading loan loaned loaning lobbied lobbies lobby lobbying lobbyist lobbyists local
locally locals locate located locating location locations lock lockdown locked locking locks log logged
logging logic logical logically logs lone lonelier loneliest lonely longer longest look looked looking looks
loom loomed looming loophole loopholes loose looser loot looted looting lords lose loses losing loss losses
lost lot lots lotteries lottery loud louder loudest loudly loved lovelier loveliest lovely loves loving low
lower lowered lowering lowest loyal loyalties loyalty luck luckier luckiest luckily lucks lucky lucrative
lunch lunches luxuries luxurious luxury lying machine machinery machines mad madder made magazine magazines
magic magics magistrates magnificent magnitude magnitudes mail mails main mainland mainlands mainly
mainstream mainstreams maintain maintained maintaining maintains maintenance majorities majority majors make
maker makers makes makeup makeups making male males man manage managed management managements manager
managers manages managing mandate mandated mandates mandating manifesto manifestoes manifestos manipulate
manipulated manipulating manner manners manoeuvre manoeuvres mans mansion mansions manual manuals manufacture
manufactured manufacturer manufacturers manufacturing many map mapped mapping maps marathon marathons marched
marches marching margin marginal marginally margins marijuana marine marines marked markedly market marketed
marketing markets marking marriage marriages married marry marrying mask masked masking masks mass massacre
massacres masses massive massively master mastered mastering masters match matched matches matching material
materials maths matter mattered mattering matters mature maximum maximums maybe mayhem mayors me meager meal
meals mean meaning meaningful meanings means meant meanwhile measure measured measurement measurements
measures measuring mechanical mechanism mechanisms medal medals media medias mediate mediated mediating
mediator mediators medical medically medication medications medicine medicines medieval mediocre medium meet
meeting meetings meets melt melted melting member members membership memberships memorial memorials memories
memory men menace menaces mental mentally mention mentioned mentioning mentions mercies mercy mere merely
merge merged merger mergers merging merit merits merry mess message messages messed messes messing messy met
metal metals meter meters method methods meticulous metro metros mice middle middles midnight midterm
midterms midway might mightier mightiest mightn't mighty migrant migrants migrate migrated migrating
migration migrations mild milder mildly mile milestone milestones militant militants militaries militarily
military militia militias milk milks mill million millionaire millionaires millions millionth mind minded
minding minds mine miner miners mines minimal minimum minimums mining ministers ministries ministry minor
minorities minority minute minutes misconduct misconducts miserable mislaid mislead misleading misled misread
missed misses missile missiles missing mission missions mistake mistaken mistakes mistaking mistook
misunderstand misunderstanding misunderstands misunderstood mitigate mitigated mitigating mix mixed mixes
mixing mob mobile mobilise mobilised mobilising mobility mobilize mobilized mobilizing mobs mock mocked
mocking mode model modeled modeling modelled modelling models moderate moderated moderately moderating modern
modernise modernised modernising modernize modernized modernizing modes modest modestly modified modify
modifying moist mom moment moments momentum moms monarch monarchies monarchy monday mondays monetary money
monitor monitored monitoring monitors monopolies monopoly month monthly months monumental mood moods moons
moral morale morally moratorium moratoriums more moreover morning mornings mortal mortgage mortgages mosque
mosques most mostly mother mothers motion motions motivate motivated motivating motivation motivations motor
motorist motorists motors mould mount mountain mountains mounted mounting mounts mourn mourned mourning mouth
mouths move moved movement movements moves movie movies moving mown much multiple mum mums municipal murder
murdered murdering murders museum museums music musician musicians musics must mustn't muted mutual mutually
my myself mysteries mysterious mystery myth myths naive naked name namely names narrative narratives narrow
narrowed narrower narrowest narrowing narrowly nasty nation national nationalities nationality nationally
nations nationwide native natives natural naturally nature naval navies navy near nearby nearer nearest
nearly neat necessarily necessary neck necks need needed needing needn't needs needy negative negatively
neglect neglected neglecting negotiate negotiated negotiating negotiation negotiations negotiator negotiators
neighbor neighborhood neighborhoods neighbors neighbour neighbours neither nerve nerves nervous nervously net
nets network networks neutral neutrals never nevertheless new newcomer newcomers newer newest newly news
newspaper newspapers newsroom next nicely nicer nicest night nights nine nineteen nineteenth ninetieth ninety
ninth no nobly nobody nod nodded nodding noise noises nominal nominate nominated nominating nomination
nominations nominee nominees none nonetheless nonpartisan nonprofit nonprofits noone nor normal normally
northeast northeastern northern northward northwest northwestern not notable notably note noted notes nothing
notice noticed notices noticing notified notify notifying noting notorious notwithstanding novel novels
november now nowhere nuclear number numbers numerous nurse nurses nutrition o'clock oath oaths obesity obey
obeyed obeying obeys object objected objecting objection objections objective objectives objects obligation
obligations obscure observation observations observe observed observers observing obsolete obstacle obstacles
obtain obtained obtaining obvious obviously occasion occasional occasionally occasions occupation occupations
occupied occupy occupying occur occurred occurring occurs ocean oceans october odd odds of off offence
offences offend offended offender offenders offending offense offenses offensive offer offered offering
offerings offers office officers offices official officially officials offset offsetting offshore often oh
oil oils ok okay old older oldest ominous on once one onerous ones ongoing only onset onsets onshore
onslaught onslaughts onto open opened opening openings openly opens operate operated operating operation
operational operations operator operators opinion opinions opponent opponents opportunities opportunity
oppose opposed opposes opposing opposite opposition opt opted optimal optimistic opting option optional
options or oral oranges order ordered ordering orders ordinarily ordinary organic organisation organisations
organise organised organiser organisers organising organization organizations organize organized organizer
organizers organizing origin original originally origins orthodox other others otherwise ought our ours
ourselves oust ousted ousting out outage outages outbreak outbreaks outcome outcomes outcries outcry outgrew
outgrown outlaw outlawed outlawing outlet outlets outline outlined outlines outlining outlook outlooks
outnumber outnumbered outnumbering outpace outperform outperformed outperforming output outputs outrage
outraged outrages outraging outside outsider outsiders outspoken outstanding outweigh outweighed outweighing
over overall overboard overcame overcome overcoming overdid overdone overhaul overhauled overhauling
overhauls overheard overlook overlooked overlooking overnight overran overreach overreached overreaching
override overriding overrule overruled overruling oversaw overseas oversee overseeing overseen overshadow
overshadowed overshadowing oversight oversights overslept oversold overspent overtake overtaken overtaking
overthrew overthrow overthrowing overthrown overtook overturn overturned overturning overwhelm overwhelmed
overwhelming overwhelmingly owe owed owing own owned owner owners ownership owning owns oxen oxygen pace
paced paces pacing pack package packages packed packing packs pact pacts paediatric pages paid pain painful
painfully pains paint painted painter painters painting paintings paints pair paired pairing pairs palace
palaces pale paler palm palms pandemic pandemics panel panels panic panicked panicking panics paper papers
parade paraded parades parading paradise paradises parallel paramilitaries paramilitary pardon pardoned
pardoning parent parental parents parked parking parliament parliaments part partial partially participant
participants participate participated participating participation particular particularly parties partisan
partisans partly partner partners partnership partnerships parts party pass passage passages passed passenger
passengers passes passing passionate passionately passive past pastors pasts patch patched patches patching
path paths patience patient patiently patients patrol patrolled patrolling patrols pattern patterns pause
paused pauses pausing pay paying payment payments payroll payrolls pays peace peaceful peacefully peaces peak
peaked peaking peaks peculiar pedestrian pedestrians peer peers penalise penalised penalising penalize
penalized penalizing penalties penalty pension pensioner pensioners pensions people peoples per perceive
perceived perceiving percent percentage percentages percents perception perceptions perform performance
performances performed performer performers performing perhaps perilous period periods permanent permanently
permission permissions permit permits permitted permitting perpetrator perpetrators persecute persecuted
persecuting persist persisted persistent persistently persisting person personal personalities personality
personally personnel persons perspective perspectives persuade persuaded persuading pessimistic petition
petitions phase phases phenomena phenomenon phenomenons phone phoned phones phoning photo photograph
photographer photographers photographs photos phrase phrases physical physically physician physicians pick
picked picking picks pickup pickups picture pictured pictures picturing piece pieces pile piles pill pills
pilot pilots pioneer pioneered pioneering pipe pipeline pipelines pipes pit pitch pitches pits pivotal place
placed places placing plague plagued plaguing plain plainly plaintiff plaintiffs plan plane planes planned
planner planners planning plans plant planted planting plants plastic plastics platform platforms plausible
play played player players playing playoff playoffs plays plea plead pleaded pleading pleas pleasant please
pleased pleasing pleasure pleasures pledge pledged pledges pledging plot plots plotted plotting plough
plummet plummeted plummeting plunge plunged plunges plunging plus podcast podcasts point pointed pointing
points poison poisoned poisoning poisons polarised polarized police policed policeman policemen polices
policewomen policies policing policy polite political politically politician politicians politics poll polled
polling polls pollster pollsters pollution pool pools poor poorer poorest poorly pop popped popping pops
popular population populations populist port portable portfolio portfolios portion portions portray portrayed
portraying ports pose posed posing position positioned positioning positions positive positively possess
possessed possessing possession possessions possibilities possibility possible possibly post posted posting
postpone postponed postponing posts potential potentially potentials pound pounds pour poured pouring pours
poverty powered powerful powerfully powering powers practical practically practice practiced practices
practicing practise practised practises practising practitioner practitioners praise praised praises praising
pray prayed prayer prayers praying precarious precede preceded precedent precedents preceding precious
precise precisely predecessor predecessors predict predictable predictably predicted predicting prediction
predictions predicts predominant prefer preference preferences preferred preferring prefers pregnancies
pregnancy pregnant prejudice prejudices preliminary premature premiers premise premises premium premiums
preparation preparations prepare prepared preparing prescription prescriptions presence presences present
presentation presentations presented presenting presents preservation preserve preserved preserving
presidencies presidency presidential presidents press pressed presses pressing pressure pressures prestige
prestigious presumably pretend pretended pretending pretends pretext pretexts prettier prettiest pretty
prevail prevailed prevailing prevent prevented preventing prevention prevents previous previously priced
prices pricing pride prides priest priests primaries primarily primary primes princes princesses principal
principals principle principles print printed printing prints prior priorities prioritise prioritised
prioritising prioritize prioritized prioritizing priority prison prisoner prisoners prisons pristine privacy
private privately privatise privatised privatising privatize privatized privatizing privilege privileges
prize prizes probable probably probation probe probed probes probing problem problems procedure procedures
proceed proceeded proceeding proceedings process processed processes processing produce produced producer
producers produces producing product production productions productive productivity products profession
professional professionally professionals professions professors profile profiled profiles profiling profit
profitable profited profiting profits profound profoundly program programme programmed programmes programming
programs progress progressed progresses progressing progressive prohibit prohibited prohibiting project
projected projecting projects prolific prolonged prominent prominently promise promised promises promising
promote promoted promoting promotion promotions prompt prompted prompting promptly proof proofs propaganda
proper properly properties property proponent proponents proposal proposals propose proposed proposing
prosecute prosecuted prosecuting prosecution prosecutions prosecutor prosecutors prospect prospects
prosperity prosperous protect protected protecting protection protections protects protest protested
protester protesters protesting protests protocol protocols proud prouder proudest proudly prove proved
proven proves provide provided provider providers provides providing province provinces provincial proving
provision provisional provisions provocation provocations provocative provoke provoked provoking proxies
proxy prudent psychological public publication publications publicity publicly publish published publisher
publishers publishing pull pulled pulling pulls pump pumped pumping pumps punch punched punches punching
pundit pundits punish punished punishing punishment punishments punitive purchase purchased purchases
purchasing pure purely purer purge purged purging purportedly purpose purposes pursue pursued pursuing
pursuit pursuits push pushed pushes pushing put puts putting pyjamas qualification qualifications qualified
qualify qualifying qualities quality quantities quantity quarrel quarrels quarter quarterback quarterbacks
quarters queens quell quelled quelling queries query quest question questioned questioning questions quests
quick quicker quickest quickly quiet quieter quietest quietly quit quite quitting quota quotas quotation
quotations quote quoted quotes quoting rabbis race raced races racial racially racing racism racist racists
radiation radiations radical radically radicals radio radios rage raged rages raging raid raided raiding
raids railroad railroads railway railways rain rained rainfall rainfalls raining rains raise raised raises
raising rallied rallies rally rallying rammed ramming ramp rampage rampages rampant ran random randomly rang
range ranged ranges ranging rank ranked ranking ranks ransom ransoms rape rapes rapid rapidly rapper rappers
rare rarely rarer rarest rate rated rates rather ratified ratify ratifying rating ratings ratio rational
ratios rattle rattled rattling raw rays reach reached reaches reaching react reacted reacting reaction
reactions reactor reactors reader readers readily readiness reading readings reads ready real realise
realised realises realising realistic realistically realities reality realize realized realizes realizing
really rear rears reason reasonable reasonably reasoned reasoning reasons reassure reassured reassuring rebel
rebellion rebellions rebels rebound rebounded rebounding rebounds rebuff rebuffed rebuffing rebuild
rebuilding rebuilt rebuke rebuked rebuking recall recalled recalling recalls recapture recaptured recapturing
receive received receives receiving recent recently reception receptions recession recessions recipient
recipients reckless reclaim reclaimed reclaiming reclusive recognise recognised recognises recognising
recognition recognize recognized recognizes recognizing recommend recommendation recommendations recommended
recommending reconcile reconciled reconciliation reconciliations reconciling reconsider reconsidered
reconsidering reconstruction reconstructions record recorded recording recordings records recount recounted
recounting recounts recover recovered recoveries recovering recovery recruit recruited recruiting recruitment
recruits recycling reduce reduced reduces reducing reduction reductions refer reference references referenda
referendum referendums referred referring reflect reflected reflecting reflection reflections reform reformed
reforming reforms refugee refugees refund refunded refunding refunds refusal refusals refuse refused refuses
refusing refute refuted refuting regain regained regaining regard regarded regarding regardless regards
regime regimes region regional regions register registered registering registers registration registrations
regret regrets regrettably regretted regretting regular regularly regulate regulated regulating regulation
regulations regulator regulators rehabilitation reimburse reimbursed reimbursing reinforce reinforced
reinforcement reinforcements reinforcing reinstate reinstated reinstating reiterate reiterated reiterating
reject rejected rejecting rejects relate related relating relation relations relationship relationships
relative relatively relatives relax relaxed relaxing relay relayed relaying release released releases
releasing relentless relevant reliable relied relief reliefs relies relieve relieved relieves relieving
religion religions religious relocate relocated relocating reluctance reluctant reluctantly rely relying
remain remainder remainders remained remaining remains remark remarked remarking remarks remedied remedies
remedy remedying remember remembered remembering remembers remind reminded reminder reminders reminding
reminds remote removal removals remove removed removing render rendered rendering renew renewable renewal
renewals renewed renewing rent rental rentals rented renting rents reopen reopened reopening repair repaired
repairing repairs repeal repealed repealing repeals repeat repeated repeatedly repeating replace replaced
replacement replacements replacing replied replies reply replying report reported reportedly reporter
reporters reporting reports represent representation representations representatives represented representing
represents republic republican republicans republics reputable reputation reputations request requested
requesting requests require required requirement requirements requires requiring rescind rescinded rescinding
rescue rescued rescues rescuing research researched researcher researchers researches researching reservation
reservations reserve reserved reserves reserving reset resetting residence residences resident residential
residents resign resignation resignations resigned resigning resilient resist resistance resistant resisted
resisting resolute resolution resolutions resolve resolved resolving resort resorted resorting resorts
resource resources respect respectable respected respecting respective respectively respects respond
responded respondent respondents responding responds response responses responsibilities responsibility
responsible rest restart restarted restarting restaurant restaurants rested resting restoration restorations
restore restored restoring restraint restraints restrict restricted restricting restriction restrictions
restrictive restructure restructured restructuring rests result resulted resulting results resume resumed
resumes resuming retail retailer retailers retain retained retaining retaken retaliate retaliated retaliating
retaliation retaliations rethought retire retired retiree retirees retirement retirements retiring retook
retract retracted retracting retreat retreated retreating retreats return returned returning returns reunite
reunited reuniting revamp revamped revamping reveal revealed revealing reveals revelation revelations revenge
revenges revenue revenues reverse reversed reversing review reviewed reviewing reviews revise revised
revising revision revisions revival revivals revive revived reviving revoke revoked revoking revolution
revolutions reward rewarded rewarding rewards rewritten rewrote rhetoric rices richer richest richly rid
ridden ridding ride rider riders rides ridiculous riding rift rifts right rightly rights rigid rigorous ring
ringed ringing rings riot rioted rioting riots ripe rise risen rises rising risk risked riskier riskiest
risking risks risky rival rivaled rivaling rivalled rivalling rivalries rivalry rivals river road roads
roadside roadsides robberies robbery robot robots robust rocked rocket rockets rocking rocks rocky rode role
roles roll rolled rolling rollout rolls romantic roof roofs rookie rookies room rooms rooted rooting roots
roses rough rougher roughest roughly round rounded rounding route routes routine routinely routines row rows
royal royalties royalty rub rubbed rubbing rubs rude ruin ruined ruining rule ruled ruler rulers rules ruling
rulings rumor rumors rumour rumours run rung runner runners running runoff runoffs runs runway runways rural
rushed rushes rushing ruthless sack sacks sacred sacrifice sacrificed sacrifices sacrificing sad sadder
saddest sadly safe safely safer safest safeties safety said sail sailed sailing salaries salary sale sales
salesman salesmen salt salts salvage salvaged salvaging same sample sampled samples sampling sanction
sanctioned sanctioning sanctions sanctuaries sanctuary sane sang sank sat satellite satellites satisfactory
satisfied satisfy satisfying saturday saturdays save saved saving savings saw say saying says scale scaled
scales scaling scam scams scan scandal scandals scanned scanning scarce scarcely scare scared scaring scary
scathing scatter scattered scattering scenario scenarios scene scenes sceptic sceptical scepticism sceptics
schedule scheduled schedules scheduling scheme schemes scholarship scholarships school schools science
sciences scientific scientifically scientist scientists scope scopes score scored scores scoring scramble
scrambled scrambling scrap scraped scraping scrapped scrapping scratch scratched scratching scream screamed
screaming screams screen screened screening screenings screens script scripts scrutinise scrutinised
scrutinising scrutinize scrutinized scrutinizing scrutiny sea sealed sealing seals search searched searches
searching seas season seasonal seasoned seasons seat seated seating seats second secondary secondly seconds
secret secretaries secretly secrets sectarian section sections sector sectors secular secure secured securing
securities security sedentary see seed seeds seeing seek seeking seeks seem seemed seeming seemingly seems
seen sees segment segments seize seized seizing seldom select selected selecting selection selections self
sell seller sellers selling sells selves senate senates senators send sending sends senior seniors
sensational sense sensed senses sensible sensing sensitive sensitivities sensitivity sent sentence sentenced
sentences sentencing sentiment sentiments separate separated separately separating separation separations
september sequel sequels sequence sequences sergeants series serious seriously serve served server servers
serves service serviced services servicing serving session set setback setbacks sets setting settings settle
settled settlement settlements settler settlers settling seven seventeen seventeenth seventh seventieth
seventy several severe severely sewn sex sexes sexual shadow shadows shake shaken shaking shaky shall shallow
shallower shame shames shan't shape shaped shapes shaping share shared shareholder shareholders shares
sharing sharper sharpest sharply shatter shattered shattering she she'd she'll she's shed shedding sheer
sheet sheets shells shelter sheltered sheltering shelters sheriffs shield shielded shielding shift shifted
shifting shifts shine shined shines shining shiny ship shipment shipments shipped shipping ships shock
shocked shocking shocks shone shook shoot shooter shooters shooting shootings shop shopped shopper shoppers
shopping shops shore shores shortage shortages shorter shortest shortly shot shots should shoulder shoulders
shouldn't shout shouted shouting shouts show showdown showdowns showed showing shown shows shrank shrink
shrinking shrug shrugged shrugging shrunk shut shutdown shutdowns shutting shy sick side sideline sidelined
sidelining sides sight sights sign signal signaled signaling signalled signalling signals signature
signatures signed significance significant significantly signing signs silence silenced silences silencing
silent silently silly silvers similar similarities similarity similarly simmering simple simpler simplest
simplified simplify simplifying simply simulation simulations simultaneously sin since sincere sing singed
singer singers singing single sink sinking sinks sins sisters sit site sited sites sits sitting situation
situations six sixteen sixteenth sixth sixtieth sixty size sized sizes sizing skeptical skies skilful skill
skills skin skins skip skipped skipping slam slammed slamming slash slashed slashing slates slave slavery
slaves sleep sleeping sleeps slept slid slide slides sliding slight slighter slightest slightly slim slimmer
slimmest slip slipped slipping slit slogan slogans slow slowdown slowdowns slowed slower slowest slowing
slowly sluggish slump slumped slumping slumps slung smaller smallest smart smarter smartest smartphone
smartphones smear smeared smearing smell smelled smelling smells smelt smile smiled smiles smiling smoke
smoked smokes smoking smooth smoother smuggle smuggled smuggling snapped snapping snowed snowing snows so
soar soared soaring sober soccer social socially societies society soft softer software soil soils solar sold
soldier soldiers sole solely solicit solicited soliciting solid solidarity solution solutions solve solved
solving somber sombre some somebody somehow someone something sometime sometimes somewhat somewhere son song
songs sons soon sophisticated sore sorry sort sorted sorting sought soul souls sound sounded sounding sounds
source sources southeast southeastern southern southward southwestern sovereign sovereignty sown space spaces
spare spared sparing spark sparked sparking sparse spat spate spates spatial speak speakers speaking speaks
special specialist specialists species specific specifically spectacular speculate speculated speculating
speculation speculations sped speech speeches speed speeded speeding speeds speedy spell spelled spelling
spells spelt spend spending spends spent spied spies spill spills spilt spin spinning spirits spiritual
splendid split splits splitting spoil spoiled spoiling spoilt spoke spoken spokesmen spokespersons
spokeswomen sponsor sponsored sponsoring sponsors spontaneous sportsmen spot spots spotted spotting sprang
spread spreading spreads spring springing springs sprinted sprinting sprung spun spur spurred spurring spy
spying squad squads squares stab stabbed stabbing stabilise stabilised stabilising stability stabilize
stabilized stabilizing stable stabs stadium stadiums staff staffed staffing staffs stage staged stages
stagger staggered staggering staging stake staked stakeholder stakes staking stalemate stalemates stall
stalled stalling stalls stamp stamped stamping stance stances stand standard standards standing standoff
standoffs standpoint standpoints stands standstill standstills stank stare stared staring stark starred
starring stars start started starting starts startup startups state stated statement statements states
statewide static stating station stationed stationing stations statistic statistics statue statues status
statuses statute statutes staunch stay stayed staying stays steadied steadier steadiest steadily steady
steadying steal stealing steel steels steep steeper steer steered steering stellar stem stemmed stemming
stems step stepped stepping steps sterile stick sticking sticks sticky stiff stifle stifled stifling still
stimuli stimulus stinging stings stint stints stock stocked stocking stocks stole stolen stood stop stopped
stopping stops store stored stores storey storeys stories storing storm stormed storming storms story
straight straighter strain strained straining strains strangely stranger strangers strangest strategic
strategies strategist strategists strategy stream streamed streaming streams street streets strength
strengthen strengthened strengthening strengths stress stressed stresses stressing stretch stretched
stretches stretching stricken strict stricter strictest strictly stridden strike striker strikers strikes
striking stringent strip stripped stripping strips strive strived striven striving strode stroke strokes
stronger strongest stronghold strongholds strongly strove struck structural structure structured structures
structuring struggle struggled struggles struggling stubborn stuck student students studied studies studio
studios study studying stuff stuffs stung stunk stunning stupid sturdy style styles subdued subject subjected
subjecting subjects submission submissions submit submitted submitting subpoena subpoenas subscribe
subscribed subscribing subscription subscriptions subsequent subsequently subside subsided subsidiaries
subsidiary subsidies subsiding subsidise subsidised subsidising subsidize subsidized subsidizing subsidy
substance substances substantial substantially substitute substitutes subtle suburb suburbs subways succeed
succeeded succeeding success successes successful successfully successive successor successors succumb
succumbed succumbing such sudden suddenly sued suffer suffered suffering suffers sufficient sufficiently
sugar sugars suggest suggested suggesting suggestion suggestions suggests suicide suicides suing suit
suitable suited suiting suits sultans sum summaries summary summed summer summing summit summits sums sunday
sundays sung sunk sunny suns super superb superintendents superior supermarket supermarkets superpower
superpowers supervise supervised supervising supervisor supervisors supplement supplements supplied supplier
suppliers supplies supply supplying support supported supporter supporters supporting supports suppose
supposed supposedly supposing suppress suppressed suppressing supreme sure surely surface surfaced surfaces
surfacing surge surged surgeon surgeons surgeries surgery surges surgical surging surpass surpassed
surpassing surplus surpluses surprise surprised surprises surprising surprisingly surrender surrendered
surrendering surrenders surround surrounded surrounding surveillance survey surveyed surveying surveys
survival survivals survive survived surviving survivor survivors suspect suspected suspecting suspects
suspend suspended suspending suspension suspensions suspicion suspicions suspicious sustain sustainable
sustained sustaining swallow swallowed swallowing swam swap swapped swapping swarm swarmed swarming swear
swearing sweep sweeping sweet sweeter swelled swept swifter swiftly swim swimming swing swinging swings
switch switched switches switching swollen swore sworn swum swung symbol symbolic symbols sympathetic
sympathies sympathy symptom symptoms system systematic systems table tables tackle tackled tackling tactic
tactics tag tagged tagging tags take taken takeover takeovers takes taking talent talents talk talked talking
talks tall taller tallest tallied tally tallying tame tamper tampered tampering tank tanks tap taped taping
tapped tapping targeted targeting targets tariff tariffs task tasked tasking tasks taste tasted tastes
tasting taught tax taxed taxes taxing taxpayer taxpayers tea teach teacher teachers teaching teachings team
teamed teaming teammate teammates teams tear teared tearing tears teas technical technically technician
technicians technique techniques technological technologies technology teen teenager teenagers teens teeth
telephone telephones television televisions tell telling tells temperature temperatures temporarily temporary
tempt tempted tempting ten tenant tenants tend tended tendencies tendency tender tending tends tennis tense
tension tensions tentative tenth tenure term termed terminal terminals terminate terminated terminating
terming terms terrible terribly terrific terrified territorial territories territory terror terrorism
terrorist terrorists terrors test tested testified testify testifying testimonies testimony testing tests
text texted texting texts than thank thanked thankfully thanking thanks that that'll that's the theater
theaters theatre theatres thee theft thefts their theirs them theme themes themselves then thence
theoretically theories theory therapies therapist therapists therapy there there'll there's thereafter
thereby therefore therein thereof thereupon these they they'd they'll they're they've thick thicker thin
thing things think thinking thinks thinner third thirdly thirds thirsty thirteen thirteenth thirtieth thirty
this thorough thoroughly those though thought thoughts thousand thousands thousandth threat threaten
threatened threatening threatens threats three threshold thresholds threw thrive thrived thriving throughout
throw throwing thrown thru thrust thrusting thursday thursdays thus thwart thwarted thwarting tick ticked
ticket tickets ticking tidy tie tied ties tight tighten tightened tightening tighter tightest tightly till
time timed timeline timelines times timing timings tiny tip tipped tipping tips tire tired tires tiring title
titles to tobacco tobaccoes tobaccos today together told tolerance tolerate tolerated tolerating toll tolls
tomorrow tone tones tonight too took tool tools top topic topics topped topping topple toppled toppling tops
tore torn torture tortured torturing total totaled totaling totalled totalling totally totals touch touched
touches touching tough tougher toughest tour toured touring tourism tourist tourists tournament tournaments
tours tout touted touting toward towards tower towers town towns township townships toxic trace traced traces
tracing track tracked tracking tracks trade traded trader traders trades trading tradition traditional
traditionally traditions traffic trafficking traffics tragedies tragedy tragic trail trailed trailing trails
train trained trainer trainers training trains tranquil transaction transactions transfer transferred
transferring transfers transform transformation transformations transformed transforming transit transition
transitioned transitioning transitions transits translate translated translating translation translations
transmission transmissions transmit transmitted transmitting transparencies transparency transparent
transport transportation transported transporting transports trap trapped trapping traps trauma traumas
travel traveled traveler travelers traveling travelled traveller travellers travelling travels treasuries
treasury treat treated treaties treating treatment treatments treats treaty tree trees tremendous trend
trended trending trends trial trialed trialing trialled trialling trials tribal tribe tribes tribunal
tribunals tribute tributes trick tricked tricking tricks tried tries trigger triggered triggering triggers
trillion trillions trip triple tripled tripling trips triumph triumphed triumphing triumphs trod trodden
troop troops tropical trouble troubled troubles troubling truce truces truck trucks true truer truest truly
trust trusted trustee trustees trusting trusts truth truths try trying tuesday tuesdays tuition tumble
tumbled tumbling tumultuous tune tuned tunes tuning tunnel tunnels turbulent turf turfs turkeys turmoil
turmoils turn turnaround turnarounds turned turning turnout turnouts turnover turnovers turns turves tweet
tweeted tweeting tweets twelfth twelve twentieth twenty twice twin twins twist twists two tying type typed
types typical typically typing tyre tyres ugly uh ultimate ultimately um unabated unable unacceptable
unanimous unarmed unaware uncertain uncertainties uncertainty uncle unclear uncles uncomfortable unconfirmed
unconstitutional undecided under undercut undercutting underestimate underestimated underestimating undergo
undergoing undergone underground undergrounds underline underlined underlining undermine undermined
undermining underneath underpaid underpin underpinned underpinning underscore underscored underscoring
undersold understand understanding understandings understands understood undertake undertaken undertaking
undertook underway underwent underwritten underwrote undid undisclosed undone undoubtedly unearth unearthed
unearthing unemployed unemployment uneven unexpected unexpectedly unfair unfairly unfold unfolded unfolding
unfortunate unfortunately unfounded unhappily unhappy unhealthy unidentified uniform uniforms unilateral
union unions unique unit unite uniting units unity universal universe universes universities university
unjust unknown unlawful unleash unleashed unleashing unless unlike unlikely unnamed unnecessarily unnecessary
unpopular unprecedented unproven unrelated unreliable unresolved unscathed unseat unseated unseating
unspecified unstable unsustainable until unusual unusually unveil unveiled unveiling unwanted unwilling
unwound up upbeat update updated updating upfront upgrade upgraded upgrades upgrading upheaval upheavals
upheld uphill uphold upholding upon upper uprising uprisings uproar uproars upset upsetting upside upsides
upstairs upstream uptick uptown upturn upturns upward upwards urban urge urged urgent urgently urges urging
us use used useful useless user users uses ushered ushering using usual usually utilities utility vacancies
vacancy vacant vacation vacations vaccination vaccinations vaccine vaccines vague valid valley valleys
valuable value valued values valuing vandalise vandalised vandalising vandalize vandalized vandalizing
variable variant variants variation variations varied varieties various vary varying vast vastly vehement
vehicle vehicles vendor vendors venture ventured ventures venturing venue venues verbal verdict verdicts
verified verify verifying version versions versus vertical very veteran veterans veto vetoed vetoes vetoing
via viable vibrant vices vicious victim victims victories victory video videos view viewed viewer viewers
viewing views vigil vigilant vigils vigorous village villager villagers villages violate violated violating
violation violations violence violent violently virtual virtually virtue virtues virus viruses visas
visibility visible vision visions visit visited visiting visitor visitors visits visual vital vivid vocal
voice voiced voices voicing volatile volume volumes voluntary volunteer volunteered volunteering volunteers
vote voted voter voters votes voting vow vowed vowing vs vulnerabilities vulnerability vulnerable wage waged
wages waging wait waited waiting waits waive waived waiving wake waked wakes waking walk walked walking walks
wane waned waning want wanted wanting wants war warehouse warehouses warfare warily warm warmed warmer
warmest warming warmly warn warned warning warnings warns warrant warranted warranting warrants warrior
warriors wars wartime wary was wash washed washing wasn't waste wasted wasteful wastes wasting watch watchdog
watchdogs watched watches watching water watered watering wave waved waves waving way ways we we'd we'll
we're we've weak weaken weakened weakening weaker weakest weakness weaknesses wealth wealthier wealthiest
wealthy weapon weapons wear wearing weary weather weathered weathering weathers web webs website websites wed
wedded wedding weddings wednesday wednesdays week weekday weekdays weekend weekends weekly weeks weep weeping
weigh weighed weighing weight weights weird welcome welcomed welcoming welfare well well-known went wept were
weren't western westward wet what what's whatever whatsoever when whence whenever where where's whereabouts
whereas whereby wherein whereupon wherever whether which whichever while whilst whisper whispered whispering
whistleblower whites who who'd who's whoever whole whom whomever whose why wide widely widen widened widening
wider widespread widest wield wielded wielding wife wild wildest wildlife wildly wilds willing willingly
wills win wind winded winding window windows winds wine wined wines wing wings winner winners winning wins
winter wireless wisdom wisely wiser wisest wish wished wishes wishing with withdraw withdrawing withdrawn
withdrew withheld withhold withholding within without withstand withstanding withstood witness witnessed
witnesses witnessing wives woeful woke woken wolfs wolves woman women won won't wonder wondered wonderful
wondering wonders woo wooden wooed wooing word words wore work worked worker workers workforce working
workout workouts workplace workplaces works workshop workshops world worlds worldwide worn worried worries
worrisome worry worrying worse worsen worsened worsening worst worth worthy wouldn't wound wounded wounding
wounds wove woven wow wrap wrapped wrapping wreck wrecked wrecking wrecks write writer writers writes writing
writings written wrong wrongdoing wrongdoings wrongly wrote wrung y'all yeah year yearly years yell yelled
yelling yells yes yesterday yet yield yielded yielding you you'd you'll you're you've younger youngest
youngster youngsters your yours yourself yourselves youth youths zealous zero zone zones zoomed zooming
`;

/** Frequent English words. @internal */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/u).filter((w) => w !== ''));
