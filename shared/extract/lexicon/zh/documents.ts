/** Chinese words for documents and their signing (data only). Longest first wins in the rules. */

/** Document nouns by docType («合作文件» = cooperation documents, counted as `other`). */
export const DOC_TYPES_ZH: ReadonlyArray<readonly [docType: string, words: readonly string[]]> = [
  ['memorandum', ['谅解备忘录', '合作备忘录', '备忘录']],
  ['joint_statement', ['联合声明', '联合公报']],
  ['declaration', ['宣言']],
  ['protocol', ['议定书']],
  ['roadmap', ['路线图']],
  ['program', ['合作规划', '合作纲要', '行动计划', '合作计划', '规划', '纲要', '计划']],
  ['contract', ['合同']],
  ['agreement', ['协定', '协议', '条约']],
  ['other', ['合作文件', '文件']],
];
/** A signing that happened («签署了», «共同见证…签署», «交换了»). */
export const SIGNED_ZH = ['签署', '签订', '签约', '交换', '见证'];
/** A signing still to come. */
export const PLANNED_ZH = ['将签署', '将签订', '拟签署', '准备签署', '有望签署'];
/** Background mentions: documents of earlier years are not this event's. */
export const PAST_ZH = ['此前', '曾', '已于', '年前'];
