/**
 * Kazakh words of the people rules (data only). Kazakh names the author before the article («Тоқаев … атты
 * мақаласында»): an article word after the name, in its sentence, makes the name its author.
 */
export const AUTHOR_AFTER_KK = [
  'мақаласында',
  'мақаласын',
  'мақала жарияла*',
  'мақала жаз*',
  'мақаласы жарияланды',
];
