/**
 * What a report says happened, beyond who met whom (data only): the occasion of a message, a mourning, an
 * award, a published article. Keyed by one English concept shared by every language pack, so reports in two
 * scripts that name the same occasion meet on the key (read by shared/dedup/occasions.ts for clustering).
 */
export const OCCASIONS_EN: Record<string, string[]> = {
  condolence: ['condolence*', 'sympathy', 'sympathies', 'mourning'],
  earthquake: ['earthquake*', 'quake'],
  flood: ['flood', 'floods', 'flooding'],
  air_crash: ['plane crash*', 'air crash*', 'airliner crash*', 'crash-landed'],
  explosion: ['explosion*', 'blast'],
  congratulation: ['congratulat*'],
  anniversary: ['anniversary', 'anniversaries', 'birthday', 'jubilee'],
  award: ['Order of Friendship', 'award*', 'medal*', 'decorated with'],
  article: ['article', 'articles', 'op-ed'],
  interview: ['interview', 'interviews', 'interviewed'],
  telegram: ['telegram*'],
  consulate: ['consulate*', 'consul general*'],
  exhibition: ['exhibition*', 'expo'],
  opening: [
    'opening ceremony',
    'opening ceremonies',
    'inaugurat*',
    'grand opening',
    'officially opened',
    'was opened',
    'were opened',
  ],
  culture_centre: ['cultural cent*', 'culture cent*'],
};
