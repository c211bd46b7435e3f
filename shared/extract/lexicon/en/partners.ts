/** English names of Kazakhstan's and China's other partners (data only): countries, demonyms, leaders. */

/** Third countries by the words that name them: country names and demonyms ("Uzbekistan", "Uzbek", "Russian"). Relevance counts them as other partners; in a role phrase ("Vietnamese President") they make its holder a third country's, never a participant of a Kazakhstan–China event. */
export const COUNTRY_WORDS: Record<string, string[]> = {
  UZ: ['uzbekistan*', 'uzbek'],
  KG: ['kyrgyzstan*', 'kyrgyz'],
  TJ: ['tajikistan*', 'tajik'],
  TM: ['turkmenistan*', 'turkmen'],
  RU: ['russia*'],
  EU: ['european union', 'europe*'],
  US: ['united states', 'u.s.', 'usa', 'american'],
  JP: ['japan*'],
  KR: ['korea*'],
  IN: ['india*'],
  DE: ['german*'],
  GB: ['united kingdom', 'britain', 'british'],
  FR: ['france', 'french'],
  AE: ['uae', 'united arab emirates', 'emirati'],
  MN: ['mongolia*'],
  PK: ['pakistan*'],
  IR: ['iran*'],
  QA: ['qatar*'],
  SA: ['saudi*'],
  TR: ['turkey', 'türkiye', 'turkish'],
  AZ: ['azerbaijan*'],
  BY: ['belarus*'],
  RS: ['serbia*'],
  EG: ['egypt*'],
  AF: ['afghanistan*', 'afghan'],
  HU: ['hungary', 'hungarian'],
  IT: ['italy', 'italian'],
  PL: ['poland', 'polish'],
  UA: ['ukrain*'],
  GE: ['georgia', 'georgian'],
  AM: ['armenia*'],
  VN: ['vietnam*'],
  ID: ['indonesia*'],
  MY: ['malaysia*'],
  TH: ['thailand', 'thai'],
  LA: ['laos'],
  KH: ['cambodia*'],
  BR: ['brazil*'],
};

/** Leaders of other partners by surname: evidence of that partner in relevance, never a role word. */
export const LEADERS: Record<string, string[]> = {
  UZ: ['mirziyoyev'],
  KG: ['japarov'],
  TJ: ['rahmon'],
  TM: ['berdimuhamedov', 'berdymukhamedov'],
  RU: ['putin'],
  AZ: ['aliyev'],
  BY: ['lukashenko'],
  RS: ['vucic'],
  EG: ['sisi'],
  HU: ['orban'],
};

/** Organisations whose officers are not of either side ("UN Secretary-General"): role words only, no partner. */
export const ORGANISATIONS: Record<string, string[]> = {
  UN: ['united nations', 'un secretary-general'],
  // International lenders and blocs: their heads speak for the organisation, whatever their nationality. XO is
  // a user-assigned ISO 3166 code (the output's country has two letters): "an international organisation".
  XO: [
    'asian infrastructure investment bank',
    'aiib',
    'asian development bank',
    'world bank',
    'international monetary fund',
    'imf',
    'oecd',
    'asean',
  ],
};

/** Acronyms of other partners, matched as written («EU», "US"). */
export const OTHERS_ACRONYMS: Record<string, string[]> = { EU: ['EU'], US: ['US'] };
