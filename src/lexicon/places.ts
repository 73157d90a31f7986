/**
 * Place names (countries, capitals, large cities, states and provinces, regions),
 * lower-case and accent-folded, used to tell places (which speak by metonymy:
 * "Beijing said") from people. Data only. Compiled by hand for this project from
 * general knowledge; not copied from any dataset.
 *
 * Entries are ASCII-folded ("sao paulo", "cote d'ivoire"), multi-word names use single
 * spaces, and a leading "the" is dropped ("hague", "gambia", "netherlands").
 *
 * Deliberately left out, because in English-language news they are very often a person's
 * given name or surname (a wrong "place" would stop a person from being recognised), or an
 * ordinary English word that is capitalised at the start of a sentence:
 * - countries: jordan, chad, holland;
 * - capitals: sofia, santiago (kept as "santiago de chile"), victoria, hamilton, male;
 * - cities: adelaide, alexandria, austin, augusta, bergen, bismarck, brooklyn, charlotte, chelsea,
 *   cheyenne, columbus, concepcion, constantine, darwin, durham, flint, florence, helena, hull,
 *   jackson, juarez (kept as "ciudad juarez"), kawasaki, leon, lincoln, lyons, madison, medina,
 *   mendoza, mobile, montgomery, nice, olympia, pierre, port said, regina, reno, rosario, salvador,
 *   santos, savannah, sydney, toledo, trujillo, windsor, and US suburbs named like people
 *   (aurora, chandler, garland, henderson, irvine, irving, stockton);
 * - states and regions: victoria (Australia), guerrero and hidalgo (Mexico), acre and para
 *   (Brazil), kent and devon (England); also amazon and columbia (usually the company or the
 *   university) and reunion (an ordinary word).
 * Kept although sometimes a name, because the place is far more frequent in news: georgia,
 * israel, india, virginia, washington, paris, houston, dallas, denver, phoenix, orlando, milan,
 * lima, wellington, kingston, hague, trinidad.
 * @internal
 * @module
 */

/** Removes the line breaks and indentation from a `|`-separated list written across lines. */
const list = (s: string): string =>
  s
    .split('\n')
    .map((line) => line.trim())
    .join('');

/**
 * UN member and observer states, Taiwan, Kosovo, Western Sahara, Hong Kong, Macau,
 * Greenland, Puerto Rico and the UK nations, with common short and former names ("burma",
 * "ivory coast", "us").
 */
const COUNTRIES = list(`
  afghanistan|albania|algeria|america|andorra|angola|antigua|antigua and barbuda|argentina|armenia|
  australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|
  bhutan|bolivia|bosnia|bosnia and herzegovina|bosnia-herzegovina|botswana|brazil|britain|brunei|
  brunei darussalam|bulgaria|burkina faso|burma|burundi|cabo verde|cambodia|cameroon|canada|
  cape verde|central african republic|chile|china|colombia|comoros|congo|congo-brazzaville|
  congo-kinshasa|costa rica|cote d'ivoire|croatia|cuba|cyprus|czech republic|czechia|
  democratic republic of congo|democratic republic of the congo|denmark|djibouti|dominica|
  dominican republic|dprk|dr congo|drc|east timor|ecuador|egypt|el salvador|england|
  equatorial guinea|eritrea|estonia|eswatini|ethiopia|federated states of micronesia|fiji|finland|
  france|gabon|gambia|georgia|germany|ghana|great britain|greece|greenland|grenada|guatemala|guinea|
  guinea-bissau|guyana|haiti|holy see|honduras|hong kong|hungary|iceland|india|indonesia|iran|iraq|
  ireland|israel|italy|ivory coast|jamaica|japan|kazakhstan|kenya|kiribati|korea|kosovo|kuwait|
  kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|macao|
  macau|macedonia|madagascar|malawi|malaysia|maldives|mali|malta|marshall islands|mauritania|
  mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|
  nauru|nepal|netherlands|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|
  northern ireland|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|
  people's republic of china|peru|philippines|poland|portugal|prc|puerto rico|qatar|
  republic of congo|republic of ireland|republic of korea|republic of the congo|romania|russia|
  russian federation|rwanda|saint kitts|saint kitts and nevis|saint lucia|
  saint vincent and the grenadines|samoa|san marino|sao tome|sao tome and principe|saudi arabia|
  scotland|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|solomon islands|
  somalia|south africa|south korea|south sudan|spain|sri lanka|st kitts|st kitts and nevis|st lucia|
  st vincent and the grenadines|st. kitts|st. kitts and nevis|st. lucia|
  st. vincent and the grenadines|state of palestine|sudan|suriname|swaziland|sweden|switzerland|
  syria|taiwan|tajikistan|tanzania|thailand|timor leste|timor-leste|tobago|togo|tonga|trinidad|
  trinidad and tobago|tunisia|turkey|turkiye|turkmenistan|tuvalu|u.k.|u.s.|u.s.a.|uae|uganda|uk|
  ukraine|united arab emirates|united kingdom|united states|united states of america|uruguay|us|usa|
  uzbekistan|vanuatu|vatican|vatican city|venezuela|viet nam|vietnam|wales|western sahara|yemen|
  zambia|zimbabwe
`);

/**
 * National capitals (and seats of government), with alternative spellings ("kyiv", "kiev").
 */
const CAPITALS = list(`
  abu dhabi|abuja|accra|addis ababa|algiers|amman|amsterdam|andorra la vella|ankara|antananarivo|
  apia|ashgabat|asmara|astana|asuncion|athens|baghdad|baku|bamako|bandar seri begawan|bangkok|
  bangui|banjul|basseterre|beijing|beirut|belfast|belgrade|belmopan|berlin|bern|berne|bishkek|
  bissau|bloemfontein|bogota|brasilia|bratislava|brazzaville|bridgetown|brussels|bucharest|budapest|
  buenos aires|bujumbura|cairo|canberra|cape town|caracas|cardiff|castries|chisinau|colombo|conakry|
  copenhagen|cotonou|dacca|dakar|damascus|delhi|dhaka|dili|djibouti|dodoma|doha|dublin|dushanbe|
  east jerusalem|edinburgh|freetown|funafuti|gaborone|georgetown|gitega|guatemala city|hague|hanoi|
  harare|hargeisa|havana|helsinki|hong kong|honiara|islamabad|jakarta|jerusalem|juba|kabul|kampala|
  kathmandu|khartoum|kiev|kigali|kingston|kingstown|kinshasa|kuala lumpur|kuwait city|kyiv|la paz|
  laayoune|libreville|lilongwe|lima|lisbon|ljubljana|lobamba|lome|london|luanda|lusaka|luxembourg|
  macau|madrid|majuro|malabo|managua|manama|manila|maputo|maseru|mbabane|mexico city|minsk|
  mogadishu|monaco|monrovia|montevideo|moroni|moscow|muscat|n'djamena|nairobi|nassau|nay pyi taw|
  naypyidaw|naypyitaw|ndjamena|new delhi|ngerulmud|niamey|nicosia|nouakchott|nuku'alofa|nur-sultan|
  nusantara|nuuk|oslo|ottawa|ouagadougou|palikir|panama city|paramaribo|paris|phnom penh|podgorica|
  port louis|port moresby|port of spain|port vila|port-au-prince|port-of-spain|porto novo|
  porto-novo|prague|praia|pretoria|prishtina|pristina|putrajaya|pyongyang|quito|rabat|ramallah|
  reykjavik|riga|riyadh|rome|roseau|saint george's|saint john's|san jose|san juan|san marino|
  san salvador|sana'a|sanaa|santiago de chile|santo domingo|sao tome|sarajevo|seoul|singapore|
  skopje|south tarawa|sri jayawardenepura kotte|st george's|st john's|st. george's|st. john's|
  stockholm|sucre|suva|taipei|tallinn|tarawa|tashkent|tbilisi|tegucigalpa|teheran|tehran|tel aviv|
  thimphu|tirana|tokyo|tripoli|tshwane|tunis|ulaanbaatar|ulan bator|vaduz|valletta|vatican city|
  vienna|vientiane|vilnius|warsaw|washington|washington d.c.|washington dc|wellington|windhoek|
  yamoussoukro|yaounde|yaren|yerevan|zagreb
`);

/**
 * Large or newsworthy cities and datelines, plus seats of power that speak by metonymy
 * ("downing street", "capitol hill", "kremlin", "white house", "pentagon", "zhongnanhai").
 */
const CITIES = list(`
  aarhus|abbottabad|aberdeen|abidjan|abu dhabi|abuja|acapulco|accra|adana|addis ababa|aden|afrin|
  agadir|agra|aguascalientes|ahmedabad|ahvaz|akron|albany|albuquerque|aleppo|algiers|allahabad|
  almaty|amman|amritsar|amsterdam|anchorage|ankara|ann arbor|annapolis|antakya|antalya|antananarivo|
  antwerp|arequipa|arlington|arusha|ashdod|ashgabat|ashkelon|asmara|astana|asuncion|aswan|athens|
  atlanta|atlantic city|auckland|avdiivka|ayodhya|baalbek|baghdad|bagram|bakersfield|bakhmut|baku|
  baltimore|bamako|bandar abbas|bandung|bangalore|bangkok|bangui|banja luka|banjul|barcelona|
  barquisimeto|barranquilla|basel|basra|baton rouge|batumi|beersheba|beijing|beira|beirut|bekasi|
  belem|belfast|belgorod|belgrade|belo horizonte|bengaluru|benghazi|benin city|berkeley|berlin|bern|
  bethesda|bethlehem|beverly hills|bhopal|bilbao|birmingham|bishkek|bissau|blantyre|bloemfontein|
  blue house|bogota|boise|bologna|bombay|bonn|bordeaux|boston|brasilia|bratislava|brazzaville|
  bremen|bridgetown|brighton|brisbane|bristol|brno|bronx|bruges|brussels|bucaramanga|bucha|
  bucharest|budapest|buenos aires|buffalo|bujumbura|bukavu|bulawayo|bunia|bursa|busan|bushehr|cairo|
  calais|calcutta|calgary|cali|callao|cambridge|camp david|campinas|campo grande|can tho|
  canary wharf|canberra|cancun|cannes|cape canaveral|cape town|capitol hill|caracas|cardiff|
  carson city|cartagena|casablanca|catania|cebu|ceuta|chandigarh|changchun|changsha|charleston|
  charlottesville|chattanooga|chattogram|cheltenham|chelyabinsk|chengdu|chennai|chernihiv|chernobyl|
  chiang mai|chicago|chihuahua|chisinau|chittagong|chongqing|chornobyl|christchurch|cincinnati|
  city of london|ciudad juarez|cleveland|cochabamba|coimbatore|cologne|colombo|colorado springs|
  conakry|concord|copenhagen|cordoba|cork|corpus christi|cotonou|coventry|cox's bazar|cracow|cucuta|
  cuiaba|culiacan|cupertino|curitiba|cusco|cuzco|da nang|daegu|daejeon|dakar|dalian|dallas|damascus|
  dammam|danang|dar es salaam|daraa|davao|davos|dayton|deir al-balah|deir ez-zor|delhi|denpasar|
  denver|derna|derry|des moines|detroit|dhaka|dharamsala|dharamshala|dili|dire dawa|diyarbakir|
  djibouti|dnipro|dodoma|doha|donetsk|dongguan|dortmund|douala|dover|downing street|dresden|dubai|
  dublin|dubrovnik|dundee|dunkirk|durban|dushanbe|dusseldorf|east jerusalem|ecatepec|edinburgh|
  edmonton|eilat|eindhoven|el alto|el fasher|el paso|elysee|elysee palace|enugu|erbil|essen|
  faisalabad|falluja|fallujah|fleet street|florianopolis|foggy bottom|fordow|fort bragg|
  fort lauderdale|fort worth|fortaleza|foshan|frankfort|frankfurt|freetown|fresno|fukuoka|fukushima|
  fuzhou|gaborone|galway|gaza city|gaziantep|gdansk|geneva|genoa|ghent|giza|glasgow|goiania|
  gold coast|goma|gothenburg|gqeberha|granada|grand rapids|green bay|grenoble|grozny|guadalajara|
  guangzhou|guantanamo|guantanamo bay|guarulhos|guatemala city|guayaquil|guiyang|gujranwala|gurgaon|
  gurugram|guwahati|gwadar|gwangju|hague|hai phong|haifa|haikou|haiphong|halifax|hama|hamburg|
  hangzhou|hannover|hanoi|hanover|harare|harbin|hargeisa|harlem|harrisburg|hartford|havana|hebron|
  hefei|heidelberg|helsinki|herat|hermosillo|hiroshima|ho chi minh city|hoboken|hodeidah|hohhot|
  hollywood|holyrood|homs|hong kong|honolulu|houston|howrah|huntsville|hyderabad|ibadan|idlib|
  imphal|incheon|incirlik|indianapolis|indore|irpin|isfahan|islamabad|ismailia|istanbul|izium|izmir|
  jabalia|jacksonville|jaffna|jaipur|jakarta|jalalabad|jeddah|jefferson city|jenin|jericho|
  jersey city|jerusalem|jinan|joao pessoa|jodhpur|johannesburg|johor bahru|juba|juiz de fora|juneau|
  k street|kabul|kaduna|kaesong|kahramanmaras|kaliningrad|kampala|kananga|kandahar|kano|kanpur|
  kansas city|kaohsiung|karachi|karaj|karbala|karlsruhe|kashgar|kathmandu|kazan|kenosha|kerch|
  kermanshah|key west|khan younis|khan yunis|kharkiv|kharkov|khartoum|kherson|khulna|kiev|kigali|
  kingston|kinshasa|kirkuk|kiryat shmona|kisangani|kismayo|kisumu|knoxville|kobani|kobe|kochi|
  kolkata|konya|krakow|kramatorsk|krasnodar|krasnoyarsk|kremlin|kryvyi rih|kuala lumpur|kumasi|
  kunduz|kunming|kursk|kuwait city|kyiv|kyoto|la paz|la plata|lagos|lahore|lampedusa|langley|
  lansing|lanzhou|las vegas|latakia|lausanne|le havre|leeds|leicester|leipzig|lesbos|lexington|
  lhasa|libreville|lille|lilongwe|lima|limerick|lisbon|little rock|liverpool|ljubljana|lockerbie|
  lodz|lome|london|londonderry|long beach|los alamos|los angeles|louisville|luanda|lubumbashi|
  lucknow|ludhiana|lugansk|luhansk|luoyang|lusaka|luxembourg|luxor|lviv|lyon|maastricht|macao|macau|
  maceio|madison avenue|madras|madrid|madurai|maiduguri|makassar|malabo|malaga|malibu|malmo|managua|
  manama|manaus|manbij|manchester|mandalay|manhattan|manila|maputo|mar del plata|maracaibo|maracay|
  marawi|marib|mariupol|marrakech|marrakesh|marseille|marseilles|martha's vineyard|maseru|mashhad|
  matamoros|mazar-e-sharif|mazar-i-sharif|mazatlan|mbabane|mbuji-mayi|mecca|medan|medellin|meerut|
  mekelle|melbourne|melilla|memphis|menlo park|merida|mexicali|mexico city|miami|miami beach|milan|
  milwaukee|minneapolis|minsk|misrata|mississauga|mitrovica|mogadishu|mombasa|monrovia|monterrey|
  montevideo|montpelier|montpellier|montreal|morelia|moscow|mostar|mosul|multan|mumbai|munich|
  murmansk|muscat|mwanza|mykolaiv|mysore|mysuru|n'djamena|nablus|nagasaki|nagoya|nagpur|naha|
  nairobi|najaf|nanchang|nanjing|nanning|nantes|naples|nashik|nashville|nassau|natanz|naypyidaw|
  nazareth|ndjamena|new delhi|new haven|new orleans|new york|new york city|newark|newcastle|niamey|
  nicosia|ningbo|nizhny novgorod|noida|nottingham|nouakchott|noumea|novi sad|novorossiysk|
  novosibirsk|nuevo laredo|nuremberg|nyc|oakland|oaxaca|odesa|odessa|oklahoma city|omaha|omdurman|
  omsk|onitsha|oporto|oran|orlando|osaka|oslo|ouagadougou|oxford|palembang|palermo|palm beach|palma|
  palmyra|palo alto|panama city|panmunjom|paris|pasadena|patna|pattaya|pearl harbor|penang|pentagon|
  perth|peshawar|philadelphia|phnom penh|phoenix|phuket|piraeus|pittsburgh|plymouth|podgorica|
  pokhara|pokrovsk|port elizabeth|port harcourt|port moresby|port of spain|port sudan|
  port-au-prince|portland|porto|porto alegre|portsmouth|potsdam|poznan|prague|prayagraj|pretoria|
  princeton|pristina|providence|puebla|pune|pusan|putrajaya|pyongyang|qingdao|qom|quai d'orsay|
  quantico|quebec city|queretaro|quetta|quezon city|quito|rabat|rafah|raipur|raisina hill|rajkot|
  raleigh|ramadi|ramallah|ramstein|ranchi|rangoon|raqqa|rawalpindi|recife|rennes|reykjavik|reynosa|
  ribeirao preto|richmond|riga|rio|rio de janeiro|riyadh|rome|rostov|rostov-on-don|rotterdam|
  rzeszow|sacramento|saigon|saint louis|saint paul|saint petersburg|saitama|salem|salisbury|
  salt lake city|salta|saltillo|salzburg|samara|samarkand|samarra|san antonio|san diego|
  san francisco|san jose|san juan|san luis potosi|san pedro sula|san salvador|san sebastian|sana'a|
  sanaa|santa cruz|santa cruz de la sierra|santa fe|santa monica|santiago de chile|santiago de cuba|
  santo domingo|sao luis|sao paulo|sapporo|sarajevo|saskatoon|scottsdale|scranton|sderot|seattle|
  semarang|sendai|seoul|sevastopol|severodonetsk|sevilla|seville|sfax|shanghai|shantou|sharjah|
  sharm el sheikh|sharm el-sheikh|sheffield|shenyang|shenzhen|shijiazhuang|shimla|shiraz|sidon|
  siem reap|silicon valley|simferopol|singapore|sinjar|sirte|skopje|sloviansk|sochi|southampton|
  soweto|spokane|springfield|srebrenica|srinagar|st louis|st paul|st petersburg|st. louis|st. paul|
  st. petersburg|staten island|stepanakert|stockholm|stormont|strasbourg|stuttgart|suez|sukhumi|
  sulaymaniyah|sumy|surabaya|surat|suva|suwon|suzhou|swansea|sylhet|syracuse|tabriz|tacoma|taichung|
  tainan|taipei|taiyuan|taiz|tallahassee|tallinn|tampa|tangerang|tangier|tangshan|tapachula|tartus|
  tashkent|tbilisi|tegucigalpa|teheran|tehran|tel aviv|teresina|thane|thessaloniki|
  thiruvananthapuram|threadneedle street|tiananmen|tiananmen square|tianjin|tijuana|tikrit|timbuktu|
  tirana|tiraspol|tokyo|toluca|topeka|toronto|torreon|toulon|toulouse|trenton|trieste|tripoli|
  trivandrum|tskhinvali|tucson|tucuman|tulkarm|tulsa|tunis|turin|tyre|uberlandia|ulaanbaatar|
  ulan bator|ulsan|urumqi|utrecht|uvalde|vadodara|valencia|valletta|valparaiso|vancouver|varanasi|
  venice|veracruz|verona|versailles|vienna|vientiane|vijayawada|vilnius|virginia beach|
  visakhapatnam|vladivostok|volgograd|voronezh|wad madani|wall street|warsaw|wellington|wenzhou|
  west jerusalem|west palm beach|west point|westminster|white house|whitehall|wichita|wiesbaden|
  wilmington|windhoek|winnipeg|wroclaw|wuhan|wuxi|xi'an|xiamen|xian|xining|xuzhou|yamoussoukro|
  yangon|yaounde|yekaterinburg|yerevan|yinchuan|yokohama|yongbyon|york|zagreb|zahedan|zamboanga|
  zanzibar|zapopan|zaporizhia|zaporizhzhia|zaragoza|zhengzhou|zhongnanhai|zhuhai|zurich
`);

/**
 * US states and territories, Canadian provinces and territories, Australian states, UK nations
 * and regions, Indian states and union territories, German Laender,
 * Chinese provinces and regions, Mexican and Brazilian states: full names.
 */
const SUBDIVISIONS = list(`
  aguascalientes|alabama|alagoas|alaska|alberta|amapa|amazonas|american samoa|
  andaman and nicobar islands|andhra pradesh|anhui|arizona|arkansas|arunachal pradesh|assam|
  australian capital territory|baden-wurttemberg|bahia|baja california|baja california sur|bavaria|
  beijing|berlin|bihar|brandenburg|bremen|british columbia|california|campeche|ceara|chandigarh|
  chhattisgarh|chiapas|chihuahua|chongqing|coahuila|colima|colorado|connecticut|cornwall|cumbria|
  delaware|delhi|district of columbia|dorset|durango|east anglia|east midlands|england|
  espirito santo|essex|florida|fujian|gansu|georgia|goa|goias|greater london|greater manchester|
  guam|guanajuato|guangdong|guangxi|guizhou|gujarat|hainan|hamburg|hampshire|haryana|hawaii|hebei|
  hebrides|heilongjiang|henan|hesse|hessen|himachal pradesh|hong kong|hubei|hunan|idaho|illinois|
  indiana|inner mongolia|iowa|jalisco|jammu|jammu and kashmir|jharkhand|jiangsu|jiangxi|jilin|
  kansas|karnataka|kentucky|kerala|labrador|ladakh|lakshadweep|lancashire|liaoning|louisiana|
  lower saxony|macau|madhya pradesh|maharashtra|maine|manipur|manitoba|maranhao|maryland|
  massachusetts|mato grosso|mato grosso do sul|mecklenburg-vorpommern|mecklenburg-western pomerania|
  meghalaya|merseyside|mexico city|michigan|michoacan|midlands|minas gerais|minnesota|mississippi|
  missouri|mizoram|montana|morelos|nagaland|nayarit|nebraska|nevada|new brunswick|new hampshire|
  new jersey|new mexico|new south wales|new york|newfoundland|newfoundland and labrador|ningxia|
  norfolk|north carolina|north dakota|north rhine-westphalia|northern ireland|northern territory|
  northumberland|northwest territories|nova scotia|nuevo leon|nunavut|oaxaca|odisha|ohio|oklahoma|
  ontario|oregon|orissa|orkney|paraiba|parana|pennsylvania|pernambuco|piaui|pondicherry|
  prince edward island|puducherry|puebla|puerto rico|punjab|qinghai|quebec|queensland|queretaro|
  quintana roo|rajasthan|rhineland-palatinate|rhode island|rio de janeiro|rio grande do norte|
  rio grande do sul|rondonia|roraima|saarland|san luis potosi|santa catarina|sao paulo|saskatchewan|
  saxony|saxony-anhalt|schleswig-holstein|scotland|sergipe|shaanxi|shandong|shanghai|shanxi|
  shetland|sichuan|sikkim|sinaloa|sonora|south australia|south carolina|south dakota|suffolk|surrey|
  sussex|tabasco|tamaulipas|tamil nadu|tasmania|telangana|tennessee|texas|thuringia|tianjin|tibet|
  tlaxcala|tocantins|tripura|tyneside|ulster|us virgin islands|utah|uttar pradesh|uttarakhand|
  veracruz|vermont|virginia|wales|washington|west bengal|west midlands|west virginia|
  western australia|wisconsin|wyoming|xinjiang|yorkshire|yorkshire and the humber|yucatan|yukon|
  yunnan|zacatecas|zhejiang
`);

/**
 * Continents, world regions, seas and straits, disputed or newsworthy territories and
 * dependencies, and former states.
 */
const REGIONS = list(`
  abkhazia|aceh|africa|alps|alsace|amazonia|americas|amhara|anatolia|andalusia|andes|antarctic|
  antarctica|appalachia|arabian gulf|arabian peninsula|arctic|aruba|asia|asia pacific|asia-pacific|
  atlantic|australasia|bab el-mandeb|bali|balkans|balochistan|baltic sea|baltic states|baltics|
  baluchistan|basque country|benelux|bengal|bermuda|black sea|borneo|bosphorus|
  british virgin islands|brittany|cabo delgado|canary islands|caribbean|catalonia|caucasus|
  cayman islands|central africa|central america|central asia|central europe|channel islands|
  chechnya|corsica|crimea|curacao|czechoslovakia|dagestan|darfur|deep south|donbas|donbass|
  east africa|east asia|east china sea|east germany|eastern europe|english channel|eurasia|europe|
  eurozone|falkland islands|falklands|far east|faroe islands|flanders|french guiana|
  french polynesia|galicia|galilee|gaza|gaza strip|gibraltar|golan|golan heights|great lakes|
  guadeloupe|gulf|gulf of aden|gulf of mexico|gulf of oman|hatay|helmand|himalayas|hokkaido|
  horn of africa|ile-de-france|indo pacific|indo-pacific|ingushetia|isle of man|ituri|java|
  judea and samaria|karabakh|kashmir|katanga|kerch strait|khyber pakhtunkhwa|kivu|kordofan|
  kurdistan|kuril islands|kurils|latin america|levant|lombardy|long island|maghreb|martinique|maui|
  mayotte|mediterranean|middle east|mideast|midwest|mindanao|nagorno-karabakh|near east|negev|
  new caledonia|new england|niger delta|nordics|normandy|north africa|north america|north caucasus|
  north kivu|north sea|northern cyprus|oceania|ogaden|okinawa|oromia|pacific|pacific northwest|
  panama canal|panjshir|papua|patagonia|persian gulf|provence|punjab|puntland|rakhine|red sea|
  rust belt|sahara|sahel|sakhalin|sardinia|scandinavia|sea of azov|siberia|sicily|silesia|sinai|
  sindh|somaliland|south america|south asia|south caucasus|south china sea|south kivu|south ossetia|
  south pacific|south-east asia|southeast asia|southern africa|soviet union|strait of hormuz|
  sub-saharan africa|suez canal|sumatra|sun belt|svalbard|tahiti|taiwan strait|tibet|tigray|
  transnistria|transylvania|tuscany|ussr|veneto|virgin islands|wallonia|waziristan|west africa|
  west bank|west germany|west papua|western balkans|western europe|xinjiang|yugoslavia
`);

/** Every place name, lower case. @internal */
export const PLACES: ReadonlySet<string> = new Set(
  [COUNTRIES, CAPITALS, CITIES, SUBDIVISIONS, REGIONS].join('|').split('|'),
);

/** The first words of the place names of two or more words (new of New York, south of South Sudan). @internal */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...PLACES].filter((place) => place.includes(' ')).map((place) => place.slice(0, place.indexOf(' '))),
);

/** Countries (also used as adjectives' base forms). @internal */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.split('|'));

/** The longest place name in words, which bounds the look-ahead. @internal */
export const MAX_PLACE_WORDS: number = [...PLACES].reduce(
  (max, place) => Math.max(max, place.split(' ').length),
  1,
);
