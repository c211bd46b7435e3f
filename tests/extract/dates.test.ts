import { describe, expect, it } from 'vitest';
import { CAPTION, dateMentions } from '../../shared/extract/date-cues.ts';
import { resolveEventDate, resolveEventDateWithEvidence } from '../../shared/extract/dates.ts';
import { relayed } from '../../shared/extract/report-day.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Lead paragraphs, one sentence each (sentences written for these tests). */
const lead = (...texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ text, para: i, zone: i < 2 ? 'lead' : 'body' }));

describe('event date by clause', () => {
  it('takes the date in the event clause, not a dateline or the day a rule enters into force', () => {
    const s = lead(
      'BEIJING, March 12 (Xinhua) -- The two ministers held talks in Beijing on March 11.',
      'The new visa rules will enter into force on April 1, the ministry said.',
    );
    expect(resolveEventDate(s, '2026-03-12')).toBe('2026-03-11');
    const rule = lead(
      'The government announced on Monday that the new border rules enter into force on July 1.',
    );
    expect(resolveEventDate(rule, '2026-06-10')).toBe('2026-06-08');
  });

  it('never takes the founding day of relations, even when the report has no date of its own', () => {
    const en = lead(
      'The envoy met the deputy minister to review ties that have grown since the two countries established diplomatic relations on Jan. 3, 1992.',
    );
    expect(resolveEventDate(en, null)).toBeNull();
    const ru = lead(
      'Стороны обсудили итоги сотрудничества со дня установления дипломатических отношений 3 января 1992 года.',
    );
    expect(resolveEventDate(ru, null)).toBeNull();
    // The same sentence shape with the meeting's own day still dates the meeting.
    expect(resolveEventDate(lead('The envoy met the deputy minister on May 14, 2026.'), null)).toBe(
      '2026-05-14',
    );
  });

  it('resolves "yesterday", «накануне» and weekdays against the report day, a wire dateline first', () => {
    expect(
      resolveEventDate(lead('ASTANA, May 6 (Kazinform) -- The akim met the consul yesterday.'), '2026-05-07'),
    ).toBe('2026-05-05');
    expect(
      resolveEventDate(lead('Накануне министр провел переговоры с делегацией из Сианя.'), '2026-05-07'),
    ).toBe('2026-05-06');
    // «накануне визита» is "on the eve of the visit": no day.
    expect(dateMentions('Накануне визита министр дал интервью.')).toEqual([]);
    expect(resolveEventDate(lead('Министры встретились во вторник в Пекине.'), '2026-05-08')).toBe(
      '2026-05-05',
    );
  });

  it('gives a yearless day the year nearest the report day, leaning to the past', () => {
    expect(resolveEventDate(lead('Переговоры прошли 30 декабря в Урумчи.'), '2026-01-04')).toBe('2025-12-30');
    expect(resolveEventDate(lead('The visit took place from 26 to 28 March.'), '2026-04-02')).toBe(
      '2026-03-26',
    );
  });

  it('takes the publication day for a same-day story, but not for a relay or against a later dateline', () => {
    expect(resolveEventDate(lead('The deputy minister received the Chinese ambassador.'), '2026-02-10')).toBe(
      '2026-02-10',
    );
    expect(
      resolveEventDate(
        lead('The deputy minister received the Chinese ambassador, Apa.az reports.'),
        '2026-02-10',
        {
          outlet: 'Daily News',
        },
      ),
    ).toBeNull();
    expect(
      resolveEventDate(
        lead('ASTANA, February 11 (Agency) -- The deputy minister received the ambassador.'),
        '2026-02-10',
      ),
    ).toBeNull();
    expect(
      resolveEventDate(lead('The deputy minister recently received the ambassador.'), '2026-02-10'),
    ).toBeNull();
  });

  it('dates a signed op-ed by its publication, not by the visits it recounts', () => {
    const s = lead(
      'Общие цели Ли ВЭЙМИН, Чрезвычайный и Полномочный Посол КНР в РК',
      'Министр иностранных дел Казахстана совершил официальный визит в КНР с 2 по 4 июня.',
    );
    expect(resolveEventDate(s, '2026-06-20')).toBe('2026-06-20');
  });

  it('tells a relay from an outlet quoting its own name', () => {
    expect(relayed('The akim met the delegation, Apa.az reports.', 'Kazinform')).toBe(true);
    expect(relayed('Аким встретился с делегацией, передает Inbusiness.kz.', 'Inbusiness.kz')).toBe(false);
    expect(relayed('The akim met the delegation.', 'Daily News (via Apa)')).toBe(true);
  });

  it('takes a news agency cited as the source by another outlet for a relay, not the outlet citing itself', () => {
    expect(relayed('The ministers held talks in Urumqi, Kazinform reports.', 'AZERTAC')).toBe(true);
    expect(relayed('The ministers held talks, according to Xinhua.', 'Kabar')).toBe(true);
    expect(relayed('Министры провели переговоры, передает Казинформ.', 'КазТАГ')).toBe(true);
    expect(relayed('The ministers held talks, Kazinform correspondent reports.', 'Kazinform')).toBe(false);
    expect(relayed('The ministers held talks, the Foreign Ministry reports.', 'Trend')).toBe(false);
    expect(
      resolveEventDate(
        lead('BAKU, May 20, AZERTAC', 'The ministers held talks in Urumqi, Kazinform reports.'),
        '2026-05-20',
        { outlet: 'AZERTAC' },
      ),
    ).toBeNull();
  });

  it('returns the sentence the date came from', () => {
    const s = lead('The forum opened in Xian on 14 May.', 'Delegates discussed logistics.');
    expect(resolveEventDateWithEvidence(s, '2026-05-15')).toMatchObject({
      date: '2026-05-14',
      evidence: s[0]?.text,
    });
  });
});

describe('Kazakh weekdays and day words (lexicon/kk/dates.ts)', () => {
  it('reads a weekday in its locative and attributive forms, front and back harmony', () => {
    // Sentences written for this test; 2026-05-07 is a Thursday.
    expect(resolveEventDate(lead('Сейсенбіде министр Қытай делегациясын қабылдады.'), '2026-05-07')).toBe(
      '2026-05-05',
    );
    expect(resolveEventDate(lead('Жұмада министр Қытай делегациясын қабылдады.'), '2026-05-07')).toBe(
      '2026-05-01',
    );
    expect(dateMentions('Сәрсенбідегі кездесуде келісім жасалды.')[0]).toMatchObject({
      type: 'weekday',
      back: 3,
    });
    // «жұмыс» (work) is no Friday.
    expect(dateMentions('Министр жұмыс сапарымен келді.')).toEqual([]);
  });

  it('reads «кеше» and «кешегі» as the day before the report', () => {
    expect(resolveEventDate(lead('Кеше әкім Қытай консулын қабылдады.'), '2026-05-07')).toBe('2026-05-06');
    expect(dateMentions('Кешегі кездесуде екі тарап сауданы талқылады.')[0]).toMatchObject({
      type: 'relative',
      back: 1,
    });
  });
});

describe('«накануне»: the day before, or "on the eve of" an occasion', () => {
  const relative = (t: string) => dateMentions(t).filter((m) => m.type === 'relative').length;
  it('is a preposition before an occasion in the genitive, a number, or a genitive adjective', () => {
    // Sentences written for this test.
    expect(relative('Накануне саммита министры провели консультации.')).toBe(0);
    expect(relative('Накануне официального визита посол дал интервью.')).toBe(0);
    expect(relative('Накануне 35-летия отношений прошел прием.')).toBe(0);
  });

  it('is the day before when a subject, a place or a comma follows', () => {
    expect(
      resolveEventDate(lead('Накануне глава МИД принял делегацию провинции Ганьсу.'), '2026-05-08'),
    ).toBe('2026-05-07');
    expect(relative('Накануне в Алматы стороны подписали меморандум.')).toBe(1);
    expect(relative('Накануне, в четверг, делегации встретились.')).toBe(1);
  });
});

describe('"the next day" counts from the date told before it, not from the report day', () => {
  it('resolves the next day and the same day against the last written date (en, ru, kk)', () => {
    // Sentences written for this test: the only dated clause of the event is the "next day" one.
    const en = lead(
      'The delegation flew to Urumqi on May 3 for the expo.',
      'The next day, the governor received the delegation.',
    );
    expect(resolveEventDate(en, '2026-05-09')).toBe('2026-05-04');
    expect(dateMentions('На следующий день делегации подписали меморандум.')[0]).toMatchObject({
      type: 'following',
      back: 1,
    });
    expect(dateMentions('Келесі күні тараптар келісімге қол қойды.')[0]).toMatchObject({
      type: 'following',
      back: 1,
    });
  });

  it('gives no day when no date was told before it', () => {
    const s = lead('The next day, the governor received the delegation from Xian.');
    expect(resolveEventDate(s, '2026-05-09')).toBe('2026-05-09');
  });
});

describe('plans, announcements and photo captions are other days', () => {
  it('never takes a planned span («запланировано на 15-16 мая», "scheduled for") as the reported day', () => {
    // Sentences written for this test.
    const ru = lead('Министр прибыл в Пекин.', 'Заседание комитета запланировано на 15-16 мая.');
    expect(resolveEventDate(ru, '2026-05-12')).toBe('2026-05-12');
    expect(dateMentions('The forum is scheduled for May 15-16.')[0]?.notEvent).toBe(true);
  });

  it('ranks an announcement day («о визите стало известно 9 мая») below the report day', () => {
    expect(dateMentions('О визите стало известно 9 мая.')[0]?.announced).toBe(true);
  });

  it("ranks an archive photo's day below the event clause's weekday", () => {
    const s = lead(
      'Guards stand outside the ministry in Astana, May 2, 2026.',
      '(File photo)',
      'ASTANA, May 7 -- The Chinese envoy on Thursday met the Kazakh foreign minister.',
    );
    expect(resolveEventDate(s, '2026-05-08')).toBe('2026-05-07');
  });

  it("keeps a plain photo credit's day: such captions mostly show the event itself", () => {
    // Only an archive photo dates another day; measured on three real sets, plain credits mostly carry the event's.
    expect(CAPTION.test('Guards outside, May 2, 2026. (Photo by a staff photographer)')).toBe(false);
    expect(CAPTION.test('Фото: пресс-служба министерства')).toBe(false);
    expect(CAPTION.test('Guards outside the ministry, May 2, 2019. (File photo)')).toBe(true);
    expect(CAPTION.test('Архивное фото')).toBe(true);
  });
});
