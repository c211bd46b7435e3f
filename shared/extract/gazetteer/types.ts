/** One role a person held: [role wording, first year, last year or null while in office]. */
export type RoleSpan = [role: string, from: number, to: number | null];

/** A known official: canonical English name, other Latin spellings, Cyrillic (Russian/Kazakh) forms. */
export interface GazetteerPerson {
  name: string;
  alt?: string[];
  cyr: string[];
  country: string;
  roles: RoleSpan[];
}
