import type { GazetteerPerson } from './types.ts';

/**
 * Regional and ministerial officials of both sides who meet their counterparts: Kazakh akims of cities and
 * regions and ministers of 2014–2026, Chinese ambassadors to Kazakhstan, Xinjiang and other provincial leaders.
 * Public record (names, spellings in Latin and Cyrillic, roles with years); one canonical Latin name each, other
 * transliterations in `alt` ("Sultangaziyev"/"Sultangaziev" are one person).
 */
export const REGIONAL_PEOPLE: GazetteerPerson[] = [
  // Kazakhstan: akims of cities and regions.
  {
    name: 'Akhmetzhan Yessimov',
    alt: ['Akhmetzhan Esimov'],
    cyr: ['Ахметжан Есимов'],
    country: 'KZ',
    roles: [['Akim of Almaty', 2008, 2015]],
  },
  {
    name: 'Imangali Tasmagambetov',
    cyr: ['Имангали Тасмагамбетов'],
    country: 'KZ',
    roles: [['Akim of Astana', 2008, 2014]],
  },
  {
    name: 'Adilbek Zhaksybekov',
    alt: ['Adilbek Dzhaksybekov'],
    cyr: ['Адильбек Джаксыбеков', 'Әділбек Жақсыбеков'],
    country: 'KZ',
    roles: [['Akim of Astana', 2014, 2016]],
  },
  {
    name: 'Asset Issekeshev',
    alt: ['Aset Isekeshev'],
    cyr: ['Асет Исекешев'],
    country: 'KZ',
    roles: [
      ['Akim of Astana', 2016, 2018],
      ['Minister for Investment and Development', 2014, 2016],
    ],
  },
  {
    name: 'Gabidulla Abdrakhimov',
    cyr: ['Габидулла Абдрахимов'],
    country: 'KZ',
    roles: [['Akim of Shymkent', 2018, 2019]],
  },
  {
    name: 'Amandyk Batalov',
    cyr: ['Амандык Баталов'],
    country: 'KZ',
    roles: [['Akim of Almaty Region', 2014, 2021]],
  },
  {
    name: 'Umirzak Shukeyev',
    alt: ['Umirzak Shukeev'],
    cyr: ['Умирзак Шукеев'],
    country: 'KZ',
    roles: [
      ['Akim of Turkistan Region', 2018, 2022],
      ['First Deputy Prime Minister', 2017, 2018],
    ],
  },
  {
    name: 'Zhanseit Tuimebayev',
    alt: ['Zhanseit Tuymebayev'],
    cyr: ['Жансеит Туймебаев'],
    country: 'KZ',
    roles: [['Akim of South Kazakhstan Region', 2016, 2018]],
  },
  {
    name: 'Bulat Bakauov',
    cyr: ['Булат Бакауов'],
    country: 'KZ',
    roles: [['Akim of Pavlodar Region', 2016, 2020]],
  },
  {
    name: 'Abylkair Skakov',
    cyr: ['Абылкаир Скаков'],
    country: 'KZ',
    roles: [['Akim of Pavlodar Region', 2020, 2023]],
  },
  {
    name: 'Ondasyn Urazalin',
    cyr: ['Ондасын Уразалин'],
    country: 'KZ',
    roles: [['Akim of Aktobe Region', 2019, 2022]],
  },
  {
    name: 'Makhambet Dosmukhambetov',
    cyr: ['Махамбет Досмухамбетов'],
    country: 'KZ',
    roles: [['Akim of Atyrau Region', 2019, 2022]],
  },
  {
    name: 'Serikbay Trumov',
    alt: ['Serikbai Trumov'],
    cyr: ['Серикбай Трумов'],
    country: 'KZ',
    roles: [['Akim of Mangystau Region', 2019, 2021]],
  },
  {
    name: 'Arkhimed Mukhambetov',
    cyr: ['Архимед Мухамбетов'],
    country: 'KZ',
    roles: [['Akim of Kostanay Region', 2017, 2022]],
  },
  {
    name: 'Yermek Marzhikpayev',
    cyr: ['Ермек Маржикпаев'],
    country: 'KZ',
    roles: [['Akim of Akmola Region', 2019, 2023]],
  },
  {
    name: 'Gali Iskaliyev',
    cyr: ['Гали Искалиев'],
    country: 'KZ',
    roles: [['Akim of West Kazakhstan Region', 2019, 2022]],
  },
  {
    name: 'Krymbek Kusherbayev',
    cyr: ['Крымбек Кушербаев'],
    country: 'KZ',
    roles: [['Akim of Kyzylorda Region', 2013, 2019]],
  },
  {
    name: 'Gulshara Abdykalikova',
    cyr: ['Гульшара Абдыкаликова'],
    country: 'KZ',
    roles: [['Akim of Kyzylorda Region', 2019, 2021]],
  },
  {
    name: 'Askar Myrzakhmetov',
    cyr: ['Аскар Мырзахметов'],
    country: 'KZ',
    roles: [
      ['Akim of Zhambyl Region', 2017, 2019],
      ['Minister of Agriculture', 2014, 2016],
    ],
  },
  {
    name: 'Nurzhan Nurzhigitov',
    cyr: ['Нуржан Нуржигитов'],
    country: 'KZ',
    roles: [['Akim of Zhambyl Region', 2022, null]],
  },
  {
    name: 'Berik Abdygaliuly',
    cyr: ['Берик Абдигалиулы', 'Берик Абдыгалиулы'],
    country: 'KZ',
    roles: [['Akim of Ulytau Region', 2022, null]],
  },
  // Kazakhstan: ministers and deputy prime ministers not listed elsewhere.
  {
    name: 'Kuandyk Bishimbayev',
    cyr: ['Куандык Бишимбаев'],
    country: 'KZ',
    roles: [['Minister of National Economy', 2016, 2017]],
  },
  {
    name: 'Saparkhan Omarov',
    cyr: ['Сапархан Омаров'],
    country: 'KZ',
    roles: [['Minister of Agriculture', 2019, 2021]],
  },
  {
    name: 'Kairbek Uskenbayev',
    cyr: ['Кайрбек Ускенбаев'],
    country: 'KZ',
    roles: [['Minister of Industry and Infrastructure Development', 2021, 2022]],
  },
  {
    name: 'Yerlan Akkenzhenov',
    cyr: ['Ерлан Аккенженов'],
    country: 'KZ',
    roles: [['Minister of Energy', 2025, null]],
  },
  {
    name: 'Tamara Duissenova',
    cyr: ['Тамара Дуйсенова'],
    country: 'KZ',
    roles: [['Deputy Prime Minister', 2022, 2024]],
  },
  {
    name: 'Zhaslan Madiyev',
    cyr: ['Жаслан Мадиев'],
    country: 'KZ',
    roles: [['Minister of Digital Development', 2023, null]],
  },
  // China: ambassadors to Kazakhstan.
  { name: 'Zhou Li', cyr: ['Чжоу Ли'], country: 'CN', roles: [['Ambassador to Kazakhstan', 2010, 2013]] },
  // China: provincial leaders who host Kazakh delegations.
  {
    name: 'Xin Changxing',
    cyr: ['Синь Чансин'],
    country: 'CN',
    roles: [['Party Secretary of Jiangsu', 2023, null]],
  },
  { name: 'Xu Kunlin', cyr: ['Сюй Куньлинь'], country: 'CN', roles: [['Governor of Jiangsu', 2021, null]] },
  {
    name: 'Huang Kunming',
    cyr: ['Хуан Куньмин'],
    country: 'CN',
    roles: [['Party Secretary of Guangdong', 2022, null]],
  },
  {
    name: 'Wang Weizhong',
    cyr: ['Ван Вэйчжун'],
    country: 'CN',
    roles: [['Governor of Guangdong', 2021, null]],
  },
  {
    name: 'Chen Jining',
    cyr: ['Чэнь Цзинин'],
    country: 'CN',
    roles: [['Party Secretary of Shanghai', 2022, null]],
  },
  { name: 'Gong Zheng', cyr: ['Гун Чжэн'], country: 'CN', roles: [['Mayor of Shanghai', 2020, null]] },
  {
    name: 'Yi Lianhong',
    cyr: ['И Ляньхун'],
    country: 'CN',
    roles: [['Party Secretary of Zhejiang', 2022, 2024]],
  },
  {
    name: 'Wang Hao',
    cyr: ['Ван Хао'],
    country: 'CN',
    roles: [
      ['Governor of Zhejiang', 2021, 2024],
      ['Party Secretary of Zhejiang', 2024, null],
    ],
  },
  {
    name: 'Lou Yangsheng',
    cyr: ['Лоу Яншэн'],
    country: 'CN',
    roles: [['Party Secretary of Henan', 2021, 2024]],
  },
  {
    name: 'Hu Changsheng',
    cyr: ['Ху Чаншэн'],
    country: 'CN',
    roles: [['Party Secretary of Gansu', 2022, null]],
  },
  { name: 'Ren Zhenhe', cyr: ['Жэнь Чжэньхэ'], country: 'CN', roles: [['Governor of Gansu', 2020, null]] },
  {
    name: 'Yuan Jiajun',
    cyr: ['Юань Цзяцзюнь'],
    country: 'CN',
    roles: [['Party Secretary of Chongqing', 2022, null]],
  },
  {
    name: 'Wang Xiaohui',
    cyr: ['Ван Сяохуэй'],
    country: 'CN',
    roles: [['Party Secretary of Sichuan', 2022, null]],
  },
  { name: 'Huang Qiang', cyr: ['Хуан Цян'], country: 'CN', roles: [['Governor of Sichuan', 2020, null]] },
  {
    name: 'Wang Menghui',
    cyr: ['Ван Мэнхуэй'],
    country: 'CN',
    roles: [['Party Secretary of Hubei', 2021, 2024]],
  },
  {
    name: 'Zhou Naixiang',
    cyr: ['Чжоу Найсян'],
    country: 'CN',
    roles: [['Governor of Shandong', 2021, null]],
  },
  {
    name: 'Zhou Zuyi',
    cyr: ['Чжоу Цзуи'],
    country: 'CN',
    roles: [['Party Secretary of Fujian', 2022, null]],
  },
  {
    name: 'Xu Qin',
    cyr: ['Сюй Цинь'],
    country: 'CN',
    roles: [['Party Secretary of Heilongjiang', 2021, null]],
  },
  {
    name: 'Liu Ning',
    cyr: ['Лю Нин'],
    country: 'CN',
    roles: [
      ['Party Secretary of Guangxi', 2021, 2024],
      ['Party Secretary of Henan', 2024, null],
    ],
  },
  { name: 'Zhao Long', cyr: ['Чжао Лун'], country: 'CN', roles: [['Governor of Fujian', 2021, null]] },
];
