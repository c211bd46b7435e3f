/**
 * Clause boundaries of a Chinese sentence for the people rules: the clause around a name, and whether the name
 * stands inside the words another speaker reports.
 */
import { SPEAKING_AT_EVENT_ZH } from '../lexicon/zh/participation.ts';

/** The clause around a position: between the nearest 。；，：, on either side. */
export function clauseAt(text: string, at: number): string {
  const seps = /[，；：,;:]/;
  let a = at;
  while (a > 0 && !seps.test(text[a - 1] as string)) a--;
  let b = at;
  while (b < text.length && !seps.test(text[b] as string)) b++;
  return text.slice(a, b);
}

/** A speech verb and its comma or colon: what follows is the words someone reports. Compiled once. */
const REPORTED = new RegExp(`(?:${SPEAKING_AT_EVENT_ZH.join('|')})[，,：:]`);

/**
 * Whether the text before a name in its sentence opens reported words («某某指出，今年5月…习近平与托卡耶夫举行
 * 会谈»): the speaker tells of another occasion, so the names in it are only mentioned.
 */
export function inReportedWords(before: string): boolean {
  return REPORTED.test(before);
}
