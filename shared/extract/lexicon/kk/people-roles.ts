/** Kazakh role phrases (data only): the words that head a role before a name, its other words, commentators' roles. */

/**
 * Kazakh words that head a role before a name («облысының әкімі», «партия комитетінің хатшысы», «елшісі»), as
 * stems (the possessive ending follows). Read with the Russian ones by ../../roles.ts.
 */
export const ROLE_HEAD_STEMS = [
  'әкім*',
  'төраға*',
  'хатшы*',
  'елші*',
  'орынбасар*',
  'бастығы',
  'жетекші*',
  'кеңесші*',
  'өкілі',
  'губернатор*',
  'министрі',
  'директоры',
  'ректоры',
  // Xinjiang's and the Corps' posts: political commissar, commander, mayor, head of a department.
  'комиссар*',
  'қолбасшы*',
  'мэр*',
  'меңгеруші*',
  'бастық*',
  'төрайым*',
  'консул*',
  // Commentators (their roles are sources: see SOURCE_ROLES_KK).
  'саясаттанушы*',
  'сарапшы*',
  'экономист*',
];

/** Roles of people who report or comment rather than act (read with the English and Russian ones). */
export const SOURCE_ROLES_KK = [
  'саясаттанушы*',
  'сарапшы*',
  'экономист*',
  'ресми өкіл*',
  'баспасөз хатшы*',
  'тілші*',
];

/** Other words a Kazakh role phrase holds (its genitive chain: «Шыңжаң Ұйғыр автономиялық ауданы үкіметінің»). */
export const ROLE_PART_STEMS = [
  'облыс*',
  'қала*',
  'аудан*',
  'үкімет*',
  'партия*',
  'комитет*',
  'министрлі*',
  'істер',
  'провинция*',
  'өңір*',
  'кеңес*',
  'төтенше',
  'өкілетті',
  'бірінші',
  'бас',
  'вице-*',
  'басқарма*',
  'компания*',
  'корпорация*',
  'халық',
  'республика*',
  // «ШӨҚК саяси комиссары», «Халық жиналысы тұрақты комитетінің», «ұйымдастыру бөлімінің».
  'корпус*',
  'өндіріс*',
  'құрылыс*',
  'саяси',
  'бөлім*',
  'жиналыс*',
  'тұрақты',
  'ұйымдастыру',
  'сыртқы',
];

/**
 * Endings of the words inside a Kazakh role (genitive, «-дағы» adjectives, «-лық» adjectives), as a regex
 * source: «Қазақстандағы», «автономиялық», «облысының».
 */
export const ROLE_WORD_ENDINGS = '(?:ның|нің|дың|дің|тың|тің|дағы|дегі|тағы|тегі|лық|лік|дық|дік|тық|тік)$';
