/**
 * Chinese words for the event kind (data only; see ../en/kind.ts for what each kind means). Listed by how sure a
 * word is: a phone call or a signing ceremony names itself, «访问» may be the frame of a meeting.
 */
export const KIND_ZH: ReadonlyArray<readonly [kind: string, words: readonly string[]]> = [
  ['phone_call', ['通电话', '通话', '电话交谈']],
  // A signed article, a message or an interview is the event itself, whatever meetings or visits it recalls or
  // previews («大使接受采访时说，总统将出席论坛»).
  ['statement', ['署名文章', '贺电', '唁电', '慰问电', '贺信', '采访', '专访', '受访', '答记者问']],
  // A state or official visit as a whole outranks the sessions it takes in (unless only its frame: «访问期间»).
  ['visit', ['国事访问', '正式访问', '工作访问']],
  ['forum', ['委员会第', '次会议', '对话会', '论坛', '博览会', '合作委员会', '分委会', '理事会会议']],
  [
    'meeting',
    [
      '会谈',
      '会见',
      '会晤',
      '晤谈',
      '接见',
      '战略对话',
      '磋商',
      '视频会晤',
      '举行会谈',
      '拜会',
      '会面',
      '座谈',
    ],
  ],
  // «…与…共同签署《…》»: the sides signing is what a lead naming no talks, visit or forum tells.
  ['agreement_signing', ['签字仪式', '签约仪式', '共同签署']],
  ['forum', ['峰会', '委员会会议', '理事会']],
  ['visit', ['国事访问', '正式访问', '工作访问', '访问', '抵达', '结束对', '访华', '访哈', '到访', '出访']],
  [
    'statement',
    ['贺电', '致电', '致信', '唁电', '慰问电', '署名文章', '发表文章', '答记者问', '发言人', '贺信', '致贺'],
  ],
  ['other', ['授予', '勋章', '颁奖']],
];
/** A visit or forum word that only frames the meeting reported («在访问期间会见», «论坛间隙»): the meeting wins. */
export const FRAME_ZH = ['访问期间', '访华期间', '访哈期间', '出席', '期间', '间隙', '前夕'];
/**
 * Words of an uncertain coming event («总统或将出席论坛», «有望访华»): a kind word after them in its clause previews,
 * it does not report. (A dated announcement «将于6月7日至10日…国事访问» is the visit's own report.)
 */
export const MAYBE_ZH = [
  '或将',
  '有望',
  '期待',
  '可能',
  '今年或',
  '明年或',
  '年内或',
  '拟',
  // A session being prepared at a meeting («讨论了即将举行的合作委员会会议的筹备工作»): the meeting is the event.
  '即将举行的',
  '即将召开的',
  '筹备',
];
/** Envoys whose words make a report a statement («驻华大使…表示», «大使张霄：…») when nothing else happened. */
export const ENVOYS_ZH = ['大使', '总领事', '参赞', '代办'];
/** Verbs of the leaders' joint statement at their talks («签署了», «签署并发表», «共同签署»). */
export const SIGNED_JOINT_ZH = ['签署', '签订', '发表'];

/**
 * Frames that say a visit is under way around what the sentence reports («访问期间，…会谈», «国家主席正对哈萨克斯坦
 * 进行国事访问。…发言人说»): they are cut out before the sentence's own kind words are read.
 */
export const VISIT_FRAMES_ZH = [
  '访问期间',
  '访华期间',
  '访哈期间',
  '正对',
  '正在对',
  // «会见正在哈进行正式访问的王毅»: the visit describes the guest, the sentence reports the meeting.
  '正在',
];
/** Sentences set before the event («此前，总统在会见…时曾表示»): the meeting they recall is not this report's. */
export const EARLIER_ZH = ['此前', '早前', '曾表示', '时曾', '曾经', '去年', '前年'];
/** An arrival that opens a visit («抵达…机场，开始对哈萨克斯坦进行正式访问»): the visit as a whole is told. */
export const ARRIVAL_ZH = ['抵达', '开始对'];
/**
 * A delegation's trip of several stops («代表团先后与几家中国公司会谈», «考察了…产业园区»): the visit as a whole,
 * not one of its meetings. A delegation received by one official for talks stays a meeting.
 */
export const DELEGATION_ZH = ['代表团'];
export const TRIP_STOPS_ZH = ['多家', '多个', '一系列', '考察', '参观', '洽谈', '各地'];
/**
 * Words of a coming act before a meeting word in its clause («将与…举行会谈»): talks announced on arrival are not
 * talks reported, so the arrival still opens the visit.
 */
export const COMING_ZH = ['将', '拟', '计划', '预计'];
