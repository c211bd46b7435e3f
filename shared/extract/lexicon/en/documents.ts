/**
 * English words for documents and their signing (data only; patterns are built in ../../doc-types.ts,
 * ../../agreement-cues.ts through ../../pack-words.ts, which wraps ../build.ts).
 * A `*` ends a stem, on any word of a phrase («совместн* заявлени*»); `/…/` is a raw regex source.
 */

/** Document nouns by docType. Order matters: the first type whose words match a mention wins. */
export const DOC_TYPES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'memorandum',
    [
      'memorandum*',
      'memoranda',
      'mou',
      'mous',
      'memorandum of understanding',
      'memo',
      'memos',
      'memo of cooperation',
    ],
  ],
  ['joint_statement', ['joint statement*', 'joint communiqu*', 'joint press statement*']],
  ['declaration', ['declaration*']],
  ['roadmap', ['roadmap*', 'road map*']],
  ['protocol', ['protocol*', 'minutes of the']],
  ['notes', ['notes', 'note verbale', 'diplomatic notes']],
  [
    'contract',
    [
      'contract*',
      'commercial agreement*',
      'commercial deal*',
      'business agreement*',
      'supply agreement*',
      'purchase agreement*',
      'sale and purchase agreement*',
      'offtake agreement*',
      'EPC agreement*',
      'loan agreement*',
      'credit agreement*',
    ],
  ],
  [
    'program',
    ['program', 'programs', 'programme*', 'action plan*', 'plan of action', 'plan of consultations'],
  ],
  ['agreement', ['agreement*', 'treaty', 'treaties', 'accord', 'accords', 'pact', 'pacts']],
  ['other', ['document*', 'deal', 'deals', 'papers', 'letter of intent', 'letters of intent']],
];

/** A signing that happened. */
export const SIGNED = [
  'signed',
  'inked',
  'exchanged',
  'concluded',
  'sealed',
  'initialled',
  'initialed',
  'witnessed the signing',
  'attended the signing',
  'witnessed the exchange',
  'exchange ceremony',
  'ceremony of exchanging',
  'ceremony of exchange',
  'signing ceremony',
  'ceremony of signing',
];

/**
 * Verbs that make a statement a document, not an agreement: a joint statement or declaration is "adopted" or
 * "issued", but a strategy or programme "adopted" by one side is no document of the two.
 */
export const ISSUED = ['issued', 'adopted', 'released', 'published', 'approved'];
/** Document types an issuing verb signs. */
export const ISSUED_TYPES = ['joint_statement', 'declaration'];

/** Headlines speak in the present tense ("Kazakhstan, China sign memorandum on …"): a signing that happened. */
export const HEADLINE_SIGNED = [
  'sign',
  'signs',
  'ink',
  'inks',
  'seal',
  'seals',
  'conclude',
  'concludes',
  'adopt',
  'adopts',
];

/** Words before "signed" that make it future or hypothetical ("to be signed", "will be signed"). */
export const NOT_YET_BEFORE_SIGNED = ['be', 'been', 'to', 'will', 'would', 'shall', 'not', 'yet'];

/**
 * A signing still to come: a future or modal form of a signing verb. Preparing, drafting or finalising a text is
 * not an announced signing ("expected to" alone is not one either: "the memorandum is expected to open the way").
 */
export const PLANNED = [
  'will sign',
  'to sign',
  'to be signed',
  'will be signed',
  'would sign',
  'to ink',
  'will ink',
  'to be inked',
  'to conclude',
  'to be concluded',
  'will conclude',
  'to be exchanged',
  'for signing',
  'upcoming signing',
  'ready for signing',
  'ready to sign',
  'could be signed',
  'may be signed',
  'might be signed',
  'could sign',
];

/** Intentions that are a planned signing only with a signing verb in the sentence ("intend to review … and sign"). */
export const INTENT = [
  'expected to',
  'are set to',
  'is set to',
  'scheduled to',
  'plan to',
  'plans to',
  'planned to',
  'planning to',
  'intend*',
  'will',
  'going to',
  'agreed to',
  'hope to',
  // A visit programme that "provides for … the signing of a number of documents" announces a signing.
  'provides for',
  'provide for',
  'envisag*',
  'foresees',
];

/**
 * Business deals signed as a batch with a value ("signed 30 deals worth $5 billion", "$2 billion in deals"):
 * unnamed, yet the report's signed documents (one generic `other` entry; a bare count of documents is not).
 */
export const VALUED_BATCH = ['deals', 'business deals', 'commercial deals'];
/** Words next to a batch of deals that give its value. */
export const BATCH_VALUE = [
  'worth',
  'valued at',
  'totaling',
  'totalling',
  'amounting to',
  'usd',
  'billion',
  'million',
  'bln',
  'mln',
];

/**
 * Nouns that say only "documents" ("a number of bilateral documents"): an unnamed batch of them keeps the type
 * `other`, while unnamed "agreements" or deals are one generic `agreement` (the gold conventions label both so).
 */
export const DOCUMENT_NOUNS = ['document*', 'papers'];

/** A signing ceremony named without its documents ("shook hands at the signing ceremony"). */
export const CEREMONY = [
  'signing ceremony',
  'signing ceremonies',
  'ceremony of signing',
  'signing of documents',
];

/** Words right after "programme" that make it a visit's schedule, not a signed programme ("programme of the visit"). */
export const SCHEDULE_AFTER = [
  'of the visit',
  'of his visit',
  'of her visit',
  'of the state visit',
  'of the official visit',
  'of the working visit',
  'of the trip',
  'of the stay',
  'of the talks',
  'of the forum',
  'of events',
];

/** Words right before "programme" that make it a visit's schedule ("the visit programme includes …"). */
export const SCHEDULE_BEFORE = ['visit', "visit's", 'trip', 'tour'];

/** The bare signing verbs that make an intention a planned signing. */
export const SIGN_VERBS = ['sign', 'signing', 'conclude', 'ink'];

/** Verbs after "and"/"but" that open a new clause of the same subject ("… and agreed to prepare a roadmap"). */
export const NEW_CLAUSE_VERBS = [
  'agreed',
  'decided',
  'discussed',
  'noted',
  'stressed',
  'emphasized',
  'emphasised',
  'expressed',
  'called',
  'reviewed',
  'considered',
  'instructed',
  'held',
];

/** Words before a year that set a signing in it ("in 2019", "back in 2013"): an earlier year is background. */
export const YEAR_BEFORE = ['in', 'back in', 'since', 'during', 'in early', 'in late', 'in mid'];

/** Words just before a document that make it an earlier one ("implementation of agreements reached"). */
export const STALE_BEFORE = [
  'implementation of',
  'ratif*',
  'implementing',
  'implement',
  'reached',
  'previously',
  'earlier',
  'recently',
  'already signed',
  'existing',
  'since',
  '/in (?:19|20)\\d\\d/',
];

/** Words right before a document (one word at most between) that make it one in force ("under the 2019 agreement"). */
export const UNDER = [
  'under the',
  'in line with the',
  'in accordance with the',
  'pursuant to the',
  'within the framework of the',
];

/** Words right after a document that make it an earlier one ("agreements reached at the highest level"). */
export const STALE_AFTER = ['reached', 'achieved', 'in force', 'entered into force'];

/** A reporter reminding the reader of earlier news ("Recall that …"): the sentence tells background, not this event. */
export const RECALL = [
  'recall that',
  'it should be recalled',
  'it is worth recalling',
  'it bears recalling',
  'as a reminder',
];

/** A period of several years: documents "signed during this period" are a running total, not this event's. */
export const CUMULATIVE = [
  'during this period',
  'during that period',
  'over this period',
  'in this period',
  'over the years',
  'over the past',
  'over the last',
  'in recent years',
  'to date',
  'so far',
  'since independence',
  'since the establishment',
  '/since (?:19|20)\\d\\d/',
];

/** Words before a plural document that count it without a number ("a number of documents"); digits count too. */
export const QUANTIFIERS = [
  'several',
  'a number of',
  'a series of',
  'a package of',
  'a set of',
  'number of',
  'dozens of',
  'dozen',
  'some',
  'various',
  'many',
  'multiple',
  'numerous',
  'a range of',
  'a raft of',
  'a host of',
  'a batch of',
];

/** Words that cannot stand between a number and the document it counts (en and ru: verbs, articles). */
export const NOT_BETWEEN_COUNT = [
  'the',
  'a',
  'an',
  'was',
  'were',
  'is',
  'are',
  'have',
  'has',
  'had',
  'been',
  'signed',
  'inked',
  'exchanged',
  'подписа*',
  'был*',
  'заключ*',
];

/** "agreements in the fields of transport, energy and …": a list of fields of one batch, not of documents. */
export const FIELDS = [
  'in the fields of',
  'in the areas of',
  'in the spheres of',
  'in areas such as',
  'in fields such as',
  'in such areas as',
  'in such fields as',
  'in sectors such as',
  'in the sectors of',
  'in areas including',
  'covering',
  'spanning',
  'ranging from',
];

/** Openers of an enumeration of documents: each comma-separated item after them is its own document. */
export const ENUMERATION = [
  'including',
  'includes',
  'include',
  'included',
  'among them',
  'among which',
  'among these',
  'among the major ones',
  'among the largest',
  'among the main',
  'such as',
  'the largest of them',
  'the largest of these',
  'the biggest of them',
];

/**
 * Words that stand for a plural document noun before its subject ("16 agreements, including ones on X"): the
 * item is the subject after them.
 */
export const HEAD_SUBSTITUTES = ['ones', 'those', 'one'];

/** "Signed memoranda on …": prepositions that open what a document is about. */
export const ABOUT = ['on', 'of', 'between', 'for', 'to', 'with', 'in', 'about', 'regarding', 'concerning'];

/** Words in a document's complement that only say when it happens ("in June", "next year"). */
export const WHEN = [
  '/(?:in|by|on|at|during|until|before|after|next|this|later|soon|early|late)\\s+(?:the\\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\\d{4}|coming|next|this|end|beginning|near|weeks?|months?|year|spring|summer|autumn|fall|winter|future)/',
];

/** Subjects of a document that show it is a state treaty, not a business contract. */
export const TREATY_CUES = ['interstate', 'friendship', 'good-neighbourliness', 'good neighborliness'];

/** Subject words that name no particular document ("30 documents on bilateral cooperation in various fields"). */
export const GENERIC_SUBJECT = [
  'cooperat*',
  'collaborat*',
  'interaction',
  'partnership',
  'bilateral',
  'mutual',
  'various',
  'different',
  'several',
  'many',
  'field*',
  'area*',
  'sector*',
  'sphere*',
  'direction*',
  'ties',
  'relations',
  'economic',
];

/**
 * Prepositions of a batch's partner ("seven memoranda with Chinese companies"): a partner alone says who, not
 * what the documents are about, so such a batch is only counted unless a subject word follows (SUBJECT_WORDS).
 */
export const PARTNER_ONLY = ['with', 'between'];
/** Words that give a batch its subject after the partner ("with China on customs", "in the field of …"). */
export const SUBJECT_WORDS = [
  // "on Friday", "on 5 May" say when, not what about.
  '/on(?!\\s+(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the\\s+\\d|\\d))/',
  'about',
  'regarding',
  'concerning',
  'in the field of',
  'in the fields of',
];
