/**
 * Names read from Kazakh in the Latin alphabet: its «ı» stands for both «и» and «й», so «Altaı», «Orynbaı»
 * end in an i-sound that English spellings of such names write as «i» (Altai, Orynbai). The text is read as
 * Cyrillic (./kk-script.ts), whose «й» the transliteration writes «y»: for a name of a Latin-script source that
 * the gazetteer does not know (its entries keep their official spelling), a final vowel and «y» is a vowel and «i».
 */
import { lookupLatin } from './gazetteer/index.ts';
import { kazakhScript } from './kk-script.ts';

const FINAL_Y = /([aeou])y(?=$|[\s-])/g;
const HAS_FINAL_Y = /[aeou]y(?:$|[\s-])/;

/** The English spelling of a name read from a Latin-script Kazakh text (see the module comment). */
function latinSpelling(name: string): string {
  return lookupLatin(name) ? name : name.replace(FINAL_Y, '$1i');
}

/** People of an article with their names spelled for its script: changed only for Latin-script Kazakh texts. */
export function spellForScript<P extends { name: string }>(people: P[], source: string): P[] {
  if (!people.some((p) => HAS_FINAL_Y.test(p.name))) return people;
  if (kazakhScript(source) !== 'latin') return people;
  return people.map((p) => {
    const name = latinSpelling(p.name);
    return name === p.name ? p : { ...p, name };
  });
}
