/**
 * Capitalised adjectives and group nouns of nationality, party, religion and
 * region (American, Republican, Muslim, Latino). They are never a person's
 * name: “Republican Donald Trump” names Donald Trump, and a bare
 * “Republican” is a group. Data only; lower case.
 * @internal
 * @module
 */

const w = (words: string): string[] => words.trim().split(/\s+/u);

/** Adjectives and singular group nouns. A plural in -s is read as the same word. */
export const DEMONYMS: ReadonlySet<string> = new Set(
  w(`irishman irishwoman englishman englishwoman scotsman scotswoman welshman welshwoman frenchman frenchwoman
    dutchman dutchwoman kiwi aussie yank brit american british english scottish welsh irish canadian mexican cuban brazilian argentine argentinian chilean
    colombian venezuelan peruvian bolivian ecuadorian uruguayan paraguayan haitian dominican jamaican guatemalan
    honduran salvadoran nicaraguan panamanian french german italian spanish portuguese dutch belgian swiss austrian
    swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek turkish
    cypriot croatian serbian bosnian slovenian albanian macedonian montenegrin kosovar ukrainian russian belarusian
    lithuanian latvian estonian moldovan georgian armenian azerbaijani kazakh uzbek turkmen kyrgyz tajik afghan
    pakistani indian bangladeshi nepalese nepali bhutanese maldivian chinese japanese korean taiwanese mongolian
    vietnamese thai cambodian laotian burmese malaysian singaporean indonesian filipino australian iranian iraqi
    syrian lebanese jordanian israeli palestinian saudi emirati qatari kuwaiti bahraini omani yemeni egyptian
    libyan tunisian algerian moroccan sudanese ethiopian eritrean somali kenyan ugandan tanzanian rwandan burundian
    congolese nigerian ghanaian senegalese malian ivorian cameroonian gabonese angolan zambian zimbabwean
    mozambican malawian namibian botswanan african european asian arab arabic latin latino latina latinx hispanic
    caribbean scandinavian nordic baltic balkan slavic republican democratic democrat gop conservative liberal
    labour tory libertarian progressive socialist communist unionist nationalist populist muslim christian catholic
    protestant evangelical jewish hindu sikh buddhist mormon orthodox anglican baptist methodist lutheran
    presbyterian shiite shia sunni islamic islamist jihadist asian-american african-american mexican-american
    arab-american californian texan floridian midwestern northeastern`),
);
