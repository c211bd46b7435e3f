/**
 * Kazakh words of lead detection (read by ../../kk-lead.ts; data only): an author box above a ministry's blog
 * post or release gives the author's post on a line of its own («… Сыртқы істер министрі»), which ends in a
 * role word in the possessive and has no verb.
 */
export const ROLE_LINE_KK = {
  /** Role words that end such a line. */
  roleEnd: [
    'министрі',
    'орынбасары',
    'төрағасы',
    'елшісі',
    'директоры',
    'басшысы',
    'әкімі',
    'хатшысы',
    'консулы',
    'депутаты',
    'сарапшысы',
    'тілшісі',
  ],
};
