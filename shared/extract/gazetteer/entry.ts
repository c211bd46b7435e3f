/**
 * The entry constructors of the gazetteer's data files: one place for the shape of an official's entry, so each
 * list of officials is data only (a name, its Cyrillic spellings, dated roles, other Latin spellings).
 */

import type { GazetteerPerson, RoleSpan } from './types.ts';

/**
 * A Kazakh official: English name, Kazakh and Russian Cyrillic spellings, dated roles (public record), other
 * Latin spellings if any.
 */
export const kz = (name: string, cyr: string[], roles: RoleSpan[], alt?: string[]): GazetteerPerson => ({
  name,
  cyr,
  country: 'KZ',
  roles,
  ...(alt ? { alt } : {}),
});

/**
 * A Chinese official: English name, Palladius (and Kazakh) spellings, dated roles (public record), other Latin
 * spellings if any. Derived Kazakh forms come from ./forms-kk.ts.
 */
export const cn = (name: string, cyr: string[], roles: RoleSpan[], alt?: string[]): GazetteerPerson => ({
  name,
  cyr,
  country: 'CN',
  roles,
  ...(alt ? { alt } : {}),
});
