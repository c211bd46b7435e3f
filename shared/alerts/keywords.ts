/**
 * Keyword filters that work across English and Russian: a reader who asks for "gas" should hear of a Russian
 * report on "газопровод", and "Ван И" should find Wang Yi (names are stored in Latin script). Words live here as
 * data (English forms, Russian stems: every form matches as a word start); the expansion is general, not per text.
 */
import { lookupCyrillic } from '../extract/gazetteer/index.ts';
import { normalise } from './matching.ts';

/**
 * Topic words of Kazakhstan–China coverage: [English forms, Russian stems]. A form matches as a word start
 * ("газопровод" finds "газопроводы"); one ending in `$` only as a whole word (so "газ" does not find "газета",
 * nor "виза" "визит").
 */
const GLOSSARY: Array<[string[], string[]]> = [
  [['trade'], ['торгов', 'товарооборот']],
  [['investment', 'invest'], ['инвест']],
  [['gas'], ['газ$', 'газа$', 'газом$', 'газу$', 'газов', 'газопровод']],
  [['oil', 'petroleum'], ['нефт']],
  [['pipeline'], ['трубопровод', 'газопровод', 'нефтепровод']],
  [
    ['railway', 'rail'],
    ['железн', 'жд$'],
  ],
  [['transit'], ['транзит']],
  [['logistics', 'logistic'], ['логист']],
  [['energy'], ['энерг']],
  [
    ['nuclear', 'atomic'],
    ['атом', 'ядерн'],
  ],
  [['uranium'], ['уран']],
  [['coal'], ['угол', 'угля', 'угольн']],
  [['electricity', 'power plant'], ['электр']],
  [['renewable'], ['возобновля']],
  [['solar'], ['солнечн']],
  [['wind'], ['ветр']],
  [
    ['agriculture', 'agricultural', 'farm'],
    ['сельск', 'агро'],
  ],
  [['grain'], ['зерн']],
  [['wheat'], ['пшениц']],
  [['water'], ['вода$', 'воды$', 'водой$', 'водн', 'водохозяйств']],
  [['border'], ['границ', 'погранич']],
  [['customs'], ['тамож']],
  [['visa'], ['виза$', 'визы$', 'визов', 'безвиз']],
  [
    ['tourism', 'tourist'],
    ['туризм', 'турист'],
  ],
  [
    ['education', 'university', 'student'],
    ['образован', 'университет', 'студент'],
  ],
  [['culture', 'cultural'], ['культур']],
  [['security'], ['безопасн']],
  [['terrorism', 'terrorist'], ['террор']],
  [
    ['industry', 'industrial'],
    ['промышлен', 'индустри'],
  ],
  [['mining'], ['горнодобыв', 'добыч']],
  [['metal', 'metallurgy'], ['металл']],
  [['copper'], ['медь$', 'медн']],
  [['digital'], ['цифров']],
  [
    ['artificial intelligence', 'ai$'],
    ['искусственн', 'ии$'],
  ],
  [
    ['space', 'satellite'],
    ['космос', 'космич', 'спутник'],
  ],
  [
    ['health', 'medicine', 'medical'],
    ['здравоохран', 'медицин'],
  ],
  [
    ['finance', 'financial', 'bank'],
    ['финанс', 'банк'],
  ],
  [['yuan'], ['юан']],
  [['automobile', 'car$', 'cars$', 'vehicle'], ['автомоб']],
  [
    ['aviation', 'flight', 'airline'],
    ['авиа', 'рейс'],
  ],
  [['belt and road'], ['пояс и путь']],
  [
    ['sco$', 'shanghai cooperation'],
    ['шос$', 'шанхайск'],
  ],
  [['astana'], ['астан']],
  [['almaty'], ['алмат']],
  [['beijing'], ['пекин']],
  [['xinjiang'], ['синьцзян']],
  [['urumqi'], ['урумчи']],
];

/** Normalised forms, the whole-word mark kept. */
const ENTRIES = GLOSSARY.map(([en, ru]) =>
  [...en, ...ru].map((f) => (f.endsWith('$') ? `${normalise(f)}$` : normalise(f))),
);

/**
 * A keyword with its forms in the other language: the entries it names (it is a word start of one of their
 * forms, or — for words of four letters and more — one of their forms starts it) contribute all their forms.
 */
export function expandKeyword(keyword: string): string[] {
  const needle = normalise(keyword);
  if (!needle) return [];
  const out = new Set([needle]);
  for (const forms of ENTRIES) {
    const hit = forms.some((form) => {
      const f = form.replace(/\$$/, '');
      return (f.startsWith(needle) && needle.length >= 2) || (f.length >= 4 && needle.startsWith(f));
    });
    if (hit) for (const f of forms) out.add(f);
  }
  return [...out];
}

/** A participant filter in the stored script: a Cyrillic name of a known official in its Latin form too. */
export function expandParticipant(name: string): string[] {
  const latin = /[\u0400-\u04ff]/.test(name) ? lookupCyrillic(name.trim())?.name : undefined;
  return latin ? [name, latin] : [name];
}
