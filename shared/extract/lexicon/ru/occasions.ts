/** Russian forms of the occasion concepts (data only; see ../en/occasions.ts). */
export const OCCASIONS_RU: Record<string, string[]> = {
  condolence: ['соболезновани*', 'скорб*', 'траур*'],
  earthquake: ['землетрясени*'],
  flood: ['наводнени*', 'паводк*'],
  air_crash: ['авиакатастроф*', 'крушени* самол*', 'крушени* пассажирск*'],
  explosion: ['взрыв*'],
  congratulation: ['поздрав*'],
  anniversary: [
    'годовщин*',
    'юбиле*',
    'летие*',
    'день рождения',
    'дня рождения',
    'днем рождения',
    'днём рождения',
  ],
  award: ['орден*', 'наград*', 'медал*'],
  article: ['статья', 'статью', 'статьи', 'статье', 'статьей', 'статьёй'],
  interview: ['интервью'],
  telegram: ['телеграмм*'],
  consulate: ['консульств*', 'генконсульств*', 'генеральн* консул*'],
  exhibition: ['выставк*', 'фотовыставк*', 'экспо'],
  opening: [
    'церемони* открыти*',
    'торжественн* открыти*',
    'торжественно открыл*',
    'открыти* которого',
    'состоялось открытие',
    'открылся',
    'открылась',
  ],
  culture_centre: ['культурн* центр*', 'центр* культуры', 'культурно-* центр*'],
};

/** Phrases that hold an occasion's word without naming it: the "golden thirty years" slogan is an era. */
export const NOT_OCCASIONS_RU = ['золот* 30-лети*', 'золот* тридцатилети*'];
