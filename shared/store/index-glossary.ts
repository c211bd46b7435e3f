/**
 * The domain words of Kazakhstan–China coverage in English, Russian and Kazakh, as data: the store's search
 * index keys each of them by one concept token (its English key), so `пшеница`, `бидай` and `wheat` find the
 * same events from the index alone. One place for the search terms of the store; index-terms.ts reads it.
 *
 * An entry's forms are matched on a word (or a run of two or three words) of the text:
 * - a form ending in `*` is a stem taking any ending (`пшениц*` finds пшеница, пшеницы, пшеницей);
 * - any other form is a whole word (a Latin one after the index's fold and light stem, so `bank` finds banks).
 * Cyrillic forms compare after Kazakh letters fold to their Russian look-alikes (қ→к, ң→н, ә→а …).
 * Short stems that would catch unrelated words (газ/газета, уран/Уранов is fine, coal/coalition) are whole words.
 */

/** One concept: its English key (the index token) and its forms in each language. */
export interface GlossaryEntry {
  /** The concept's key: the index token is this, folded and stemmed (so it meets the English word itself). */
  key: string;
  en: string[];
  ru: string[];
  kk: string[];
}

/** The concepts, general to the domain (economy, transport, energy, people's exchanges, places). */
export const SEARCH_GLOSSARY: GlossaryEntry[] = [
  { key: 'trade', en: ['trade*'], ru: ['торгов*', 'товарооборот*'], kk: ['сауда*', 'тауар айналым*'] },
  { key: 'invest', en: ['invest*'], ru: ['инвест*'], kk: ['инвестиц*'] },
  { key: 'gas', en: ['gas'], ru: ['газ', 'газа', 'газом', 'газу', 'газов*'], kk: ['газ', 'газы', 'газын'] },
  { key: 'oil', en: ['oil', 'petroleum'], ru: ['нефт*'], kk: ['мұнай*'] },
  { key: 'pipeline', en: ['pipeline*'], ru: ['трубопровод*', 'газопровод*', 'нефтепровод*'], kk: ['құбыр*'] },
  {
    key: 'railway',
    en: ['railway*', 'railroad*', 'rail'],
    ru: ['железнодорож*', 'железн* дорог*'],
    kk: ['теміржол*', 'темір жол*'],
  },
  { key: 'transit', en: ['transit*'], ru: ['транзит*'], kk: ['транзит*'] },
  { key: 'logistic', en: ['logistic*'], ru: ['логист*'], kk: ['логистик*'] },
  { key: 'energy', en: ['energy', 'energies'], ru: ['энерг*'], kk: ['энерги*', 'энергетик*'] },
  { key: 'nuclear', en: ['nuclear', 'atomic'], ru: ['атомн*', 'ядерн*'], kk: ['атом*', 'ядролық*'] },
  { key: 'uranium', en: ['uranium'], ru: ['уран', 'урана', 'урановый', 'уранов*'], kk: ['уран*'] },
  { key: 'coal', en: ['coal'], ru: ['уголь', 'угля', 'угольн*'], kk: ['көмір*'] },
  {
    key: 'electricity',
    en: ['electricity', 'electric*'],
    ru: ['электроэнерг*', 'электрич*'],
    kk: ['электр*'],
  },
  { key: 'renewable', en: ['renewable*'], ru: ['возобновля*'], kk: ['жаңартылатын*'] },
  { key: 'solar', en: ['solar'], ru: ['солнечн*'], kk: ['күн электр*'] },
  {
    key: 'agricultur',
    en: ['agricultur*', 'agro*', 'farm*'],
    ru: ['сельскохоз*', 'сельск* хозяйств*', 'агро*'],
    kk: ['ауыл шаруашылығ*', 'агро*'],
  },
  { key: 'grain', en: ['grain*'], ru: ['зерн*'], kk: ['астық*'] },
  { key: 'wheat', en: ['wheat'], ru: ['пшениц*'], kk: ['бидай*'] },
  {
    key: 'water',
    en: ['water*'],
    ru: ['вода', 'воды', 'водой', 'воду', 'водн*', 'водохозяйств*'],
    kk: ['су', 'суы', 'суды', 'су ресурс*'],
  },
  { key: 'border', en: ['border*'], ru: ['границ*', 'погранич*'], kk: ['шекара*', 'шекарал*'] },
  { key: 'customs', en: ['customs'], ru: ['тамож*'], kk: ['кеден*'] },
  {
    key: 'visa',
    en: ['visa', 'visas', 'visa-free'],
    ru: ['виза', 'визы', 'визов*', 'безвиз*'],
    kk: ['виза*', 'визасыз*'],
  },
  { key: 'tourism', en: ['tourism', 'tourist*'], ru: ['туризм*', 'турист*'], kk: ['туризм*', 'турист*'] },
  {
    key: 'education',
    en: ['education*', 'universit*', 'student*'],
    ru: ['образован*', 'университет*', 'студент*'],
    kk: ['білім*', 'университет*', 'студент*'],
  },
  { key: 'culture', en: ['culture*', 'cultural'], ru: ['культур*'], kk: ['мәдени*', 'мәдениет*'] },
  { key: 'security', en: ['security'], ru: ['безопасн*'], kk: ['қауіпсіздік*'] },
  { key: 'terrorism', en: ['terroris*'], ru: ['террор*'], kk: ['терроризм*', 'террорис*'] },
  { key: 'industry', en: ['industr*'], ru: ['промышлен*', 'индустри*'], kk: ['өнеркәсіп*', 'индустри*'] },
  {
    key: 'mining',
    en: ['mining', 'mine', 'mines'],
    ru: ['горнодобыв*', 'добыч*'],
    kk: ['тау-кен*', 'кен өндір*'],
  },
  { key: 'metal', en: ['metal*'], ru: ['металл*'], kk: ['металл*'] },
  { key: 'copper', en: ['copper'], ru: ['медь', 'меди', 'медн*'], kk: ['мыс', 'мыстың'] },
  { key: 'digital', en: ['digital*'], ru: ['цифров*'], kk: ['цифрлық*', 'цифрландыр*'] },
  {
    key: 'ai',
    en: ['artificial intelligence', 'ai'],
    ru: ['искусствен* интеллект*', 'ии'],
    kk: ['жасанды интеллект*'],
  },
  {
    key: 'space',
    en: ['space', 'satellite*'],
    ru: ['космос*', 'космич*', 'спутник*'],
    kk: ['ғарыш*', 'спутник*'],
  },
  {
    key: 'health',
    en: ['health*', 'medicine*', 'medical'],
    ru: ['здравоохран*', 'медицин*'],
    kk: ['денсаулық*', 'медицина*'],
  },
  { key: 'finance', en: ['financ*', 'bank', 'banking'], ru: ['финанс*', 'банк*'], kk: ['қаржы*', 'банк*'] },
  { key: 'yuan', en: ['yuan'], ru: ['юан*'], kk: ['юан*'] },
  {
    key: 'automobile',
    en: ['automobile*', 'automotive', 'car', 'vehicle*'],
    ru: ['автомоб*'],
    kk: ['автокөлік*', 'автомобиль*'],
  },
  { key: 'aviation', en: ['aviation', 'flight*', 'airline*'], ru: ['авиа*', 'рейс*'], kk: ['авиа*', 'әуе*'] },
  { key: 'belt-and-road', en: ['belt and road'], ru: ['пояс* и пут*'], kk: ['белдеу және жол'] },
  {
    key: 'sco',
    en: ['sco', 'shanghai cooperation'],
    ru: ['шос', 'шанхайск* организац*'],
    kk: ['шыұ', 'шанхай ынтымақтастық*'],
  },
  {
    key: 'kazakhstan',
    en: ['kazakhstan*', 'kazakh*'],
    ru: ['казахстан*', 'казах*'],
    kk: ['қазақстан*', 'қазақ*'],
  },
  { key: 'china', en: ['china', 'chinese', 'prc'], ru: ['кита*', 'кнр'], kk: ['қытай*', 'қхр'] },
  { key: 'astana', en: ['astana'], ru: ['астан*'], kk: ['астана*'] },
  { key: 'almaty', en: ['almaty', 'alma-ata'], ru: ['алмат*', 'алма-ат*'], kk: ['алматы*'] },
  { key: 'beijing', en: ['beijing'], ru: ['пекин*'], kk: ['бейжің*', 'пекин*'] },
  { key: 'shanghai', en: ['shanghai'], ru: ['шанха*'], kk: ['шанха*'] },
  { key: 'xinjiang', en: ['xinjiang'], ru: ['синьцзян*'], kk: ['шыңжаң*', 'синьцзян*'] },
  { key: 'urumqi', en: ['urumqi'], ru: ['урумчи'], kk: ['үрімжі*'] },
  { key: 'khorgos', en: ['khorgos', 'horgos', 'khorgas'], ru: ['хоргос*'], kk: ['қорғас*'] },
  { key: 'xian', en: ["xi'an", 'xian'], ru: ['сиань*', 'сиане'], kk: ['сиань*'] },
];
