/** Kazakh names of Kazakhstan's and China's other partners (data only): countries, demonyms, leaders. */

/** Other partners in Kazakh spelling (the Russian pack's stems do not reach Өзбекстан, Ресей, АҚШ). */
export const OTHERS: Record<string, string[]> = {
  UZ: ['өзбекстан*', 'өзбек*'],
  KG: ['қырғызстан*', 'қырғыз*'],
  TJ: ['тәжікстан*', 'тәжік*'],
  TM: ['түрікменстан*', 'түрікмен*'],
  RU: ['ресей*'],
  EU: ['еуроодақ*', 'еуропалық одақ*'],
  US: ['құрама штаттар*'],
  JP: ['жапония*'],
  KR: ['корея*'],
  IN: ['үндістан*'],
  DE: ['германия*'],
  TR: ['түркия*'],
  MN: ['моңғолия*'],
  AZ: ['әзербайжан*'],
  AF: ['ауғанстан*'],
};
/** Acronyms of other partners («АҚШ» = the United States, «ЕО» = the European Union). */
export const OTHERS_ACRONYMS: Record<string, string[]> = { US: ['АҚШ'], EU: ['ЕО'] };
