/** Russian name forms: case endings back to the nominative, and words that are never part of a name. */
import { foldCyrillic } from './gazetteer/index.ts';
import { CITIES } from './gazetteer/places.ts';

const RU_STOP =
  /^(январ|феврал|март|апрел|мая$|май$|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред[аеуы]$|четверг|пятниц|суббот|воскресен|казахстан|китай|кнр|республик|министр|министерств|посол|президент|председател|премьер|глав|заместител|мид$|астан|алмат|пекин|шанхай|урумчи|центральн|азия|азии|шос$|оон$|свмда|еаэс|год$|года$|пояс|путь|стратегическ|диалог|комитет|форум|саммит|встреч|переговор|казинформ|также$|ранее$|кроме$|между$|после$|сегодня$|вчера$|фото$|(?:в|по|и|на|с|со|во|о|об|это|эти|он|она|они|как|при|для|его|ее|их)$)/;

const RU_CITY_STEMS = CITIES.flatMap((c) => c.variants)
  .filter((v) => /[а-яё]/i.test(v))
  .map((v) => foldCyrillic(v).replace(/[аеиоуыьяю]$/, ''));

/** Role words, places and function words are never part of a Russian name. */
export function isRuStop(w: string): boolean {
  const f = foldCyrillic(w);
  return (
    RU_STOP.test(f) ||
    RU_CITY_STEMS.some((c) => c.length >= 4 && f.startsWith(c)) ||
    /^(кита|госсовет|посл|председ|глав|аким|област|корпорац)/.test(f) ||
    // Chinese provinces name where an official serves, never the official.
    /^(синьцзян|хэйлунцзян|шэньси|гуандун|цзянсу|чжэцзян|шаньдун|хэнан|сычуан|ганьсу|хубэ|хайнан|фуцзян|юньнан|нинся|цинха|провинц)/.test(
      f,
    )
  );
}

/** Male first names whose case forms reveal the case of the surname after them. */
const MALE_FIRST = new Set(
  (
    'мурат ерлан кайрат нурсултан алибек ермек роман арман серик берик бахыт асет марат нурлан канат ержан алмас ' +
    'айбек талгат даурен болат асхат бауыржан олжас алихан аскар бакытжан мухтар бейбут жансеит шахрат акылбек ' +
    'руслан тимур аслан адиль дархан галым ерболат максат мейрам рустам санжар еркин азамат аман даулет жандос ' +
    'куаныш мирас нуржан улан бахытжан владимир сергей алексей дмитрий андрей евгений александр михаил николай ' +
    'павел игорь олег карим маулен алмасадам айдарбек касым-жомарт нуртай габидолла'
  ).split(' '),
);

/** Puts an inflected Russian-style name (first name + surname) back into the nominative. */
export function nominative(tokens: string[]): string[] {
  if (tokens.length < 2) return tokens;
  const [first = '', ...rest] = tokens;
  const f = foldCyrillic(first);
  const endings: Array<[string, string[]]> = [
    ['ом', ['ым', 'ым']],
    ['ем', ['ым', 'ым']],
    ['а', ['а', 'а']],
    ['у', ['у', 'у']],
    ['е', ['е', 'е']],
  ];
  for (const [end, [surEnd]] of endings) {
    if (f.endsWith(end) && MALE_FIRST.has(f.slice(0, -end.length))) {
      const sur = rest.map((t) =>
        /(ов|ев|ёв|ин|ын)(ым|а|у|е)$/.test(foldCyrillic(t)) && foldCyrillic(t).endsWith(surEnd ?? '')
          ? t.slice(0, -(surEnd ?? '').length)
          : t,
      );
      return [first.slice(0, -end.length), ...sur];
    }
  }
  // An unknown first name: the surname's unambiguous ending (-овым instrumental, -ову dative) tells the case.
  const last = foldCyrillic(tokens.at(-1) ?? '');
  const instrumental = /(ов|ев|ин)ым$/.test(last);
  const dative = /(ов|ев|ин)у$/.test(last);
  if (!instrumental && !dative) return tokens;
  return tokens.map((t, i) => {
    if (i === tokens.length - 1) return t.replace(instrumental ? /ым$/ : /у$/, '');
    if (instrumental && /[бвгджзклмнпрстфхцчшщ](?:ом|ем)$/.test(foldCyrillic(t))) return t.slice(0, -2);
    if (dative && /[бвгджзклмнпрстфхцчшщ]у$/.test(foldCyrillic(t))) return t.slice(0, -1);
    return t;
  });
}

/** Puts a declined Chinese name back into the nominative (Цзиньпином → Цзиньпин, Чуня → Чунь, Чжаном → Чжан). */
export function chineseNominative(tokens: string[]): string[] {
  return tokens.map((t, i) => {
    // Surnames decline like given names (Чжаном → Чжан, Ваном → Ван); one-syllable vowel-final ones (Ли, Ма)
    // never do, and a surname keeps at least one full syllable.
    if (i === 0 && !/^[^аэуоиыяею]*[аэуоиыяею].*н(ом|ем|а|я|у|ю|е)$/i.test(t)) return t;
    // Palladius syllables end in н/нь only, so only such names take case endings.
    // Palladius has no final м: «Фэем» is Фэй in the instrumental.
    const y = /^(.*[аэуо])(ем|я|ю)$/i.exec(t);
    if (y?.[1] && /м$/.test(t)) return `${y[1]}й`;
    const m = /^(.*н)(ом|ем|а|я|у|ю|е)$/i.exec(t);
    if (!m?.[1] || !m[2]) return t;
    const soft = /^(ем|я|ю|е)$/i.test(m[2]);
    return soft ? `${m[1]}ь` : m[1];
  });
}
