import { createHash } from 'node:crypto';
import type { Agreement } from '../domain/index.ts';

/** Lower-case, NFKC, punctuation and quotes dropped, whitespace collapsed: for keys and matching. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The stable key of one agreement of one event: `<eventId>#<docType>#<hash of the normalised title>`, with
 * `#planned` appended for a document only announced. A merge that re-states the same document (other casing,
 * quotes, spacing) gives the same key, so only genuinely new documents alert; the later signing of an
 * announced document has its own key, so includePlanned subscribers hear of the signing too.
 */
export function agreementKey(eventId: string, agreement: Agreement): string {
  const digest = createHash('sha256').update(normalise(agreement.title), 'utf8').digest('hex').slice(0, 20);
  return `${eventId}#${agreement.docType}#${digest}${agreement.status === 'planned' ? '#planned' : ''}`;
}

/**
 * Whether any needle occurs in the haystack (both normalised) starting at a word boundary; `wholeWords` also
 * requires it to end at one (as does a needle ending in `$`). Prefix matching lets "rail" find "railway" and "соглашени" any case ending.
 */
export function containsAny(haystack: string, needles: string[], wholeWords: boolean): boolean {
  const hay = ` ${normalise(haystack)} `;
  return needles.some((n) => {
    // a trailing `$` (keywords.ts) asks for a whole word even where prefixes are allowed
    const whole = wholeWords || n.endsWith('$');
    const needle = normalise(n);
    return needle.length > 0 && hay.includes(whole ? ` ${needle} ` : ` ${needle}`);
  });
}
