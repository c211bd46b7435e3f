/** Russian names of Kazakhstan's and China's other partners (data only): countries, demonyms, leaders. */

/** Third countries by the Russian words that name them (see ../en/partners.ts). */
export const COUNTRY_WORDS: Record<string, string[]> = {
  UZ: ['узбекистан*', 'узбек*'],
  KG: ['кыргызстан*', 'киргиз*', 'кыргыз*'],
  TJ: ['таджикистан*', 'таджик*'],
  TM: ['туркменистан*', 'туркмен*'],
  RU: ['росси*'],
  EU: ['евросоюз*', 'европейск*'],
  US: ['сша', 'соединенн* штат*', 'америк*'],
  JP: ['япони*', 'японск*'],
  KR: ['коре*', 'корейск*'],
  IN: ['инди*', 'индийск*'],
  DE: ['германи*', 'немецк*'],
  GB: ['великобритани*', 'британск*'],
  FR: ['франци*', 'французск*'],
  AE: ['оаэ', 'эмират*'],
  MN: ['монголи*', 'монгольск*'],
  PK: ['пакистан*'],
  IR: ['иран*'],
  QA: ['катар*'],
  SA: ['саудовск*'],
  TR: ['турци*', 'турецк*'],
  AZ: ['азербайджан*'],
  BY: ['беларус*', 'белорус*'],
  RS: ['серби*', 'сербск*'],
  EG: ['египет', 'египт*'],
  AF: ['афганистан*', 'афганск*'],
  HU: ['венгри*', 'венгерск*'],
  IT: ['итали*', 'итальянск*'],
  PL: ['польш*', 'польск*'],
  UA: ['украин*'],
  GE: ['грузи*'],
  AM: ['армени*', 'армянск*'],
  VN: ['вьетнам*'],
  ID: ['индонези*'],
  MY: ['малайзи*'],
  TH: ['таиланд*', 'тайск*'],
  LA: ['лаос*'],
  KH: ['камбодж*'],
  BR: ['бразили*'],
};

/** Leaders of other partners by surname (see ../en/partners.ts). */
export const LEADERS: Record<string, string[]> = {
  UZ: ['мирзиёев*', 'мирзиеев*'],
  KG: ['жапаров*'],
  TJ: ['рахмон*'],
  TM: ['бердымухамедов*'],
  RU: ['путин*'],
  AZ: ['алиев*'],
  BY: ['лукашенко'],
  RS: ['вучич*'],
  HU: ['орбан*'],
};

/** Organisations whose officers are not of either side (see ../en/partners.ts). */
export const ORGANISATIONS: Record<string, string[]> = { UN: ['оон'] };

/** Acronyms of other partners, matched as written (lower-case «ес» is a common syllable). */
export const OTHERS_ACRONYMS: Record<string, string[]> = { EU: ['ЕС'] };
