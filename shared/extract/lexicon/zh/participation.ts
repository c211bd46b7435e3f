/**
 * Chinese clause cues for who takes part (data only): verbs of taking part, and the words that make a person
 * named beside the event only mentioned (greetings, earlier years, an envoy's principal, a coming act).
 * Read by ../../zh/people.ts; the names and titles themselves are in people.ts.
 */
/** Words after which a sentence only conveys someone's greetings: that person is mentioned, not present. */
export const GREETINGS_ZH = ['转达', '问候', '致意', '祝贺', '此前', '曾经'];
/** Verbs of taking part: a person in the same clause as one of them (in the lead) is a participant. */
export const PARTICIPATION_ZH = [
  '会见',
  '会谈',
  '会晤',
  '晤谈',
  '茶叙',
  '共进晚餐',
  '通电话',
  '举行',
  '出席',
  '签署',
  '见证',
  '访问',
  '抵达',
  // The traveller of a trip told in the lead («总统即将前往中国»).
  '前往',
  '致电',
  '致信',
  '致贺',
  '接见',
  '主持',
  '共同',
  '参加',
  '揭牌',
  '启动',
  '磋商',
  '对话',
  '陪同',
  '迎接',
  '出访',
  '发表',
  '宴请',
  '交谈',
  '接受',
  '拜会',
  '拜访',
  '会面',
  '见面',
  '座谈',
  '考察',
  '参观',
  '率团',
  '率领',
  '应邀',
  '致辞',
  '讲话',
  '洽谈',
  '商谈',
  '签订',
  '访华',
  '访哈',
  '来访',
  '到访',
  '接待',
  '举办',
  '交换意见',
];
/** A clause telling earlier meetings («近年来…多次会晤», «此前»): the people in it are only mentioned. */
export const BACKGROUND_ZH = [
  '多次',
  '近年来',
  // «两国元首经常会面», «高层互访频繁»: the pair's habit, not this event.
  '经常',
  '频繁',
  // «曾» as a word, not the surname of 曾庆红 or 曾培炎.
  '曾经',
  '曾于',
  '曾在',
  '曾任',
  '曾同',
  '曾与',
  '曾多次',
  '此前',
  '上次',
  '以来',
  '历次',
  '先后',
];
/** Relative past times: a person named after one in the sentence («去年，托卡耶夫…访华») acted then, not now. */
export const PAST_TIME_ZH = ['去年', '前年', '上个月', '上月', '上周'];
/** «时任总理李鹏», «历任中方主席»: who held the office then, in a story of earlier years (even in a closing list). */
export const PAST_OFFICE_ZH = ['时任', '历任', '前任', '原任'];
/** How a readout's closing list says its people attended («…等参加活动», «陪同会见»). */
export const ATTENDING_ZH = ['参加', '出席', '陪同', '参与', '在座'];
/** Words of a coming event: in an interview or a message, a visit they announce is not the event. */
export const FUTURE_ZH = [
  '期待',
  '有望',
  '将于',
  '拟于',
  '计划',
  '或将',
  '准备',
  '即将',
  '预计',
  '今年或',
  '明年或',
  '年内或',
];
/**
 * Words before a leader on whose behalf someone acts («代表托卡耶夫总统», «转交…亲署函»): that leader is
 * mentioned, the envoy takes part.
 */
export const ON_BEHALF_ZH = ['代表', '作为', '转交', '带来', '转递'];
/** Titles that contain «代表» and are no errand («特别代表李辉», «常驻代表», «代表团团长»). */
export const REPRESENTATIVE_TITLES_ZH = [
  '特别代表',
  '全权代表',
  '常驻代表',
  '首席代表',
  '代表团',
  '代表处',
  '代表大会',
];
/**
 * Words right after a leader (past the title) who is only mentioned: the one who sent an envoy («习近平主席委托»,
 * «…的指示», «…特使») or whose initiative is quoted («习近平主席提出的“一带一路”倡议»).
 */
export const AFTER_MENTIONED_ZH = [
  '委托',
  '的指示',
  '指示',
  '特使',
  '亲署函',
  '口信',
  '派遣',
  '指派',
  '提出的',
  '倡导的',
  '倡议的',
  '发起的',
  '首倡的',
  '宣布的',
  '提出了',
];
/** A coming act in the sentence before a person («访问期间，李强将会见托卡耶夫»): that person is only previewed. */
export const WILL_ZH = ['将', '拟'];
/** Verbs of speaking right after a name: in a statement (an interview, a comment), the speaker takes part. */
export const SPEAKING_ZH = [
  '表示',
  '说',
  '指出',
  '强调',
  '认为',
  '介绍',
  '谈到',
  '称',
  '答记者问',
  '撰文',
  '：',
  ':',
];
/** How a paragraph opens when it tells what happened at the event itself («会上，…», «仪式上，…»). */
export const AT_EVENT_ZH = [
  '会上',
  '会议上',
  '仪式上',
  '活动中',
  '论坛上',
  '对话会上',
  '会谈中',
  '会见中',
  '签约仪式上',
];
/** What people do on the event's stage: named before one of these in such a paragraph, they took part. */
export const ON_STAGE_ZH = ['发言', '致辞', '讲话', '主持', '演讲', '作报告', '签署', '签约'];
/**
 * The party at the airport («托卡耶夫率…等高级官员在机场迎接»): by the labelling conventions the officials who greet a
 * visitor on arrival take part in the visit, wherever the report tells the welcome.
 */
export const WELCOME_ZH = { place: ['机场', '舷梯'], verbs: ['迎接', '迎候', '欢迎', '送行'] };
/**
 * What a person says at the talks or on the trip a report tells («州长表示», «大使感谢…热情接待», «总经理透露»):
 * in a meeting or visit report, who speaks there took part, wherever in the report the words are told.
 */
export const SPEAKING_AT_EVENT_ZH = ['表示', '说', '指出', '强调', '透露', '感谢', '希望', '提议'];
/**
 * A lead sentence that previews the visit or talks («将于6月7日至10日…进行国事访问») or looks back on them
 * («访问结束后，大使…介绍说»): who speaks in the report is briefing on the event, not at it.
 */
export const PREVIEW_ZH = ['将于', '将对', '即将', '结束对'];
/** The event words such a sentence previews or looks back on. */
export const PREVIEWED_ZH = ['访问', '会见', '会谈', '会晤', '出席'];
/**
 * A visit under way as the setting of a comment («国家主席习近平正对哈萨克斯坦进行国事访问。…发言人说»): in a
 * statement, the visitor is its occasion, mentioned, not a participant of the comment.
 */
export const UNDER_WAY_ZH = ['正对', '正在对'];
/**
 * How a paragraph opens when it leaves the event for the pair's history or another occasion («此前，…»,
 * «近年来», «早在…»): a speaker in it, or in the paragraphs after it until the event is told again, speaks
 * elsewhere, not at the talks.
 */
export const SECTION_BREAK_ZH = [
  '此前',
  '近年来',
  '去年',
  '前年',
  '早在',
  '回顾',
  '据统计',
  '历史上',
  '多年来',
];
/**
 * Settings of words that are not the talks: an interview, a press conference, a briefing, a signed article,
 * a seminar. Who speaks there comments on the event and is only mentioned.
 */
export const OTHER_SETTING_ZH = [
  '采访',
  '专访',
  '记者会',
  '发布会',
  '吹风会',
  '媒体见面会',
  '答记者问',
  '告诉记者',
  '对记者',
  '向记者',
  '撰文',
  '署名文章',
  '研讨会',
  '接受本报',
  '接受新华社',
];
/** Titles of commentators, not officials of either side («专家», «分析人士», «发言人»): cited, never at the talks. */
export const COMMENTATOR_ZH = [
  '专家',
  '学者',
  '教授',
  '研究员',
  '分析人士',
  '分析师',
  '评论员',
  '观察人士',
  '观察家',
  '发言人',
  '记者',
  '主编',
  '研究所',
  '研究院',
  '研究中心',
  '智库',
  '政治学家',
  '经济学家',
];
