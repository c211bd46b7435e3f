/**
 * English people cues (data only): which words put a named person into the event (participant) and which only
 * name them (mentioned). A trailing `*` is a stem; `/…/` entries are regex sources.
 */

/** Verbs and nouns of meeting someone: the people of their clause met (counterparts). */
export const EVENT_EN = [
  'held talks',
  'hold talks',
  'holds talks',
  'talks',
  'negotiations',
  'met',
  'meet',
  'meets',
  'meeting',
  'received',
  'receives',
  'hosted',
  'hosts',
  'visited',
  'visits',
  'visiting',
  'arrived',
  'arrives',
  'signed',
  'signs',
  'discussed',
  'discusses',
  'discussions',
  'phone',
  'telephone',
  'conversation',
  'call',
  'co-chaired',
  'co-chair*',
  'chaired',
  'chairs',
  'held',
  'holds',
  'exchanged views',
  'interlocutor*',
  'visit',
  'paid',
  'landed',
  'departed',
  'left for',
  'flew',
  'trip',
  'tour',
  'arrival',
  'presented',
  'presents',
  'awards',
  'confers',
  'awarded',
  'conferred',
  'reaffirmed',
];

/** Taking part without being the counterpart: present, accompanying, welcoming at the airport, in a delegation. */
export const ATTEND_EN = [
  'attended',
  'attends',
  'took part',
  'take part',
  'takes part',
  'participated',
  'participates',
  'accompanied',
  'accompanying',
  'joined',
  'greeted',
  'welcomed',
  'seen off',
  'led by',
  'headed by',
  'in the presence of',
  '/(?:during|at) the (?:meeting|talks|negotiations)(?!\\s+with)/',
  'also present',
  'were present',
  'was present',
];

/** Speech verbs: their subject spoke at the event. */
export const SPEECH_EN = [
  'said',
  'says',
  'noted',
  'notes',
  'stated',
  'emphasized',
  'emphasised',
  'emphasizes',
  'stressed',
  'stresses',
  'underlined',
  'added',
  'highlighted',
  'expressed',
  'expresses',
  'told',
  'remarked',
  'pointed out',
  'thanked',
  'praised',
  'proposed',
  'briefed',
  'spoke',
  'assured',
  'called for',
  'congratulated',
  'invited',
  'commented',
  'tweeted',
  'published',
  'wrote',
  'writes',
];

/** Authorship cues before a name: the author of a signed article or a sent telegram took part in the statement. */
export const AUTHOR_BEFORE_EN = [
  'article by',
  'op-ed by',
  'article of',
  'column by',
  'written by',
  'authored by',
];

/**
 * Phrases right before a name that make that person only mentioned: greetings conveyed, a quote, an initiative,
 * an addressee, an earlier or a planned meeting.
 */
export const MENTION_BEFORE_EN = [
  '/(?:message|greetings?|letter|congratulations?|condolences|regards|wishes|instructions?|initiatives?|address|decree|words|invitation|leadership|policy|vision|guidance)\\s+(?:\\w+\\s+)?(?:from|of|by|sent by)/',
  '/(?:condolences|sympathy|empathy|congratulations|message|telegram|letter|greetings)["”»]?\\s+(?:\\S+\\s+){0,3}?to/',
  'on behalf of',
  '/conveyed(?!\\s+to\\b)/',
  'convey',
  'congratulated',
  'visit of',
  'visits of',
  'reached by',
  'reached between',
  'reached during',
  'agreed by',
  'agreed upon by',
  'proposed by',
  'put forward by',
  'initiated by',
  'named after',
  'earlier',
  'previously',
  'recalled',
  'spoke about',
  'talked about',
  'referred to',
  'cited',
  'quoted',
  'under the leadership',
  'signed with',
  'will meet',
  'will visit',
  'will hold',
  'will attend',
  'will travel',
  'will also meet',
  'is expected to',
  'are expected to',
  'is scheduled to',
  'are scheduled to',
  'upcoming',
  'forthcoming',
  'ahead of',
  'invited',
  'invitation',
  'learnt from',
  'learned from',
  'citing',
];

/** A title announcing a visit to come: the article's event is that visit, and its visitor takes part in it. */
export const FUTURE_VISIT_TITLE_EN = [
  '/will (?:pay (?:a|an) )?(?:\\w+ )?visit/',
  '/to (?:pay (?:a|an) \\w+ )?visit/',
  '/is set to visit/',
];

/** A meeting of the same trip told as another one: "Li also met Kazakh President …". */
export const ALSO_MET_EN = [
  'also met',
  'also meets',
  'also held talks',
  'also had talks',
  'also received',
  'later met',
  'separately met',
  'met respectively',
  'will also meet',
];

/** Time words after a name in its clause that set it in another time ("… put forward during his visit last September"). */
export const OTHER_TIME_AFTER_EN = [
  '/last (?:year|month|week|january|february|march|april|may|june|july|august|september|october|november|december)/',
  '/in (?:19|20)\\d\\d/',
  '/\\d+ years? ago/',
];

/** What follows "'s" after a name that makes the name only mentioned ("Xi's initiative", "Tokayev's reforms"). */
export const MENTION_POSSESSED_EN = [
  'message',
  'greetings',
  'greeting',
  'letter',
  'invitation',
  'initiative*',
  'address',
  'instruction*',
  'decree',
  'words',
  'congratulations',
  'visit',
  'trip',
  'proposal*',
  'polic*',
  'leadership',
  'vision',
  'reform*',
  'idea*',
  'concept',
  'call',
  'guidance',
  'speech',
  'remarks',
  'statement',
  'thought',
];

/** Clause words that stop a mention cue from reaching a later name ("greetings from Xi, and met Wang"). */
export const MENTION_BLOCKERS_EN = ['met', 'held', 'talks with', 'with', 'received'];

/** Roles of people who report or comment rather than act: their speech makes them a source, not a participant. */
export const SOURCE_ROLES_EN = [
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'press secretary',
  'official representative',
  '/representative of the (?:ministry|mfa|foreign)/',
  'expert',
  'analyst',
  'professor',
  'researcher',
  'scholar',
  'correspondent',
  'journalist',
  'commentator',
  'observer',
  'editor',
];

/**
 * Third countries by the words that name them in a role ("Vietnamese President", "President of Serbia",
 * «президент России»): their people are never participants of a Kazakhstan–China event.
 */
export const THIRD_COUNTRIES_EN: Record<string, readonly string[]> = {
  RU: ['russia', 'russian', 'russia’s', "russia's"],
  UZ: ['uzbekistan', 'uzbek'],
  KG: ['kyrgyzstan', 'kyrgyz'],
  TJ: ['tajikistan', 'tajik'],
  TM: ['turkmenistan', 'turkmen'],
  VN: ['vietnam', 'vietnamese'],
  TH: ['thailand', 'thai'],
  RS: ['serbia', 'serbian'],
  EG: ['egypt', 'egyptian'],
  SA: ['saudi', 'saudi arabia'],
  TR: ['turkey', 'turkish', 'türkiye'],
  AZ: ['azerbaijan', 'azerbaijani'],
  BY: ['belarus', 'belarusian'],
  MN: ['mongolia', 'mongolian'],
  PK: ['pakistan', 'pakistani'],
  IN: ['india', 'indian'],
  IR: ['iran', 'iranian'],
  US: ['united states', 'american'],
  JP: ['japan', 'japanese'],
  KR: ['korea', 'korean', 'south korea'],
  DE: ['germany', 'german'],
  FR: ['france', 'french'],
  GB: ['britain', 'british', 'united kingdom'],
  HU: ['hungary', 'hungarian'],
  AM: ['armenia', 'armenian'],
  GE: ['georgia', 'georgian'],
  AF: ['afghanistan', 'afghan'],
  LA: ['laos', 'lao'],
  KH: ['cambodia', 'cambodian'],
  ID: ['indonesia', 'indonesian'],
  MY: ['malaysia', 'malaysian'],
  QA: ['qatar', 'qatari'],
  AE: ['uae', 'emirates'],
  IT: ['italy', 'italian'],
  BR: ['brazil', 'brazilian'],
  UN: ['united nations', 'un secretary-general'],
};

/** Role words that stand for a person as the subject of the event ("The Head of State received …"). */
export const ROLE_REFERENCES_EN: Record<string, readonly string[]> = {
  President: ['head of state', 'president', 'kazakh leader', 'chinese leader'],
  'Prime Minister': ['prime minister', 'premier', 'head of government'],
};

/** A body sentence set on another day of the same trip than the lead's event. */
export const OTHER_DAY_EN = [
  'on the first day',
  'on the second day',
  'the day before',
  'a day earlier',
  'the previous day',
  'on the eve',
  'the next day',
  'the following day',
];

/** First-person words: a paragraph written in them is someone's speech even when its quote marks are lost. */
export const FIRST_PERSON_EN = ['we', 'our', 'ours', 'us', 'i', 'my', "i'm", "we're", "we've"];
