/**
 * Given names by gender, lower-case and accent-folded, used by the name recogniser
 * and by pronoun resolution. Data only. Sources: compiled by hand for this project
 * from general knowledge of naming conventions; not copied from any dataset.
 *
 * Kept as space-separated strings (split once at load) so the bundle stays small.
 * Grouped by cultural region (a name is listed once, under the first region that uses it) and
 * sorted alphabetically within each group. A name given to both sexes (Alex, Jean, Andrea,
 * Kim, Sasha, most Sikh names, many Yoruba and Sotho names) is in UNISEX only.
 *
 * Deliberately left out: given names that, written capitalised before another capitalised
 * word, are more often an ordinary word, a place, an organisation or a surname than a person,
 * e.g. Will, May, June, Mark, Grant, Art, Rich, Hope, Faith, Roman (Catholic), Morgan
 * (Stanley), Stanley (Cup), Georgia, Virginia, Carolina, Victoria, Chelsea, Jackson,
 * Washington, Madison, Austin, Dallas, Paris, Sydney, Florence, Milan, Marine (Corps),
 * Ivy (League), Crystal (Palace), Pearl (Harbor), Hong (Kong), Ming (dynasty), Lee, Al
 * (Jazeera), Abu (Dhabi), Van, Del, Les, Per, Tor, An, Son, Can, Said, Sultan, Raja.
 * Check that list before adding a name.
 * @internal
 */
const FEMALE =
  // English-speaking (US, UK, Ireland, Australia, New Zealand)
  'abby abigail ada addie adele adeline adriana adrienne agnes aileen aimee alaina alana alexandra ' +
  'alice alicia alison aliyah allie allison alyssa amanda amelia amy anastasia angela angelica ' +
  'angelina angharad angie ann anna annabel annabelle anne annette annie antoinette ariana arianna ' +
  'arlene ashleigh audrey aurora ava ayanna ayla barbara bea beatrice becca becky belinda bella ' +
  'bernadette bernice beth bethany betsy betty bev beverley beyonce bianca bonnie brenda brianna ' +
  'bridget brittany bronwyn brooke caitlin callie camilla candace cara carla carly carmen carol ' +
  'caroline carolyn carrie cassandra cassie catherine cathy cecilia celeste celia chantelle ' +
  'charlene charlotte cher cheryl chloe chrissie chrissy christina christine cindy claire clara ' +
  'claudia clementine colleen condoleezza connie cora coretta cynthia daisy danielle daphne ' +
  'darlene davina dawn deb debbie deborah debra deirdre delia delilah denise diana diane dianne ' +
  'dolly dolores donna dora doreen doris dorothy edith edna eileen elaine eleanor elena elise ' +
  'eliza elizabeth ella elle ellen ellie eloise elsie emilia emily emma erica erin esme estelle ' +
  'esther ethel eugenie eunice eva eve evelyn evie faye felicity fiona frances freya gabby ' +
  'gabriella gabrielle gail gemma georgina geraldine gertrude gianna gillian gina ginny gladys ' +
  'glenda gloria grace greta gretchen gwen gwendolyn hadley hailey hannah harper harriet hattie ' +
  'hazel heather heidi helen henrietta hermione hillary holly ida imogen ingrid irene iris isabel ' +
  'isabella isabelle isla ivanka izzy jacinda jacinta jacqueline jada jade jalisa jane janelle ' +
  'janet janice janine jasmine jeanette jen jenn jenna jenni jennifer jenny jess jessica jill joan ' +
  'joanna joanne jocelyn jodi jodie joni josephine josie joy joyce judith judy julia julianna ' +
  'julie juliet justine kaitlyn kamala kara karen kat kate katherine kathie kathleen kathryn kathy ' +
  'katie katrina kay kayla kayleigh keisha kellyanne kemi keshia ketanji khloe kiara kimberly ' +
  'kirsten kirsty krista kristen kristi kristin kristina kristine kristy kylie kyrsten lacey laila ' +
  'lakisha latisha latoya laura lauren layla leah leanne lesley letitia lexi libby lila liliana ' +
  'lilibet lillian lily linda lisa liz liza lizzie lois lorna lorraine lottie louise lucy lydia ' +
  'lynne mabel maddie madeleine madeline madelyn madonna maggie maisie malia mallory mandy ' +
  'marcella marcia margaret margot maria mariah marie marilyn marissa marjorie marla marlene ' +
  'martha mary matilda maureen maxine maya meg megan meghan melania melanie melinda melissa ' +
  'meredith meryl mia michaela michelle mila mildred millie mimi mindy miranda miriam molly monica ' +
  'monique muriel mya myra nadine nancy nanette naomi natalia natalie natasha nell nellie nia ' +
  'nicole nikki nina noelle nora norah noreen norma odette olivia oprah pam pamela patricia patsy ' +
  'paula paulette pauline peggy penelope penny petra philippa phoebe phyllis piper polly priscilla ' +
  'priti rachel rashida rebecca renee rhonda rihanna rita roberta rochelle rosalie rosalind rose ' +
  'rosemary rosie roxanne ruby ruth sabina sabrina sadie sally samantha sandra sara sarah scarlett ' +
  'selena serena shabana shae shanelle shanice shante sharon sheila shelley sherry sheryl shirley ' +
  'shona sienna sloane sonia sophia sophie stacey stella steph stephanie sue suella susan susanna ' +
  'susannah suzanne suzy sylvia tabitha tamara tameka tamika tammy tanisha tanya tara tegan teresa ' +
  'terri tess tessa theodora theresa tiana tiffany tilly tina tonya tori tracey tricia trina trish ' +
  'trisha trudy tulsi tyra una ursula valentina valerie vanessa vera verity veronica vicki vickie ' +
  'vicky viola violet viv vivien vivienne wanda wendy whitney wilma winifred winnie yasmin yasmine ' +
  'yolanda yvette yvonne zara zelda zena zoe zoey zora ' +
  // Irish and Celtic (Ireland, Scotland, Wales)
  'ailbhe ailsa aine aisling aoife bethan brigid caitriona caoimhe carys catrin catriona cerys ' +
  'ciara cliodhna clodagh edel eilidh eimear elspeth emer ffion fionnuala glenys grainne gwyneth ' +
  'iona isobel lowri maeve mair mairead mhairi morag muireann nerys niamh nuala orla orlaith rhian ' +
  'rhiannon rhona roisin saoirse seren sian sinead siobhan sorcha ' +
  // Hispanic and Latin American
  'abril adela adelina agustina ainara ainhoa aitana alejandra alma amaia amalia amparo ana anabel ' +
  'antonella antonia araceli arantxa beatriz begona belen berta blanca camila candela carlota ' +
  'catalina cayetana constanza consuelo cristina dalia daniela delcy dina dulce edurne elisa ' +
  'eloisa elsa elvira esmeralda esperanza estela estrella eugenia fabiola fatima fernanda flor ' +
  'florencia francisca frida gabriela gisela graciela guadalupe helena hilda ines irma isabela ' +
  'itziar jazmin jeanine jimena josefa josefina juana juliana karina karla laia leire leonor ' +
  'leticia lidia lilia lola lorena lucia luciana lucrecia luisa luna lupita luz macarena mafalda ' +
  'magdalena maite malena manuela marcela margarita mariana maribel maricarmen marina marisa ' +
  'marisol maritza marta martina matilde micaela milagros milena miren mireya mirta nerea nieves ' +
  'noelia noemi nuria octavia olga oriana paloma paulina perla pia pilar raquel rebeca renata ' +
  'rigoberta rocio rosa rosalia rosana roxana samanta silvia sofia soledad soraya susana tatiana ' +
  'valeria vanesa violeta viviana ximena xiomara xochitl yesenia ' +
  // Portuguese and Brazilian
  'alessandra aline andreia anitta bruna catarina clarice cristiane debora dilma eduarda eliane ' +
  'fabiana filipa flavia giovana giovanna gisele gleisi graca heloisa isadora ivete janaina ' +
  'jaqueline joana lara larissa livia luana luiza madalena margarida marielle marilia priscila ' +
  'rafaela raissa rosangela silvana solange tania tereza thais vania vitoria viviane ' +
  // French (France, Belgium, Switzerland, Quebec)
  'agathe amandine ambre amelie anais anne-laure anne-marie anne-sophie annick anouk apolline ' +
  'armelle aurelie aurore axelle aya benedicte berenice brigitte carole cecile celine chantal ' +
  'christelle claudine clemence colette constance coralie corinne delphine elisabeth elodie emilie ' +
  'emmanuelle fabienne fadela francoise frederique gaelle genevieve helene heloise jeanne joelle ' +
  'juliette laetitia laure lea liliane lina lise lucie lucille ludivine maelle manon margaux ' +
  'marguerite marianne marie-christine marie-claire marie-france marie-josee marie-laure ' +
  'marie-louise martine maryse mathilde micheline mireille mylene myriam nadege nadia najat ' +
  'nathalie nelly noemie oceane odile oriane pascale rachida regine romane roselyne sabine ' +
  'sandrine segolene severine solene sylvie therese veronique virginie yasmina ' +
  // German (Germany, Austria, Switzerland)
  'anja anke annalena annegret anneliese annika antje beate bettina birgit britta carola christa ' +
  'christiane cornelia dagmar dorothea elfriede elke erika erna franziska frauke frieda friederike ' +
  'gabi gerda gertrud gudrun hanna hannelore heike helga henriette hildegard ilse inge ingeborg ' +
  'irina irmgard jana johanna josefine juliane jutta karin katharina kathrin katja katrin kerstin ' +
  'klara lena leonie lieselotte lotte luise maike malu mareike margarete margit marit meike monika ' +
  'nadja nele renate ricarda rosemarie sahra saskia sigrid silke sonja stefanie steffi susanne ' +
  'svea svenja tanja ulla ulrike uta ute verena wiebke ' +
  // Dutch and Flemish
  'anneke annelies annemarie astrid brechtje bregje carlijn eline els evelien femke fleur hadja ' +
  'hanneke hester hilde ineke janneke jolanda jolien katrien kiki lieke liesbet liesbeth lieve ' +
  'lisanne maaike marieke marijke mariska marjan marjolein marloes merel mieke mirjam myrthe ' +
  'nienke noor rianne romy roos sanne sofie tine tineke veerle willemijn yara zuhal ' +
  // Scandinavian, Finnish and Icelandic
  'agneta agnetha aino anneli anni anu benedikte birgitta birthe bjork britt cecilie charlotta ' +
  'dorthe ebba eeva elin elina freja gro gunilla halla hanne hedda hedvig hege helle helmi inga ' +
  'ingela ingvild jaana jonna kaarina kaisa kajsa karoline kirsi leena liisa linnea lisbeth liv ' +
  'lotta maarit maija maja malin margrethe marja marjatta merete mette mette-marit milla minna ' +
  'mirja nanna niina noora oona outi paivi pernille pirjo randi riikka sanna sari satu signe ' +
  'solveig stina stine sunniva suvi tarja terhi thea tiina tove tuula tuva ulrika vibeke vigdis ' +
  // Italian
  'agnese alessia ambra annalisa annamaria benedetta carlotta carmela caterina chiara cinzia ' +
  'concetta costanza donatella eleonora elisabetta elly emanuela ester federica fiorella franca ' +
  'francesca gaia giada gilda ginevra giorgia giulia giuliana giuseppina graziella ilaria ' +
  'immacolata lavinia letizia loredana lucrezia mara margherita mariangela mariastella mariella ' +
  'michela mirella nicoletta ornella paola patrizia pina rachele raffaella rina romina rosalba ' +
  'rosanna rosaria rossella simona stefania tiziana vittoria ' +
  // Polish, Czech, Slovak and Hungarian
  'agata agnieszka aleksandra alena alicja ania aniela aniko barbora beata blanka bozena csilla ' +
  'danuta dominika dorota edyta elzbieta eniko erzsebet eszter ewa ewelina grazyna halina iga ' +
  'ildiko ilona irena iwona izabela jadwiga jagoda janina jarmila jitka jolanta judit justyna ' +
  'kamila karolina kasia katalin katarzyna kinga kristyna krisztina krystyna lenka lucyna ludmila ' +
  'magda malgorzata marianna marketa marzena miroslava oliwia orsolya pavla radka reka sarka sona ' +
  'sylwia szilvia timea urszula vlasta weronika wiktoria zdenka zita zofia zsofia zsuzsa zsuzsanna ' +
  'zuzana zuzanna ' +
  // Russian, Ukrainian and Belarusian
  'alina alisa alla alona alyona antonina anya anzhela arina bohdana daria darya dasha ekaterina ' +
  'elizaveta evgenia galina halyna inessa inna iryna iuliia kateryna katya khrystyna kira ksenia ' +
  'kseniya larisa lesya liliya liudmyla lyubov lyudmila lyudmyla mariya maryna masha milana ' +
  'nadezhda nadiya nastya nataliya natalya oksana oleksandra olena olesya olha polina raisa ' +
  'ruslana sofiya solomiya stanislava sveta svetlana svitlana tatyana tetiana ulyana valeriya ' +
  'varvara veronika viktoria viktoriya vlada vladislava yana yaroslava yekaterina yelena ' +
  'yelizaveta yevgenia yulia yuliya zhanna zinaida zlata zoya ' +
  // Balkans, Romania and Bulgaria (Serbian, Croatian, Bosnian, Slovenian, Macedonian, Albanian)
  'adina albana amela anca andjela andreea anila aurelia biljana borislava branka camelia corina ' +
  'danijela denitsa desislava dijana doina donika dragana dua dunja ecaterina elitsa emina ' +
  'florentina georgiana gergana gordana hristina ileana iliana ioana iulia ivana ivona jasmina ' +
  'jelena jovana kalina katarina kolinda kristalina ksenija lejla ljiljana luminita madalina ' +
  'margareta marija mihaela milica mimoza mirela mirjana nada natasa nevena nicoleta oana olivera ' +
  'otilia petya radmila ralitsa raluca ramona rodica rositsa sanda sanja silviya slavica snezana ' +
  'sorina suzana teodora tsvetelina vesna viorica vjosa zana zorana zorica zornitsa ' +
  // Greek and Cypriot
  'aikaterini angeliki antigone athena athina danai despina dimitra eirini eleni elpida evangelia ' +
  'fani foteini fotini ioanna irini kalliopi katerina katina kleopatra konstantina kyriaki melina ' +
  'nefeli niki panagiota paraskevi pinelopi rena sotiria stavroula styliani vasiliki ' +
  // Turkish, Azerbaijani and Central Asian
  'aida aigerim aliya asel aylin aynur ayse aysel azra banu berna beyza burcu busra cansu ceren ' +
  'damla defne derya dilara dilek dinara ebru eda ela elif emel emine esin esra fatma feride figen ' +
  'filiz gamze gizem gonca gul gulay gulnara hande hatice hulya ipek kubra leyla madina malika ' +
  'mehriban melek meltem meral merve meryem nazli nesrin nilufer nurcan oya ozlem pinar sebnem ' +
  'seda selin sema serap sevgi sevim sibel songul tansu tugba yasemin yesim zarina zehra zeynep ' +
  // Arabic (Middle East and North Africa)
  'aicha aisha alia amal amina amira asma asmaa azza basma dalal doaa duaa eman esraa fadia ' +
  'fatimah ghada hajar hala halima hana hayat hiba hind hoda houda huda iman inas intisar jamila ' +
  'joumana jumana karima kenza khadija khadra lamia latifa leila loubna loujain lubna maha majida ' +
  'malak manal manar maram mariam marwa maryam meriem mona mouna moza muna nabila naglaa nahla ' +
  'naila najla nawal nayla nesrine nisreen nouf rabia rahma rana randa rania ranya rasha rawan ' +
  'reem reema rima ruba rula safa safiya sahar salima salma salwa samia samira sana sawsan selma ' +
  'shaima sherine siham souad soumaya suad suha sumaya tahani wafa warda widad yousra zahra zainab ' +
  'zaynab zeina zina zineb zohra ' +
  // Persian (Iran, Afghanistan, Tajikistan)
  'azadeh bahar fariba farideh farnaz fatemeh fawzia fereshteh forough ghazal goli golnar ' +
  'golshifteh habiba homa kimia laleh mahnaz mahsa mahtab malalai meena minoo mitra nahid narges ' +
  'nasim nasrin nazanin neda negar niloofar niloufar parisa parvaneh parvin pegah roya sepideh ' +
  'setareh shabnam shadi shahla shirin shiva shukria sima simin soheila tahmineh taraneh yalda ' +
  'zarifa zeinab ziba zohreh ' +
  // Hebrew and Israeli
  'ayala ayelet batya chana dafna devorah efrat esti galit golda hadas hagit hila inbal irit keren ' +
  'liat limor meirav merav miri naama noa noga ofra orit orly osnat ravit reut rivka ronit ruti ' +
  'sarit shani shira shlomit shoshana sigal tali tamar tova tzipi yael yehudit yifat yocheved ' +
  'zehava ' +
  // South Asian (Hindi, Marathi, Gujarati, Telugu, Kannada, Malayalam)
  'aarti aditi aishwarya alka ananya anjali ankita anupama anuradha anushka aparna archana asha ' +
  'bharti bhavna bhumika chitra deepa deepika deepti divya droupadi ekta garima gauri geeta hema ' +
  'indira isha ishita jaya kajal kalpana kangana kareena kavita kirti komal kritika lakshmi lalita ' +
  'lata madhu madhuri mahima mahua mamata manisha meenakshi megha mira mitali nalini namrata ' +
  'nandini neelam neha nidhi nirmala nisha pallavi parvati payal pooja poonam pratibha preeti ' +
  'priya priyanka pushpa radha radhika rakhi rani rashmi reena rekha renu richa ritu riya roshni ' +
  'ruchi rupa sadhana sakshi sangeeta sapna sarita savita seema shalini sharmila sheetal shilpa ' +
  'shivani shobha shraddha shreya shruti shweta sita smita smriti sneha sonal sonali sudha sumitra ' +
  'sunita supriya sushila sushma swati tanvi tripti urvashi usha vaishnavi vandana vani varsha ' +
  'vasundhara vidya yamini zeenat ' +
  // Tamil and Sri Lankan
  'akila chandrika dilrukshi geetha janani jayalalithaa jayanthi kanimozhi kavitha keerthana latha ' +
  'malar malathi nandhini nirupama parvathi pavithra rajeswari ramya revathi saranya selvi shanthi ' +
  'sirimavo sowmya suganya sumathi valli vanitha vidhya vijaya ' +
  // Bengali (West Bengal and Bangladesh)
  'arundhati bipasha fahmida farhana hasina indrani ishani jahanara kajol khaleda koel mahmuda ' +
  'moushumi nandita nazma nazneen nilufar paromita payel rehana rituparna rokeya ruma selina ' +
  'shahnaz sohini suchitra sudeshna sumona tahmina tanushree taslima urmila ' +
  // Urdu and Pakistani
  'amna ayesha benazir bushra farzana fauzia firdous fiza ghazala hania hina hira huma humaira ' +
  'iqra mahira mahnoor malala mehreen mehwish naheed nasreen nazia nida nimra parveen raheela ' +
  'robina rubina rukhsana saba sadia saima samina shagufta shazia shireen sidra sumaira tahira ' +
  'tehmina uzma yasmeen zubaida ' +
  // Punjabi and Sikh
  'gurleen harleen harsimran jasleen kirandeep ' +
  // Nepali
  'anjana bidya binita kabita laxmi pramila ' +
  // Chinese (Mainland, Taiwan, Hong Kong, Singapore; pinyin and common romanisations)
  'bi-khim ching-ling chunying fang halimah huiling huimin ing-wen jiayi jingjing lan lihua lijuan ' +
  'lili ling lingling mei mei-ling meili meiling mengyao qian qinwen ruoxi shu shuang ting ' +
  'tingting xia xiaohong xiaoli xiaomei xiaowen xiaoyan xinyi xiu xiuli xiuying xue yanling ying ' +
  'yingying yiting yue yun yuqi yutong yuxin ziyi ' +
  // Korean
  'bo-young chae-won da-hyun eun-ji eun-young eunji geun-hye ha-eun ha-yoon haeun hee-jin hye-jin ' +
  'hye-kyo hyejin ji-eun ji-hye ji-soo ji-yeon ji-yoo jisoo jiyeon jung-eun jung-hee kyung-wha ' +
  'mi-kyung mi-young min-ji min-seo min-young minji minseo na-yeon seo-yeon seo-yun seoyeon seoyun ' +
  'seul-gi soo-ah soo-jin soo-yeon soojin su-bin sun-hee ye-eun ye-jin yo-jong young-hee yu-na ' +
  'yuna ' +
  // Japanese
  'aiko akane akari akiko asami ayaka ayako ayame ayumi chie emi emiko eri hanako haruka hiromi ' +
  'hitomi junko kana kanako kaori keiko kumiko kyoko mai mami mana mariko masako mayu mayumi ' +
  'megumi miho miki minako mio misaki misato miwa miyu momoko nanami naoko noriko nozomi reiko rie ' +
  'rika riko risa ryoko sachiko saki sakura sanae saori satomi sayaka sayuri seiko shiori shizuka ' +
  'sumire tomoko tomomi yoko yoshiko yui yuka yukiko yuko yumi yumiko yurika yuriko ' +
  // Vietnamese
  'bich diem diep duyen hoa huong huyen linh ly nga ngan ngoc nguyet nhi nhung oanh phuong quynh ' +
  'thao thuong thuy trang trinh tuyet uyen vy ' +
  // Filipino
  'analyn ara carmina corazon erlinda evangeline imelda jennylyn jinkee jonalyn leni leonora ' +
  'maricar maricel marilou marites marivic rhea rowena ruffa teresita vilma zenaida ' +
  // Indonesian and Malaysian
  'ayu azizah endang fitri indah intan kartini lestari megawati mulyani noraini nurul puan putri ' +
  'ratna retno rini rosmah siti susi wulan yanti yuni ' +
  // Thai
  'chanida kanokwan malee nattaya paetongtarn pimchanok ratchanok saowanee siriporn somsri ' +
  'supaporn wanida yingluck ' +
  // Nigerian: Yoruba
  'abimbola adenike aduke adunni ajoke atinuke bisi bukola bunmi folake folasade funke funmi ' +
  'funmilayo itunu iyabo jumoke kemisola modupe morenike mosunmola motunrayo oluwatoyin omobolanle ' +
  'omolara omolola omotola omowunmi oyin oyinkansola ronke sade simi tinuke titi titilayo tiwa ' +
  'wuraola yetunde yewande ' +
  // Nigerian: Igbo
  'adaeze adanna adaobi adaora amaka amarachi chiamaka chidimma chidinma chimamanda chinelo ' +
  'chinenye chinwe chinyere chioma ezinne ifeoma ifunanya ijeoma ngozi nkechi nneka nnenna ' +
  'nwakaego obiageli ogechi oluchi onyinye uju ujunwa uloma uzoamaka zikora ' +
  // Nigerian: Hausa and Fulani
  'asabe bilkisu binta hadiza hafsat hajara hassana hauwa husseina jummai ladi larai maimuna ' +
  'rahama rakiya rukayya saadatu sadiya salamatu talatu ummi zuwaira ' +
  // Ghanaian (Akan, Ewe, Ga)
  'abena abla ablavi adjoa adwoa adzo afi afia afua akosua aku akua akuba akuorkor ama amma araba ' +
  'dede efia efua ekua esi korkor kukua maame naa nhyira oforiwaa serwaa yaa ' +
  // West African Francophone (Senegal, Mali, Guinea, Ivory Coast, Cameroon)
  'aissatou aminata assa astou awa bineta coumba dieynaba djeneba fatou fatoumata hawa kadiatou ' +
  'khady mariama ndeye oumou ramatoulaye rokia salimata seynabou ' +
  // Kenyan, Ugandan and Tanzanian
  'achieng adhiambo akinyi akoth anyango aoko apiyo atieno auma awino chebet kamaria makena mumbi ' +
  'mumbua muthoni mwanaisha mwikali nafula naliaka nanjala ndinda neema nekesa njeri nyambura ' +
  'nyawira nyokabi rehema subira syokau wairimu waithera wambui wangari wangui wanja wanjiku ' +
  'wanjiru zawadi ' +
  // Ethiopian, Eritrean and Somali
  'almaz asli aster azeb birtukan deeqa derartu faadumo fadumo feven filsan genet genzebe halimo ' +
  'hibaaq hiwot hodan idil ifrah kidist ladan liya mahlet mekdes meron meseret mulu nasra rahel ' +
  'sagal sahle-work selam senait tigist tirunesh tsehay tsion ubah waris winta yeshi yordanos ' +
  'zewditu ' +
  // Southern African (Zulu, Xhosa, Sotho, Tswana, Shona, Afrikaans)
  'annelie busi busisiwe carli charlize chiedza dineo duduzile fadzai gugu khanyi khanyisile ' +
  'lerato liesl liezl lindiwe mbali mpumi naledi nandi nkosazana nokuthula nolwazi nompumelelo ' +
  'nomsa nomvula nonhlanhla nosipho noxolo nthabiseng ntombi palesa phumzile puleng refilwe ronel ' +
  'rudo rumbidzai tariro thandeka thandi thandiwe thembeka tsitsi vimbai zandile zanele zinhle ' +
  'zodwa zukiswa ' +
  // Maori and Pacific
  'anahera aroha awhina hine kiri marama mele moana ngaire';

const MALE =
  // English-speaking (US, UK, Ireland, Australia, New Zealand)
  'aaron abraham adam adrian aidan aiden alan alastair albert alec alexander alfie alfred allan ' +
  'allen alvin amos andre andrew andy anthony antoine archie arnold arthur barack barnaby barry ' +
  'basil ben benedict benjamin benny bernard bernie bert beto bill billy bob bobby brad bradley ' +
  'brandon brendan brent brett brian bruce bruno bryan bryce bukayo byron caleb calvin carl cary ' +
  'cecil cedric chad charles christopher chuck clarence clayton clifford clint clive cody cole ' +
  'colin connor conor corey craig curtis cyril cyrus dale damian damien damon dan daniel danny ' +
  'dante darius darnell darren darryl daryl dave david deandre declan demarcus dennis derek ' +
  'derrick deshawn desmond dexter dick dom dominic don donald donovan dorian doug douglas duncan ' +
  'dustin dwayne dwight dylan ed eddie edgar edmond edmund edward edwin eli elias elijah elliot ' +
  'elliott elton elvis emmanuel emmett enzo eric ernest ernie errol ethan eugene evan ezekiel ezra ' +
  'felix finlay finley floyd forrest francis frank franklin fred freddie freddy frederick gabriel ' +
  'gareth garrett garry gary gavin gene geoff geoffrey george gerald gerard gerry gideon gilbert ' +
  'giles glen glenn gordon graham grayson greg gregor gregory gus guy hakeem hal hamish hank ' +
  'harold harry harvey hector henry herman howard hugh hugo humza ian isaac isaiah ivan jabari ' +
  'jack jacob jadon jake jalen jamal james jared jason jasper jay jaylen jayson jd jeff jeffrey ' +
  'jeremiah jeremy jermaine jerome jerry jesse jim jimmie jimmy joe joel joey john johnny jon ' +
  'jonah jonas jonathan jonny joseph josh joshua jude julian julius justin kane kareem karl kash ' +
  'keegan keir keith ken kendrick kenneth kenny kevin kieran kingsley kirk kwasi kyle lachlan ' +
  'lamar lamont lance larry lawrence lebron len lenny leo leon leonard leopold leroy levi lewis ' +
  'liam lionel lloyd logan louis luca lucas luke lyndon magnus malcolm marcus marlon martin marty ' +
  'marvin matt matthew maurice max micah michael mick mickey mike milo mitch mitchell mitt monty ' +
  'nadhim nathan nathaniel ned neil nelson neville newt nicholas nick nigel noah noel nolan norman ' +
  'oliver ollie oscar otto owen patrick paul pete peter phil philip phillip quentin raheem ralph ' +
  'randall randy raphael rashad ray raymond reg reggie reginald rex rhys richard rick ricky rishi ' +
  'rob robbie robert rocco rod rodney roger roland ron ronald ronnie ross roy rudy rupert russell ' +
  'ryan sajid sammy samuel scott seb sebastian seth shane shaquille shaun sid simon sonny spencer ' +
  'stan stefan stephen steve steven stewart stuart ted teddy terence terrell terrence terry theo ' +
  'theodore thomas tim timothy tobias toby todd tom tommy tony travis trent trevor trey tristan ' +
  'troy tyler tyrese tyrone victor vince vincent vinnie virgil wally walt walter warren wayne wes ' +
  'wesley william willie winston wolfgang wyatt xavier zach zachary zack ' +
  // Irish and Celtic (Ireland, Scotland, Wales)
  'alasdair aled alistair alun angus bryn callum cathal cian ciaran cillian colm colum conall ' +
  'cormac dafydd dai darragh dermot diarmuid donal eamon eamonn enda eoghan eoin euan ewan feargal ' +
  'fergal fergus fintan fraser geraint gethin glyn huw hywel iain idris ioan killian llewellyn ' +
  'lorcan micheal niall odhran oisin owain paddy padraic padraig pearse rhodri ronan rory ruairi ' +
  'seamus sean steffan tadhg tomas wyn ' +
  // Hispanic and Latin American
  'adolfo agustin alberto alejandro alfonso alfredo alvaro andres antonio armando arturo aurelio ' +
  'benito bernardo carlos cesar cristian cuauhtemoc dario diego domingo eduardo emiliano emilio ' +
  'enrique ernesto esteban eugenio evo ezequiel fabian fausto federico felipe fernando fidel ' +
  'francisco gerardo gerson gonzalo gregorio guillermo gustavo hernan horacio humberto ignacio ' +
  'iker isaias ismael jacobo jair javier jesus joaquin jorge jose juan julio kiko lalo leonardo ' +
  'lorenzo luciano luis manuel marcelo marcos mariano mario mateo matias mauricio maximiliano ' +
  'miguel moises nacho nayib nestor nicolas ollanta pablo paco pancho patricio pedro pepe rafa ' +
  'rafael ramon raul ricardo rodrigo ruben salvador santi santiago saul sergio tadeo teodoro ' +
  'thiago valentin vicente yuri ' +
  // Portuguese and Brazilian
  'adriano afonso alexandre artur augusto caio ciro claudio cristiano davi diogo duarte edson ' +
  'fabio fabricio flavio geraldo gilmar goncalo guilherme heitor helder henrique igor ivo joao ' +
  'joaquim juliano luiz lula marcio marco mateus matheus murilo neymar nuno otavio paulo renan ' +
  'renato rogerio ronaldo rui sebastiao silvio tiago vasco vinicius vitor ' +
  // French (France, Belgium, Switzerland, Quebec)
  'achille adrien aime alain ange arnaud augustin aurelien baptiste bastien benoit bertrand ' +
  'christophe corentin didier edouard emile etienne fabien fabrice florent florian francois ' +
  'francois-xavier frederic gael gaetan gaspard gaston geoffroy georges gilles gregoire guillaume ' +
  'henri herve hugues jacques jean-baptiste jean-charles jean-christophe jean-claude jean-francois ' +
  'jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-noel jean-paul ' +
  'jean-philippe jean-pierre jean-yves jeremie julien kilian kylian laurent loic luc lucien ' +
  'ludovic marc marc-antoine marcel mathias mathieu mathis matthieu maxence maxime michel mickael ' +
  'olivier olivier-jean pascal patrice philippe pierre pierre-emerick pierre-henri pierre-yves ' +
  'raoul regis renaud rene rodolphe romain sebastien serge stanislas stephane sylvain tanguy ' +
  'thibault thierry valery wilfried yann yannick yannis yoann yohan yves ' +
  // German (Germany, Austria, Switzerland)
  'alois andreas anton armin axel bastian benedikt bernd bernhard boris carsten cem christoph ' +
  'detlef dieter dietmar dirk emil erich ernst erwin frank-walter franz friedrich fritz georg ' +
  'gerhard gunter gunther hans hans-georg hans-joachim hans-jurgen hans-peter hartmut heiko ' +
  'heinrich heinz heinz-christian helge helmut hendrik henning hermann holger horst ingo jakob ' +
  'jannik jens joachim jochen johann johannes jorg joschka jurgen kai karl-heinz karl-theodor ' +
  'klaus knut konrad kurt lars lorenz lothar ludwig lukas malte manfred markus mats matthias ' +
  'maximilian moritz niklas nils olaf ole oskar philipp rainer ralf reiner reinhard rudiger rudolf ' +
  'sascha sepp siegfried sigmar steffen sven thorsten timo torsten udo ulf uli ulrich uwe volker ' +
  'werner wilhelm willi winfried wolfram xaver ' +
  // Dutch and Flemish
  'arjan arjen bart bas bastiaan bram christiaan cornelis daan dries filip frans freek frenkie ' +
  'geert gerrit gert gijs guus henk jaap jelle jeroen johan joost joris kees klaas koen maarten ' +
  'martijn mathijs matthijs maurits menno nico niels piet pieter remco rik roel rutger ruud sander ' +
  'sjoerd stef stijn thijs wessel willem wim wopke wouter ' +
  // Scandinavian, Finnish and Icelandic
  'aki aksel aleksi anders antti arne bjarne bjarni bjorn bo christer dag eero einar erik espen ' +
  'fredrik geir gudni gunnar gustaf gustav haakon hakan hakon harald heikki henrik ilkka ingvar ' +
  'ivar jani janne jari jesper joakim jorgen juha juhani juho jukka jussi jyrki kalle kasper kimi ' +
  'kjell kjetil kristoffer lasse lauri leif lennart mads markku matti mattias mikael mikko morten ' +
  'niko olafur olav olli oyvind paavo pasi peder pekka petri petteri ragnar rasmus risto roald ' +
  'rune sami sauli sigmundur sigurd soren stian stig svein sverre teemu terje tero tommi torbjorn ' +
  'trond trygve tuomas ulrik valdemar valtteri vesa vidar viggo ville ' +
  // Italian
  'aldo alessandro alessio amedeo angelo attilio beppe carlo carmine cesare corrado daniele davide ' +
  'dino domenico edoardo elia elio emanuele enrico ettore ezio fabrizio ferdinando filippo ' +
  'francesco franco fulvio gaetano gennaro giacomo giancarlo gianfranco gianluca gianluigi ' +
  'gianmarco gianni gianpaolo gino giorgio giovanni giulio giuseppe graziano guido ignazio lino ' +
  'luigi marcello massimo matteo mattia maurizio mauro mirko nando nicolo nino ottavio paolo ' +
  'pasquale pierluigi piero pierpaolo pietro pino raffaele renzo riccardo roberto romano salvatore ' +
  'sandro saverio sebastiano silvano stefano tiziano tommaso ugo umberto valerio vincenzo vito ' +
  'vittorio ' +
  // Polish, Czech, Slovak and Hungarian
  'akos andras andrej andrzej antoni arkadiusz attila balazs bartlomiej bartosz bela bence csaba ' +
  'dariusz dawid ferenc gabor gergely grzegorz gyorgy gyula henryk imre istvan jacek jakub janos ' +
  'janusz jaroslaw jerzy jiri jozef jozsef juraj kacper kamil karel karol krisztian krzysztof ' +
  'lajos laszlo lech leszek lukasz maciej marcin marek mariusz marton matej mateusz miklos mikolaj ' +
  'miroslav miroslaw ondrej patryk pawel petr piotr przemyslaw radek radoslaw rafal ryszard sandor ' +
  'slawomir stanislaw sylwester szabolcs szymon tadeusz tamas tibor tomasz vaclav vojtech wieslaw ' +
  'witold wladyslaw wojciech zbigniew zdenek zoltan zsolt ' +
  // Russian, Ukrainian and Belarusian
  'akhmad aleksandr aleksei alexei alexey anatoly andrei andrii andriy arseniy arseny artem artyom ' +
  'bogdan daniil danylo denis dmitri dmitry dmytro evgeny fedir fyodor gennady georgy gleb grigory ' +
  'ihor ilya kirill konstantin leonid lev maksim maksym maxim mikhail mikhailo misha mykhailo ' +
  'mykola nazar nikolai oleg oleh oleksandr oleksii oleksiy ostap pavel pavlo petro pyotr ramzan ' +
  'rostislav rostyslav ruslan sergei sergey sergiy serhii serhiy stanislav stepan svyatoslav taras ' +
  'timur vadim vadym valeriy vasily vasyl viktor vitali vitaliy vitaly vladimir vladislav ' +
  'volodymyr vyacheslav yaroslav yegor yevgeny yevhen yuriy ' +
  // Balkans, Romania and Bulgaria (Serbian, Croatian, Bosnian, Slovenian, Macedonian, Albanian)
  'agim alban albin aleksandar ante arben artan bojan borislav boyko branko constantin dalibor ' +
  'damir darko davor dejan dimitar dragan dusan edi edin fatmir florin franjo georgi gheorghe ' +
  'goran granit grigor hashim hristo hrvoje ilir iulian ivaylo ivica josip kenan kiril krasimir ' +
  'kresimir ljubomir lucian luka marius marko mihai milorad milos mircea mladen nebojsa nemanja ' +
  'nicolae nicusor nikolay novak ognjen petar plamen predrag radomir radovan radu ramush ratko ' +
  'razvan rumen sasa senad slobodan sorin srdjan stoyan todor tomislav vasil vasile veselin vlad ' +
  'vlado vojislav vuk xherdan yordan zdravko zeljko zlatko zoran zvonimir ' +
  // Greek and Cypriot
  'achilleas alexandros angelos antonios antonis apostolos aris aristotelis athanasios charalambos ' +
  'christos dimitrios dimitris dionysis emmanouil evangelos fotis georgios gerasimos giannis ' +
  'giorgos grigoris ilias ioannis iraklis konstantinos kostas kyriakos lefteris leonidas loukas ' +
  'manolis marios markos michalis minas nikolaos nikos panagiotis panos pavlos petros savvas ' +
  'sokratis sotiris spyros stavros stefanos stelios takis tasos thanasis theodoros thodoris ' +
  'vangelis vasileios vasilis vassilis yiannis ' +
  // Turkish, Azerbaijani and Central Asian
  'ahmet alparslan arda baris bekir berk binali bulent burak cemil cengiz cihan devlet dogan efe ' +
  'ege ekrem emomali emre enes ercan erdem eren erkan ersin ertugrul faruk fatih ferhat fikret ' +
  'gokhan gurbanguly halil hikmet ilker kaan kadir kassym-jomart kerem levent mehmet mert mesut ' +
  'metin mevlut nuri nurlan nursultan oguz okan oktay omer onur orhan ozan recep riza sedat selim ' +
  'serdar serkan shavkat sinan suleyman tamer taner tarik tayfun tayyip tolga tuncay turgut ugur ' +
  'volkan yasar yasin yavuz yigit yunus zafer zeki ' +
  // Arabic (Middle East and North Africa)
  'abbas abdallah abdel abdelaziz abdelfattah abdelhamid abdelkader abdul abdulaziz abdullah ' +
  'abdulrahman achraf adel adil adnan ahmad ahmed akram ali amin amine amir ammar amr anas anwar ' +
  'ashraf ayman ayoub aziz bashar bassam bilal driss emad fadi fahad fahd faisal farid faris fouad ' +
  'gamal gebran ghassan habib hadi hakim hamad hamdan hamed hamid hamza hani hasan hassan haytham ' +
  'hesham hicham hisham hosni hussein ibrahim ismail issa jafar jamil kais kamal karim khaled ' +
  'khalid khalifa khalil mahdi maher mahmoud mahmud majid malik mansour marwan mehdi mohamad ' +
  'mohamed mohammad mohammed mostafa mourad moustafa muammar muhammad murad mustafa nabeel nabil ' +
  'nader naif najib nasir nasser nawaf omar osama rachid raed rashid riyad saad saddam saeed salah ' +
  'saleh salim salman samir saud sharif sofiane soufiane suleiman talal tamim tarek tariq tawfiq ' +
  'turki waleed walid yacine yahya yasir yasser yassin yassine youcef younes yousef youssef yusuf ' +
  'zaid zakaria zayed ziad zinedine ' +
  // Persian (Iran, Afghanistan, Tajikistan)
  'abolfazl akbar alireza amirhossein arash ardeshir arman babak behnam behrouz bijan dariush ' +
  'ebrahim ehsan esmail farhad farzad ghasem hashem hossein jamshid javad kamran kaveh kazem ' +
  'kourosh masoud massoud mehran mehrdad mohsen morteza navid nima omid parviz payam peyman pouya ' +
  'ramin reza rostam ruhollah shahram siavash sina sohrab soroush vahid ' +
  // Hebrew and Israeli
  'aharon amit aryeh avi avigdor avner avraham binyamin boaz chaim doron dov ehud eitan elad ' +
  'eliyahu elon ephraim erez eyal gadi gil gilad ilan itamar itzhak meir menachem mordechai moshe ' +
  'nadav naftali natan nir noam ofer omri oren reuven roi ronen shaul shimon shlomo shmuel tomer ' +
  'tzvi uri yaakov yair yehuda yigal yitzhak yoav yonatan yosef yossi yuval ze\'ev zeev zvi ' +
  // South Asian (Hindi, Marathi, Gujarati, Telugu, Kannada, Malayalam)
  'abhishek aditya ajay ajit akash akhilesh akshay alok amar amitabh amol anand anil anirudh ankit ' +
  'anupam anurag arjun arnav arun arvind aryan ashish ashok ashwin atal ayush deepak devendra ' +
  'dhruv dinesh gaurav gautam girish gopal hardik harish hemant ishant jagan jasprit jawaharlal ' +
  'jitendra kabir kapil karan kishore krishna kunal lalu madhav mahendra mahesh manish manohar ' +
  'manoj mohan mukesh mulayam narendra naresh naveen neeraj nikhil nitin nitish pankaj pradeep ' +
  'prakash pramod pranab prashant praveen rahul rajesh rajinder rajiv rajnath rakesh ramesh ' +
  'ranveer ravi ravindra rishabh rohan rohit sachin sameer sandeep sanjay sanjeev sanju santosh ' +
  'satish saurabh shankar sharad shiv shivraj shreyas shubman shyam siddharth subhash sudhir sunil ' +
  'suresh sushant tejas tejashwi uddhav umesh varun vasant vijay vikas vikram vinay vinod virat ' +
  'virender vishal vivek ' +
  // Tamil and Sri Lankan
  'anbu annamalai anura aravinda arul balaji chaminda dhanush dimuth gotabaya kannan karthik ' +
  'karthikeyan kumaran kusal lasith mahela mahinda murugan prabhu raghavan rajendran rajinikanth ' +
  'raman ramanathan ranil sajith sanath sankar saravanan senthil siva sivakumar subramaniam sundar ' +
  'udhayanidhi vaiko venkatesh vignesh wanindu ' +
  // Bengali (West Bengal and Bangladesh)
  'abhijit amartya anirban arijit arindam arnab ashraful chandan debashish dipankar habibur ' +
  'joydeep kamrul kaushik mahmudullah mashrafe mithun mizanur mujibur mushfiqur nazrul partha ' +
  'rabindranath rafiq rajat sabyasachi saiful sajeeb satyajit saurav shakib shubhendu somnath ' +
  'sourav subrata sudipto sujoy sumit tanmoy tapan tarique uttam ziaur ' +
  // Urdu and Pakistani
  'aamir asad asif ayub azhar babar bilawal farhan fawad haris imran inzamam irfan jahangir javed ' +
  'junaid kashif liaquat misbah mohsin nadeem naveed nawaz pervez rizwan sarfaraz shahbaz shahid ' +
  'shahzad shakeel shehbaz shoaib sohail tahir talha umar usman waqar waseem wasim yousaf zafar ' +
  'zaheer zain zeeshan zia zubair zulfikar ' +
  // Punjabi and Sikh
  'charanjit diljit gurnam harbhajan hardeep harman jagjit jagmeet jatinder manmohan ranjit ' +
  'sarabjit satnam sukhbir yuvraj ' +
  // Nepali
  'baburam birendra bishnu dipak gagan gyanendra hari khadga pradip ' +
  // Chinese (Mainland, Taiwan, Hong Kong, Singapore; pinyin and common romanisations)
  'chao ching-te cixin dawei enlai feng guang guoqiang haitao hao haoran huning jiabao jiahao jian ' +
  'jianguo jianhua jianjun jianping jianwei jiechi jinping jintao junjie kai-shek keqiang kun lei ' +
  'liang lijian peng qiang qishan sheng shuai shui-bian tao teng-hui tharman wei weidong wen-je ' +
  'wenbin wenjie xiaobo xiaodong xiaolong xiaoming xiaoping xuexiang yat-sen yichen ying-jeou yong ' +
  'you-yi yuhang zedong zemin zhengfei zhihao zhiqiang zhiwei zhiyuan zihao ziyang ' +
  // Korean
  'chung-hee dae-jung do-yun dong-hyun doo-hwan eui-sun ha-jun heung-min hyun-soo hyun-woo ' +
  'jae-hyun jae-in jae-myung jae-won jae-yong ji-ho ji-hoon ji-sung jin-ho jin-woo jong-hyun ' +
  'jong-un jun-ho jun-seo jun-woo jung-kook jung-woo ki-moon kun-hee kyung-soo min-ho min-jun ' +
  'minjun moo-hyun myung-bak sang-min sang-woo seo-jun seojun seung-woo si-woo suk-yeol sung-ho ' +
  'sung-min tae-woo tae-yang ye-jun young-ho young-sam ' +
  // Japanese
  'akio akira daisuke fumio haruki haruto hayao hideki hideo hiroki hiroshi hiroyuki ichiro jiro ' +
  'junichiro kazuki kazuya keisuke kenichi kenji kenta kohei koichi koji masahiro masashi masato ' +
  'naoki naoya osamu ryo ryota ryuichi ryuji satoshi seiji shigeru shinichi shinji shinzo shohei ' +
  'shota shuji taichi takahiro takashi takeshi takumi takuya taro tatsuya tetsuya tomohiro ' +
  'tsuyoshi yoshihide yoshiki yosuke yuichi yuji yukio yusuke yuta yutaka yuzuru ' +
  // Vietnamese
  'bao chinh cuong dat duc duy hai hieu hoang huy khang khoa kien loc luan manh nam nghia phat ' +
  'phong phuc quan quang quoc thang thien thinh toan trong trung tuan tung vinh vu ' +
  // Filipino
  'alden arnel benigno bongbong danilo dingdong efren erap jejomar jinggoy jomar lito manny nonoy ' +
  'noynoy piolo raffy rey reynaldo rodel romeo rommel tito totoy vhong ' +
  // Indonesian and Malaysian
  'agus andi anies arief bagus bambang basuki budi dedi dimas eko fajar ganjar gibran hendra ' +
  'hishammuddin joko khairy kurniawan mahathir muhyiddin prabowo rafizi ridwan rizky sandiaga ' +
  'susilo sutrisno teguh wahyu yudi zahid ' +
  // Thai
  'abhisit anutin chuan pita prasert prawit prayut somchai somkiat somsak srettha surachai thaksin ' +
  'thanathorn worawit ' +
  // Nigerian: Yoruba
  'adebayo adekunle ademola adewale adeyemi afolabi akinola akinwumi ayodeji babajide babatunde ' +
  'bayo dapo deji fela folarin gbenga jide kayode kola kolawole kunle lanre obafemi olatunji ' +
  'olawale olufemi olumide olusegun oluwafemi rotimi segun tunde tunji wale wole ' +
  // Nigerian: Igbo
  'chibueze chibuike chidi chijioke chinedu chukwudi chukwuemeka chukwuma ebuka emeka ikechukwu ' +
  'ikenna kenechukwu ndubuisi nnaemeka nnamdi nonso obi obinna obiora ogbonna okechukwu somto ' +
  'tochukwu ' +
  // Nigerian: Hausa and Fulani
  'abdullahi abubakar aliyu aminu atiku babangida bashir bello danjuma garba goodluck haruna ' +
  'ismaila jibril kashim lawal muhammadu murtala musa mustapha nuhu rabiu sadiq sani shehu tanko ' +
  'umaru yakubu zakari ' +
  // Ghanaian (Akan, Ewe, Ga)
  'akwasi ekow fiifi kodjo koffi kofi kojo kossi kouadio kouame kouassi kwabena kwadwo kwaku kwame ' +
  'kwamina kweku kwesi mawuli nii yao yaw ' +
  // West African Francophone (Senegal, Mali, Guinea, Ivory Coast, Cameroon)
  'abdoulaye adama alassane aliou amadou assimi babacar bakary blaise boubacar fode ibrahima ' +
  'idrissa kalidou kolo lamine macky malick mamadou modibo moussa n\'golo naby oumar ousmane sadio ' +
  'salif sekou serhou seydou souleymane yaya youssou ' +
  // Kenyan, Ugandan and Tanzanian
  'baraka jakaya jelani jomo juma kalonzo kamau kariuki kibet kimani kipchoge kizza maina musalia ' +
  'musyoka mutua mwai mwangi njoroge ochieng odhiambo oduor okoth omondi onyango otieno ouma owino ' +
  'raila rigathi uhuru yoweri ' +
  // Ethiopian, Eritrean and Somali
  'abdi abdirahman abdirashid abdiweli abebe abiy alemayehu amanuel berhanu biniam dawit ermias ' +
  'eyob fasil gebre getachew girma guled haile hailemariam kebede kenenisa lemma mahad mekonnen ' +
  'meles mengistu mesfin mulugeta tadesse tedros tekle tesfaye teshome tewodros yared yohannes ' +
  'yonas ' +
  // Southern African (Zulu, Xhosa, Sotho, Tswana, Shona, Afrikaans)
  'bheki bongani deon dewald duane duduzane eben emmerson faf farai gwede hakainde hennie jabu ' +
  'jabulani jaco kabelo kgalema khaya kudakwashe lindani lwazi mandla mcebisi mduduzi mlungisi ' +
  'mmusi mondli morne mthunzi mzwakhe mzwandile nhlanhla nkosinathi pule qhawe riaan ruan sandile ' +
  'schalk sello sibusiso sifiso sipho siya siyabonga sizwe tafadzwa tatenda thabo themba thulani ' +
  'tinashe vusi xolani zander zweli ' +
  // Maori and Pacific
  'ariki hemi nikau rawiri tane wiremu';

const UNISEX =
  // English-speaking (US, UK, Ireland, Australia, New Zealand)
  'alex alexis andie ari ariel ashley aubrey avery bailey billie bobbie cameron casey channing ' +
  'charley charlie chris courtney dana darcy dee drew eden emery frankie georgie gigi hayden ' +
  'hilary ilhan imani ira jackie jaden jaime jamie jan jasmin jayden jean jessie jo jody jordan ' +
  'joss jules kamryn kasey kelly kelsey kendall kerry kim kris laken laurie leigh leslie lindsay ' +
  'lindsey loren lou lynn mackenzie marion marlowe merle mo nat nicky nicola pat peyton quinn ' +
  'reese remy riley robin rowan sam sasha shannon sidney simone skylar stacy stevie tatum taylor ' +
  'teagan toni tracy val vivian ' +
  // Irish and Celtic (Ireland, Scotland, Wales)
  'dewi ' +
  // Hispanic and Latin American
  'andrea lupe refugio rosario ' +
  // Portuguese and Brazilian
  'gal michele ' +
  // French (France, Belgium, Switzerland, Quebec)
  'alix camille claude dominique laurence lilian sacha ' +
  // German (Germany, Austria, Switzerland)
  'gerd ' +
  // Dutch and Flemish
  'jannie ' +
  // Scandinavian, Finnish and Icelandic
  'kari mika ola ' +
  // Italian
  'gabriele ' +
  // Polish, Czech, Slovak and Hungarian
  'michal nikola ' +
  // Russian, Ukrainian and Belarusian
  'dima nikita valya vanya zhenya ' +
  // Balkans, Romania and Bulgaria (Serbian, Croatian, Bosnian, Slovenian, Macedonian, Albanian)
  'horia marian vanja ' +
  // Turkish, Azerbaijani and Central Asian
  'deniz ilham nur ozgur umut ' +
  // Arabic (Middle East and North Africa)
  'alaa amani farah hanan nour nura samar ' +
  // Hebrew and Israeli
  'adi gili hadar lior noy raz rotem shachar shai sivan tal yarden ' +
  // South Asian (Hindi, Marathi, Gujarati, Telugu, Kannada, Malayalam)
  'ayaan jyoti kiran satya shashi sonam suman ' +
  // Bengali (West Bengal and Bangladesh)
  'nusrat ' +
  // Punjabi and Sikh
  'amandeep amrit baljit balwinder daljit gurdeep gurmeet gurpreet harjinder harjit harpreet ' +
  'harvinder inderjit jasbir jasmeet jaspreet jaswinder karamjit kuldeep kulwant lakhwinder ' +
  'mandeep manjit manjot manpreet navdeep navjot navneet paramjit parminder prabhjot ravinder ' +
  'rupinder simran sukhjeet sukhwinder tejinder ' +
  // Nepali
  'rabi ' +
  // Chinese (Mainland, Taiwan, Hong Kong, Singapore; pinyin and common romanisations)
  'hua hui jie jing jun lijun min ning ping rong weiwei wen xiang xiaojun xin yan yu yuchen yuxuan ' +
  'zhen zhi zhihui zihan ' +
  // Korean
  'hyun-jin ji-hyun ji-min ji-woo jimin jiwoo seung-min yeon-woo yoo-jin ' +
  // Japanese
  'aoi asuka chihiro haru hikaru hinata kaoru kei makoto masaki masami mizuki nana nao natsuki ren ' +
  'rin sora yuki ' +
  // Vietnamese
  'anh binh chau dung giang hanh hien hoai khanh nhan tam thanh tien tu xuan ' +
  // Filipino
  'cory ' +
  // Indonesian and Malaysian
  'dian dwi eka ketut nyoman putu tri wayan ' +
  // Nigerian: Yoruba
  'abiola adeola ayo ayodele ayomide bamidele biodun bola bolaji damilola damola dayo eniola femi ' +
  'idowu ifeoluwa kehinde olamide oluwaseun remi seun sola taiwo tayo temitope tobi tokunbo tolu ' +
  'tomi tope tosin toyin yemi yinka ' +
  // Nigerian: Igbo
  'chima chinonso chisom chizoba ebere ekene ifeanyi kelechi munachi nkem obioma onyeka uche ' +
  'uchenna ' +
  // Ghanaian (Akan, Ewe, Ga)
  'edem elikem selasi ' +
  // Kenyan, Ugandan and Tanzanian
  'furaha ' +
  // Ethiopian, Eritrean and Somali
  'netsanet sifan ' +
  // Southern African (Zulu, Xhosa, Sotho, Tswana, Shona, Afrikaans)
  'anathi andile aphiwe ayabonga ayanda boitumelo bonolo buhle fikile kagiso kamohelo karabo ' +
  'katlego kgomotso lebogang lesego lethabo luthando masego mosa mpho neo ntokozo nyasha sibongile ' +
  'siphesihle tebogo teboho tendai thato tshepiso tshepo tumelo tumi unathi zola ' +
  // Maori and Pacific
  'manaia tama';

// Added after reviewing misses on the project's own corpus.
const FEMALE_ADDED = 'felicia hendrika loretta megyn';
const MALE_ADDED = 'jeb reince';

/** Female given names. @internal */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(`${FEMALE} ${FEMALE_ADDED}`.split(' '));
/** Male given names. @internal */
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(`${MALE} ${MALE_ADDED}`.split(' '));
/** Given names used for both. @internal */
export const UNISEX_FIRST_NAMES: ReadonlySet<string> = new Set(UNISEX.split(' '));
