/** Event location: dateline city, a city the event happened in, or the capital a visit implies. */
import { CAPITALS, CITIES, foldCyrillic } from './gazetteer/index.ts';
import { escapeRegex } from './gazetteer/match.ts';
import type { Sentence } from './sentences.ts';

const variantToCity = new Map<string, string>();
for (const c of CITIES) {
  for (const v of c.variants) {
    variantToCity.set(v.toLowerCase(), c.name);
    variantToCity.set(foldCyrillic(v), c.name);
  }
}
const CITY_ALT = [...variantToCity.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|');
const CITY_WORD = `(${CITY_ALT})[а-яё]{0,2}`;
const DATELINE = new RegExp(
  `^\\s*(${CITY_ALT})(?![a-zа-яё])[^\\n]{0,40}?(?:\\(|–|—|--|\\.\\s*[A-ZА-ЯЁ]{3,})`,
  'i',
);
const CITY_ANY = new RegExp(`(?:${CITY_ALT})`, 'i');
const EVENT_IN = new RegExp(
  `\\b(?:arrived in|arrives in|arriving in|held in|took place in|hosted in|visit to|trip to|talks in|met in|meeting in|signed in|in)\\s+(?:the\\s+(?:city|capital) of\\s+)?${CITY_WORD}|(?:прибыл\\S*|состоял\\S*|прошл\\S*|прош[её]л|проходит|провел\\S*|визит\\S*)\\s+(?:в|во)\\s+${CITY_WORD}|(?:^|\\s)(?:в|во)\\s+${CITY_WORD}|(?:^|\\s)(${CITY_ALT})(?:да|де|та|те)(?![а-яё])`,
  'gi',
);
const EVENT_SENTENCE =
  /\b(talks|met|meeting|visit|arrived|signed|dialogue|held|conversation|session|forum|ceremony|co-chaired|opened|inaugurated|received|welcomed)\b|(приветствовал|открыт|принял)|(переговор|встреч|встрет|визит|прибыл|подписал|диалог|состоял|заседани|форум|церемони|келіссөз|кездес|қабылда|сапар)/i;
const PAST = /\b(earlier|previously|last year|in \d{4}|anniversary)\b|(ранее|в прошлом году|в \d{4} год)/i;
const VISIT_KZ =
  /\b(?:arrived in|visit(?:ed)? to|visit(?:ed)?|trip to)\s+(?:the\s+republic of\s+)?kazakhstan\b|(?:прибыл\S*|визит\S*)\s+в\s+(?:республику\s+)?казахстан/i;
const VISIT_CN =
  /\b(?:arrived in|visit(?:ed)? to|visit(?:ed)?|trip to)\s+(?:the\s+people['’]s republic of\s+)?china\b|(?:прибыл\S*|визит\S*)\s+в\s+(?:кнр|китай)/i;
/** The Kazakh head of state or government receiving a guest: that happens in the capital. */
const RECEIVED_KZ =
  /\b(head of state|tokayev|president of kazakhstan|kazakh president|prime minister of kazakhstan|kazakh prime minister|bektenov)\b[^.]{0,60}\b(received|receives|hosted)\b|(глава государства|токаев\S*|президент казахстана|премьер-министр казахстана|бектенов\S*)[^.]{0,60}принял/i;

function cityOf(word: string): string | null {
  const l = foldCyrillic(word);
  return (
    variantToCity.get(l) ??
    variantToCity.get(l.replace(/[а-яё]{1,2}$/, '')) ??
    variantToCity.get(l.replace(/(?:дагы|дегы|да|де|та|те)$/, '')) ??
    null
  );
}

/** Resolves the event location from the dateline, event sentences in the title/lead, or an implied capital. */
export function resolveLocation(sentences: Sentence[], kind: string | null = null): string | null {
  // A phone call happens nowhere in particular, whatever the dateline says.
  if (kind === 'phone_call') return null;
  const explicit = explicitCity(sentences);
  if (explicit) return explicit;
  const firstPara = sentences
    .filter((s) => s.para === 0)
    .map((s) => s.text)
    .join(' ');
  const m = DATELINE.exec(firstPara);
  const dateline = m?.[1] ? cityOf(m[1]) : null;
  if (dateline) return dateline;
  return impliedCity(sentences);
}

/** A city named as where the event happens ("held talks in Astana", "arrived in Almaty", «в Акорде»). */
function explicitCity(sentences: Sentence[]): string | null {
  const ordered = [
    ...sentences.filter((s) => s.zone !== 'body'),
    ...sentences.filter((s) => s.zone === 'body'),
  ];
  for (const s of ordered) {
    if (!EVENT_SENTENCE.test(s.text) || PAST.test(s.text)) continue;
    const folded = foldCyrillic(s.text);
    // The big pattern runs only where some city is named at all.
    if (!CITY_ANY.test(folded)) continue;
    EVENT_IN.lastIndex = 0;
    // Folded text: Kazakh spellings (Ақордада) meet their Russian look-alikes; folding keeps every offset.
    for (const m of folded.matchAll(EVENT_IN)) {
      const word = m[1] ?? m[2] ?? m[3] ?? m[4];
      // A bare "in <city>" only counts in the title and lead, where the event is introduced.
      if ((m[3] || m[4]) && s.zone === 'body') continue;
      if (/^in\s/i.test(m[0]) && s.zone === 'body') continue;
      const c = word ? cityOf(word) : null;
      if (c) return c;
    }
  }
  return null;
}

/** The capital a visit or a reception implies ("arrived in Kazakhstan", "the President received …"). */
function impliedCity(sentences: Sentence[]): string | null {
  const ordered = [
    ...sentences.filter((s) => s.zone !== 'body'),
    ...sentences.filter((s) => s.zone === 'body'),
  ];
  for (const s of ordered) {
    if (PAST.test(s.text)) continue;
    if (s.zone !== 'body' && RECEIVED_KZ.test(s.text)) return CAPITALS.KZ ?? null;
    if (VISIT_KZ.test(s.text)) return CAPITALS.KZ ?? null;
    if (VISIT_CN.test(s.text)) return CAPITALS.CN ?? null;
  }
  return null;
}
