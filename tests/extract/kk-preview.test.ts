import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests in the style of Kazakh outlets; real officials, invented occasions. */
const extract = (text: string, title?: string) =>
  extractArticle({ id: 'k', lang: 'kk', published: '2024-05-20', title, text });
const part = (r: ReturnType<typeof extract>) => r.event?.participants.map((p) => p.name).sort();
const ment = (r: ReturnType<typeof extract>) => r.event?.mentioned.map((p) => p.name).sort();

describe('Kazakh previews of a visit', () => {
  it('makes the visitor the participant and the spokesperson who announced it mentioned', () => {
    const r = extract(
      'ҚХР Мемлекеттік кеңесінің премьері Ли Цян маусымның басында Қазақстанға ресми сапармен келеді. Бұл туралы СІМ ресми өкілі Айбек Смадияров апталық брифингте мәлімдеді.\n\nСапар аясында Ли Цян Олжас Бектеновпен келіссөз жүргізеді.',
      'Қытай премьері Қазақстанға келеді',
    );
    expect(r.event?.kind).toBe('visit');
    expect(part(r)).toEqual(['Li Qiang']);
    expect(ment(r)).toEqual(['Aibek Smadiyarov', 'Olzhas Bektenov']);
  });

  it('takes the possessor of «алдағы сапары» as the visitor when an envoy tells of it', () => {
    const r = extract(
      'Қазақстанның Қытайдағы елшісі Шахрат Нұрышев журналистерге Президент Қасым-Жомарт Тоқаевтың Шанхайға алдағы сапары туралы айтып берді.',
    );
    expect(r.event?.kind).toBe('visit');
    expect(part(r)).toEqual(['Kassym-Jomart Tokayev']);
    expect(ment(r)).toEqual(['Shakhrat Nuryshev']);
  });

  it('keeps the host who invited («… шақыруымен») mentioned', () => {
    const r = extract(
      'ҚХР Төрағасы Си Цзиньпин Қасым-Жомарт Тоқаевтың шақыруымен шілденің басында Астанаға мемлекеттік сапармен келіп, саммитке қатысатын болады.',
    );
    expect(part(r)).toEqual(['Xi Jinping']);
    expect(ment(r)).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('leaves a report of talks held alone: a coming visit discussed there is no preview', () => {
    const r = extract(
      'Сыртқы істер министрі Мұрат Нұртлеу ҚХР елшісі Хань Чуньлиньді қабылдады. Тараптар Ли Цянның алдағы сапарына дайындықты талқылады.',
    );
    expect(r.event?.kind).toBe('meeting');
    expect(part(r)).toEqual(['Han Chunlin', 'Murat Nurtleu']);
  });

  it('reads an arrival told in the head («… келді») as no preview, whatever is still to come', () => {
    const r = extract(
      'ҚХР Мемлекеттік кеңесінің премьері Ли Цян ресми сапармен Астанаға келді. Сапар барысында Ли Цян Олжас Бектеновпен келіссөз жүргізеді.',
    );
    expect(part(r)).toContain('Li Qiang');
    expect(ment(r)).not.toContain('Li Qiang');
  });

  it('does not read «сәйкес келеді» (fits) as a coming visit', () => {
    const r = extract(
      'Мемлекет басшысы Қасым-Жомарт Тоқаев ҚХР Төрағасы Си Цзиньпинге жеделхат жолдады. Президенттің пікірінше, бұл екі елдің мүддесіне сәйкес келеді.',
    );
    expect(r.event?.kind).toBe('statement');
    expect(part(r)).toEqual(['Kassym-Jomart Tokayev']);
  });
});

describe('Xinjiang leaders met on a trip', () => {
  it('finds every Xinjiang official of the programme, in the comitative, by Kazakh spellings', () => {
    const r = extract(
      'Премьер-министрдің орынбасары Серік Жұманғарин Шыңжаңға жұмыс сапарымен барды.\n\nСапар барысында ол Ли Ифэймен, Хэ Чжунъюмен және Ван Миншаньмен кездесті.',
    );
    expect(r.event?.kind).toBe('visit');
    expect(part(r)).toEqual(['He Zhongyou', 'Li Yifei', 'Serik Zhumangarin', 'Wang Mingshan']);
  });

  it('reads the Uyghur leaders’ vowel variants and Xi Jinping as Latin-script sites write him', () => {
    const r = extract('Әкім Даниял Ахметов Үрімжіде Шөкрат Закірмен және Әркін Тұниязбен кездесті.');
    expect(part(r)).toEqual(['Daniyal Akhmetov', 'Erkin Tuniyaz', 'Shohrat Zakir']);
    const m = extract('Әкім Даниял Ахметов Үрімжіде ШҰАР партком хатшысы Ма Шыңжуймен кездесті.');
    expect(part(m)).toEqual(['Daniyal Akhmetov', 'Ma Xingrui']);
    const x = extract('Шы Жіпің Қасым-Жомарт Тоқаевпен келіссөз жүргізді.');
    expect(part(x)).toEqual(['Kassym-Jomart Tokayev', 'Xi Jinping']);
  });
});

describe('Kazakh addressees, meeting verbs and kinds of comment and culture', () => {
  it('takes the case of an honorific after the name («Си Цзиньпин мырзаға жолдаған жеделхатында»)', () => {
    const r = extract(
      'Қасым-Жомарт Тоқаев Ли Цян мырзаға жолдаған жеделхатында қазақ халқы қытай халқымен бірге екенін атап өтті.',
    );
    expect(part(r)).toEqual(['Kassym-Jomart Tokayev']);
    expect(ment(r)).toEqual(['Li Qiang']);
  });

  it('reads «жүздесті» (met) as taking part in a trip told as a whole', () => {
    const r = extract(
      'Энергетика министрі Алмасадам Сәтқалиев Үрімжіге жұмыс сапарымен келді. Министр Ма Шиңжуймен кездесіп, энергетика саласын талқылады. Кейін ол Еркін Тұниязбен жүздесті.',
    );
    expect(part(r)).toEqual(['Almasadam Satkaliyev', 'Erkin Tuniyaz', 'Ma Xingrui']);
  });

  it('makes an analyst’s comment a statement and a photo exhibition `other`', () => {
    const c = extract(
      'Саясаттанушы Ерлан Қарин Қазақстан мен Қытай арасындағы сауда туралы пікірін білдірді. Оның айтуынша, былтыр екі ел арасындағы тауар айналымы 40 миллиард долларға жетті.',
    );
    expect(c.event?.kind).toBe('statement');
    const e = extract(
      'Астанадағы Ұлттық музейде Қазақстан мен Қытай арасындағы мәдени ынтымақтастыққа арналған фотокөрме ашылды. Көрменің ашылуында Қазақстандағы ҚХР елшісі Хань Чуньлинь сөз сөйледі.',
    );
    expect(e.event?.kind).toBe('other');
    const x = extract(
      'Премьер-министрдің орынбасары Серік Жұманғарин Үрімжіде өткен «Қытай – Еуразия» көрмесінің ашылу рәсіміне қатысты. Шараға ҚХР Вице-премьері Дин Сюэсян қатысты.',
    );
    expect(x.event?.kind).toBe('forum');
  });
});

describe('Kazakh names of the capital', () => {
  it('reads «Елордада» and «Қазақстан астанасына» as Astana', () => {
    const r = extract(
      'Мемлекет басшысы Қасым-Жомарт Тоқаев Елордада ҚХР Сыртқы істер министрі Ван Иді қабылдады.',
    );
    expect(r.event?.location).toBe('Astana');
    const v = extract(
      'Мемлекеттік сапармен келген ҚХР Төрағасы Си Цзиньпин мінген ұшақ Қазақстан астанасына келіп қонды. Мәртебелі қонақты Қасым-Жомарт Тоқаев күтіп алды.',
    );
    expect(v.event?.location).toBe('Astana');
  });
});
