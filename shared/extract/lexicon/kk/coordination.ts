/**
 * Kazakh coordination (data only). Kazakh inflects a coordinated group once, on its last member («Си Цзиньпин
 * мен зардап шеккен отбасыларға» = to Xi and to the families): a name followed by one of these words carries the
 * case of the word that closes the group.
 */
export const CONJUNCTIONS_KK = ['мен', 'пен', 'бен', 'және'];

/** Dative endings, with the possessive dative («отбасыларына»): the group is an addressee. */
export const DATIVE_ENDINGS_KK = ['ге', 'ға', 'ке', 'қа', 'не', 'на'];
