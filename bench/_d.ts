import { parseLocalisedDate } from '../shared/parse/dates.ts';
for (const s of ['Updated: April 26, 2025 18:10', '13:51, 15 августа 2025', 'Mon, 20 May 2024 10:33:00 +0500', 'Сегодня, 14:05', '2025 жылғы 15 тамыз', '15 мамыр 2025', '3 маусым 2025 ж.', 'Кеше, 10:00', '26.04.2025 13:51', '2024-05-20', 'Tue, 17 Jun 2025 08:00:00 GMT', '5 минут назад', 'Yesterday 4:30 pm'])
  console.log(s, '=>', parseLocalisedDate(s, new Date('2025-06-17T12:00:00Z'), s.startsWith('Upd') ? 480 : 300));
