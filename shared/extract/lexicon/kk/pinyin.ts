/**
 * Pinyin syllables in the Kazakh Cyrillic of the Xinjiang press (data only): «Ши Жиңпиң» (Xi Jinping), «Ма
 * Шиңжуй» (Ma Xingrui), «Уаң И» (Wang Yi). Kazakh writes x as ш, j and zh and r as ж, q and ch as ч, -ng as ң.
 * Read by ../../gazetteer/forms-kk.ts, which spells every Chinese official of the gazetteer this way.
 */

/** Initials, longest first. */
export const PINYIN_INITIALS: ReadonlyArray<readonly [string, string]> = [
  ['zh', 'ж'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['b', 'б'],
  ['p', 'п'],
  ['m', 'м'],
  ['f', 'ф'],
  ['d', 'д'],
  ['t', 'т'],
  ['n', 'н'],
  ['l', 'л'],
  ['g', 'г'],
  ['k', 'к'],
  ['h', 'х'],
  ['j', 'ж'],
  ['q', 'ч'],
  ['x', 'ш'],
  ['r', 'ж'],
  ['z', 'з'],
  ['c', 'ц'],
  ['s', 'с'],
  ['y', ''],
  ['w', 'у'],
];

/** Finals, longest first (after y and w the spelling of the final alone is used: yi → и, wang → уаң). */
export const PINYIN_FINALS: ReadonlyArray<readonly [string, string]> = [
  ['iang', 'ияң'],
  ['iong', 'йұң'],
  ['uang', 'уаң'],
  ['ang', 'аң'],
  ['eng', 'ең'],
  ['ing', 'иң'],
  ['ong', 'ұң'],
  ['ian', 'ян'],
  ['iao', 'яу'],
  ['uai', 'уай'],
  ['uan', 'уан'],
  ['ai', 'ай'],
  ['ei', 'ей'],
  ['ao', 'ау'],
  ['ou', 'оу'],
  ['an', 'ан'],
  ['en', 'ен'],
  ['in', 'ин'],
  ['un', 'ұн'],
  ['ia', 'я'],
  ['ie', 'е'],
  ['iu', 'ю'],
  ['ua', 'уа'],
  ['uo', 'уо'],
  ['ue', 'үе'],
  ['ui', 'уй'],
  ['er', 'ер'],
  ['a', 'а'],
  ['o', 'о'],
  ['e', 'е'],
  ['i', 'и'],
  ['u', 'у'],
  ['v', 'ү'],
];
