/** Relevance: does the article report a Kazakhstan–China bilateral event or development? */
import {
  BILATERAL,
  BILATERAL_TALK,
  CENTRAL_ASIA,
  CN,
  CN_PLACE,
  count,
  has,
  KZ,
  KZ_PLACE,
  MEET,
  MULTILATERAL,
  MULTILATERAL_TITLE,
  ONE_BY_ONE,
  OTHERS,
  PRESS,
  RELATION,
  ROUNDUP,
  SIDELINES,
  VISIT,
} from './relevance-patterns.ts';
import type { Doc } from './sentences.ts';

/** Removes a leading dateline ("ASTANA. KAZINFORM –", "ALMATY, April 25 (Xinhua) --", "BAKU, Azerbaijan, May 20."): it names the outlet's city. */
function dropDateline(text: string): string {
  return text
    .replace(
      /^[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,30}(?:[,.][^–—\n]{0,40}?)?\s*(?:\([^)]{1,20}\))?\s*(?:–|—|--|-)\s*/u,
      '',
    )
    .replace(/^[A-Z][A-Z .'-]{2,30},\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+[A-Z][a-z]+\s+\d{1,2}\.\s*/u, '');
}

/** Why an article was judged (for debugging and tests). */
export interface RelevanceVerdict {
  relevant: boolean;
  reason: string;
}

const others = (t: string): string[] => Object.keys(OTHERS).filter((c) => has(OTHERS[c] ?? [], t));

/** A sentence that reports a meeting of the two sides ("Tokayev held talks with Xi"), not the press. */
function meets(t: string): boolean {
  return has(MEET, t.replace(PRESS, ' '));
}

/** Judges relevance from where Kazakhstan and China appear: title and lead weigh most. */
export function judgeRelevance(doc: Doc): RelevanceVerdict {
  const leadSentences = doc.sentences.filter((s) => s.zone !== 'body').map((s) => dropDateline(s.text));
  const lead = dropDateline([doc.title ?? '', ...leadSentences].join(' '));
  const all = dropDateline(doc.full);
  // A city is where something happened, not who took part: with another partner in the lead ("Kazakhstan and
  // Uzbekistan met in Beijing") places say nothing about the two sides.
  const places = others(lead).length === 0;
  const kz = (t: string) => count(KZ, t) + (places ? count(KZ_PLACE, t) : 0);
  const cn = (t: string) => count(CN, t) + (places ? count(CN_PLACE, t) : 0);
  const kzLead = kz(lead);
  const cnLead = cn(lead);
  const kzAll = kz(all);
  const cnAll = cn(all);
  // A title/lead sentence where only the two sides meet ("Tokayev held talks with Xi on the sidelines").
  const pairTalks = leadSentences.some(
    (t) =>
      meets(t) &&
      kz(t) > 0 &&
      cn(t) > 0 &&
      others(t).length === 0 &&
      (!has(MULTILATERAL, t) || has(SIDELINES, t)),
  );
  // A round-up of one leader's meetings ("Xi meets heads of state"): a body sentence reporting the meeting with
  // the other side counts as that bilateral meeting; a bare name in a list of a group meeting does not.
  // The frame names the host ("China's Xi"), so the body sentence needs only the guest's side.
  const frame = leadSentences.find((t) => has(ROUNDUP, t) && meets(t));
  const host = frame === undefined ? null : cn(frame) > 0 ? 'CN' : kz(frame) > 0 ? 'KZ' : null;
  const reported = doc.sentences.some((s) => {
    const t = s.text;
    const oneByOne = has(ONE_BY_ONE, t);
    const kzHere = kz(t) > 0 || host === 'KZ';
    const cnHere = cn(t) > 0 || host === 'CN';
    if (!(host || oneByOne) || !meets(t) || !kzHere || !cnHere) return false;
    const o = others(t);
    return o.length <= 3 && (oneByOne || !o.some((c) => CENTRAL_ASIA.includes(c)));
  });
  // A title naming a multilateral format (C+C5, SCO) needs a meeting of the two themselves: "Kazakhstan and
  // China will expand settlements" said at a C+C5 ministerial is the group's outcome, not a bilateral one.
  // A visit to one side named in the title ("Premier concludes Kazakhstan visit, attends SCO meeting") is bilateral.
  const title = doc.title ?? '';
  const visit = has(VISIT, title) && kz(title) + cn(title) > 0 && !has(MULTILATERAL, title);
  if (has(MULTILATERAL_TITLE, title) && !pairTalks && !reported && !visit)
    return { relevant: false, reason: 'multilateral title without a bilateral meeting' };
  const bilateral = count(BILATERAL, all) + (pairTalks || reported ? 1 : 0);
  if (kzAll === 0 || cnAll === 0) return { relevant: false, reason: 'one side never appears' };
  if (!(kzLead > 0 && cnLead > 0) && bilateral === 0)
    return { relevant: false, reason: 'lead lacks one side' };
  // Both sides must meet in one title/lead sentence that is not a list of many countries.
  const together = leadSentences.some(
    (t) => kz(t) > 0 && cn(t) > 0 && others(t).length < 3 && has(RELATION, t),
  );
  if (!together && bilateral === 0)
    return { relevant: false, reason: 'the two sides never meet in the lead' };
  if (cnLead === 0 && cnAll < 3 && bilateral < 2) return { relevant: false, reason: 'China only in passing' };
  // Another partner dominating (Kazakhstan–EU with a China aside, China–Uzbekistan with a Kazakh aside).
  for (const [code, ev] of Object.entries(OTHERS)) {
    const n = count(ev, all);
    const nLead = count(ev, lead);
    if (
      nLead > 0 &&
      bilateral === 0 &&
      (n >= Math.min(kzAll, cnAll) * 1.5 || nLead >= Math.min(kzLead, cnLead) + 1)
    )
      return { relevant: false, reason: `dominated by ${code}` };
  }
  if (has(MULTILATERAL, all)) {
    const othersCA = CENTRAL_ASIA.filter((c) => has(OTHERS[c] ?? [], all)).length;
    if (bilateral === 0 && (othersCA >= 2 || !has(BILATERAL_TALK, all)))
      return { relevant: false, reason: 'multilateral Central Asia–China only' };
  }
  return { relevant: true, reason: 'both sides in lead or explicit bilateral phrasing' };
}
