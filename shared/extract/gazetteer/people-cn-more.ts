import type { GazetteerPerson } from './types.ts';

/**
 * More Chinese officials who deal with Kazakhstan: leaders of earlier terms, vice foreign and commerce
 * ministers, Xinjiang and provincial leaders, heads of state companies (roles with years).
 */
export const CN_PEOPLE_MORE: GazetteerPerson[] = [
  { name: 'Zhang Gaoli', cyr: ['Чжан Гаоли'], country: 'CN', roles: [['Vice Premier', 2013, 2018]] },
  { name: 'Ma Kai', cyr: ['Ма Кай'], country: 'CN', roles: [['Vice Premier', 2013, 2018]] },
  { name: 'Liu Yandong', cyr: ['Лю Яньдун'], country: 'CN', roles: [['Vice Premier', 2013, 2018]] },
  { name: 'Li Yuanchao', cyr: ['Ли Юаньчао'], country: 'CN', roles: [['Vice President', 2013, 2018]] },
  {
    name: 'Zhang Dejiang',
    cyr: ['Чжан Дэцзян'],
    country: 'CN',
    roles: [['Chairman of the NPC Standing Committee', 2013, 2018]],
  },
  {
    name: 'Yu Zhengsheng',
    cyr: ['Юй Чжэншэн'],
    country: 'CN',
    roles: [['Chairman of the CPPCC National Committee', 2013, 2018]],
  },
  {
    name: 'Yang Jiechi',
    cyr: ['Ян Цзечи'],
    country: 'CN',
    roles: [
      ['Director of the Office of the Central Foreign Affairs Commission', 2018, 2022],
      ['State Councilor', 2013, 2018],
    ],
  },
  { name: 'Dai Bingguo', cyr: ['Дай Бинго'], country: 'CN', roles: [['State Councilor', 2008, 2013]] },
  {
    name: 'Cheng Guoping',
    cyr: ['Чэн Гопин'],
    country: 'CN',
    roles: [['Vice Minister of Foreign Affairs', 2011, 2017]],
  },
  {
    name: 'Luo Zhaohui',
    cyr: ['Ло Чжаохуэй'],
    country: 'CN',
    roles: [['Vice Minister of Foreign Affairs', 2019, 2020]],
  },
  {
    name: 'Hua Chunying',
    cyr: ['Хуа Чуньин'],
    country: 'CN',
    roles: [
      ['Vice Minister of Foreign Affairs', 2024, null],
      ['Spokesperson of the Ministry of Foreign Affairs', 2012, 2024],
    ],
  },
  {
    name: 'Zhao Lijian',
    cyr: ['Чжао Лицзянь'],
    country: 'CN',
    roles: [['Spokesperson of the Ministry of Foreign Affairs', 2020, 2023]],
  },
  {
    name: 'Xie Feng',
    cyr: ['Се Фэн'],
    country: 'CN',
    roles: [['Ambassador to the United States', 2023, null]],
  },
  { name: 'Zhong Shan', cyr: ['Чжун Шань'], country: 'CN', roles: [['Minister of Commerce', 2017, 2020]] },
  { name: 'Gao Hucheng', cyr: ['Гао Хучэн'], country: 'CN', roles: [['Minister of Commerce', 2013, 2017]] },
  {
    name: 'Li Chenggang',
    cyr: ['Ли Чэнган'],
    country: 'CN',
    roles: [['China International Trade Representative', 2025, null]],
  },
  {
    name: 'Song Tao',
    cyr: ['Сун Тао'],
    country: 'CN',
    roles: [['Head of the International Department of the CPC Central Committee', 2015, 2022]],
  },
  {
    name: 'Chen Xiaojiang',
    cyr: ['Чэнь Сяоцзян'],
    country: 'CN',
    roles: [['Party Secretary of Xinjiang', 2025, null]],
  },
  {
    name: 'Zhang Chunxian',
    cyr: ['Чжан Чуньсянь'],
    country: 'CN',
    roles: [['Party Secretary of Xinjiang', 2010, 2016]],
  },
  {
    name: 'Shohrat Zakir',
    alt: ['Shokhrat Zakir'],
    cyr: ['Шохрат Закир'],
    country: 'CN',
    roles: [['Chairman of the Xinjiang Uygur Autonomous Region', 2015, 2021]],
  },
  {
    name: 'Nur Bekri',
    cyr: ['Нур Бекри'],
    country: 'CN',
    roles: [['Chairman of the Xinjiang Uygur Autonomous Region', 2008, 2014]],
  },
  {
    name: 'Zhao Yide',
    cyr: ['Чжао Иде'],
    country: 'CN',
    roles: [['Party Secretary of Shaanxi', 2022, null]],
  },
  { name: 'Zhao Gang', cyr: ['Чжао Ган'], country: 'CN', roles: [['Governor of Shaanxi', 2020, null]] },
  { name: 'Lin Wu', cyr: ['Линь У'], country: 'CN', roles: [['Party Secretary of Shandong', 2021, null]] },
  { name: 'Dai Houliang', cyr: ['Дай Хоулян'], country: 'CN', roles: [['Chairman of CNPC', 2020, null]] },
  { name: 'Wang Yilin', cyr: ['Ван Илинь'], country: 'CN', roles: [['Chairman of CNPC', 2015, 2020]] },
  { name: 'Zhou Jiping', cyr: ['Чжоу Цзипин'], country: 'CN', roles: [['Chairman of CNPC', 2013, 2015]] },
  {
    name: 'Huang Yongzhang',
    cyr: ['Хуан Юнчжан'],
    country: 'CN',
    roles: [['Vice President of CNPC', 2020, null]],
  },
  {
    name: 'Liu Zhenfang',
    cyr: ['Лю Чжэньфан'],
    country: 'CN',
    roles: [['General Manager of China State Railway Group', 2019, 2022]],
  },
  { name: 'Li Xiaopeng', cyr: ['Ли Сяопэн'], country: 'CN', roles: [['Minister of Transport', 2016, 2022]] },
  { name: 'Liu Wei', cyr: ['Лю Вэй'], country: 'CN', roles: [['Minister of Transport', 2022, null]] },
  {
    name: 'Tang Renjian',
    cyr: ['Тан Жэньцзянь'],
    country: 'CN',
    roles: [['Minister of Agriculture and Rural Affairs', 2020, 2024]],
  },
  {
    name: 'Han Jun',
    cyr: ['Хань Цзюнь'],
    country: 'CN',
    roles: [['Minister of Agriculture and Rural Affairs', 2024, null]],
  },
  {
    name: 'Zhang Jianhua',
    cyr: ['Чжан Цзяньхуа'],
    country: 'CN',
    roles: [['Head of the National Energy Administration', 2018, 2023]],
  },
  {
    name: 'Wang Hongzhi',
    cyr: ['Ван Хунчжи'],
    country: 'CN',
    roles: [['Head of the National Energy Administration', 2023, null]],
  },
  {
    name: 'Ren Hongbin',
    cyr: ['Жэнь Хунбинь'],
    country: 'CN',
    roles: [['Chairman of the China Council for the Promotion of International Trade', 2022, null]],
  },
  {
    name: 'Wang Shouwen',
    cyr: ['Ван Шоувэнь'],
    country: 'CN',
    roles: [['China International Trade Representative', 2017, 2025]],
  },
  {
    name: 'Ni Yuefeng',
    cyr: ['Ни Юэфэн'],
    country: 'CN',
    roles: [['Minister of the General Administration of Customs', 2018, 2022]],
  },
  {
    name: 'Yu Jianhua',
    cyr: ['Юй Цзяньхуа'],
    country: 'CN',
    roles: [['Minister of the General Administration of Customs', 2022, 2023]],
  },
];
