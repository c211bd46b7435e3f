/** Agreements signed at the event or announced to be signed: document type, status, readable title. */
import type { Agreement, DocType } from '../domain/index.ts';
import type { Sentence } from './sentences.ts';

const DOCS: Array<[RegExp, DocType]> = [
  [/\b(memorand(?:um|a)|mou)\b|меморандум\S*|өзара түсіністік/i, 'memorandum'],
  [
    /\bjoint (statement|communiqu[eé])\b|совместн\S* (заявлени|коммюнике)\S*|бірлескен мәлімдеме/i,
    'joint_statement',
  ],
  [/\bdeclaration\b|декларац\S*/i, 'declaration'],
  [/\broad ?map\b|дорожн\S* карт\S*|жол картасы/i, 'roadmap'],
  [/\bprotocols?\b|\bminutes of the\b|протокол\S*|хаттама/i, 'protocol'],
  [/\bnotes\b|\bnote verbale\b|(?<![а-яё])нот(?:ами|ы|а)(?![а-яё])/i, 'notes'],
  [
    /\bcontracts?\b|\bcommercial (?:agreements?|deals?)\b|контракт\S*|коммерческ\S* соглашени\S*|договор\S* купли/i,
    'contract',
  ],
  [/\bprogram(?:me)?s?\b|программ\S*|бағдарлама/i, 'program'],
  [
    /\bagreements?\b|\btreaty\b|соглашени\S*|(?<![а-яё])договор(?:а|ом|е|у|ы|ов)?(?![а-яё])|келісім\S*|(?<![а-яёәғқңөұүһі])шарт(?:қа|ты|ы|тың)?(?![а-яёәғқңөұүһі])/i,
    'agreement',
  ],
  [/\bdocuments?\b|\bdeals?\b|документ\S*|құжат\S*/i, 'other'],
];

/** A signing that happened ("signed", "exchanged", «подписали»), not one to come ("to be signed"). */
const SIGNED =
  /(?<!\b(?:be|been|to|will|would|shall)\s)\b(signed|inked|exchanged|concluded|sealed|issued|adopted|witnessed the signing|attended the signing)\b|(подписали|состоялась церемония подписания|подписал(?:а|и)?(?![а-яё])|подписан[аоы]?(?![а-яё])|обменялись|заключили|приняли|қол қойды|қол қойылды)/i;
const PLANNED =
  /\b(will sign|to sign|to be signed|will be signed|are set to|is set to|expected to|plan(?:s|ned)? to|intend(?:s|ed)? to|preparing|prepare|draft|upcoming signing)\b|(планиру\S*|подпишут|будет подписан\S*|будут подписаны|предстоит|намерены|готов\S* к подписанию|подготовить к подписанию|подписать)/i;
/** Past agreements are context, not this event's documents. */
const STALE =
  /\b(implementation of|reached|previously|earlier|in 19\d\d|in 20\d\d|since)\b|(реализаци\S*|достигнут\S*|ранее)/i;
/** A signing set at another time ("signed in May 2023", "In June, … signed"): not this event's. */
const OTHER_TIME =
  /\b(?:in|since|last) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d{1,2}\b)|(?<![а-яё])в (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?![а-яё])|\blast year\b|в прошлом году/i;
/** "the Treaty … signed by the heads of state has opened…": a reduced relative names an earlier document. */
const REDUCED_RELATIVE =
  /^[^.;]{0,160}?(?<!\b(?:was|were|been|be|have|has|had|and)\s)\bsigned (?:by|in|at|during|last|earlier)\b/i;

const DOC_ANY = new RegExp(DOCS.map(([re]) => re.source).join('|'), 'gi');

function docTypeOf(word: string): DocType | null {
  for (const [re, t] of DOCS) if (re.test(word)) return t;
  return null;
}

/** The document's noun phrase with its complement, up to the clause end: "Memorandum of Cooperation between …". */
/** Kazakh puts what a document is about before it ("… туралы шартқа қол қойылды"): take the words before. */
function kazakhTitle(sentence: string, start: number, word: string): string {
  const head = sentence.slice(0, start + word.length);
  const by = head.lastIndexOf(' бойынша ');
  const dot = head.lastIndexOf('. ');
  const from = Math.max(by < 0 ? 0 : by + ' бойынша '.length, dot < 0 ? 0 : dot + 2);
  const t = head.slice(from).trim().split(/\s+/).slice(-12).join(' ');
  return t.length > 0 ? t[0]?.toUpperCase() + t.slice(1) : t;
}

function titleAt(sentence: string, start: number, word = ''): string {
  if (/[әғқңөұүһі]/i.test(sentence)) return kazakhTitle(sentence, start, word);
  const rest = sentence.slice(start);
  const cut = rest.search(
    /[;:.!?](?:\s|$)|,\s*(?:and|as well as|а также|и)\s|,\s*(?:as|according|said|reported|informed|сообщ|передает)|,\s*(?:which|who|that|где|который)(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])|\s+(?:and|и)\s+(?:exchanged|signed|обменял|подписал)|\s+(?:during|at the|in the presence|on the sidelines|following|в ходе|во время|в присутствии|на полях)\s|\s+(?:and|и)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}(?:memorand|agreement|protocol|contract|declaration|joint statement|road ?map|program|notes|меморандум|соглашени|протокол|контракт|деклараци|дорожн)|$/i,
  );
  let t = rest.slice(0, cut < 0 ? rest.length : cut).trim();
  t = t
    .replace(
      /\s+(?:was|were|has been|have been|is|are|will be|была?|были|будет|планируется|предстоит|подписан\S*|подписать|подписали|вступил\S*|согласован\S*)(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]).*$/i,
      '',
    )
    .replace(/[,"'\s]+$/, '');
  // "the memorandum on the establishment of which was signed": name what "which" points back to.
  if (/\b(?:of|on) which$/i.test(t)) {
    const named = [...sentence.slice(0, start).matchAll(/\bthe ((?:[A-Z][\w'-]+\s?)+)/g)].at(-1)?.[1]?.trim();
    t = t.replace(/\s*\b(of|on) which$/i, named ? ` $1 the ${named}` : '');
  }
  const words = t.split(/\s+/);
  if (words.length > 25) t = words.slice(0, 25).join(' ');
  return t.length > 0 ? t[0]?.toUpperCase() + t.slice(1) : t;
}

const QUALIFIER =
  /(?:intergovernmental|interstate|interagency|bilateral|framework|межправительственн\S*|межгосударственн\S*|межведомственн\S*|двусторонн\S*|рамочн\S*)\s+$/i;
const PLURAL = /(?:s|ов|ий|ей|ы|и)$/i;
const QUANTIFIED =
  /(?:\d+|several|a number of|a series of|a package of|number of|dozens? of|ряд|несколько|пакет|десят\S*)\s+(?:\S+\s+){0,2}$/i;
/** A complement that only says when ("in June", «в ближайшее время») names no subject matter. */
const WHEN =
  /^(?:(?:in|by|on|at|during|until|before|after|next|this|later|soon|early|late)\s+(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|coming|next|this|end|beginning|near|weeks?|months?|year|spring|summer|autumn|fall|winter|future)\b|(?:в|во|до|к|на|в течение|в ходе)\s+(?:январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр|\d{4}|ближайш|текущ|следующ|этом|конц|начал)[а-яё]*)/i;
const PREPOSITION =
  /^(?:on|of|between|for|to|with|in|about|regarding|worth|о|об|между|по|на|в сфере|в области)\b/i;

const STOPWORDS = new Set(
  "the and for between with from kazakhstan china republic people's chinese kazakh два двух между республикой казахстан китайской народной республики кнр".split(
    ' ',
  ),
);

/** Word overlap of two titles (Jaccard on lower-cased content words of 3+ letters). */
function overlap(a: string, b: string): number {
  const words = (t: string) =>
    new Set((t.toLowerCase().match(/[\p{L}\d]{3,}/gu) ?? []).filter((w) => !STOPWORDS.has(w)));
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return n / (wa.size + wb.size - n);
}

/** Extracts the agreements of the event from sentences that name a document and a signing verb. */
export function extractAgreements(sentences: Sentence[]): Agreement[] {
  const found: Array<Agreement & { anaphoric: boolean }> = [];
  for (const s of sentences) {
    const signed = SIGNED.test(s.text);
    const planned = PLANNED.test(s.text);
    if (!signed && !planned) continue;
    if (signed && !planned && OTHER_TIME.test(s.text)) continue;
    DOC_ANY.lastIndex = 0;
    for (const m of s.text.matchAll(DOC_ANY)) {
      const at = m.index ?? 0;
      const docType = docTypeOf(m[0]);
      if (!docType) continue;
      const before = s.text.slice(Math.max(0, at - 60), at);
      // "implementation of agreements reached" is context, not a document of this event.
      if (STALE.test(before) || /\breached\b|достигнут/i.test(s.text.slice(at, at + 40))) continue;
      if (REDUCED_RELATIVE.test(s.text.slice(at))) continue;
      if (
        docType === 'program' &&
        !/\b(cooperation|development|program(?:me)? (?:of|on|for))\b|сотрудничеств|развити/i.test(
          s.text.slice(at, at + 60),
        )
      )
        continue;
      const status = signed ? 'signed' : 'planned';
      // Keep a qualifying adjective: "intergovernmental agreement", «межправительственное соглашение».
      const qualifier = QUALIFIER.exec(s.text.slice(Math.max(0, at - 40), at));
      const title = titleAt(
        s.text,
        qualifier ? at - qualifier[0].length : at,
        qualifier ? qualifier[0] + m[0] : m[0],
      );
      const complement = title.slice((qualifier?.[0].length ?? 0) + m[0].length).trim();
      const counted = QUANTIFIED.test(s.text.slice(Math.max(0, at - 40), at));
      const anaphoric =
        !counted &&
        (complement.length === 0 ||
          WHEN.test(complement) ||
          !PREPOSITION.test(complement.replace(/^(?:\d+|worth)\s+/i, 'on ')));
      if (docType === 'other' && !counted && /^(?:documents?|документ\S*)$/i.test(title)) continue;
      // A bare plural with no subject matter counts only with a number ("signed 30 contracts", «ряд соглашений»).
      if (complement.length === 0 && PLURAL.test(m[0]) && !counted) continue;
      found.push({ docType, status, title, anaphoric });
    }
  }
  // Drop repeats: the same document named twice, or a bare "the agreement" after its full mention.
  const out: Agreement[] = [];
  for (const a of found) {
    const twin = out.find(
      (b) =>
        b.docType === a.docType && b.status === a.status && (a.anaphoric || overlap(a.title, b.title) >= 0.5),
    );
    if (twin) continue;
    if (a.anaphoric && found.some((b) => b !== a && b.docType === a.docType && !b.anaphoric)) continue;
    // "The document was signed by …" refers back to a document named elsewhere.
    if (a.anaphoric && a.docType === 'other' && found.some((b) => b.docType !== 'other')) continue;
    out.push({ docType: a.docType, status: a.status, title: a.title });
  }
  return out;
}
