import { derivedKazakhForms } from './forms-kk.ts';
import { CN_PEOPLE } from './people-cn.ts';
import { CN_PEOPLE_MORE } from './people-cn-more.ts';
import { KK_FORMS_EXTRA, KK_PEOPLE_EXTRA } from './people-extra-kk.ts';
import { KK7_PEOPLE } from './people-extra-kk7.ts';
import { KK_PEOPLE_MORE } from './people-more-kk.ts';
import { REGIONAL_PEOPLE } from './people-regional.ts';
import { XINJIANG_FORMS_KK, XINJIANG_PEOPLE_KK } from './people-xinjiang-kk.ts';
import type { GazetteerPerson } from './types.ts';

/**
 * Kazakh Cyrillic spellings of known officials, joined to the gazetteer's entries by their English name (the
 * entries keep the Russian spelling; «Нұртлеу», «Тоқаев», «Әшімбаев» are how Kazakh texts write them). Patterns
 * built from the gazetteer's Cyrillic forms (relevance's officials) then find Kazakh texts' names too.
 */
const HAND_FORMS: Record<string, readonly string[]> = {
  // A title before the bare surname names the one holder (the matcher adds the case suffix: «Тоқаевпен»).
  'Kassym-Jomart Tokayev': ['Қасым-Жомарт Тоқаев', 'Тоқаев'],
  // «Елбасы» (Leader of the Nation) is Nazarbayev's own title: before the bare surname it names him. Not alone:
  // Russian texts use the bare title too, and a title-only subject would outrank the article's real speaker.
  'Nursultan Nazarbayev': ['Нұрсұлтан Назарбаев', 'Елбасы Назарбаев'],
  'Alikhan Smailov': ['Әлихан Смайылов'],
  'Askar Mamin': ['Асқар Мамин'],
  'Bakytzhan Sagintayev': ['Бақытжан Сағынтаев'],
  'Karim Massimov': ['Кәрім Мәсімов'],
  'Serik Zhumangarin': ['Серік Жұманғарин'],
  'Murat Nurtleu': ['Мұрат Нұртлеу'],
  'Yermek Kosherbayev': ['Ермек Көшербаев'],
  'Mukhtar Tileuberdi': ['Мұхтар Тілеуберді'],
  'Beibut Atamkulov': ['Бейбіт Атамқұлов'],
  'Kairat Abdrakhmanov': ['Қайрат Әбдірахманов'],
  'Erlan Idrissov': ['Ерлан Ыдырысов'],
  'Yerzhan Kazykhanov': ['Ержан Қазыханов'],
  'Aibek Smadiyarov': ['Айбек Смадияров'],
  'Shakhrat Nuryshev': ['Шахрат Нұрышев'],
  'Maulen Ashimbayev': ['Мәулен Әшімбаев'],
  'Yerlan Koshanov': ['Ерлан Қошанов'],
  'Zhanseit Tuimebayev': ['Жансейіт Түймебаев'],
  'Dariga Nazarbayeva': ['Дариға Назарбаева'],
  'Arman Shakkaliyev': ['Арман Шаққалиев'],
  'Aidos Ukibay': ['Айдос Үкібай'],
  'Ruslan Zheldibay': ['Руслан Желдібай'],
  'Berdibek Saparbayev': ['Бердібек Сапарбаев'],
  'Zhenis Kassymbek': ['Жеңіс Қасымбек'],
  'Berik Uali': ['Берік Уәли'],
  'Yerbolat Dossayev': ['Ерболат Досаев'],
  'Kanat Bozumbayev': ['Қанат Бозымбаев'],
  'Nurlan Nogayev': ['Нұрлан Ноғаев'],
  'Bolat Akchulakov': ['Болат Ақшолақов'],
  'Kanat Sharlapayev': ['Қанат Шарлапаев'],
  'Yerulan Zhamaubayev': ['Ерұлан Жамаубаев'],
  'Alibek Kuantyrov': ['Әлібек Қуантыров'],
  'Darkhan Satybaldy': ['Дархан Сатыбалды'],
  'Aset Irgaliyev': ['Әсет Ерғалиев'],
  'Yeraly Tugzhanov': ['Ералы Тоғжанов'],
  'Alibek Bakayev': ['Әлібек Бақаев'],
  'Almas Aidarov': ['Алмас Айдаров'],
  'Yerlan Karin': ['Ерлан Қарин'],
  'Askhat Shakharov': ['Асхат Шахаров'],
  'Han Zheng': ['Хань Чжен'],
  // Kazakh press in China writes «Ши Жиңпиң»; «Си мырза» (Mr Xi) and «Төраға Си» name the one holder.
  'Xi Jinping': ['Ши Жиңпиң', 'Ши Цзиньпин', 'Си мырза', 'Төраға Си'],
  // Kazakh spellings that fold apart from the Russian ones (vowels, ь, х/қ): akims, ministers, speakers.
  'Daniyal Akhmetov': ['Даниял Ахметов'],
  'Altai Kulginov': ['Алтай Көлгінов', 'Алтай Күлгінов'],
  'Umirzak Shukeyev': ['Өмірзақ Шөкеев'],
  'Gulshara Abdykalikova': ['Гүлшара Әбдіқалықова'],
  'Nurlan Nigmatulin': ['Нұрлан Нығматулин'],
  'Magzum Mirzagaliyev': ['Мағзұм Мырзағалиев'],
  'Kairbek Uskenbayev': ['Қайырбек Өскенбаев'],
  'Yermaganbet Bulekpayev': ['Ермағанбет Бөлекпаев'],
  'Nariman Turegaliyev': ['Нариман Төреғалиев'],
  'Yermek Marzhikpayev': ['Ермек Маржықпаев'],
  'Gali Iskaliyev': ['Ғали Ысқалиев', 'Ғали Исқалиев'],
  'Ondasyn Urazalin': ['Ондасын Оразалин'],
  'Gabidulla Abdrakhimov': ['Ғабидулла Әбдірахымов'],
  'Bakhyt Sultanov': ['Бақыт Сұлтанов'],
  'Yerbol Karashukeyev': ['Ербол Қарашөкеев'],
  'Nuralkhan Kusherov': ['Нұралхан Көшеров'],
  'Baurzhan Baibek': ['Бауыржан Байбек'],
  'Akhmetzhan Yessimov': ['Ахметжан Есімов'],
  'Imangali Tasmagambetov': ['Иманғали Тасмағамбетов'],
  'Asset Issekeshev': ['Әсет Исекешев'],
  'Amandyk Batalov': ['Амандық Баталов'],
  'Bulat Bakauov': ['Болат Бақауов'],
  'Abylkair Skakov': ['Абылқайыр Сқақов'],
  'Makhambet Dosmukhambetov': ['Махамбет Досмұхамбетов'],
  'Arkhimed Mukhambetov': ['Архимед Мұхамбетов'],
  'Askar Myrzakhmetov': ['Асқар Мырзахметов'],
  'Kuandyk Bishimbayev': ['Қуандық Бишімбаев'],
  'Nurzhan Nurzhigitov': ['Нұржан Нұржігітов'],
  'Marat Sultangaziev': ['Марат Сұлтанғазиев'],
  'Beibit Issabayev': ['Бейбіт Исабаев'],
  'Gabit Syzdykbekov': ['Ғабит Сыздықбеков'],
  'Kumar Aksakalov': ['Құмар Ақсақалов'],
  'Nurlybek Nalibayev': ['Нұрлыбек Нәлібаев'],
  'Tamara Duissenova': ['Тамара Дүйсенова'],
  'Yerlan Akkenzhenov': ['Ерлан Ақкенженов'],
  'Akylbek Kamaldinov': ['Ақылбек Қамалдинов'],
  'Yerzhan Ashikbayev': ['Ержан Әшікбаев'],
  'Almasadam Satkaliyev': ['Алмасадам Сәтқалиев'],
  'Timur Suleimenov': ['Тимур Сүлейменов'],
  'Nurlan Baibazarov': ['Нұрлан Байбазаров'],
  'Timur Zhaksylykov': ['Тимур Жақсылықов'],
  'Madi Takiyev': ['Мәди Тәкиев'],
  'Ruslan Dalenov': ['Руслан Даленов'],
  'Zhaslan Madiyev': ['Жаслан Мәдиев'],
  'Bagdat Mussin': ['Бағдат Мусин'],
  'Nurlan Sauranbayev': ['Нұрлан Сауранбаев'],
  'Talgat Aldybergenov': ['Талғат Алдыбергенов'],
  'Nurlan Yermekbayev': ['Нұрлан Ермекбаев'],
  'Marat Karabayev': ['Марат Қарабаев'],
  'Kanat Saudabayev': ['Қанат Саудабаев'],
  'Marat Tazhin': ['Марат Тәжин'],
  'Serik Akhmetov': ['Серік Ахметов'],
  'Askhat Khassenov': ['Асхат Хасенов'],
  'Nurlan Rakhmetov': ['Нұрлан Рахметов'],
  // Xinjiang's Uyghur leaders as Kazakh writes them (the pinyin rule below cannot spell them).
  'Erkin Tuniyaz': ['Еркін Тұнияз', 'Еркин Тунияз', 'Эркин Туниязов'],
  'Shohrat Zakir': ['Шөһрат Закир', 'Шохрат Закір', 'Шөкірат Закір'],
  'Nur Bekri': ['Нұр Бекри', 'Нұр Бекрі'],
  'Ma Xingrui': ['Ма Шинжуй', 'Ма Шиңжуй', 'Ма Синжуй'],
  'Chen Quanguo': ['Чэнь Цуаньго', 'Чен Чуанго', 'Чен Цюаньго'],
  'Chen Xiaojiang': ['Чен Сяоцзян', 'Чэнь Сяоцзян'],
  'Zhang Chunxian': ['Чжан Чунсянь', 'Жаң Чұншиән'],
};

/** Every Chinese official of the gazetteer's files, whose Kazakh spellings are derived (see ./forms-kk.ts). */
const CHINESE: GazetteerPerson[] = [...CN_PEOPLE, ...CN_PEOPLE_MORE, ...REGIONAL_PEOPLE].filter(
  (p) => p.country === 'CN',
);

function withDerived(): Record<string, readonly string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, forms] of [
    ...Object.entries(HAND_FORMS),
    ...Object.entries(XINJIANG_FORMS_KK),
    ...Object.entries(KK_FORMS_EXTRA),
  ])
    out[name] = [...(out[name] ?? []), ...forms];
  for (const p of [...CHINESE, ...KK_PEOPLE]) {
    const have = new Set([...p.cyr, ...(out[p.name] ?? [])]);
    const added = derivedKazakhForms(p).filter((f) => !have.has(f));
    if (added.length > 0) out[p.name] = [...(out[p.name] ?? []), ...added];
  }
  return out;
}

/**
 * Officials Kazakh-language sources often name and the other gazetteer files lack: Xinjiang's and neighbouring
 * provinces' leaders, envoys and regional heads (real public roles with their years). Case forms («Чжу
 * Хайлуньмен», «Көшербаевтың») come from the matcher's suffix rule, not from listing them.
 */
const KK_PEOPLE_BASE: GazetteerPerson[] = [
  {
    name: 'Zhu Hailun',
    cyr: ['Чжу Хайлунь'],
    country: 'CN',
    roles: [
      ['Chairman of the Standing Committee of the Xinjiang People’s Congress', 2019, 2022],
      ['Deputy Party Secretary of Xinjiang', 2016, 2019],
    ],
  },
  {
    name: 'Zhang Chunxian',
    cyr: ['Чжан Чуньсянь'],
    country: 'CN',
    roles: [['Party Secretary of Xinjiang', 2010, 2016]],
  },
  {
    name: 'Nur Bekri',
    cyr: ['Нур Бекри', 'Нұр Бекри'],
    country: 'CN',
    roles: [['Chairman of Xinjiang', 2007, 2014]],
  },
  {
    name: 'Wang Junzheng',
    cyr: ['Ван Цзюньчжэн'],
    country: 'CN',
    roles: [['Party Secretary of the Xinjiang Production and Construction Corps', 2020, 2021]],
  },
  {
    name: 'Han Chunlin',
    cyr: ['Хань Чуньлинь'],
    country: 'CN',
    roles: [['Ambassador to Kazakhstan', 2022, null]],
  },
  {
    name: 'Li Huilai',
    cyr: ['Ли Хуэйлай'],
    country: 'CN',
    roles: [['Assistant Minister of Foreign Affairs', 2016, 2019]],
  },
  {
    name: 'Wei Fenghe',
    cyr: ['Вэй Фэнхэ', 'Вэй Фынхэ'],
    country: 'CN',
    roles: [['Minister of National Defense', 2018, 2023]],
  },
  {
    name: 'Wang Weizhong',
    cyr: ['Ван Вэйчжун'],
    country: 'CN',
    roles: [['Governor of Guangdong', 2021, null]],
  },
  { name: 'Liu Hui', cyr: ['Лю Хуэй'], country: 'CN', roles: [['Chairwoman of Ningxia', 2013, 2016]] },
  {
    name: 'Krymbek Kusherbayev',
    cyr: ['Крымбек Кушербаев', 'Қырымбек Көшербаев'],
    country: 'KZ',
    roles: [
      ['Akim of Kyzylorda Region', 2013, 2019],
      ['Deputy Prime Minister', 2019, 2020],
    ],
  },
];

/** Kazakh-source officials: the ones above and the later additions (./people-more-kk.ts). */
export const KK_PEOPLE: GazetteerPerson[] = [
  ...KK_PEOPLE_BASE,
  ...KK_PEOPLE_MORE,
  ...XINJIANG_PEOPLE_KK,
  ...KK_PEOPLE_EXTRA,
  ...KK7_PEOPLE,
];

/**
 * Kazakh spellings by English name, joined to the gazetteer's entries: the hand-written ones above and, for every
 * Chinese official, the Xinjiang pinyin spelling and the soft-sign-free form.
 */
export const KK_FORMS: Record<string, readonly string[]> = withDerived();
