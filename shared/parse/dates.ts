/**
 * Dates as news pages print them. The reading itself is shared/time's (one behaviour for fetch and parse);
 * this module keeps the parse-side name.
 */
import { ALMATY, parseDate } from '../time/index.ts';

/**
 * Parses a date as printed on news pages, feeds and listings into ISO 8601 with offset, or null. Handles ISO
 * (with or without zone), RFC 822, `26.04.2025 13:51`, "13:51, 15 августа 2025", "15 тамыз 2025",
 * "April 26, 2025", «Сегодня, 13:51», «Вчера», «Бүгін», «Кеше», «5 минут назад». Times without a zone are
 * read in `zone`, the page's IANA zone (default Asia/Almaty; Beijing pages: Asia/Shanghai), and every result is
 * written in it; `now` anchors relative dates and years left out (see shared/time/parse.ts).
 */
export function parseLocalisedDate(
  text: string,
  now: Date = new Date(),
  zone: string = ALMATY,
): string | null {
  return parseDate(text, { now, zone });
}
