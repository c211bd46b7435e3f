/**
 * Language detection for the four languages of the relationship: English, Russian, Kazakh and Chinese. Script
 * first (Han, Cyrillic, Latin), then, inside Cyrillic, how often the letters only Kazakh has occur: a Russian
 * report quoting «Ақорда» or «Тоқаев» has a few of them, a Kazakh text has one in every dozen letters or so.
 */

/** Languages the extractor distinguishes. */
export type DetectedLang = 'en' | 'ru' | 'kk' | 'zh' | 'other';

/** The letters only Kazakh Cyrillic has (all inside the Cyrillic block), by character code. */
const KAZAKH_CODES = new Set([...'әғқңөұүһіӘҒҚҢӨҰҮҺІ'].map((c) => c.charCodeAt(0)));

/**
 * Share of Kazakh-only letters among Cyrillic letters above which a text is Kazakh. Kazakh prose runs at
 * 6–10 % (і, ы-less endings, қ, ң are everywhere); a Russian text with a few Kazakh names stays under 1 %.
 */
const KK_SHARE = 0.025;
/** Below this share even Kazakh function words do not make a text Kazakh: they are quoted names. */
const KK_SHARE_MIN = 0.008;

/** Frequent short Kazakh words that Russian never writes, and the Russian ones Kazakh never writes. */
const KK_FUNCTION =
  /(?<![а-яёәғқңөұүһі])(?:және|мен|бен|пен|бойынша|туралы|арқылы|үшін|екі|бұл|осы|деп|еді|жылы|жылғы)(?![а-яёәғқңөұүһі])/g;
const RU_FUNCTION =
  /(?<![а-яёәғқңөұүһі])(?:и|в|во|на|что|по|для|это|который|также|был|была|были|от|из|при)(?![а-яёәғқңөұүһі])/g;

/** Han ideographs (the unified block and extension A) and the CJK punctuation block. */
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * Detects the language of a text from its first 20,000 characters. Han characters carry a word each, so a
 * text whose Han characters are a third of its letters is Chinese even when it quotes Latin names.
 */
export function detectLanguage(text: string): DetectedLang {
  const sample = text.slice(0, 20_000);
  // One pass over the character codes: a global match per script built an array of every letter.
  let cyr = 0;
  let lat = 0;
  let kk = 0;
  let han = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      if (KAZAKH_CODES.has(c)) kk++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
    else if (isHan(c)) han++;
  }
  if (han >= 10 && han * 3 >= cyr + lat) return 'zh';
  if (cyr + lat < 20) return 'other';
  if (cyr > lat) return kazakhOrRussian(sample, kk / cyr);
  return lat / Math.max(1, sample.replace(/\s/g, '').length) > 0.5 ? 'en' : 'other';
}

/** Between the two: the letter share decides clear cases, function words the narrow band in between. */
function kazakhOrRussian(sample: string, share: number): 'kk' | 'ru' {
  if (share >= KK_SHARE) return 'kk';
  if (share < KK_SHARE_MIN) return 'ru';
  const low = sample.toLowerCase();
  const kkWords = low.match(KK_FUNCTION)?.length ?? 0;
  const ruWords = low.match(RU_FUNCTION)?.length ?? 0;
  return kkWords > ruWords ? 'kk' : 'ru';
}
