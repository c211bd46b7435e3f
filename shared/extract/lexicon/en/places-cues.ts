/**
 * English words around a place name that make it the event's venue ("in Beijing", "in the Kazakh capital
 * Astana", "at the Great Hall of the People") or not ("the Chinese Consul General in Almaty", "Ambassador
 * of China to Kazakhstan", "departed from Beijing" unless the departure is the event). Data only.
 */
export const PLACES_EN = {
  /** Prepositions that put the event in a city. */
  venue: ['in', 'at'],
  /** Words that may stand between the preposition and the city ("in the city of", "in the Kazakh capital"). */
  between: [
    'the',
    'city of',
    'town of',
    'capital',
    'capital of',
    'city',
    'kazakh',
    'chinese',
    'northern',
    'southern',
    'airport',
    'international airport',
    // Wire style names the country or region in the genitive before its city ("in northwest China's Urumqi").
    "china's",
    'china’s',
    "kazakhstan's",
    'kazakhstan’s',
    "xinjiang's",
    'xinjiang’s',
    'northwest',
    'northeast',
    'southwest',
    'southeast',
    'north',
    'south',
    'east',
    'west',
    'central',
    'eastern',
    'western',
  ],
  /** Prepositions of a trip's start: the venue only when a departure is the event. */
  departure: ['from'],
  /** A destination ("a visit to Beijing"): the venue of a visit. */
  destination: ['to', 'visited', 'toured'],
  /** Offices and roles tied to a city: "the Consul General in Almaty" says nothing of the venue. */
  roles: [
    'ambassador',
    'consul',
    'consul general',
    'mayor',
    'governor',
    'akim',
    'representative',
    'correspondent',
    'based',
    'headquartered',
  ],
  /**
   * An opening that took place, right before a facility or post ("opened the Consulate General in Xi'an", "the
   * opening ceremony of the trade house in Urumqi"): the ceremony is held at the site, so its city is the venue.
   * Realized verbs and ceremony nouns only: "discussed opening a consulate in X" says nothing of where they met.
   */
  opened: [
    'opened',
    'inaugurated',
    'unveiled',
    'opening ceremony of',
    'opening ceremony for',
    'ceremony to open',
    'ceremony for the opening of',
    'ceremony of the opening of',
  ],
  /** Facilities and projects a city is the site of ("a lubricants plant in Pavlodar"): not the venue. */
  facilities: [
    'consulate',
    'consulate general',
    'general consulate',
    'embassy',
    'representative office',
    'trade mission',
    'plant',
    'plants',
    'factory',
    'refinery',
    'project',
    'projects',
    'terminal',
    'park',
    'zone',
    'hub',
    'port',
    'station',
    'branch',
    'branches',
    'office',
    'campus',
    'warehouse',
    'enterprise',
    'facility',
    'field',
    'construction',
    'university',
    'school',
    'institute',
    'centre',
    'center',
  ],
  /**
   * Words a little before a place (same clause) that make it the place of an earlier happening ("agreements
   * reached in Beijing", "during the previous meeting in Astana"): background, not the venue.
   */
  background: [
    'reached',
    'achieved',
    'agreed upon',
    'previous',
    'last',
    'earlier',
    'former',
    'recalled',
    'implementation of',
    'implementing',
    'outcomes of',
  ],
  /** Words after a city name that make it a region's name ("the Almaty region", «Туркестанской области»). */
  /** A source cited right before a place ("citing the Akorda"): where the news came from, not the venue. */
  citedBefore: ['citing', 'citing the', 'according to', 'according to the'],
  /** A source cited by a word after the place (Kazakh «Ақордаға сілтеме жасап»; see the kk pack). */
  citedAfter: [] as string[],
  regions: ['region', 'oblast', 'province', 'district', 'prefecture', 'county'],
  /** The agency's own correspondent reports: the dateline city is where the event was. */
  ownCorrespondent: [
    'correspondent reports',
    'correspondent reported',
    'our correspondent',
    'correspondent of',
  ],
  /**
   * "met … here on Wednesday": the wire's dateline city is the venue. "On Saturday local time" tells the day in
   * the dateline city's clock: the event happened there (the zh pack's «当地时间» after a dateline, likewise).
   */
  here: ['here', 'local time'],
  /** A statement's setting that has a venue ("at a briefing in Astana"). */
  statementSetting: ['briefing', 'press conference', 'news conference'],
  /** A place as the subject of these hosts the event ("Astana hosted the 8th meeting", "the Majilis held"). */
  hosts: ['hosted', 'hosts', 'has hosted', 'held', 'has held'],
  /** A guest "visiting": the host's city, which a wire dateline names, is the venue. */
  visitingGuest: ['visiting'],
  /** Video and remote formats: no venue. */
  remote: [
    'video conference',
    'videoconference',
    'video link',
    'via video',
    'video call',
    'online format',
    'virtually',
  ],
  /** A trip to a country as a whole: "an official visit to China", "arrived in Kazakhstan". */
  countryTrip: [
    'visit to',
    'visits to',
    'trip to',
    'arrived in',
    'arrives in',
    'arriving in',
    'travelled to',
    'traveled to',
    'visited',
  ],
  /** A trip with its traveller between ("the state visit of the Chinese President to Kazakhstan"): then "to". */
  tripOf: ['visit of', 'visits of', 'trip of', 'tour of'],
  /** The word before the destination of such a trip. */
  tripTo: ['to'],
  /** Words before a trip that make it one still to come ("the upcoming state visit to China"): not this event's. */
  tripAhead: [
    'upcoming',
    'forthcoming',
    'planned',
    'future',
    'next',
    'coming',
    'will',
    'to pay',
    'to make',
    'ahead of',
  ],
  /** An envoy accredited to a country, met there: "the Ambassador of China to Kazakhstan". */
  envoy: ['ambassador', 'envoy', "chargé d'affaires"],
  /** Hosts who receive in their own region or city: an envoy met by an akim is met there, not in the capital. */
  regionalHosts: ['akim', 'akims', 'governor', 'mayor', 'deputy akim', 'vice governor', 'vice mayor'],
  /** The two sides' country names, as a trip's destination or an envoy's host country. */
  countries: {
    KZ: ['kazakhstan', 'the republic of kazakhstan'],
    CN: ['china', "/the\\s+people['’]s\\s+republic\\s+of\\s+china/", 'the prc', 'prc'],
  },
};
