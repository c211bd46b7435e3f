/**
 * The paragraphs of a Chinese report that tell the event itself: from the paragraph of the event clause on,
 * minus stretches that turn to the pair's history or to another occasion, until a paragraph tells the event
 * again. Who speaks in them spoke at the talks; who speaks elsewhere is cited, not a participant.
 */
import { OTHER_SETTING_ZH, PARTICIPATION_ZH, SECTION_BREAK_ZH } from '../lexicon/zh/participation.ts';
import { firstIn, headOf, type ZhDoc } from './text.ts';

/** A paragraph's opening, past a time word or a connective of up to four characters («同时，», «2025年»). */
const OPENING = 12;

/** Whether a paragraph leaves the event: it opens with a word of history or is set at another occasion. */
function breaks(text: string): boolean {
  return (
    firstIn(text.slice(0, OPENING), SECTION_BREAK_ZH) !== undefined ||
    firstIn(text, OTHER_SETTING_ZH) !== undefined
  );
}

/**
 * The paragraph numbers of the event's narrative. It opens at the first lead paragraph with a verb of taking
 * part (the event clause; the first paragraph when an excerpt starts mid-story); a break paragraph closes it
 * and a later paragraph with a verb of taking part, and no break, opens it again.
 */
export function eventSection(doc: ZhDoc): Set<number> {
  const paragraphs = new Map<number, string>();
  for (const s of doc.sentences) {
    if (s.para < 0) continue;
    paragraphs.set(s.para, (paragraphs.get(s.para) ?? '') + s.text);
  }
  const lead = headOf(doc).find((s) => s.para >= 0 && firstIn(s.text, PARTICIPATION_ZH) !== undefined);
  const first = lead?.para ?? [...paragraphs.keys()][0] ?? 0;
  const section = new Set<number>();
  let open = false;
  for (const [para, text] of paragraphs) {
    if (para < first) continue;
    if (breaks(text)) open = false;
    else if (para === first || firstIn(text, PARTICIPATION_ZH) !== undefined) open = true;
    if (open) section.add(para);
  }
  return section;
}
