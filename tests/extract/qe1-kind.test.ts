import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../shared/extract/kind.ts';
import { buildDoc } from '../../shared/extract/sentences.ts';

/** The kind of an article (sentences written for these tests). */
const kindOf = (title: string | null, ...paras: string[]) =>
  classifyKind(buildDoc(title, paras.join('\n\n')).sentences);

describe('phone calls told in a headline present', () => {
  it('reads "talk on the phone" and «переговорили по телефону» as a phone call', () => {
    expect(
      kindOf(
        'Foreign minister backs Kazakh counterpart',
        'Two ministers talk on the phone about the floods in the north.',
        'On Friday the Chinese minister sent a message of sympathy to his Kazakh colleague.',
      ),
    ).toBe('phone_call');
    expect(
      kindOf(
        null,
        'Министры иностранных дел Казахстана и Китая переговорили по телефону о подготовке саммита.',
      ),
    ).toBe('phone_call');
  });
});

describe('a statement made at a meeting', () => {
  it('is the meeting it was made at', () => {
    expect(
      kindOf(
        'China vows closer trade with Kazakhstan',
        'China vowed on Friday to widen trade with Kazakhstan.',
        'Vice Premier Liu made the statement during talks in Xiamen with the Kazakh Deputy Prime Minister.',
      ),
    ).toBe('meeting');
  });

  it('stays a statement when nothing names where it was made', () => {
    expect(
      kindOf(
        'China vows closer trade with Kazakhstan',
        'China vowed on Friday to widen trade with Kazakhstan.',
        'Vice Premier Liu made the statement in a written reply to reporters.',
      ),
    ).toBe('statement');
  });
});

describe('talks named inside what a speaker said', () => {
  it('are what was said, not where: the remarks stay a statement', () => {
    expect(
      kindOf(
        'Minister praises energy ties with China',
        'The minister looked back on the past year.',
        'He said that the results of the bilateral talks exceeded expectations in the energy sector.',
      ),
    ).toBe('statement');
  });

  it('still place the words at talks named before the reported clause', () => {
    expect(
      kindOf(
        'Minister praises energy ties with China',
        'The minister looked back on the past year.',
        'At the talks he said that energy trade exceeded expectations.',
      ),
    ).toBe('meeting');
  });
});

describe('a speaker said in a relative clause to have held talks', () => {
  it('spoke at that meeting', () => {
    expect(
      kindOf(
        'Китай готов расширять связи с Казахстаном',
        'Пекин продолжит тесное взаимодействие с Астаной, подчеркнул министр иностранных дел КНР.',
        '"Мы готовы углублять доверие", - привел сайт министерства слова министра, который 3 марта провел в Пекине встречу с казахстанским коллегой.',
      ),
    ).toBe('meeting');
    expect(
      kindOf(
        'China ready to deepen ties with Kazakhstan',
        'China will keep close contacts with Kazakhstan, the Chinese foreign minister said.',
        '"We are ready to deepen trust," said the minister, who held talks with his Kazakh colleague in Beijing on Tuesday.',
      ),
    ).toBe('meeting');
  });

  it('not when the clause tells an earlier meeting', () => {
    expect(
      kindOf(
        'China ready to deepen ties with Kazakhstan',
        'China will keep close contacts with Kazakhstan, the Chinese foreign minister said.',
        '"We are ready to deepen trust," said the minister, who met his Kazakh colleague in Beijing last year.',
      ),
    ).toBe('statement');
  });
});

describe('celebrations and openings', () => {
  it('reads «отметили годовщину» and "marked the anniversary" as a celebration, not a remark', () => {
    expect(
      kindOf(
        'В Шымкенте отметили 35-ю годовщину дипломатических отношений',
        'Консульство провело праздничный вечер для гостей города.',
      ),
    ).toBe('other');
    expect(
      kindOf(
        'Consulate marked the 35th anniversary of diplomatic ties in Shymkent',
        'Guests from business and culture came to the evening.',
      ),
    ).toBe('other');
  });

  it('keeps «отметил, что …» a remark', () => {
    expect(kindOf(null, 'Посол отметил, что торговля между странами растет третий год подряд.')).toBe(
      'statement',
    );
  });

  it('places a remark made at an official opening or a reception at that ceremony', () => {
    expect(
      kindOf(
        null,
        'Побывавший на официальном открытии консульства аким области отметил, что это событие укрепит связи.',
      ),
    ).toBe('other');
    expect(
      kindOf(null, 'The consul general hosted a reception for local officials and business leaders.'),
    ).toBe('other');
  });

  it('leaves the opening of a forum to the forum', () => {
    expect(kindOf(null, 'Министр принял участие в открытии форума казахстанских и китайских компаний.')).toBe(
      'forum',
    );
  });
});
