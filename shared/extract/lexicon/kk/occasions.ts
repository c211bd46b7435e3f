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
  culture_centre: ['мәдениет орталы*', 'мәдени орталы*'],
};
