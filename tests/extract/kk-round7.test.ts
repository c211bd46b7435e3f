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
});
