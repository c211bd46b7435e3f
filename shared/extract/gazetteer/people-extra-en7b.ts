import type { GazetteerPerson } from './types.ts';

/**
 * Heads of the railway and state companies that meet across the border, missing from the English/Russian lists
 * (some were known to the Chinese pack only). Public record; years are those of the post (approximate where a
 * handover fell mid-year).
 */
export const PEOPLE_EXTRA_EN7B: GazetteerPerson[] = [
  {
    name: 'Sauat Mynbayev',
    alt: ['Sauat Mynbaev'],
    cyr: ['Сауат Мынбаев'],
    country: 'KZ',
    roles: [
      ['Minister of Oil and Gas', 2010, 2013],
      ['Chairman of the Board of KazMunayGas', 2013, 2019],
      ['Chairman of the Board of Kazakhstan Temir Zholy', 2019, 2022],
    ],
  },
  {
    name: 'Lu Dongfu',
    cyr: ['Лу Дунфу'],
    country: 'CN',
    roles: [['Chairman of China State Railway Group', 2017, 2022]],
  },
  {
    name: 'Chang Zhenming',
    cyr: ['Чан Чжэньмин', 'Чан Чжэнмин'],
    country: 'CN',
    roles: [['Chairman of CITIC Group', 2010, 2020]],
  },
];
