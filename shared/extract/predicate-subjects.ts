/**
 * The kind a predicate's subject gives it: a standing body holding its session makes a forum ("the subcommittee
 * held its meeting"), and a vehicle or cargo arriving makes no visit ("the first container train arrived").
 * Word lists in lexicon/{en,ru}/kind-subjects.ts.
 */
import type { EventKind } from '../domain/index.ts';
import { alternation, WB_END, wordsRegex } from './lexicon/build.ts';
import { KIND_SUBJECTS_EN } from './lexicon/en/kind-subjects.ts';
import { KIND_SUBJECTS_RU } from './lexicon/ru/kind-subjects.ts';
import { regex } from './pack-words.ts';

const SUBJECTS = [KIND_SUBJECTS_EN, KIND_SUBJECTS_RU];
/**
 * A subject that is a standing body ("The Kazakh-Chinese subcommittee on trade", «Казахстанско-китайский
 * подкомитет»): up to four words (article, ordinal, adjectives) before the body word. A role word among them
 * ("Secretary of the Party Committee") makes the subject a person.
 */
const BODY_SUBJECT = regex(
  `^\\s*((?:[\\p{L}\\d’'.–-]+\\s+){0,4}?)${alternation(SUBJECTS.flatMap((p) => [...p.bodies]))}${WB_END}`,
  'iu',
);
const ROLE_WORD = wordsRegex(SUBJECTS.flatMap((p) => [...p.roles]));
const VEHICLE = wordsRegex(SUBJECTS.flatMap((p) => [...p.vehicles]));

/** The kind a predicate's subject gives it: a body's meeting is a forum, a train's arrival is no visit. */
export function bySubject(kind: EventKind, subject: string): EventKind | null {
  if (kind === 'visit' && VEHICLE.test(subject)) return null;
  if (kind !== 'meeting') return kind;
  const body = BODY_SUBJECT.exec(subject);
  return body && !ROLE_WORD.test(body[1] ?? '') ? 'forum' : kind;
}
