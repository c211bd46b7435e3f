import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { relayed } from '../../shared/extract/report-day.ts';

describe('an outlet named twice in two spellings is its own story', () => {
  it('does not take a respelled own name in brackets for a relayed outlet', () => {
    expect(relayed('The ministers met in Beijing.', 'Steppeinform (Qsteppeinform)')).toBe(true);
    expect(relayed('The ministers met in Beijing.', 'Kazinform (Qazinform)')).toBe(false);
    expect(relayed('Министры встретились в Пекине.', 'Казинформ (Kazinform)')).toBe(false);
    expect(relayed('The ministers met in Beijing.', 'Daily Steppe (Xinhua)')).toBe(true);
  });

  it('dates an undated same-day report of such an outlet by its publication day', () => {
    const r = extractArticle({
      id: 't1',
      lang: 'en',
      outlet: 'Kazinform (Qazinform)',
      published: '2026-03-12',
      title: 'Foreign ministers of Kazakhstan and China hold talks',
      text: 'The foreign ministers of Kazakhstan and China held talks in Beijing, discussing trade and transit.',
    });
    expect(r.event?.eventDate).toBe('2026-03-12');
  });
});
