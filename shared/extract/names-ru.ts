/** Russian name forms: case endings back to the nominative, and words that are never part of a name. */
import { foldCyrillic } from './gazetteer/index.ts';
import { CITIES, PLACES } from './gazetteer/places.ts';
import { alternation, WB_END } from './lexicon/build.ts';
import { NAME_STOP_KK } from './lexicon/kk/people.ts';
import { MALE_FIRST_NAMES_RU, NAME_STOP_RU } from './lexicon/ru/people.ts';
import { memoizeString } from './memo.ts';

/** The pack's stop words and stems (months, days, role and place words, Chinese provinces, function words). */
const RU_STOP = new RegExp(`^${alternation([...NAME_STOP_RU, ...NAME_STOP_KK])}${WB_END}`, 'u');

// Chinese provinces too («губернатором провинции Цзилинь Ху Юйтином»): part of the post, never of the name.
const CN_REGIONS = PLACES.filter((p) => p.kind === 'region' && p.country === 'CN').flatMap((p) =>
  p.aliases.filter((a) => !/\s/.test(a)),
);
const RU_CITY_STEMS = [...CITIES.flatMap((c) => c.variants), ...CN_REGIONS]
  .filter((v) => /[а-яё]/i.test(v))
  .map((v) => foldCyrillic(v).replace(/[аеиоуыьяю]$/, ''));

/** The city stems of four letters or more by their first four: a word is looked up, not tried against all. */
const CITY_STEMS_BY_HEAD = new Map<string, string[]>();
for (const c of RU_CITY_STEMS)
  if (c.length >= 4)
    CITY_STEMS_BY_HEAD.set(c.slice(0, 4), [...(CITY_STEMS_BY_HEAD.get(c.slice(0, 4)) ?? []), c]);

/** Role words, places and function words are never part of a Russian name. */
export function isRuStop(w: string): boolean {
  return ruStop(w);
}
// Capitalised words recur from sentence to sentence and article to article: each is judged once.
const ruStop = memoizeString((w: string): boolean => {
  const f = foldCyrillic(w);
  return RU_STOP.test(f) || (CITY_STEMS_BY_HEAD.get(f.slice(0, 4))?.some((c) => f.startsWith(c)) ?? false);
}, 4000);

/** Male first names whose case forms reveal the case of the surname after them. */
const MALE_FIRST = new Set<string>(MALE_FIRST_NAMES_RU);

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
