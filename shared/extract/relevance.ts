/** Relevance: does the article report a Kazakhstan–China bilateral event or development? */
import { PEOPLE } from './gazetteer/index.ts';
import { escapeRegex } from './gazetteer/match.ts';
import type { Doc } from './sentences.ts';

/** Kazakhstan: the country and its leaders. */
const KZ =
  /\b(kazakhstan\S*|kazakh\S*|tokayev|nazarbayev)\b|(казахстан\S*|казах\S*|қазақстан\S*|токаев\S*|тоқаев\S*|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])рк(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]))/gi;
/** China: the country and its leaders. */
const CN =
  /\b(china|china's|chinese|prc|xi jinping|sino-\S+|cpc)\b|(кнр|кита[йяюе]\S*|китая|си цзиньпин\S*|қытай\S*|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])қхр(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]))/gi;
/**
 * Capitals, regions, provinces and cities of each side. They are weaker evidence than the country itself: a
 * Kazakhstan–EU meeting held in Beijing is not about China. They count only when no other partner country
 * stands in the lead (then a Kostanay–Heilongjiang story, or "Astana and Beijing agreed", is about the two).
 */
const KZ_PLACE =
  /\b(?:astana|almaty|nur-sultan|kostanay|qostanay|pavlodar|karaganda|karagandy|aktobe|aktau|atyrau|mangystau|shymkent|turkistan|turkestan|zhambyl|taraz|kyzylorda|akmola|kokshetau|petropavlS*|oskemen|ust-kamenogorsk|semey|taldykorgan|zhetysu|ulytau|zhezkazgan|uralsk|konaev|zharkent)\b|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])(?:астан\S*|алмат\S*|нур-султан\S*|костанаS*|павлодарS*|карагандS*|актобS*|актау|атырауS*|мангыстS*|шымкентS*|туркестанS*|жамбылS*|таразS*|кызылордS*|акмолинS*|кокшетау|петропавлS*|усть-каменогорскS*|семе[йя]S*|талдыкорганS*|жетысуS*|улытауS*|жезказганS*|уральскS*|конаевS*|жаркентS*)/gi;
const CN_PLACE =
  /\b(?:beijing|xinjiang|urumqi|kashgar|heilongjiang|shaanxi|xi'an|guangdong|guangzhou|shanghai|shenzhen|jiangsu|zhejiang|shandong|henan|sichuan|chengdu|chongqing|gansu|lanzhou|hubei|wuhan|hainan|fujian|tianjin|yunnan|qingdao|lianyungang|hangzhou|ningxia)\b|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])(?:пекин\S*|синьцзянS*|урумчи|кашгарS*|хэйлунцзянS*|шэньси|сиан[ьеияю]S*|гуандунS*|гуанчжоу|шанха[йея]S*|шэньчжэнS*|цзянсу|чжэцзянS*|шаньдунS*|хэнанS*|сычуанS*|чэнду|чунцинS*|ганьсу|ланьчжоу|хубэ[йя]S*|ухан[ьия]S*|хайнанS*|фуцзянS*|тяньцзинS*|юньнанS*|циндао|ляньюньганS*|ханчжоу|нинся)/gi;
/**
 * The known officials of one side (gazetteer), as evidence for that side: «Нуртлеу и Ван И провели
 * телефонный разговор» names neither country. Full names only (a bare surname like «Ван» is too common);
 * the Russian surname may carry a case ending (Бектеновым).
 */
function officialsOf(country: string): RegExp {
  const people = PEOPLE.filter((p) => p.country === country);
  const latin = people.flatMap((p) => [p.name, ...(p.alt ?? [])]).map(escapeRegex);
  const cyr = people.flatMap((p) => p.cyr).map((n) => `${escapeRegex(n)}[а-яё]{0,3}`);
  return new RegExp(
    `\\b(?:${latin.join('|')})\\b|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])(?:${cyr.join('|')})(?![а-яёА-ЯЁ])`,
    'gi',
  );
}
const KZ_OFFICIALS = officialsOf('KZ');
const CN_OFFICIALS = officialsOf('CN');
const BILATERAL =
  /\b(kazakh(?:stan)?[-–\s]+chin(?:a|ese)|chin(?:a|ese)[-–\s]+kazakh(?:stan|stani)?|sino-kazakh\S*|kazakhstan and china|china and kazakhstan|between kazakhstan and china|between china and kazakhstan|astana and beijing|beijing and astana)\b|(казахстанско-китайск\S*|китайско-казахстанск\S*|казахстан\S* и кнр|кнр и казахстан\S*|казахстан\S* и кита[йяюе]\S*|кита[йяюе]\S* и казахстан\S*|қазақстан-қытай\S*|қытай-қазақстан\S*)/gi;
/** Partners that, when they dominate, make the article about another relationship. */
const OTHERS: Record<string, RegExp> = {
  UZ: /\b(uzbekistan\S*|uzbek|tashkent|mirziyoyev)\b|(узбекистан\S*|узбек\S*|ташкент\S*|мирзиёев\S*)/gi,
  KG: /\b(kyrgyzstan\S*|kyrgyz|bishkek|japarov)\b|(кыргызстан\S*|киргиз\S*|кыргыз\S*|бишкек\S*|жапаров\S*)/gi,
  TJ: /\b(tajikistan\S*|tajik|dushanbe|rahmon)\b|(таджикистан\S*|таджик\S*|душанбе|рахмон\S*)/gi,
  TM: /\b(turkmenistan\S*|turkmen|ashgabat)\b|(туркменистан\S*|туркмен\S*|ашхабад\S*)/gi,
  RU: /\b(russia\S*|moscow|putin)\b|(росси\S*|москв\S*|путин\S*)/gi,
  // Case matters only for «ЕС» (the Russian abbreviation; lower-case «ес» is a common syllable).
  EU: /\b([Ee]uropean [Uu]nion|EU|[Ee]urope\S*|[Bb]russels)\b|([Ее]вросоюз\S*|[Ее]вропейск\S*|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])ЕС(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])|[Бб]рюссел\S*)/g,
  US: /\b(united states|u\.s\.|usa|washington|american)\b|(сша|соединенн\S* штат\S*|вашингтон\S*|америк\S*)/gi,
  JP: /\b(japan\S*|tokyo)\b|(япони\S*|японск\S*|токио)/gi,
  KR: /\b(korea\S*|seoul)\b|(коре[яиейю]\S*|корейск\S*|сеул\S*)/gi,
  IN: /\b(india\S*|new delhi)\b|(инди[яиейю]\S*|индийск\S*|нью-дели)/gi,
  DE: /\b(german\S*|berlin)\b|(германи\S*|немецк\S*|берлин\S*)/gi,
  GB: /\b(united kingdom|britain|british|london)\b|(великобритани\S*|британск\S*|лондон\S*)/gi,
  FR: /\b(france|french|paris)\b|(франци\S*|французск\S*|париж\S*)/gi,
  AE: /\b(uae|united arab emirates|emirati|abu dhabi|dubai)\b|(оаэ|эмират\S*|абу-даби|дубай\S*)/gi,
  MN: /\b(mongolia\S*|ulaanbaatar)\b|(монголи\S*|монгольск\S*|улан-батор\S*)/gi,
  PK: /\b(pakistan\S*|islamabad)\b|(пакистан\S*|исламабад\S*)/gi,
  IR: /\b(iran\S*|tehran)\b|(иран\S*|тегеран\S*)/gi,
  QA: /\b(qatar\S*|doha)\b|(катар\S*|доха)/gi,
  SA: /\b(saudi\S*|riyadh)\b|(саудовск\S*|эр-рияд\S*)/gi,
  TR: /\b(turkey|türkiye|turkish|ankara)\b|(турци\S*|турецк\S*|анкар\S*)/gi,
};
const MULTILATERAL =
  /\b(central asia(?:n)?[-–\s]+china|china[-–\s]+central asia\S*|c\+c5|central asian (?:countries|states|nations|leaders)|five central asian)\b|(центральная азия\s*[–-]\s*китай|китай\s*[–-]\s*центральная азия|стран\S* центральной азии|государств\S* центральной азии)/gi;
const BILATERAL_TALK =
  /\b(bilateral|two countries|both countries|two sides|the parties|one-on-one)\b|(двусторонн\S*|двух стран|обеих стран|стороны)/gi;

/** Words that make a sentence naming both countries about their relations, not a market report naming both. */
const RELATION =
  /\b(cooperat\w*|partner\w*|talks|met|meet\w*|visit\w*|sign\w*|agree\w*|memorand\w*|treaty|relations|bilateral|ties|trade|turnover|invest\w*|project\w*|export\w*|import\w*|transit|border|embassy|ambassador|consul\w*|minister\w*|president|premier|delegation|forum|committee|visa\w*|railway|pipeline|plant|factory|company|companies|opens?|opened|launch\w*|receiv\w*|discuss\w*|phone|call|dialogue|consultations|summit|market|between|with|support\w*|appreciat\w*|welcom\w*|congratulat\w*|condolence\w*)\b|(сотруднич|партнер|переговор|встреч|визит|подпис|соглашени|меморандум|договор|отношени|двусторон|торгов|товарооборот|инвест|проект|экспорт|импорт|транзит|границ|посол|посольств|консул|министр|президент|председател|премьер|делегац|форум|комитет|виз|железн|трубопровод|завод|компани|открыт|запуск|принял|обсудил|телефон|диалог|консультаци|саммит|рын|между|с\s|поддерж|высоко оцени|приветств|поздрав|соболезн|ынтымақтаст|келіссөз|кездес|сапар|сауда)/i;
const SIDELINES = /\bon the sidelines of\b|в кулуарах|на полях/i;
const MEET =
  /\b(held talks|hold talks|holds talks|talks with|met with|meets with|met|will meet|received|phone|telephone|bilateral meeting|state visit|official visit)\b|(визит|переговоры|встретится)|(переговор|встретил|встреч[аи] с|принял|телефонн)/i;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** Removes a leading dateline ("ASTANA. KAZINFORM –", "ALMATY, April 25 (Xinhua) --", "BAKU, Azerbaijan, May 20."): it names the outlet's city. */
function dropDateline(text: string): string {
  return text
    .replace(
      /^[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,30}(?:[,.][^–—\n]{0,40}?)?\s*(?:\([^)]{1,20}\))?\s*(?:–|—|--|-)\s*/u,
      '',
    )
    .replace(/^[A-Z][A-Z .'-]{2,30},\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+[A-Z][a-z]+\s+\d{1,2}\.\s*/u, '');
}

/** Why an article was judged (for debugging and tests). */
export interface RelevanceVerdict {
  relevant: boolean;
  reason: string;
}

/** Judges relevance from where Kazakhstan and China appear: title and lead weigh most. */
export function judgeRelevance(doc: Doc): RelevanceVerdict {
  const lead = dropDateline(
    [doc.title ?? '', ...doc.sentences.filter((s) => s.zone !== 'body').map((s) => s.text)].join(' '),
  );
  const all = dropDateline(doc.full);
  const othersInLead = Object.values(OTHERS).some((re) => count(re, lead) > 0);
  const kzCore = (t: string) => count(KZ, t) + count(KZ_OFFICIALS, t);
  const cnCore = (t: string) => count(CN, t) + count(CN_OFFICIALS, t);
  // The whole text is scanned once per side: the officials' pattern is the costly one.
  const kzCoreAll = kzCore(all);
  const cnCoreAll = cnCore(all);
  // A city is where something happened, not who took part: with another partner in the lead ("Kazakhstan and
  // Uzbekistan met in Beijing") places say nothing about the two sides.
  const kzPlaces = !othersInLead;
  const cnPlaces = !othersInLead;
  const kz = (t: string) => kzCore(t) + (kzPlaces ? count(KZ_PLACE, t) : 0);
  const cn = (t: string) => cnCore(t) + (cnPlaces ? count(CN_PLACE, t) : 0);
  const kzLead = kz(lead);
  const cnLead = cn(lead);
  const kzAll = kzCoreAll + (kzPlaces ? count(KZ_PLACE, all) : 0);
  const cnAll = cnCoreAll + (cnPlaces ? count(CN_PLACE, all) : 0);
  // A title/lead sentence where only the two sides meet ("Tokayev held talks with Xi on the sidelines").
  const pairTalks = doc.sentences
    .filter((s) => s.zone !== 'body')
    .some((s) => {
      const t = dropDateline(s.text);
      return (
        MEET.test(t) &&
        kz(t) > 0 &&
        cn(t) > 0 &&
        Object.values(OTHERS).every((re) => count(re, t) === 0) &&
        (count(MULTILATERAL, t) === 0 || SIDELINES.test(t))
      );
    });
  const bilateral = count(BILATERAL, all) + (pairTalks ? 1 : 0);
  if (kzAll === 0 || cnAll === 0) return { relevant: false, reason: 'one side never appears' };
  if (!(kzLead > 0 && cnLead > 0) && bilateral === 0)
    return { relevant: false, reason: 'lead lacks one side' };
  // Both sides must meet in one title/lead sentence that is not a list of many countries.
  const together = doc.sentences
    .filter((s) => s.zone !== 'body')
    .some((s) => {
      const t = dropDateline(s.text);
      const others = Object.values(OTHERS).filter((re) => count(re, t) > 0).length;
      return kz(t) > 0 && cn(t) > 0 && others < 3 && RELATION.test(t);
    });
  if (!together && bilateral === 0)
    return { relevant: false, reason: 'the two sides never meet in the lead' };
  if (cnLead === 0 && cnAll < 3 && bilateral < 2) return { relevant: false, reason: 'China only in passing' };
  // Another partner dominating (Kazakhstan–EU with a China aside, China–Uzbekistan with a Kazakh aside).
  for (const [code, re] of Object.entries(OTHERS)) {
    const n = count(re, all);
    const nLead = count(re, lead);
    if (
      nLead > 0 &&
      bilateral === 0 &&
      (n >= Math.min(kzAll, cnAll) * 1.5 || nLead >= Math.min(kzLead, cnLead) + 1)
    )
      return { relevant: false, reason: `dominated by ${code}` };
  }
  const multi = count(MULTILATERAL, all);
  if (multi > 0) {
    const othersCA = ['UZ', 'KG', 'TJ', 'TM'].filter((c) => count(OTHERS[c] as RegExp, all) > 0).length;
    const bilateralTalk = count(BILATERAL_TALK, all);
    if (bilateral === 0 && (othersCA >= 2 || bilateralTalk === 0))
      return { relevant: false, reason: 'multilateral Central Asia–China only' };
  }
  return { relevant: true, reason: 'both sides in lead or explicit bilateral phrasing' };
}
