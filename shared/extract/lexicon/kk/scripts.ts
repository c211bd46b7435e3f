/**
 * Kazakh letters in the Latin alphabets and in the Arabic script (töte), with their Cyrillic letters (data only).
 * Read by ../../kk-script.ts, which turns such texts into Cyrillic before the Kazakh rules read them.
 */

/** Latin digraphs, longest first («shch» before «sh»), for both the 2018 alphabet and the older web spelling. */
export const KK_LATIN_DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['gh', 'ғ'],
  ['ng', 'ң'],
  ['ıa', 'я'],
  ['ıý', 'ю'],
  ['ıu', 'ю'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['ts', 'ц'],
  ['kh', 'х'],
];

/** Single Latin letters (y and ı are decided by context in the rule). */
export const KK_LATIN_LETTERS: Record<string, string> = {
  a: 'а',
  á: 'ә',
  ä: 'ә',
  ә: 'ә',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  é: 'е',
  f: 'ф',
  g: 'г',
  ǵ: 'ғ',
  ġ: 'ғ',
  ğ: 'ғ',
  h: 'х',
  i: 'і',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ń: 'ң',
  ñ: 'ң',
  o: 'о',
  ó: 'ө',
  ö: 'ө',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'ұ',
  ú: 'ү',
  ü: 'ү',
  ū: 'ұ',
  v: 'в',
  w: 'у',
  x: 'х',
  ý: 'у',
  z: 'з',
};

/**
 * The web transliteration some sites use (abai.kz: «Búl turaly», «Qyrkýiek», «preziydent») gives u, ú and ý other
 * sounds than the 2018 alphabet does (there «ı» is и and u is ұ): these replace the letters above in such a text,
 * which writes no «ı».
 */
export const KK_LATIN_WEB_LETTERS: Record<string, string> = { u: 'у', ú: 'ұ', ý: 'ү' };
/** Digraphs of that spelling: «iy» is и («preziydent», «mәdeniy»), «iya» ия («Smadiyarov»). */
export const KK_LATIN_WEB_DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['iya', 'ия'],
  ['iyu', 'ию'],
  ['iy', 'и'],
];

/** Letters of the 2021 alphabet that the 2018 one writes otherwise (ı, y and u are decided in the rule). */
export const KK_LATIN_2021_LETTERS: Record<string, string> = { ş: 'ш', ç: 'ч', u: 'у' };

/** Letters and short words only Kazakh Latin writes: three of them make a Latin text Kazakh. */
export const KK_LATIN_MARKERS =
  /[áǵńóúýışçğñū]|(?<![a-z])(?:jáne|jane|men|turaly|týraly|boıynsha|boyynsha|qazaqstan\w*|qytai\w*|qytay\w*|memleket\w*|dep|bul|búl)(?![a-z])/g;

/** Arabic-script (töte) letters → Cyrillic; hamza and ي are handled in the rule. */
export const KK_ARABIC: Record<string, string> = {
  ا: 'а',
  ە: 'е',
  ب: 'б',
  ۆ: 'в',
  گ: 'г',
  ع: 'ғ',
  د: 'д',
  ج: 'ж',
  ز: 'з',
  ي: 'и',
  ك: 'к',
  ق: 'қ',
  ل: 'л',
  م: 'м',
  ن: 'н',
  ڭ: 'ң',
  و: 'о',
  پ: 'п',
  ر: 'р',
  س: 'с',
  ت: 'т',
  ۋ: 'у',
  ۇ: 'ұ',
  ف: 'ф',
  ح: 'х',
  ھ: 'һ',
  چ: 'ч',
  ش: 'ш',
  ى: 'ы',
};

/**
 * Acronyms a töte text writes without capitals (the Arabic script has none): «қхр» is ҚХР after conversion, and
 * the rules that read the two countries and their bodies know these only in capitals. Lower-case Cyrillic, as
 * the conversion writes them.
 */
export const ARABIC_ACRONYMS_KK = ['қхр', 'қр', 'шұар', 'шұаа', 'тмд', 'шыұ', 'бұұ', 'қтж', 'сім'];
