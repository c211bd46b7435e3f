/** A city: English spelling, country, other spellings (Latin and Cyrillic, in any case form's stem). */
export interface City {
  name: string;
  country: string;
  variants: string[];
}

/** Cities where Kazakh–Chinese events happen (and a few third-country venues of summits). */
export const CITIES: City[] = [
  {
    name: 'Astana',
    country: 'KZ',
    variants: [
      'Astana',
      'Nur-Sultan',
      'Nursultan',
      'Akorda',
      'Астана',
      'Астане',
      'Астану',
      'Астаны',
      'Нур-Султан',
      'Акорда',
      'Акорде',
    ],
  },
  { name: 'Almaty', country: 'KZ', variants: ['Almaty', 'Alma-Ata', 'Алматы', 'Алма-Ата', 'Алма-Ате'] },
  { name: 'Shymkent', country: 'KZ', variants: ['Shymkent', 'Шымкент'] },
  { name: 'Aktau', country: 'KZ', variants: ['Aktau', 'Актау', 'Ақтау'] },
  { name: 'Karaganda', country: 'KZ', variants: ['Karaganda', 'Karagandy', 'Караганд', 'Қарағанд'] },
  { name: 'Turkestan', country: 'KZ', variants: ['Turkestan', 'Туркестан', 'Түркістан'] },
  { name: 'Khorgos', country: 'KZ', variants: ['Khorgos', 'Korgas', 'Хоргос', 'Қорғас'] },
  { name: 'Atyrau', country: 'KZ', variants: ['Atyrau', 'Атырау'] },
  { name: 'Aktobe', country: 'KZ', variants: ['Aktobe', 'Актобе', 'Ақтөбе'] },
  { name: 'Pavlodar', country: 'KZ', variants: ['Pavlodar', 'Павлодар'] },
  {
    name: 'Ust-Kamenogorsk',
    country: 'KZ',
    variants: ['Ust-Kamenogorsk', 'Oskemen', 'Усть-Каменогорск', 'Өскемен'],
  },
  { name: 'Taldykorgan', country: 'KZ', variants: ['Taldykorgan', 'Талдыкорган', 'Талдықорған'] },
  { name: 'Taraz', country: 'KZ', variants: ['Taraz', 'Тараз'] },
  { name: 'Kyzylorda', country: 'KZ', variants: ['Kyzylorda', 'Кызылорд', 'Қызылорда'] },
  { name: 'Kostanay', country: 'KZ', variants: ['Kostanay', 'Костанай', 'Қостанай'] },
  { name: 'Semey', country: 'KZ', variants: ['Semey', 'Семей'] },
  { name: 'Petropavl', country: 'KZ', variants: ['Petropavl', 'Petropavlovsk', 'Петропавловск'] },
  { name: 'Uralsk', country: 'KZ', variants: ['Uralsk', 'Oral', 'Уральск'] },
  { name: 'Kokshetau', country: 'KZ', variants: ['Kokshetau', 'Кокшетау', 'Көкшетау'] },
  { name: 'Konaev', country: 'KZ', variants: ['Konaev', 'Konayev', 'Қонаев', 'Конаев'] },
  { name: 'Zharkent', country: 'KZ', variants: ['Zharkent', 'Жаркент'] },
  { name: 'Beijing', country: 'CN', variants: ['Beijing', 'Пекин', 'Пекине', 'Бейжің'] },
  { name: 'Shanghai', country: 'CN', variants: ['Shanghai', 'Шанхай', 'Шанхае'] },
  { name: 'Urumqi', country: 'CN', variants: ['Urumqi', 'Urumchi', 'Урумчи', 'Үрімжі'] },
  { name: "Xi'an", country: 'CN', variants: ["Xi'an", 'Xian', 'Сиань', 'Сиане'] },
  { name: 'Guangzhou', country: 'CN', variants: ['Guangzhou', 'Гуанчжоу'] },
  { name: 'Shenzhen', country: 'CN', variants: ['Shenzhen', 'Шэньчжэнь', 'Шеньчжень'] },
  { name: 'Tianjin', country: 'CN', variants: ['Tianjin', 'Тяньцзинь', 'Тяньцзине'] },
  { name: 'Hangzhou', country: 'CN', variants: ['Hangzhou', 'Ханчжоу'] },
  { name: 'Chengdu', country: 'CN', variants: ['Chengdu', 'Чэнду', 'Ченду'] },
  { name: 'Chongqing', country: 'CN', variants: ['Chongqing', 'Чунцин'] },
  { name: 'Lianyungang', country: 'CN', variants: ['Lianyungang', 'Ляньюньган'] },
  { name: 'Kashgar', country: 'CN', variants: ['Kashgar', 'Kashi', 'Кашгар'] },
  { name: 'Qingdao', country: 'CN', variants: ['Qingdao', 'Циндао'] },
  { name: 'Wuhan', country: 'CN', variants: ['Wuhan', 'Ухань', 'Ухане'] },
  { name: 'Boao', country: 'CN', variants: ['Boao', 'Боао'] },
  { name: 'Tashkent', country: 'UZ', variants: ['Tashkent', 'Ташкент'] },
  { name: 'Samarkand', country: 'UZ', variants: ['Samarkand', 'Самарканд'] },
  { name: 'Bishkek', country: 'KG', variants: ['Bishkek', 'Бишкек'] },
  { name: 'Dushanbe', country: 'TJ', variants: ['Dushanbe', 'Душанбе'] },
  { name: 'Ashgabat', country: 'TM', variants: ['Ashgabat', 'Ашхабад'] },
  { name: 'Moscow', country: 'RU', variants: ['Moscow', 'Москва', 'Москве'] },
  { name: 'Kazan', country: 'RU', variants: ['Kazan', 'Казань', 'Казани'] },
  { name: 'New York', country: 'US', variants: ['New York', 'Нью-Йорк'] },
];

/** Capitals a visit "to <country>" implies when no city is named. */
export const CAPITALS: Record<string, string> = { KZ: 'Astana', CN: 'Beijing' };
