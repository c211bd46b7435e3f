/**
 * Kazakh written in other scripts, turned into Cyrillic so that one Kazakh pack reads them all: the Latin
 * alphabets (the 2018 one with acutes — «Qazaqstan men Qytaı», «jáne», «ǵ», «ń» — and the older web spelling
 * with digraphs — «tóraghasy», «Toqaevtyng») and the Arabic script (töte) of the Kazakhs in China. The result
 * need not be perfect spelling: the rules fold Kazakh letters and read stems, so «Қытаы» for «Қытай» would
 * still fail but «Тоқаев», «Қазақстан», «келіссөз» come out right.
 */
import { capitaliseAcronyms, capitaliseNamesAfterRoles } from './kk-arabic-names.ts';
import { MONTH_STEMS_KK } from './lexicon/kk/dates.ts';
import {
  KK_ARABIC,
  KK_LATIN_2021_LETTERS,
  KK_LATIN_DIGRAPHS,
  KK_LATIN_LETTERS,
  KK_LATIN_MARKERS,
  KK_LATIN_WEB_DIGRAPHS,
  KK_LATIN_WEB_LETTERS,
} from './lexicon/kk/scripts.ts';

const VOWELS_CYR = 'аәеёиоөуұүыіэюя';

/** Which script a Kazakh text is written in, if not Cyrillic: `arabic`, `latin` or null. */
export function kazakhScript(text: string): 'arabic' | 'latin' | null {
  const sample = text.slice(0, 5000);
  // Every article is asked: one pass over the character codes counts the scripts (and «q») without the arrays
  // of four matches.
  let arabic = 0;
  let latin = 0;
  let cyr = 0;
  let q = 0;
  // Han characters: a Chinese page with pinyin readings inserted («应(yīng)») is no Kazakh Latin text.
  let han = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) {
      latin++;
      if (c === 0x71 || c === 0x51) q++;
    }
  }
  if (arabic > 40 && arabic > (latin + cyr) * 2) return 'arabic';
  if (latin < 40 || cyr > latin || han > latin) return null;
  // Kazakh Latin: «q» is a common letter (қ), and its own letters or short words occur; English has neither
  // (checked in that order: English fails on «q» and is never lower-cased and searched for the markers).
  if (q / latin <= 0.012) return null;
  const markers = sample.toLowerCase().match(KK_LATIN_MARKERS)?.length ?? 0;
  return markers >= 3 ? 'latin' : null;
}

/**
 * Which Latin spelling a text uses: the 2018 alphabet (acutes, «ı» for и/й), the 2021 one («ş», «ç», «ğ», «ñ»,
 * «ū», «ä», with «ı» for і and «y» for ы) or the web transliteration (digraphs, no «ı»: «tóraghasy»).
 */
export type LatinMode = '2018' | '2021' | 'web';

/** The Latin spelling of a text (see LatinMode); ask it of the whole article, titles are too short to tell. */
export function latinMode(text: string): LatinMode {
  if (!/ı/.test(text)) return 'web';
  return /[şçğñūäü]/i.test(text) ? '2021' : '2018';
}

/** Kazakh Latin → Cyrillic, word by word: digraphs first, then letters, then the й/ы/и choice by context. */
export function latinToCyrillic(text: string, mode: LatinMode = latinMode(text)): string {
  // The web spelling never writes «ı»: its u, ú, ý are у, ұ, ү (the 2018 alphabet's are ұ, ү, у).
  const web = mode === 'web';
  const letters =
    mode === 'web'
      ? { ...KK_LATIN_LETTERS, ...KK_LATIN_WEB_LETTERS }
      : mode === '2021'
        ? { ...KK_LATIN_LETTERS, ...KK_LATIN_2021_LETTERS }
        : KK_LATIN_LETTERS;
  const digraphs = web ? [...KK_LATIN_WEB_DIGRAPHS, ...KK_LATIN_DIGRAPHS] : KK_LATIN_DIGRAPHS;
  // Acute accents written as combining marks («О́») are dropped first: only precomposed letters are listed.
  return text.replace(/\u0301/g, '').replace(/[A-Za-z\u00c0-\u024f']+/g, (word) => {
    const upper = word[0] !== undefined && word[0] !== word[0].toLowerCase();
    let w = word
      .normalize('NFC')
      .toLowerCase()
      .replace(/\u0301/g, '');
    // «qoiylady»: after a vowel the web spelling's «iy» is й+ы, not the и of «preziydent».
    if (web) w = w.replace(/([aeoáóúý])i(?=y)/g, '$1й');
    for (const [from, to] of digraphs) w = w.replaceAll(from, to);
    let out = '';
    for (let i = 0; i < w.length; i++) {
      const c = w[i] as string;
      const prev = out.at(-1) ?? '';
      const next = w[i + 1] ?? '';
      const afterVowel = prev !== '' && VOWELS_CYR.includes(prev);
      // «y» before «y» is й (qoyylady → қойылады): the second one is the vowel.
      const beforeVowel = next !== '' && /[aáeéiıoóuúý]/.test(next);
      // «y» is ы, or й after a vowel and not before one (Qytay → Қытай); «ı» is и, or й after a vowel (qoı → қой).
      // The web spelling also writes й between vowels as «y» («deyin» → дейін); after у/ұ it is ы («aituynsha»).
      // The 2021 alphabet: ı is і, y is ы, i is и (й after a vowel).
      if (mode === '2021' && (c === 'y' || c === 'ı' || c === 'i'))
        out += c === 'ı' ? 'і' : c === 'y' ? 'ы' : afterVowel && !beforeVowel ? 'й' : 'и';
      else if (c === 'y') out += afterVowel && (!beforeVowel || web) && !/[уұ]/.test(prev) ? 'й' : 'ы';
      else if (c === 'ı') out += afterVowel && !beforeVowel ? 'й' : 'и';
      // The web spelling writes й between vowels as «i» («Qyrkýiek» → Қыркүйек).
      // And й after a vowel as «i» («aituynsha» → айтуынша): Kazakh never writes і after a vowel.
      else if (web && c === 'i' && afterVowel) out += 'й';
      else out += letters[c] ?? c;
    }
    // An acronym stays in capitals (QHR → ҚХР), a name keeps its capital.
    if (word.length > 1 && word === word.toUpperCase()) return out.toUpperCase();
    return upper ? out.charAt(0).toUpperCase() + out.slice(1) : out;
  });
}

/** Letters that make a töte word front-vowelled: hamza marks it, ە ك گ are front by themselves. */
const FRONT = /[\u0674\u0621\u06d5\u0643\u06af]/;
/** The hamza, which marks a front word outright. */
const HAMZA = /[\u0674\u0621]/;
/**
 * ق (қ) and ع (ғ) occur only in back words: a name or loan word with them and an ە or ك («توقاەۆ» = Тоқаев)
 * stays back, where ە alone would have made it «Төқәев».
 */
const BACK = /[\u0642\u0639]/;
const BACK_TO_FRONT: Record<string, string> = { а: 'ә', о: 'ө', ұ: 'ү', ы: 'і' };

/** Kazakh Arabic script (töte) → Cyrillic, word by word. */
export function arabicToCyrillic(text: string): string {
  return text.replace(/[\u0600-\u06ff]+/g, (word) => {
    const front = HAMZA.test(word) || (FRONT.test(word) && !BACK.test(word));
    let out = '';
    for (const c of word) {
      if (c === '\u0674' || c === '\u0621') continue;
      let l = KK_ARABIC[c] ?? '';
      // ي is и between consonants, й after a vowel.
      if (c === '\u064a') l = out !== '' && VOWELS_CYR.includes(out.at(-1) as string) ? 'й' : 'и';
      out += front ? (BACK_TO_FRONT[l] ?? l) : l;
    }
    // «يا» after a consonant is я (كومپانيا = компания): the Cyrillic pack spells it so.
    return out.replace(/и[аә]/g, 'ия');
  });
}

/** Arabic script has no capitals: sentences are given one, so that the sentence splitter finds their starts. */
function capitaliseSentences(text: string): string {
  return text.replace(/(^|[.!?؟]\s+|\n\s*)(\p{Ll})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

/** «3-шілдеде» → «3 шілдеде»: the date rules read a day and its month apart by a space. */
const HYPHEN_DAY = new RegExp(`(?<!\\d)(\\d{1,2})-(?=(?:${MONTH_STEMS_KK.join('|')}))`, 'giu');

/** A text in Cyrillic Kazakh if it was Kazakh in another script, else unchanged (and whether it changed). */
export function kazakhToCyrillic(text: string): {
  text: string;
  converted: boolean;
  /** Converts another part of the same article (its title) the same way, whatever its own letters. */
  convert: (part: string) => string;
} {
  const script = kazakhScript(text);
  if (script === 'arabic') {
    const convert = (part: string) =>
      capitaliseAcronyms(
        capitaliseNamesAfterRoles(
          capitaliseSentences(arabicToCyrillic(part).replace(/،/g, ',').replace(/؟/g, '?')),
        ),
      );
    return {
      get text() {
        return convert(text);
      },
      converted: true,
      convert,
    };
  }
  if (script === 'latin') {
    const mode = latinMode(text);
    const convert = (part: string) => latinToCyrillic(part, mode).replace(HYPHEN_DAY, '$1 ');
    // Converted when asked: the extractor converts the title and the body apart, never the two together.
    return {
      get text() {
        return convert(text);
      },
      converted: true,
      convert,
    };
  }
  // Cyrillic stays as written, but for a day hyphenated to a Kazakh month («25-сәуірде»).
  return { text, converted: false, convert: (part) => part.replace(HYPHEN_DAY, '$1 ') };
}
