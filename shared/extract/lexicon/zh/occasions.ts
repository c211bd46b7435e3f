/**
 * Chinese forms of the occasion concepts (data only; see ../en/occasions.ts). Han has no word boundaries, so
 * entries are matched as substrings: each is long enough not to occur inside an unrelated word.
 */
export const OCCASIONS_ZH: Record<string, string[]> = {
  condolence: ['唁电', '慰问电', '哀悼', '致以慰问', '深切慰问'],
  earthquake: ['地震'],
  flood: ['洪水', '洪涝'],
  air_crash: ['坠机', '空难', '客机失事'],
  explosion: ['爆炸'],
  congratulation: ['贺电', '贺信', '祝贺', '致贺'],
  anniversary: ['周年', '生日', '诞辰'],
  award: ['勋章', '授勋', '奖章', '颁授'],
  article: ['署名文章', '发表文章', '文章'],
  interview: ['采访', '专访'],
  telegram: ['电报'],
  consulate: ['领事馆', '总领馆', '领馆'],
  exhibition: ['展览', '图片展', '博览会', '展会'],
  opening: ['开幕式', '揭牌', '开馆仪式', '落成仪式', '启用仪式'],
  culture_centre: ['文化中心'],
};
