/**
 * Kazakh words around a place name (see ../en/places-cues.ts for what each list means). Kazakh marks the venue
 * with a suffix on the name («Бейжіңде», read by the Russian pack's `suffix…` lists) or with a city noun after it
 * («Тяньцзинь шаһарында», «Астана қаласында»): `hosts` holds those nouns, read right after the name. Data only.
 */
export const PLACES_KK = {
  venue: [] as string[],
  between: [] as string[],
  departure: [] as string[],
  destination: [] as string[],
  roles: ['елшісі', 'елшісімен', 'елшілігі', 'елшілігінде', 'консулы', 'консулдығы', 'бас консулы'],
  /** Kazakh puts «ашылды» after the place, whose locative ending already makes it the venue. */
  opened: [] as string[],
  facilities: ['зауыт*', 'кәсіпорн*', 'кен орн*'],
  citedBefore: [] as string[],
  /** A source cited after a place («Ақордаға сілтеме жасап», citing the Akorda): where the news came from. */
  citedAfter: ['сілтеме жаса*', 'сілтеме бер*'],
  regions: ['облыс*', 'аудан*', 'провинция*', 'өлке*'],
  ownCorrespondent: ['тілшісі хабарлайды', 'тілшісінің хабарлауынша'],
  statementSetting: ['брифинг*', 'баспасөз мәслихат*'],
  /** «жергілікті уақыт бойынша» (local time) after a dateline: the day in that city's clock, so the event was there. */
  here: ['осында', 'жергілікті уақыт бойынша'],
  /** Regional heads receiving a guest (see the en pack): the guest is then not in the capital. */
  regionalHosts: ['әкім*', 'облыс әкімі', 'губернатор*'],
  hosts: ['қаласында', 'шаһарында', 'қаласындағы', 'шаһарындағы', 'астанасында', 'астанасындағы'],
  visitingGuest: ['сапармен жүрген', 'сапармен келген'],
  remote: ['бейнебайланыс*', 'онлайн'],
  suffixVenue: [] as string[],
  suffixDestination: [] as string[],
  suffixDeparture: [] as string[],
  countryTrip: ['сапармен барды', 'сапармен келді', 'сапары*', 'мемлекеттік сапар*'],
  envoy: ['елшісі', 'елшісін', 'елшісімен'],
  countries: {
    KZ: ['қазақстан*', 'қр'],
    CN: ['қытай*', 'қхр'],
  },
};
