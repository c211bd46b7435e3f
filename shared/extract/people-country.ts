/** A person's side guessed from the name alone, when neither the gazetteer nor a role phrase gives it. */

/** Common Chinese surnames in pinyin. */
export const CHINESE_SURNAMES = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang ' +
    'han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao qin ' +
    'cui le xi wen mao qiu jia bai ning yin dai fu hou shi kong tan qian jin meng gu lei shao wan ji ' +
    // Less frequent ones (as in translit.ts's Cyrillic list).
    'lou fan fang zhong xue zou tao liao bao hao gong yan shang'
  ).split(' '),
);
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|uai|uan|ian|iao|ing|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ui|un|ue|a|o|e|i|u)';
/** A pinyin given name: one or two syllables. */
export const PINYIN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`);
const KZ_SURNAME = /(?:ov|ev|yev|ova|eva|yeva|uly|kyzy|bekov|bayev|in|ina)$/i;

/** True for "Lin Wu", "Huang Yongzhang": a common Chinese surname and a pinyin given name. */
export function looksChineseLatin(name: string): boolean {
  const [sur, ...given] = name.toLowerCase().split(/\s+/);
  return !!sur && CHINESE_SURNAMES.has(sur) && given.length === 1 && PINYIN_NAME.test(given[0] ?? '');
}

/** A country guess from the name alone: pinyin names → CN, Kazakh-style surnames → KZ, else null. */
export function countryFromName(name: string): string | null {
  if (looksChineseLatin(name)) return 'CN';
  const parts = name.toLowerCase().split(/\s+/);
  if (parts.length >= 2 && KZ_SURNAME.test(parts.at(-1) ?? '')) return 'KZ';
  return null;
}
