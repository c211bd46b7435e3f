import { ZH_PAST_PEOPLE } from './people-past-zh.ts';
import type { GazetteerPerson } from './types.ts';

/**
 * Officials that Chinese reports name and the shared gazetteer does not list yet, with their Han forms: Chinese
 * leaders of earlier years, Xinjiang's government and the consuls general in Almaty. Read only by the zh rules.
 */
export const ZH_ONLY_PEOPLE: Array<GazetteerPerson & { zh: readonly string[] }> = [
  ...ZH_PAST_PEOPLE,
  { name: 'Wu Yi', cyr: ['У И'], country: 'CN', roles: [['Vice Premier', 2003, 2008]], zh: ['吴仪'] },
  {
    name: 'Wang Yong',
    cyr: ['Ван Юн'],
    country: 'CN',
    roles: [['State Councilor', 2013, 2023]],
    zh: ['王勇'],
  },
  {
    name: 'Wang Lequan',
    cyr: ['Ван Лэцюань'],
    country: 'CN',
    roles: [['Party Secretary of Xinjiang', 1994, 2010]],
    zh: ['王乐泉'],
  },
  {
    name: 'Chen Weijun',
    cyr: ['Чэнь Вэйцзюнь'],
    country: 'CN',
    roles: [['Executive Vice Chairman of the Xinjiang Uygur Autonomous Region', 2021, null]],
    zh: ['陈伟俊'],
  },
  {
    name: 'Jiang Wei',
    cyr: ['Цзян Вэй'],
    country: 'CN',
    roles: [['Consul General of China in Almaty', 2020, 2024]],
    zh: ['蒋薇'],
  },
  {
    name: 'Lu Dongfu',
    cyr: ['Лу Дунфу'],
    country: 'CN',
    roles: [['Chairman of China State Railway Group', 2017, 2022]],
    zh: ['陆东福'],
  },
  {
    name: 'Kairat Kelimbetov',
    cyr: ['Кайрат Келимбетов'],
    country: 'KZ',
    roles: [
      ['Deputy Prime Minister', 2013, 2014],
      ['Governor of the Astana International Financial Centre', 2015, 2022],
    ],
    zh: ['克林别托夫', '凯利姆别托夫'],
  },
  {
    name: 'Askar Zhumagaliyev',
    cyr: ['Аскар Жумагалиев'],
    country: 'KZ',
    roles: [['Deputy Prime Minister', 2018, 2019]],
    zh: ['朱马加利耶夫'],
  },
  {
    name: 'Sauat Mynbayev',
    cyr: ['Сауат Мынбаев'],
    country: 'KZ',
    roles: [['Chairman of the Board of KazMunayGas', 2013, 2019]],
    zh: ['梅恩巴耶夫', '门巴耶夫'],
  },
  {
    name: 'Alik Aidarbayev',
    cyr: ['Алик Айдарбаев'],
    country: 'KZ',
    roles: [['Chairman of the Board of KazMunayGas', 2019, 2022]],
    zh: ['艾达尔巴耶夫'],
  },
  {
    name: 'Kanat Alpysbayev',
    cyr: ['Канат Алпысбаев'],
    country: 'KZ',
    roles: [['Chairman of the Board of Kazakhstan Temir Zholy', 2016, 2019]],
    zh: ['阿尔佩斯巴耶夫'],
  },
];
