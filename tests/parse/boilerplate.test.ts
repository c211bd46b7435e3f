import { describe, expect, it } from 'vitest';
import { htmlFragmentToText } from '../../shared/parse/index.ts';

const paras = (html: string, title: string | null = null): string[] =>
  htmlFragmentToText(html, title).split('\n\n');

const LEAD_EN = [
  'Kazakh Deputy Foreign Minister Alibek Bakayev and Chinese Assistant Foreign Minister Liu Bin held consultations in Beijing on consular cooperation, the Kazakh Foreign Ministry said on Tuesday.',
  'The diplomats discussed the visa-free regime between Kazakhstan and China, which allows stays of up to 30 days, and the opening of new border crossings at Khorgos and Bakhty.',
  'Liu Bin said Beijing supports the opening of a Kazakh consulate in Guangzhou and expects a further rise in tourist flows.',
];
const p = (xs: string[]): string => xs.map((x) => `<p>${x}</p>`).join('\n');

describe('trailing items about other stories', () => {
  it('drops an "Earlier <outlet> reported" item about other countries', () => {
    const html = p([
      ...LEAD_EN,
      'Earlier Daryo reported that Uzbekistan and Turkmenistan signed a road map on gas transit during President Serdar Berdimuhamedov’s visit to Tashkent.',
    ]);
    expect(paras(html)).toEqual(LEAD_EN);
  });

  it('drops «Ранее сообщалось» and «Бұған дейін … хабарлаған» items that name none of the article’s actors', () => {
    const ru = [
      'Заместитель министра иностранных дел Казахстана Алибек Бакаев и помощник министра иностранных дел КНР Лю Бинь провели консультации в Пекине.',
      'Стороны обсудили безвизовый режим между Казахстаном и Китаем и открытие новых пунктов пропуска на границе.',
      'Лю Бинь отметил, что Пекин поддерживает открытие генерального консульства Казахстана в Гуанчжоу.',
    ];
    expect(
      paras(
        p([...ru, 'Ранее сообщалось, что в Шымкенте завершили строительство нового моста через реку Бадам.']),
      ),
    ).toEqual(ru);
    expect(
      paras(p([...ru, 'Бұған дейін Kazinform хабарлағандай, Түркістан облысында жаңа зауыт ашылды.'])),
    ).toEqual(ru);
  });

  it('keeps a closing «Напомним» / "Recall that" paragraph about the same people', () => {
    const closing =
      'Recall that Alibek Bakayev visited Beijing in March, when he met Liu Bin to prepare the consultations.';
    expect(paras(p([...LEAD_EN, closing])).at(-1)).toBe(closing);
    const ru = [
      'Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Председателем КНР Си Цзиньпином.',
      'Стороны обсудили подготовку к саммиту ШОС и реализацию совместных проектов.',
      'Напомним, ранее Токаев и Си Цзиньпин встречались в Астане в июне.',
    ];
    expect(paras(p(ru))).toEqual(ru);
  });

  it('keeps a legitimate closing paragraph without markers, and drops an unmarked one about other actors', () => {
    const closing = 'The next round of consultations will be held in Astana next year.';
    expect(paras(p([...LEAD_EN, closing])).at(-1)).toBe(closing);
    // New places, but the story's own vocabulary (consulate, tourist): a closing detail, kept.
    const detail = 'Tourist visits from Urumqi, Kashgar and Chengdu grew fastest, the consulate said.';
    expect(paras(p([...LEAD_EN, detail])).at(-1)).toBe(detail);
    const other =
      'Meanwhile, Armenia and Azerbaijan resumed peace negotiations in Yerevan with EU mediation.';
    expect(paras(p([...LEAD_EN, other]))).toEqual(LEAD_EN);
  });
});

describe('boilerplate anywhere in the body', () => {
  it('drops photo credits, "Read also", share and subscription prompts, counters and tag lines', () => {
    const html = [
      `<p>${LEAD_EN[0]}</p>`,
      '<p><em>Photo: press service of the Kazakh Foreign Ministry</em></p>',
      '<p>Фото: Акорда</p>',
      '<p><strong>Read also:</strong> <a href="/news/1">Kazakhstan and China open new border crossing</a></p>',
      '<p>Читайте также: <a href="/ru/2">Как изменится товарооборот</a></p>',
      `<p>${LEAD_EN[1]}</p>`,
      '<p>Follow us on <a href="https://t.me/x">Telegram</a> for breaking news</p>',
      '<p>Самые актуальные новости – в нашем <a href="https://t.me/y">Telegram-канале</a>. Подписывайтесь!</p>',
      '<p>Tags: China, Kazakhstan</p>',
      `<p>${LEAD_EN[2]}</p>`,
      '<p>Comments (0)</p>',
      '<p>Комментарии (3)</p>',
    ].join('\n');
    expect(paras(html)).toEqual(LEAD_EN);
  });

  it('drops an author box (name, outlet, bio, "View more articles from…") from a feed body', () => {
    const html = `${p(LEAD_EN)}
<div class="m-a-box"><div class="m-a-box-name"><a href="/author/jane">Jane Doe</a></div><div class="m-a-box-meta">TCA</div>
<div class="m-a-box-bio"><p>Jane Doe is a correspondent for The Times of Central Asia.</p></div></div>
<p><strong>Daniyar Sultanov</strong></p><p>TCA</p>
<p>Daniyar Sultanov is a freelance journalist based in Almaty who writes about energy and foreign policy. He previously worked for Kursiv.</p>
<p><a href="https://timesca.com/author/daniyar-sultanov/">View more articles from</a>TCA</p>`;
    expect(paras(html)).toEqual(LEAD_EN);
  });

  it('keeps a closing paragraph about a journalist’s career when it is not in an author box', () => {
    const story = [
      'Police in Almaty detained journalist Nurlan Ibrayev on Monday after he filmed a protest outside the city akimat, his lawyer said.',
      'Press freedom groups called for his immediate release, saying the detention violated Kazakhstan’s media law.',
      'Ibrayev has worked as a correspondent for Radio Azattyq since 2015 and was detained twice last year.',
    ];
    expect(paras(p(story))).toEqual(story);
  });

  it('splits <br> runs into paragraphs and drops script, style and figure captions', () => {
    const html = `<div>${LEAD_EN[0]}<br><br>${LEAD_EN[1]}<script>var x = 1;</script><style>p{}</style>
<figure><img src="a.jpg"><figcaption>Photo credit: MFA</figcaption></figure><br>${LEAD_EN[2]}</div>`;
    expect(paras(html)).toEqual(LEAD_EN);
  });

  it('drops widget containers (related posts, share bars) at the top level of a feed fragment', () => {
    const html = `${p(LEAD_EN)}<div class="related-posts"><p>Kazakhstan opens a new school in the Turkistan region, the ministry says.</p></div>
<div class="sharedaddy sd-sharing-enabled"><p>Spread the word to your friends and colleagues today.</p></div>`;
    expect(paras(html)).toEqual(LEAD_EN);
  });

  it('splits text without tags on blank lines', () => {
    expect(paras(`${LEAD_EN[0]}\n\n${LEAD_EN[1]}\n\n\n${LEAD_EN[2]}\n\nComments (0)`)).toEqual(LEAD_EN);
  });

  it('drops a paragraph repeating the title', () => {
    expect(
      paras(
        `<h1>Kazakhstan, China hold consular consultations</h1>${p(LEAD_EN)}`,
        'Kazakhstan, China hold consular consultations',
      ),
    ).toEqual(LEAD_EN);
  });
});

describe('plain-text bodies', () => {
  it('cleans a text with one paragraph a line: drops the trailing other-story item and the counter', () => {
    const text = [
      ...LEAD_EN,
      'Earlier Daryo reported that Uzbekistan and Tajikistan opened a new border crossing near Khujand.',
      'Comments (0)',
    ].join('\n');
    expect(paras(text)).toEqual(LEAD_EN);
  });
  it('keeps hard-wrapped lines of one paragraph together when blank lines separate paragraphs', () => {
    const [first, ...rest] = (LEAD_EN[0] ?? '').split(' in Beijing ');
    const text = `Kazakhstan, China hold consular consultations\n\n${first}\nin Beijing ${rest.join('')}\n${LEAD_EN[1]}\n\n${LEAD_EN[2]}`;
    expect(paras(text)).toEqual(['Kazakhstan, China hold consular consultations', ...LEAD_EN]);
  });
  it('drops a plain-text author box whose bio lines are separated by a "divider" line', () => {
    const text = `${LEAD_EN.join('\n\n')}\n\nJane Doe\n\nTCA\n\nJane Doe has worked for The Times of Central Asia as a journalist and editor since 2010.\ndivider\nDoe studied print journalism in Almaty.\n\nView more articles fromTCA`;
    expect(paras(text)).toEqual(LEAD_EN);
  });
});
