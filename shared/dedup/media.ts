import { alternation, LETTER } from '../extract/lexicon/build.ts';
import type { Report } from './report.ts';

/**
 * The outlet an interview was given to or a signed article appeared in: a leader gives interviews to many
 * media, every year, in the same words, so two statements naming different outlets as the interviewer or
 * publisher are two statements. Outlets are read only next to an interview or article word (a relaying agency
 * named in a dateline is not the publisher), as canonical ids across scripts.
 */

/** Outlets by id, with their names in en, ru, kk, zh (well-known Chinese and Kazakh media). */
const OUTLETS: Record<string, readonly string[]> = {
  xinhua: ['Xinhua', 'Синьхуа', 'Шинхуа', 'Шыңхуа', '新华社', '新華社'],
  peoplesdaily: ["People's Daily", 'People’s Daily', 'Жэньминь жибао', '人民日报', '人民日報'],
  chinadaily: ['China Daily', 'Чайна Дейли', '中国日报', '中國日報'],
  cmg: [
    'CCTV',
    'CGTN',
    'China Media Group',
    'China Central Television',
    'Центральн* телевидени* Китая',
    '中央广播电视总台',
    '中央电视台',
    '央视',
  ],
  globaltimes: ['Global Times', 'Хуаньцю шибао', '环球时报'],
  guangming: ['Guangming Daily', 'Гуанмин жибао', '光明日报'],
  phoenix: ['Phoenix TV', '凤凰卫视'],
  kazinform: ['Kazinform', 'Казинформ', 'Қазақпарат', 'ҚазАқпарат', '哈通社'],
  kazpravda: ['Kazakhstanskaya Pravda', 'Казахстанск* правд*', '哈萨克斯坦真理报'],
  egemen: ['Egemen Qazaqstan', 'Егемен Қазақстан*'],
  astanatimes: ['Astana Times'],
  aikyn: ['Aikyn', 'Айқын'],
  khabar: ['Khabar 24', 'Khabar Agency'],
  tass: ['TASS', 'ТАСС'],
};
const IDS = Object.keys(OUTLETS);
/** One pattern for all outlets, a capture group per id. */
const OUTLET_RE = new RegExp(
  `(?<!${LETTER})(?:${IDS.map((id) => `(${alternation(OUTLETS[id] as readonly string[])})`).join('|')})(?!${LETTER})`,
  'giu',
);
/** Words of an interview or a signed article (en, ru, kk, zh). */
const PIECE = new RegExp(
  `(?<!${LETTER})${alternation(['interview*', 'article*', 'op-ed*', 'интервью', 'стать*', 'сұхбат*', 'мақала*'])}(?!${LETTER})|专访|采访|署名文章|撰文|文章`,
  'giu',
);
/** Characters between an outlet and an interview or article word for it to count as its outlet. */
const REACH = 80;

/** The ids of outlets named next to an interview or article word, sorted (empty: none). */
export function piecesOutlets(text: string): string[] {
  const pieces = [...text.matchAll(PIECE)].map((m) => m.index);
  if (pieces.length === 0) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(OUTLET_RE)) {
    if (!pieces.some((p) => Math.abs(p - m.index) <= REACH)) continue;
    const id = IDS[m.slice(1).findIndex((g) => g !== undefined)];
    if (id) out.add(id);
  }
  return [...out].sort();
}

/** Whether two statements name outlets and none in common. */
function apart(a: Report, b: Report): boolean {
  const x = a.outlets;
  const y = b.outlets;
  if (a.kind !== 'statement' || b.kind !== 'statement' || !x?.length || !y?.length) return false;
  return !x.some((o) => y.includes(o));
}

/** Whether no statement of one side names only outlets another statement of the other side does not. */
export function outletsFit(a: readonly Report[], b: readonly Report[]): boolean {
  for (const x of a) {
    if (!x.outlets?.length || x.kind !== 'statement') continue;
    for (const y of b) if (apart(x, y)) return false;
  }
  return true;
}
