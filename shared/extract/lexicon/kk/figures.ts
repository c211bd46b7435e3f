/**
 * Kazakh words for figures (data only). Kazakh puts what the money is after the number, before the verb
 * («27 миллиард доллар инвестиция салды»): these are read right after a sum, in its clause.
 */
export const METRIC_AFTER: ReadonlyArray<readonly [metric: string, words: readonly string[]]> = [
  ['investment', ['инвестиция*', 'инвестицияс*', 'қаржы салды', 'қаржы салған']],
  ['trade_turnover', ['тауар айналым*', 'сауда айналым*']],
];
