/** Cyrillic → Latin transliteration of personal names: English-style for Kazakh/Russian, Palladius → pinyin for Chinese. */

const CYR_TO_LAT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

const VOWELS = new Set([...'аеёиоуыэюяәөұүі']);

function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]?.toUpperCase() + s.slice(1);
}

/** Transliterates one Kazakh/Russian name word English-style: Нуртлеу → Nurtleu, Ермек → Yermek, Кошербаев → Kosherbayev. */
export function cyrillicWordToLatin(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] ?? '';
    const prev = i > 0 ? (lower[i - 1] ?? '') : '';
    const next = lower[i + 1] ?? '';
    if (ch === 'е' && (i === 0 || VOWELS.has(prev) || prev === 'ь' || prev === 'ъ' || prev === '-'))
      out += 'ye';
    // Кайрат → Kairat, Бейбут → Beibut; but final/prevocalic й stays y (Сергей → Sergey).
    else if (ch === 'й' && VOWELS.has(prev) && next !== '' && !VOWELS.has(next) && next !== '-') out += 'i';
    // Kazakh official spelling doubles an s between vowels: Касым → Kassym, Есенгалиев → Yessengaliyev.
    else if (ch === 'с' && VOWELS.has(prev) && VOWELS.has(next)) out += 'ss';
    else out += CYR_TO_LAT[ch] ?? ch;
  }
  return out
    .split('-')
    .map((p) => capitalise(p))
    .join('-');
}

// Palladius initials, longest first; 'soft' initials change with an i/ü final (цз → j/z, ц → q/c, с → x/s).
const INITIALS: Array<[string, string, string]> = [
  ['чж', 'zh', 'zh'],
  ['цз', 'z', 'j'],
  ['ч', 'ch', 'ch'],
  ['ш', 'sh', 'sh'],
  ['ж', 'r', 'r'],
  ['ц', 'c', 'q'],
  ['с', 's', 'x'],
  ['б', 'b', 'b'],
  ['п', 'p', 'p'],
  ['м', 'm', 'm'],
  ['ф', 'f', 'f'],
  ['д', 'd', 'd'],
  ['т', 't', 't'],
  ['н', 'n', 'n'],
  ['л', 'l', 'l'],
  ['г', 'g', 'g'],
  ['к', 'k', 'k'],
  ['х', 'h', 'h'],
  ['в', 'w', 'w'],
];

// Palladius finals → pinyin final, with flags: i-type (palatal) and the zero-initial spelling.
const FINALS: Array<[string, string, boolean, string]> = [
  ['юань', 'uan', true, 'yuan'],
  ['юнь', 'un', true, 'yun'],
  ['юэ', 'ue', true, 'yue'],
  ['юй', 'u', true, 'yu'],
  ['юн', 'iong', true, 'yong'],
  ['ю', 'iu', true, 'you'],
  ['яо', 'iao', true, 'yao'],
  ['янь', 'ian', true, 'yan'],
  ['ян', 'iang', true, 'yang'],
  ['я', 'ia', true, 'ya'],
  ['е', 'ie', true, 'ye'],
  ['инь', 'in', true, 'yin'],
  ['ин', 'ing', true, 'ying'],
  ['и', 'i', true, 'yi'],
  ['уань', 'uan', false, 'wan'],
  ['уай', 'uai', false, 'wai'],
  ['уан', 'uang', false, 'wang'],
  ['уэй', 'ui', false, 'wei'],
  ['унь', 'un', false, 'wen'],
  ['уй', 'ui', false, 'wei'],
  ['уа', 'ua', false, 'wa'],
  ['уо', 'uo', false, 'wo'],
  ['ун', 'ong', false, 'weng'],
  ['у', 'u', false, 'wu'],
  ['ань', 'an', false, 'an'],
  ['ай', 'ai', false, 'ai'],
  ['ао', 'ao', false, 'ao'],
  ['ан', 'ang', false, 'ang'],
  ['а', 'a', false, 'a'],
  ['энь', 'en', false, 'en'],
  ['эй', 'ei', false, 'ei'],
  ['эн', 'eng', false, 'eng'],
  ['эр', 'er', false, 'er'],
  ['э', 'e', false, 'e'],
  ['оу', 'ou', false, 'ou'],
  ['о', 'o', false, 'o'],
  ['ы', 'i', false, ''],
];

const LABIAL = new Set(['b', 'p', 'm', 'f', 'w']);

interface Syllable {
  pinyin: string;
  zeroInitial: boolean;
}

/** All ways to read a syllable at position `i` of `s`. */
function syllablesAt(s: string, i: number): Array<{ syl: Syllable; len: number }> {
  const out: Array<{ syl: Syllable; len: number }> = [];
  const inits: Array<[string, string, string] | null> = [
    null,
    ...INITIALS.filter(([c]) => s.startsWith(c, i)),
  ];
  for (const init of inits) {
    const j = i + (init ? init[0].length : 0);
    for (const [cyr, fin, palatal, zero] of FINALS) {
      if (!s.startsWith(cyr, j)) continue;
      let pinyin: string;
      if (!init) {
        if (!zero) continue;
        pinyin = zero;
      } else {
        const initial = palatal ? init[2] : init[1];
        if (init[1] === 'w' && (palatal || fin.startsWith('u'))) continue;
        if (fin === 'i' && palatal && ['zh', 'ch', 'sh', 'r'].includes(initial)) pinyin = `${initial}i`;
        else if (cyr === 'ы') {
          if (!['z', 'c', 's'].includes(initial)) continue;
          pinyin = `${initial}i`;
        } else if (cyr === 'о' && !LABIAL.has(initial)) pinyin = `${initial}uo`;
        else pinyin = initial + fin;
      }
      out.push({ syl: { pinyin, zeroInitial: !init }, len: j + cyr.length - i });
    }
  }
  return out;
}

/**
 * Reads one Cyrillic word as Palladius syllables and returns its pinyin (Цзиньпин → Jinping, Хунин → Huning),
 * or null when it is not a Palladius spelling. Among readings it prefers few syllables and initials inside the word.
 */
export function palladiusWordToPinyin(word: string): string | null {
  const s = word.toLowerCase().replace(/ь(?=[аеёиоуыэюя])/g, '');
  const n = s.length;
  const best: Array<{ cost: number; text: string } | null> = new Array(n + 1).fill(null);
  best[0] = { cost: 0, text: '' };
  for (let i = 0; i < n; i++) {
    const cur = best[i];
    if (!cur) continue;
    for (const { syl, len } of syllablesAt(s, i)) {
      const cost = cur.cost + 1 + (syl.zeroInitial && i > 0 ? 2 : 0);
      const prev = best[i + len];
      if (!prev || cost < prev.cost) best[i + len] = { cost, text: cur.text + syl.pinyin };
    }
  }
  const done = best[n];
  return done ? capitalise(done.text) : null;
}

/** Common Chinese surnames in Palladius spelling: a name starting with one of them is read as Chinese. */
export const CHINESE_SURNAMES_CYR = new Set(
  (
    'ван ли чжан лю чэнь ян хуан чжао у чжоу сюй сунь ма чжу ху го хэ линь гао ло чжэн лян се сун тан хань фэн ' +
    'дэн цао пэн цзэн сяо тянь дун пань юань цай цзян юй ду е чэн вэй су лу дин жэнь шэнь яо цинь цуй лэ си вэнь ' +
    'мао цю цзя бай нин инь дай фу хоу ши кун тань цянь цзинь ань мэн гу лэй шао вань цзи ' +
    // Less frequent ones that officials bear (Lou, Fan, Zhong, Xue, Zou…); people-country.ts lists them in pinyin.
    'лоу фань фан чжун сюэ цзоу тао ляо бао хао гун янь шан'
  ).split(' '),
);

/** Whether a Cyrillic name (surname first) reads as a Chinese name. */
export function looksChineseCyrillic(tokens: string[]): boolean {
  const [sur, ...given] = tokens;
  if (!sur || given.length === 0 || given.length > 2) return false;
  if (!CHINESE_SURNAMES_CYR.has(sur.toLowerCase())) return false;
  return given.every((g) => palladiusWordToPinyin(g) !== null);
}

/** Transliterates a Cyrillic personal name: Chinese ones to pinyin (Хань Чунь → Han Chun), others English-style. */
export function transliterateName(tokens: string[], chinese: boolean): string {
  if (chinese) return tokens.map((t) => palladiusWordToPinyin(t) ?? cyrillicWordToLatin(t)).join(' ');
  return tokens.map((t) => cyrillicWordToLatin(t)).join(' ');
}
