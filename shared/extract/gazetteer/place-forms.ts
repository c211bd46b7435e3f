/**
 * How place names decline: Russian case endings by the nominative's last letter and the Kazakh suffixes that
 * follow any form. One table for the regex builder (place-patterns.ts) and the word finder (place-matcher.ts).
 */

/** Endings replacing a final а/я: Астаны, Астане, Астану, Астаной. */
export const RU_A = ['а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'ой', 'ей', 'ою'] as const;
/** Endings replacing a final ь/й: Казани, Шанхае, Шанхаем. */
export const RU_SOFT = ['ь', 'й', 'и', 'я', 'ю', 'е', 'ем', 'ём', 'ью'] as const;
/** Endings after a final consonant (kept): Ташкента, Пекином, Шымкенте. */
export const RU_HARD = ['а', 'у', 'е', 'ом', 'ем', 'ы'] as const;
/** Kazakh case and derivation suffixes, both vowel harmonies: Астанада, Бейжіңге, Алматының. */
export const KK = [
  ...[
    'да',
    'де',
    'та',
    'те',
    'ға',
    'ге',
    'қа',
    'ке',
    'на',
    'не',
    'а',
    'е',
    'ны',
    'ні',
    'ды',
    'ді',
    'ты',
    'ті',
  ],
  ...[
    'дан',
    'ден',
    'тан',
    'тен',
    'нан',
    'нен',
    'ның',
    'нің',
    'дың',
    'дің',
    'тың',
    'тің',
    'мен',
    'пен',
    'бен',
  ],
  ...['лық', 'лік', 'дық', 'дік', 'тық', 'тік'],
] as const;
/** The adjectival -ғы/-гі that may follow a locative: Алматыдағы. */
export const KK_TAIL = ['ғы', 'гі', 'қы', 'кі'] as const;

/** How a Cyrillic name declines: the stem endings follow, and the Russian endings allowed there. */
export interface Declension {
  stem: string;
  /** Russian endings after the stem; empty for names that do not decline (Алматы, Актау, Чэнду). */
  ru: readonly string[];
  /** Whether the stem alone is a form (a final consonant: Ташкент). */
  bare: boolean;
}

const CYRILLIC = /[а-яёәғқңөұүһі]/i;

/** The declension of a Cyrillic alias, or null for a Latin one (Latin names take no endings). */
export function declension(alias: string): Declension | null {
  if (!CYRILLIC.test(alias)) return null;
  const last = alias.at(-1)?.toLowerCase() ?? '';
  if (last === 'а' || last === 'я') return { stem: alias.slice(0, -1), ru: RU_A, bare: false };
  if (last === 'ь' || last === 'й') return { stem: alias.slice(0, -1), ru: RU_SOFT, bare: false };
  if (/[бвгджзклмнпрстфхцчшщңғқ]/.test(last)) return { stem: alias, ru: RU_HARD, bare: true };
  // Vowel endings do not decline in Russian; Kazakh still adds suffixes.
  return { stem: alias, ru: [], bare: true };
}
