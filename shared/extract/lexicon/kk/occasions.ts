/** Kazakh forms of the occasion concepts (data only; see ../en/occasions.ts). */
export const OCCASIONS_KK: Record<string, string[]> = {
  condolence: ['көңіл айт*', 'қайғыр*', 'қаза тап*'],
  earthquake: ['жер сілкіні*'],
  flood: ['су тасқын*'],
  air_crash: ['ұшақ апат*', 'әуе апат*', 'авиаапат*'],
  explosion: ['жарылыс*'],
  congratulation: ['құттықта*'],
  anniversary: ['жылдығ*', 'мерейтой*', 'туған күн*'],
  award: ['орден*', 'марапат*', 'медал*'],
  article: ['мақала*'],
  interview: ['сұхбат*'],
  telegram: ['жеделхат*'],
  consulate: ['консулдығ*', 'консулдық*', 'бас консул*'],
  exhibition: ['көрме*', 'фотокөрме*'],
  // An opening (a centre, a consulate, a plant): the ceremony itself, not «мүмкіндік ашылды» (a chance opened).
  opening: [
    'ашылу рәсім*',
    'ашылу салтанат*',
    'салтанатты түрде ашыл*',
    'салтанатты ашылу*',
    'ашылуына қатыс*',
    // «… орталығы ашылды» (a centre was opened): an institution's noun before the verb.
    'орталығы ашылды',
    'орталықтары ашылды',
    'консулдығы ашылды',
    'зауыты ашылды',
    'филиалы ашылды',
    'өкілдігі ашылды',
  ],
  culture_centre: ['мәдениет орталы*', 'мәдени орталы*'],
};

/**
 * Phrases that hold an occasion's word without naming the occasion: «алтын 30 жылдық» (the "golden thirty
 * years" slogan of Kazakh–Chinese relations) is an era, not an anniversary.
 */
export const NOT_OCCASIONS_KK = ['алтын 30 жыл*', 'алтын отыз жыл*'];
