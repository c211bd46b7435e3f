import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Participants of a one-paragraph article, as "Name (country; role)". */
function people(text: string, lang: 'en' | 'ru') {
  const r = extractArticle({ id: 't', text, lang, published: '2026-05-20' });
  return r.event?.participants.map((p) => `${p.name} (${p.country}; ${p.role})`) ?? [];
}

describe('officials the gazetteer does not know', () => {
  it('puts a declined Chinese surname back into the nominative («с … Чжаном Вэем» → Zhang Wei)', () => {
    const got = people(
      'Аким Алматинской области Марат Султангазиев встретился с генеральным консулом КНР в Алматы Чжаном Вэем. Стороны обсудили развитие торговли между Казахстаном и Китаем.',
      'ru',
    );
    expect(got).toContain('Zhang Wei (CN; Consul General)');
  });

  it('does not run one person’s title into the next person’s ("… Satkaliyev and China’s … head Zhang Jianhua")', () => {
    const got = people(
      "Kazakh Minister of Energy Almasadam Satkaliyev and China's National Energy Administration head Zhang Jianhua discussed gas supplies on Monday in Beijing, the Kazakh Energy Ministry said.",
      'en',
    );
    expect(got).toEqual([
      'Almasadam Satkaliyev (KZ; Minister of Energy)',
      'Zhang Jianhua (CN; National Energy Administration head)',
    ]);
  });

  it('keeps "and" inside a title ("Minister of Trade and Integration")', () => {
    const got = people(
      'Minister of Trade and Integration of Kazakhstan Arman Shakkaliyev held talks with Chinese Vice Minister of Commerce Li Fei in Beijing on expanding trade between Kazakhstan and China.',
      'en',
    );
    expect(got[0]).toBe('Arman Shakkaliyev (KZ; Minister of Trade and Integration)');
  });
});
