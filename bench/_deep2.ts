import { load } from 'cheerio/slim';
for (const n of [5000, 100000]) {
  const html = `<html><body>${'<div>'.repeat(n)}<p>x</p>${'</div>'.repeat(n)}</body></html>`;
  try { const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } }); console.log(n, 'load ok', $.root().length); } catch (e) { console.log(n, 'ERR', (e as Error).message); }
}
