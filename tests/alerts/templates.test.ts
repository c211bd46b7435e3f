import { describe, expect, it } from 'vitest';
import { agreementItem } from '../../shared/alerts/items.ts';
import {
  agreementAlertMail,
  alertSubject,
  confirmationMail,
  digestMail,
  SUBJECT_MAX,
} from '../../shared/alerts/templates.ts';
import { AI_MEMORANDUM, JOINT_STATEMENT, ministersTalks, stateVisit, TREATY } from './fixtures.ts';

const BASE = 'https://api.example.org';

describe('agreement alert template', () => {
  it('says what happened, where and when in the subject, in the reader’s language', () => {
    const event = ministersTalks();
    expect(alertSubject(event, event.agreements)).toBe(
      'Kazakhstan–China: memorandum signed: Меморандум о сотрудничестве между министерствами иностранных дел, Beijing, 2 Dec 2024 (Murat Nurtleu, Wang Yi)',
    );
    expect(alertSubject(event, event.agreements, 'ru')).toBe(
      'Казахстан–Китай: подписан меморандум о сотрудничестве между министерствами иностранных дел, Beijing, 2 дек. 2024 (Murat Nurtleu, Wang Yi)',
    );
    expect(alertSubject(stateVisit(), [AI_MEMORANDUM])).toBe(
      'Kazakhstan–China: memorandum signed on cooperation in the field of artificial intelligence, Astana, 17 Jun 2025 (Kassym-Jomart Tokayev, Xi Jinping)',
    );
  });

  it('counts further documents and marks announced ones "to be signed"', () => {
    const planned = { ...AI_MEMORANDUM, status: 'planned' as const };
    expect(alertSubject(stateVisit(), [TREATY, JOINT_STATEMENT])).toMatch(
      /^Kazakhstan–China: agreement signed on Eternal .* and 1 more, Astana, 17 Jun 2025 \(/,
    );
    expect(alertSubject(stateVisit(), [planned])).toMatch(
      /memorandum to be signed on cooperation .*, Astana/,
    );
    expect(alertSubject(stateVisit(), [{ ...TREATY, docType: 'declaration' }], 'ru')).toMatch(
      /^Казахстан–Китай: подписана декларация: Treaty/,
    );
  });

  it('shortens a long title but keeps place, date and participants, within the subject limit', () => {
    const long = {
      ...TREATY,
      title: `Agreement ${'on the development of cross-border cooperation '.repeat(6)}`,
    };
    const subject = alertSubject(stateVisit(), [long]);
    expect(subject.length).toBeLessThanOrEqual(SUBJECT_MAX);
    expect(subject).toContain('…');
    expect(subject.endsWith(', Astana, 17 Jun 2025 (Kassym-Jomart Tokayev, Xi Jinping)')).toBe(true);
  });

  it('lists date, place, participants, every document, every source and the event link', () => {
    const mail = agreementAlertMail({
      apiBaseUrl: BASE,
      unsubscribeToken: 'sub_abc-tok',
      event: stateVisit(),
      agreements: [TREATY, JOINT_STATEMENT],
    });
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('2025-06-17');
      expect(body).toContain('Astana');
      expect(body).toContain('Kassym-Jomart Tokayev (President, KZ)');
      expect(body).toContain('Treaty on Eternal Good-Neighborliness, Friendship and Cooperation');
      expect(body).toContain('Joint statement (signed)');
      expect(body).toContain('Xinhua');
      expect(body).toContain('https://english.news.cn/20250617/3c5d1e2f9a8b4c7d/c.html');
      expect(body).toContain(`${BASE}/event/ev_20250617astana`);
      expect(body).toContain(`${BASE}/unsubscribe?token=sub_abc-tok`);
    }
    expect(mail.headers).toEqual({
      'List-Unsubscribe': `<${BASE}/unsubscribe?token=sub_abc-tok>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('escapes untrusted titles in HTML and keeps them on one line in plain text', () => {
    const event = stateVisit({
      title: 'Talks <script>alert(1)</script>\r\nUnsubscribe: https://evil.example/phish',
      sources: [
        {
          articleId: 'ar_evil1',
          url: 'javascript:alert(document.cookie)',
          outlet: 'Evil "Outlet"',
          title: '<img src=x onerror=alert(1)>',
          published: null,
          lang: 'en',
        },
      ],
    });
    const mail = agreementAlertMail({ apiBaseUrl: BASE, unsubscribeToken: 't', event, agreements: [TREATY] });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).not.toContain('javascript:');
    expect(mail.text).not.toContain('javascript:');
    expect(mail.text).toContain('Talks <script>alert(1)</script> Unsubscribe: https://evil.example/phish');
    expect(mail.text.split('\n').filter((l) => l.startsWith('Unsubscribe:'))).toEqual([
      `Unsubscribe: ${BASE}/unsubscribe?token=t`,
    ]);
  });
});

describe('confirmation and digest templates', () => {
  it('links to the confirmation endpoint with the token', () => {
    const mail = confirmationMail({ apiBaseUrl: BASE, token: 'AbC_123-xyz' });
    expect(mail.text).toContain(`${BASE}/subscriptions/confirm?token=AbC_123-xyz`);
    expect(mail.html).toContain(`href="${BASE}/subscriptions/confirm?token=AbC_123-xyz"`);
    expect(mail.headers).toEqual({});
  });

  it('groups a day of events into one digest with each event and its documents', () => {
    const mail = digestMail({
      apiBaseUrl: BASE,
      unsubscribeToken: 't',
      period: { from: '2025-06-17', to: '2025-06-17' },
      blocks: [
        {
          event: stateVisit(),
          items: [TREATY, AI_MEMORANDUM].map((a) => agreementItem('ev_20250617astana', a)),
        },
        {
          event: ministersTalks(),
          items: ministersTalks().agreements.map((a) => agreementItem(ministersTalks().id, a)),
        },
      ],
    });
    expect(mail.subject).toBe('Kazakhstan–China: 3 documents reported on 2025-06-17');
    expect(mail.text).toContain('in 2 events');
    expect(mail.text).toContain('Memorandum (signed): Memorandum of Understanding on cooperation');
    expect(mail.text).toContain(`${BASE}/event/ev_20241202beijing`);
    expect(mail.html.match(/<h2>/g)).toHaveLength(2);
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });
});
