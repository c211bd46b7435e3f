import { parseArticlePage } from '../shared/parse/index.ts';
for (const n of [1000, 5000, 20000, 100000]) {
  const html = `<html><body>${'<div>'.repeat(n)}<p>${'Kazakhstan and China signed an agreement today, officials said. '.repeat(5)}</p>${'</div>'.repeat(n)}</body></html>`;
  try { const r = parseArticlePage(html, { url: 'https://x.example/a' }); console.log(n, 'ok', r.text.length); } catch (e) { console.log(n, 'ERR', (e as Error).message); }
  const html2 = `<html><body>${'<font>'.repeat(n)}<p>text text text, text</p></body></html>`;
  try { const r = parseArticlePage(html2, { url: 'https://x.example/a' }); console.log(n, 'font ok', r.text.length); } catch (e) { console.log(n, 'font ERR', (e as Error).message); }
}
