/** Chinese words for documents and their signing (data only). Longest first wins in the rules. */

import { DIGITS_ZH } from './figures.ts';

/** Document nouns by docType («合作文件» = cooperation documents, counted as `other`). */
export const DOC_TYPES_ZH: ReadonlyArray<readonly [docType: string, words: readonly string[]]> = [
  ['memorandum', ['谅解备忘录', '合作备忘录', '备忘录']],
  ['joint_statement', ['联合声明', '联合公报', '联合新闻公报']],
  ['declaration', ['宣言']],
  // Minutes of a session («会议纪要») are its protocol, as «протокол заседания» and "minutes of the" are.
  ['protocol', ['议定书', '会议纪要', '会谈纪要', '纪要']],
  ['roadmap', ['路线图']],
  ['program', ['合作规划', '合作纲要', '行动计划', '合作计划', '工作计划', '实施计划', '纲要']],
  ['contract', ['合同']],
  ['notes', ['换文', '照会']],
  ['agreement', ['协定', '协议', '条约']],
  ['other', ['意向书', '合作文件', '双边文件', '文件']],
];
/** Generic words for documents: unnamed, they are counted (signed) or one generic agreement (planned). */
export const GENERIC_ZH = ['合作文件', '双边文件', '文件'];
/** Words of a multilateral signing («同其他成员国元首签署»): not the two's documents. */
export const MULTILATERAL_SIGNING_ZH = ['成员国', '各国', '与会各方', '其他国家', '其它国家'];
/**
 * A signing to come: «将» (will) or «拟» (intends) shortly before the signing verb; or a plan the sides agree to
 * draw up («就制定…路线图», «商定编制合作规划»), not one already drawn up («已制定的», «制定了»).
 */
export const PLANNED_CUE_ZH =
  /(?:将|拟|计划|准备|有望)[^，。；]{0,20}?(?:签署|签订)|(?<![已所])(?:制定|编制|起草)(?!了)[^，。；]{0,30}?(?:路线图|规划|纲要)/;
/** A signing that happened («签署了», «共同见证…签署», «交换了»). */
export const SIGNED_ZH = ['签署', '签订', '签约', '交换', '见证', '草签'];
/** Exchanging views, not documents («就…交换意见»): no signing, whatever document the talk was about. */
export const EXCHANGE_VIEWS_ZH = /交换(?:了)?(?:意见|看法|观点)/g;
/** «发表联合声明»: a joint statement or declaration is issued, not signed, and is the event's document all the same. */
// Also a titled statement as subject: «《…联合声明》3日公布» (made public on the 3rd), not «联合声明发表十周年».
export const ISSUED_ZH =
  /发表[^，。；]{0,40}?(?:联合声明|联合公报|宣言)|(?:联合声明|联合公报|宣言)》\s*(?:\d{1,2}日|当天|当日|同日|今天)?\s*(?:正式)?(?:公布|发布|发表)(?![^，。；]{0,4}(?:周年|以来))/;
/** A signing still to come. */
export const PLANNED_ZH = ['将签署', '将签订', '拟签署', '准备签署', '有望签署'];
/** Background mentions: documents of earlier years are not this event's. */
export const PAST_ZH = [
  '此前',
  '曾经',
  '曾于',
  '曾在',
  '曾签署',
  '曾签订',
  '已于',
  '年前',
  '去年签',
  '上次',
  '上一次',
];
/**
 * The anniversary of a signing («《睦邻友好合作条约》签署20周年», «签订二十周年之际»): a past signing, not a verb of
 * this event; taken out before the sentence is read.
 */
export const ANNIVERSARY_ZH = /(?:签署|签订)(?:\d+|[一二三四五六七八九十]+)周年/g;
/** Chinese numerals of a count of documents («三项协议», «两份备忘录»); «十» alone is ten, «十二» twelve. */
export const NUMERALS_ZH: Record<string, number> = { ...DIGITS_ZH, 十: 10 };
/** A count of named document types above this is left to the count alone (no list of that many entries). */
export const MAX_LISTED_ZH = 12;
/** Words that end a document's 《title》 but are too common to find documents outside one («规划», «方案»). */
export const TITLE_ENDINGS_ZH: ReadonlyArray<readonly [docType: string, words: readonly string[]]> = [
  ['program', ['规划', '方案', '计划', '规划纲要']],
  // «《中哈两国关于…的声明》»: a statement the two make is their joint statement.
  ['joint_statement', ['声明', '公报']],
  ['declaration', ['宣言']],
  ['other', ['倡议']],
];
/**
 * Words that open the telling of another event of the same day («同日，…举行…会议»): by the labelling conventions
 * one event is one meeting, so documents told from there on (the other session's minutes) are not this one's.
 */
export const ANOTHER_EVENT_ZH = ['同日', '同一天', '当天晚些时候'];
/** A sentence breaking down the documents the previous one signed by type («其中，六份协议，五个谅解备忘录»). */
export const BREAKDOWN_ZH = /^(?:其中|具体包括|包括)/;
