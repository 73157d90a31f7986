/**
 * Words that make a capitalised name an organisation, a facility or a group
 * rather than a person (the State Department, Port Authority, Acme Corp.,
 * the White House). Data only; lower case, abbreviations without the period.
 * @internal
 * @module
 */

const w = (words: string): string[] => words.trim().split(/\s+/u);

/** Head words of organisation names. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  w(`department ministry agency administration commission committee council authority board bureau office service
    services institute institution university college school academy center centre centers centres foundation fund trust association
    society union league federation confederation organization organisation alliance coalition campaign party group
    company co corp corporation inc ltd llc plc lp holdings partners bank reserve exchange court tribunal police force
    army navy marines corps guard church parliament congress senate assembly house government cabinet kremlin pentagon
    times post journal news press herald tribune telegraph guardian gazette chronicle observer economist network radio
    television tv club fc afc united athletic team hospital clinic laboratory laboratories labs museum library airlines
    airways motors systems technologies technology pharmaceuticals pharma energy oil gas industries media studios records
    entertainment initiative project watch international worldwide global forum caucus pac chamber secretariat mission
    embassy consulate command commissioners unit division directorate inspectorate regulator registry council's
    agencies departments ministries brigade battalion regiment squadron fleet station studio magazine review weekly daily
    channel broadcasting broadcast reuters bloomberg nasa nato opec fifa uefa ioc who unesco unicef interpol
    firm fund funds capital ventures investments insurance securities financial group's brands foods stores
    restaurants hotels resorts railways railroad transit transport ports port airport mines mining steel motors
    electric power water utilities telecom communications wireless software games pictures publishing books
    cooperative co-op collective federation syndicate guild lodge brotherhood sisterhood order ministries chapel
    cathedral mosque synagogue temple diocese archdiocese parish dynamo rovers wanderers albion city county borough
    district municipality province state states republic kingdom federation emirate commonwealth
    legislature judiciary prosecutors prosecution attorneys defense defence coalition front movement`),
);

/**
 * Facility and place heads: a name ending in one of these is a place, not a
 * speaker by itself (Trump Tower, Union Square, City Hall).
 */
export const FACILITY_WORDS: ReadonlySet<string> = new Set(
  w(`tower towers building hall square street st avenue ave boulevard blvd road rd lane drive park bridge plaza mall
    airport station stadium arena field center centre island islands river lake mountain mountains valley bay beach
    coast county heights hills village township gardens palace castle base camp prison jail hotel inn resort resorts
    casino lodge motel tavern bar restaurant cafe grill theater theatre cinema arena stadium ballpark`),
);

/**
 * Capitalised plural or collective nouns naming groups of people (Democrats,
 * Republicans, Americans). A speaker of this kind is a group, never a person.
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set(
  w(`democrats republicans conservatives liberals progressives libertarians independents americans britons europeans
    russians chinese ukrainians israelis palestinians iranians mexicans canadians germans french italians
    catholics protestants evangelicals muslims christians jews hindus sikhs buddhists tories labour greens whigs
    socialists communists nationalists unionists loyalists republicans' democrats' latinos hispanics blacks whites
    millennials boomers veterans officials authorities`),
);
