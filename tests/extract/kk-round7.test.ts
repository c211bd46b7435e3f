import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { relayed } from '../../shared/extract/report-day.ts';

/** Sentences written for these tests in the style of Kazakh outlets; real officials, invented occasions. */
const extract = (text: string, title?: string, published: string | null = '2024-06-12', outlet?: string) =>
  extractArticle({ id: 'k', lang: 'kk', published: published as string, title, text, outlet });

describe('Kazakh quality round 7: mechanisms of reports nobody tuned to', () => {
  it('makes documents signed at talks told beside them the meeting, not a signing', () => {
    const r = extract(
      'Премьер-Министр Олжас Бектенов пен Мемлекеттік кеңестің Премьері Ли Цян бірнеше ынтымақтастық туралы келісімге қол қойды. Шағын және кеңейтілген құрамда келіссөз жүргізгеннен кейін тараптар баспасөзге мәлімдеме жасады.',
    );
    expect(r.event?.kind).toBe('meeting');
  });

  it('keeps a named signing ceremony the event', () => {
    const r = extract(
      'Астанада Қазақстан мен Қытай компаниялары арасында бес келісімге қол қою рәсімі өтті. Құжаттарға Сауда және интеграция министрі Арман Шаққалиев пен қытайлық компаниялардың басшылары қол қойды.',
    );
    expect(r.event?.kind).toBe('agreement_signing');
  });

  it('dates an undated page by its full dateline when the outlet only names its own edition', () => {
    const r = extract(
      'Шанхай, 2024 жылғы 9 қыркүйек – Сыртқы істер министрі Мұрат Нұртлеу ҚХР Сыртқы істер министрі Ван Имен келіссөздер жүргізді.',
      undefined,
      null,
      'ministry.example.kz (minister’s official blog)',
    );
    expect(r.event?.eventDate).toBe('2024-09-09');
  });

  it('tells an edition or a script in the outlet’s parenthesis from another outlet relayed', () => {
    expect(relayed('мәтін', 'Qazaq Gazet (Latin-script Kazakh)')).toBe(false);
    expect(relayed('мәтін', 'Aulym (aulym.kz, kaz)')).toBe(false);
    expect(relayed('мәтін', 'Some Portal (Arabic-script edition)')).toBe(false);
    expect(relayed('мәтін', 'Some Portal (via Kazinform)')).toBe(true);
    expect(relayed('мәтін', 'Some Portal (Xinhua)')).toBe(true);
  });

  it('makes the total value of projects counted just before their portfolio', () => {
    const r = extract(
      'Павлодар облысында қытайлық серіктестермен 9 инвестициялық жоба іске асырылады. Инвесторлар жалпы құны 210 миллиард теңге қаржы салуға дайын.',
    );
    const f = r.event?.figures.find((x) => x.value === 210_000_000_000);
    expect(f?.metric).toBe('project_portfolio');
  });

  it('reads the Chinese share of a count instead of the whole count («оның N-і – қытайлық»)', () => {
    const r = extract(
      'Ақтөбе облысының әкімі Асхат Шахаров ҚХР Елшісі Хань Чуньлиньді қабылдады. Өңірде 40 тау-кен компаниясы жұмыс істейді, оның 12-сі – қытайлық кәсіпорын.',
    );
    const values = r.event?.figures.filter((x) => x.metric === 'other').map((x) => x.value);
    expect(values).toContain(12);
    expect(values).not.toContain(40);
  });

  it('counts young people studying in China with a word of studying', () => {
    const r = extract(
      'Ғылым және жоғары білім министрі Саясат Нұрбек Бейжіңде ҚХР Білім министрі Хуай Цзиньпэнмен кездесті. Қазір Қытай университеттерінде 3 мыңнан астам жас білім алып жатыр.',
    );
    expect(r.event?.figures.map((x) => [x.metric, x.value])).toContainEqual(['other', 3000]);
  });

  it('makes people of words recalled from an earlier meeting mentioned («…», деп айтқан болатын)', () => {
    const r = extract(
      'Премьер-Министр Олжас Бектенов Ли Цянмен кездескенде «Біз көлік саласында бірге жұмыс істейміз. Жаңа жобалар көп», деп айтқан болатын. Осыған орай Қарағанды облысында қытайлық компаниямен 6 жоба қолға алынды.',
    );
    const names = r.event?.participants.map((p) => p.name) ?? [];
    expect(names).not.toContain('Olzhas Bektenov');
    expect(r.event?.mentioned.map((p) => p.name)).toContain('Olzhas Bektenov');
  });

  it('finds the Kazakh side in an unnamed akim and the Chinese side in Xinjiang named in Kazakh', () => {
    const r = extract(
      'Облыс әкімі Шыңжаң Ұйғыр автономиялық ауданының делегациясын қабылдады. Кездесуде сауда мен логистика мәселелері талқыланды.',
    );
    expect(r.relevant).toBe(true);
  });

  it('reads a fair in Ürümqi attended by a Kazakh region’s firms as the relationship', () => {
    const r = extract(
      'Үрімжіде өткен жәрмеңкеге Павлодар облысының кәсіпкерлері қатысты. Олар жергілікті серіктестермен 4 келісімге қол қойды.',
    );
    expect(r.relevant).toBe(true);
  });

  it('leaves the day unknown for «таяуда» (recently) and «өткен аптада» (last week)', () => {
    for (const cue of ['Таяуда', 'Өткен аптада']) {
      const r = extract(
        `${cue} Қарағанды облысының әкімі Ермаганбет Булекпаев Шаньси провинциясының губернаторымен кездесті.`,
      );
      expect(r.event?.eventDate ?? null).toBeNull();
    }
  });

  it('reads a year in the genitive before the day («2023 жылдың 7 қарашасында»)', () => {
    const r = extract(
      '2023 жылдың 7 қарашасында Ауыл шаруашылығы министрі Ербол Қарашөкеев Бейжіңде ҚХР Ауыл шаруашылығы министрімен кездесті.',
      undefined,
      null,
    );
    expect(r.event?.eventDate).toBe('2023-11-07');
  });

  it('never takes a day followed by «бастап» (from) or «дейін» (until) as the event’s', () => {
    const r = extract(
      'Үкімет 1 қыркүйектен бастап Қытай азаматтары үшін визасыз режим енгізеді. Бұл туралы Сыртқы істер министрі Мұрат Нұртлеу ҚХР елшісі Хань Чуньлиньмен кездесуде айтты.',
      undefined,
      '2024-05-15',
    );
    expect(r.event?.eventDate).not.toBe('2024-09-01');
  });

  it('makes the speaker of an inverted attribution at the event a participant («…», – деді … X)', () => {
    const r = extract(
      'Бүгін Мемлекет басшысы Қасым-Жомарт Тоқаев пен ҚХР Төрағасы Си Цзиньпин бейнебайланыс арқылы Қорғастан Қытайға бағытталған жүк пойызын аттандырды. «Пойыз он күнде Сианьға жетеді», – деді вокзалдан сөйлеген «ҚТЖ» ұлттық компаниясының басқарма төрағасы Талгат Алиев.',
      'Тоқаев пен Си Цзиньпин Қытайға жүк пойызын аттандырды',
    );
    expect(r.event?.participants.map((p) => p.name)).toContain('Talgat Aliyev');
  });

  it('spells a final «ı» of a Latin-script Kazakh name as «i», not «y»', () => {
    const r = extract(
      'Búgin Memleket basshysy Qasym-Jomart Toqaev pen QHR Tóraǵasy Sı Tszınpın beınebaılanys arqyly Qorǵastan Qytaıǵa baǵyttalǵan júk poıyzyn attandyrdy. «Poıyz on kúnde Sıanǵa jetedi», – dedi vokzaldan sóılegen Temir jol komıtetiniń tóraǵasy Nurbaı Saparov.',
      'Toqaev pen Sı Szınpın Qytaıǵa júk poıyzyn attandyrdy',
    );
    const names = [...(r.event?.participants ?? []), ...(r.event?.mentioned ?? [])].map((p) => p.name);
    expect(names).toContain('Nurbai Saparov');
  });

  it('makes the chair named by a participle before the role a participant («отырысын жүргізген … әкімі X»)', () => {
    const r = extract(
      'Ганьсу провинциясының делегациясы Павлодар облысымен ынтымақтастық туралы меморандумға қол қойды. Іскерлік кеңес отырысын жүргізген облыс әкімі Асаин Байханов өңірдің инвестициялық мүмкіндіктерін таныстырды.',
      'Павлодар облысы мен Ганьсу провинциясы меморандумға қол қойды',
    );
    expect(r.event?.participants.map((p) => p.name)).toContain('Asain Baikhanov');
  });

  it('knows more ministers, mayors and governors in their Kazakh spellings', () => {
    const r = extract(
      'Өнеркәсіп және құрылыс министрі Ерсайын Нағаспаев Чэнду қаласында Сычуань губернаторы Ши Сяолиньмен кездесті. Тараптар машина жасау саласындағы бірлескен жобаларды талқылады.',
      'Министр Ерсайын Нағаспаев Сычуань губернаторымен кездесті',
    );
    expect(r.event?.participants.map((p) => p.name).sort()).toEqual(['Shi Xiaolin', 'Yersayin Nagaspayev']);
  });

  it('skips an author box’s post line above a ministry release, so its dateline gives day and venue', () => {
    const r = extract(
      'Нұртлеу М.Ә.\nҚР Премьер-Министрінің орынбасары - Сыртқы істер министрі\nЧэнду, 2024 жылғы 11 қазан – Сыртқы істер министрі Мұрат Нұртлеу ҚХР Сыртқы істер министрі Ван Имен келіссөздер жүргізді. Тараптар көлік пен энергетика саласындағы ынтымақтастықты талқылады.',
      'Қазақстан мен Қытай министрлері келіссөздер жүргізді',
      null,
      'ministry.example.kz (minister’s official blog)',
    );
    expect(r.event?.eventDate).toBe('2024-10-11');
    expect(r.event?.location).toBe('Chengdu');
  });

  it('gives capitals back to names after role words in töte (Arabic-script) Kazakh', async () => {
    const { capitaliseNamesAfterRoles } = await import('../../shared/extract/kk-arabic-names.ts');
    expect(
      capitaliseNamesAfterRoles(
        'кеден басқармасының орынбасары ван цзюньли мен облыс әкімі ерлан жұмабаев келді',
      ),
    ).toBe('кеден басқармасының орынбасары Ван Цзюньли мен облыс әкімі Ерлан Жұмабаев келді');
    // Two ordinary words after a role stay as written.
    expect(capitaliseNamesAfterRoles('облыс әкімі болып тағайындалды')).toBe(
      'облыс әкімі болып тағайындалды',
    );
  });
});
