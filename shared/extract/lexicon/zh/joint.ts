/**
 * Chinese words of a shared predicate (data only). A readout lists its principals as titled names between commas
 * and gives them one verb at the end («国务院副总理某某，哈萨克斯坦第一副总理某某共同出席开幕式»): the verb's
 * clause holds only the last name, so the names before it reach the verb through one of these words.
 */
export const JOINT_ZH = ['共同', '一同', '一起', '分别', '均'];

/** Verbs such a list shares: attending, chairing, witnessing, opening (a subset of the participation verbs). */
export const JOINT_VERBS_ZH = [
  '出席',
  '主持',
  '见证',
  '参加',
  '会见',
  '揭牌',
  '启动',
  '签署',
  '致辞',
  '剪彩',
];
