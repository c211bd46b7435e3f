import { parseLocalisedDate } from './dates.ts';
import { trailingStory } from './trailing.ts';

/** Paragraphs that are never article text, wherever they stand (each tested only on short paragraphs). */
const ANYWHERE: RegExp[] = [
  // Photo and source credits: "Photo: …", "Photo credit: …", «Фото: …», «Сурет: …», "© Kazinform".
  /^(photo|photos|photo credit|photo credits|photograph|image|images|picture|illustrative photo|video|фото|фотография|фото и видео|видео|сурет|суреттер|бейне|source|источник|дереккөз)(\s+(credit|by|from|courtesy))?\s*[:©|]/iu,
  /^(©|\(c\)|copyright\b)/iu,
  // A caption that ends with its credit: "… June 17, 2025. (Xinhua/Li Xueren)", "(AP Photo/…)".
  /\((xinhua|photo|ap photo|reuters|afp|tass|epa|getty images|фото|сурет)\s*(\/|by\b|:)[^()]{1,60}\)$/iu,
  /^(photo|photos|фото|сурет)\s+(by|courtesy of|предоставлен\p{L}*|из открытых источников|автора|пресс-служб\p{L}*|с сайта|с официального сайта|из архива|архив\p{L}*)/iu,
  // Comment counters and prompts.
  /^(comments?|комментарии|комментариев|пікірлер|пікір)\s*[(:]?\s*\d*\s*\)?$/iu,
  /^(leave a (comment|reply)|оставить комментарий|add comment)/iu,
  // Cross-links.
  /^(read also|also read|read more|see also|related( articles| news| stories)?|more on this|recommended|читайте также|читайте еще|читайте ещё|смотрите также|по теме|еще по теме|оқи отырыңыз|оқыңыз|тағы оқыңыз)(?![\p{L}\p{N}])/iu,
  /^view (more|all) (articles|posts|stories|news) (from|by)/iu,
  // Sharing, tags, subscriptions.
  /^(share|share this( article| story| post)?|поделиться|бөлісу)\s*[:!]?\s*$/iu,
  /^(tags|теги|тегтер|метки|keywords)\s*:/iu,
  /(подписывайтесь|подпишитесь|подписаться|следите за нами|следите за новостями|присоединяйтесь|читайте нас|жазылыңыз|жазылып)/iu,
  /(самые актуальные|самые свежие|главные) новости\s*[-–—]?\s*в нашем/iu,
  /(ctrl\s*\+\s*enter|выделите (его|её|ее|фрагмент) и нажмите)/iu,
  /^(all rights reserved|все права защищены|барлық құқықтар қорғалған)/iu,
  /(при (полном или частичном )?(использовании|цитировании|копировании).{0,80}(ссылка|гиперссылка)|use of (the )?materials?.{0,80}(link|reference).{0,20}(required|mandatory))/iu,
  /^(advertisement|реклама|жарнама|sponsored)\.?$/iu,
  /^(print|печать|версия для печати|print version)$/iu,
];

/** "Follow us on Telegram", "Subscribe to our newsletter": a platform name, then the verb before it. */
const PLATFORM =
  /telegram|whatsapp|facebook|instagram|twitter|x\.com|youtube|tiktok|linkedin|our channel|our newsletter/i;
const FOLLOW =
  /\b(follow|subscribe to|join|find)\b.{0,40}\b(on|to|in)\b.{0,20}\b(telegram|whatsapp|facebook|instagram|twitter|x\.com|youtube|tiktok|linkedin|our channel|our newsletter)\b/i;

/**
 * One regex matching what any of `list` matches (they share the `iu` flags and use no back-references):
 * a single call instead of one per pattern. The anchored patterns are joined apart from the others, so
 * that their union is anchored too and tried at the start only.
 */
function unionOf(list: RegExp[]): RegExp {
  if (list.some((re) => re.flags !== 'iu')) throw new Error('boilerplate patterns must all be /iu');
  return new RegExp(list.map((re) => `(?:${re.source})`).join('|'), 'iu');
}
const ANYWHERE_AT_START = unionOf(ANYWHERE.filter((re) => re.source.startsWith('^')));
const ANYWHERE_INSIDE = unionOf(ANYWHERE.filter((re) => !re.source.startsWith('^')));

/** Whether one paragraph is boilerplate on its own (credits, prompts, counters, cross-links). */
export function isBoilerplateParagraph(p: string): boolean {
  if (p.length > 300) return false;
  if (PLATFORM.test(p) && FOLLOW.test(p)) return true;
  return ANYWHERE_AT_START.test(p) || ANYWHERE_INSIDE.test(p);
}

/** A short line without sentence punctuation: a name, an outlet tag, a divider, a label. */
function isFragment(p: string): boolean {
  return p.length < 60 && wordsUpTo5(p) && !FRAGMENT_END.test(p);
}

const FRAGMENT_END = /[.!?…»"”)]$/;

/** Whether `p` has at most five space-separated parts (four spaces), counted without splitting it. */
function wordsUpTo5(p: string): boolean {
  let spaces = 0;
  for (let i = p.indexOf(' '); i >= 0; i = p.indexOf(' ', i + 1)) if (++spaces > 4) return false;
  return true;
}

const BIO_VERB =
  /\b(has (worked|written|been|reported|covered|contributed)|is (a|an|the) ([\p{L}-]+\s){0,4}(journalist|editor|correspondent|reporter|writer|translator|analyst|columnist|contributor|researcher|freelancer)|(worked|studied|graduated|joined|covers|reports|writes)\b)/iu;
const BIO_FIELD =
  /(journalis|editor|author of|correspondent|reporter|translator|writer|columnist|newspaper|news agenc|media|times of|chronicle|post\b)/iu;

/** A profile sentence opens with a name or a pronoun: "Jane Doe has worked…", "Doe studied…", "She…". */
const BIO_SUBJECT =
  /^((\p{Lu}[\p{L}'’.-]*\s){1,4}(has|is|was|studied|worked|joined|graduated|covers|writes|reports|previously)\b|(he|she)\s)/u;

/** An author biography: third-person career sentences about a journalist. */
function isBio(p: string): boolean {
  return p.length < 700 && BIO_SUBJECT.test(p) && BIO_VERB.test(p) && BIO_FIELD.test(p);
}

/**
 * Whether `p` lower-cased can have the length of `lower`: lower-casing keeps every character's length but
 * that of U+0130 (İ, which becomes i + U+0307), so other lengths cannot be equal and need no copy.
 */
function sameLengthLower(p: string, lower: string): boolean {
  return p.length === lower.length || p.includes('\u0130');
}

/**
 * Removes boilerplate from extracted paragraphs: credit lines, prompts, counters and cross-links
 * anywhere; a repeated title, bare dates; and at the end, author bylines/bios and paragraphs about other
 * stories (see trailing.ts). `title` helps both.
 */
export function cleanParagraphs(paragraphs: string[], title: string | null): string[] {
  const titleKey = title ? title.toLowerCase() : null;
  let out = paragraphs.filter((p) => {
    if (isBoilerplateParagraph(p)) return false;
    if (titleKey && sameLengthLower(p, titleKey) && p.toLowerCase() === titleKey) return false;
    // A bare date or "date | views" line left over from the article header.
    if (p.length < 40 && parseLocalisedDate(p) !== null && !/[.!?]$/.test(p)) return false;
    return true;
  });
  // The tail: bios and bylines first, then unrelated "earlier reported" items, until nothing changes.
  // A bio-like closing paragraph counts as an author box only inside one (after a name or outlet line,
  // or once other box lines went): a story about a journalist may well end on their career.
  let inBox = false;
  for (let guard = 0; guard < 12 && out.length > 1; guard++) {
    const last = out[out.length - 1] ?? '';
    const bio = out.length > 2 && (inBox || isFragment(out[out.length - 2] ?? '')) && isBio(last);
    if (isFragment(last) || bio) {
      inBox = true;
      out = out.slice(0, -1);
      continue;
    }
    if (trailingStory(out, title)) {
      out = out.slice(0, -1);
      continue;
    }
    break;
  }
  return out;
}
