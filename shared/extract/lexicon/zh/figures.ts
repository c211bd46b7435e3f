/** Chinese words for figures (data only): multipliers, currencies and the metric a figure measures. */

/** The Chinese digits one to nine («两» is two before a measure word); «十» and «百» are the place words. */
export const DIGITS_ZH: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese multipliers: 万 = 10⁴, 亿 = 10⁸, 万亿 = 10¹². */
export const MULTIPLIERS_ZH: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4 };
/**
 * Words between a number and its multiplier that make it a lower bound («170多亿美元», «20余亿元», «5万余吨»): the
 * figure is the number itself, as English "over $17 billion" is 17 billion.
 */
export const APPROX_AFTER_ZH = ['多', '余', '几'];
/** Currency words → ISO code. */
export const CURRENCIES_ZH: Record<string, string> = {
  美元: 'USD',
  人民币: 'CNY',
  元人民币: 'CNY',
  元: 'CNY',
  坚戈: 'KZT',
  欧元: 'EUR',
};
/** Words of a sentence saying what the figure measures, in order of precedence. */
export const METRICS_ZH: ReadonlyArray<readonly [metric: string, words: readonly string[]]> = [
  ['trade_turnover', ['贸易额', '贸易总额', '双边贸易', '贸易往来', '进出口总额', '贸易规模']],
  ['investment', ['投资']],
  [
    'project_portfolio',
    [
      '项目总额',
      '项目组合',
      '合作项目总金额',
      '项目总金额',
      '项目总投资',
      '产能合作项目',
      '项目清单',
      '项目总价值',
    ],
  ],
  // Exports and imports on their own («其中中国对哈出口…») are flows, not the turnover (as in English).
  [
    'other',
    [
      '签约总价值',
      '总价值',
      '签约额',
      '签约金额',
      '总金额',
      '出口',
      '进口',
      '出口额',
      '进口额',
      // The value of the documents signed («签署20多份文件，涉及金额近300亿美元», «协议总额»).
      '涉及金额',
      '协议金额',
      '协议总额',
      '合同金额',
      '合同总额',
    ],
  ],
];
/**
 * «五项商业合同，价值5.6亿美元»: what the documents signed are worth (metric `other`), only when the sentence names
 * no metric of its own («价值12亿元的投资协议» is an investment).
 */
export const WORTH_ZH = ['价值'];
/** A figure summed over many years («累计»): its year cannot be one year. */
export const CUMULATIVE_ZH = ['累计', '以来'];
/** Projects counted («52个项目», «45个产能合作项目», «30项重点项目»): a measure word, a few words, 项目. */
// The text is read after asciiDigits, which turns «，» into «,»: both end a clause.
export const PROJECT_COUNT_ZH =
  '(\\d+)\\s*(?:多|余)?\\s*[个项][^，,。；\\d]{0,8}?项目|' +
  // «重点项目52个»: the count after the noun.
  '项目[^，,。；\\d]{0,4}?(\\d+)\\s*(?:多|余)?\\s*个';
/** Words of a sum beside a count of projects («52个项目，总额216亿美元»): the projects' portfolio. */
// «52个项目，总投资额210亿美元»: the total investment of a list of projects is its portfolio (as English "52
// projects with a total investment of $21 billion").
export const PORTFOLIO_SUM_ZH = ['总金额', '总额', '涉及金额', '金额', '总价值', '总投资', '投资总额'];
/** Measure words after which Chinese numerals count projects («五十多个项目»; «两家公司» is no figure). */
export const MEASURES_ZH = '个项';
/** Other things counted that reports give as figures of the relationship: companies, students. */
export const COUNTS_ZH: ReadonlyArray<readonly [pattern: string, unit: string]> = [
  ['(\\d+)\\s*(?:多|余)?\\s*家[^，,。；\\d]{0,12}?(?:企业|公司)', 'companies'],
  // «在哈中资企业超过3300家»: the count after the noun, with only a verb of amount between (not «数量增长15家»).
  [
    '(?:企业|公司)(?:数量|总数)?已?(?:超过|达到|达|约|逾|有|共|近|为)\\s*(\\d+)\\s*(?:多|余)?\\s*家',
    'companies',
  ],
  ['(\\d+)\\s*(?:多|余)?\\s*(?:名|位)[^，,。；\\d]{0,8}?(?:留学生|学生)', 'students'],
];
/** Growth rates and targets are not figures of the relationship. */
export const NOT_FIGURE_ZH = ['增长', '同比', '目标', '力争', '到20', '翻番'];
/** Reaching a sum («增长到410亿美元», «增至»): the figure itself, not a growth rate. */
export const REACHED_ZH = /增长(?:到|至)|增加(?:到|至)|提高(?:到|至)|增至|升至/g;
/** «由3.68亿美元增长到…», «从…增至…»: the sum after «由»/«从» is the starting point, not the figure. */
export const FROM_ZH = ['由', '从'];
/** The same sum restated in another currency («2940亿元人民币（约合410亿美元）»): not a second figure. */
export const RESTATED_ZH = ['约合', '折合', '合计约'];
/** Relative years. */
export const YEARS_ZH: Record<string, number> = { 去年: -1, 今年: 0, 前年: -2, 上年: -1, 本年: 0 };
/**
 * Words of a target before a sum in its sentence («力争到2030年将贸易额提升至800亿美元»): a target, not a figure. A
 * year after «到» later than the report's («到2030年将…») is one too.
 */
// «下一步的任务是将贸易额提升至…»: the sides' next task is a sum still to reach.
export const TARGET_ZH = ['力争', '争取', '目标', '有望', '任务', '下一步'];
/**
 * Words of a first estimate later raised in the same sentence («投资额最初估计为4.5亿美元，…增加到6亿美元»): the
 * superseded sum is not a figure, the raised one is.
 */
export const INITIAL_ZH = ['最初', '起初', '原先', '原本', '原计划', '原定'];
