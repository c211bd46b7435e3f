import { describe, expect, it, vi } from 'vitest';
import { expandKeyword } from '../../shared/alerts/keywords.ts';
import { extractFrameworks, extractTopics } from '../../shared/extract/topics.ts';
import { queryTokens } from '../../shared/store/index-terms.ts';

// One invented word per pack, added the way an editor would add it: the three consumers must all see it with
// no second list to touch (they build from the packs at module load, after this mock applies).
vi.mock('../../shared/extract/lexicon/en/topics.ts', async (importOriginal) => {
  const pack = await importOriginal<typeof import('../../shared/extract/lexicon/en/topics.ts')>();
  return {
    ...pack,
    CONCEPT_WORDS: { ...pack.CONCEPT_WORDS, wheat: [...(pack.CONCEPT_WORDS.wheat ?? []), 'spelt'] },
    FRAMEWORK_WORDS: { ...pack.FRAMEWORK_WORDS, SCO: [...(pack.FRAMEWORK_WORDS.SCO ?? []), 'Shanghai Pact'] },
  };
});
vi.mock('../../shared/extract/lexicon/ru/topics.ts', async (importOriginal) => {
  const pack = await importOriginal<typeof import('../../shared/extract/lexicon/ru/topics.ts')>();
  return {
    ...pack,
    CONCEPT_WORDS: { ...pack.CONCEPT_WORDS, wheat: [...(pack.CONCEPT_WORDS.wheat ?? []), 'полб*'] },
  };
});

describe('one lexicon for extraction, search and alerts', () => {
  it('finds an English word added to a pack in all three consumers', () => {
    expect(extractTopics('Farmers in Kostanay shipped spelt to Xi’an.')).toContain('agriculture');
    expect(queryTokens('spelt')).toEqual(['wheat']);
    expect(expandKeyword('spelt')).toEqual(expect.arrayContaining(['пшениц', 'полб', 'wheat$']));
  });

  it('finds a Russian stem added to a pack, in any ending, in all three consumers', () => {
    expect(extractTopics('Поставки полбы в Китай выросли вдвое.')).toContain('agriculture');
    expect(queryTokens('полбой')).toEqual(['wheat']);
    expect(expandKeyword('wheat')).toContain('полб');
  });

  it('finds a framework word added to a pack in extraction, search and alerts', () => {
    expect(extractFrameworks('Members of the Shanghai Pact met in Astana.')).toEqual(['SCO']);
    expect(queryTokens('Shanghai Pact')).toContain('sco');
    expect(expandKeyword('SCO')).toContain('shanghai pact$');
  });
});

describe('topics and frameworks from the packs', () => {
  it('reads the Ili river, not the Russian conjunction «или»', () => {
    expect(extractTopics('Стороны обсудили торговлю или инвестиции.')).not.toContain('water');
    expect(extractTopics('Уровень воды в бассейне реки Или снизился.')).toContain('water');
  });

  it('keeps short stems whole: «газета» is no gas, «визави» no visa', () => {
    expect(extractTopics('Об этом сообщила газета «Вечерний город».')).toEqual([]);
    expect(extractTopics('Поставки газа и нефти обсудили министры.')).toEqual(['energy']);
    expect(extractTopics('Его визави в переговорах был министр.')).not.toContain('visas');
  });

  it('matches acronyms in capitals only and inflected Russian names of frameworks', () => {
    expect(extractFrameworks('The UN Secretary-General spoke.')).toEqual(['UN']);
    expect(extractFrameworks('an un-named source')).toEqual([]);
    expect(extractFrameworks('на полях саммита ШОС и в рамках инициативы «Пояса и пути»')).toEqual([
      'SCO',
      'Belt and Road',
    ]);
    expect(extractFrameworks('the second China–Central Asian summit')).toEqual(['Central Asia–China']);
  });

  it('reads the inflected and compound forms of a concept', () => {
    expect(extractTopics('энергетического сотрудничества')).toEqual(['energy']);
    expect(extractTopics('сельскохозяйственной продукции')).toEqual(['agriculture']);
    expect(extractTopics('Екі елдің саудасы артты.')).toContain('trade');
  });
});
