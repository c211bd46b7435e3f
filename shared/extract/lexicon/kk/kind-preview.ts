/**
 * A preview of a visit (see ../../kk-preview.ts): the head tells a visit still to come and no event done. Its
 * visitor is the subject of the visit verb or the possessor of the trip noun; the envoy or spokesperson who
 * tells of it, and the host who will receive, are only mentioned. Data only.
 */

import { ARRIVED } from './people.ts';

export const PREVIEW_KK = {
  /** A visit to come as the clause's verb («сапармен келеді», «келе жатыр», «барады деп күтілуде»). */
  visitVerbs: [
    'сапармен келеді',
    'сапармен барады',
    'сапарымен келеді',
    'сапарымен барады',
    'сапармен келмек*',
    'сапармен бармақ*',
    'сапар жасайды',
    'сапар жасамақ*',
    'сапармен келіп',
    'сапармен барып',
    'келе жатыр',
    'бара жатыр',
    'келмек*',
    'бармақ*',
    'келетін болады',
    'баратын болады',
    'келуі күтілуде',
    'баруы күтілуде',
    'келуі жоспарлан*',
    'баруы жоспарлан*',
  ],
  /**
   * Bare «comes», «goes»: a visit only in a head that names the trip («сапар»), not «сәйкес келеді» (fits), and
   * not after a converb in -п («артып келеді», «өсіп барады»: keeps growing), where it is an auxiliary of
   * duration; «ұшып келеді», «қайтып келеді» (flies in, comes back) stay motion.
   */
  bareVerbs: ['/(?<!сәйкес\\s)(?<!(?<!ұшы|қайты|жеті)п\\s)келеді/', '/(?<!(?<!ұшы|қайты|жеті)п\\s)барады/'],
  /** A visit to come as a noun phrase («алдағы сапары», «сапары жоспарлануда»): its possessor is the visitor. */
  visitNouns: [
    'алдағы сапар*',
    'алдағы мемлекеттік сапар*',
    'алдағы ресми сапар*',
    'сапары жоспарлан*',
    'сапар жоспарлан*',
    'сапары күтілуде',
    'сапары өтеді',
    'сапары өтпек',
    'сапары басталады',
  ],
  /** The trip noun a possessor's visit is told with («Тоқаевтың … сапары»). */
  trip: 'сапар',
  /** Events done: a head that tells one reports it, not a preview («келіп қонды», «кездесті»). */
  done: [
    'кездесті',
    'қабылдады',
    'келіссөз жүргізді',
    'сөйлесті',
    ...ARRIVED,
    'қол қойды',
    'қол қойылды',
    'қатысты',
    'өтті',
    'аяқталды',
    'басталды',
    'барып қайтты',
    'күтіп алды',
    // Arrived (bare): «Ли Цян Астанаға келді. Сапар барысында … келіссөз жүргізеді» reports the arrival.
    'келді',
    'барды',
  ],
  /** Verbs that end a sentence whose subject only reports the visit («… мәлімдеді», «… айтты»). */
  told: ['мәлімдеді', 'хабарлады', 'айтты', 'деді', 'жеткізді', 'айтып берді', 'мәлім етті', 'атап өтті'],
};
