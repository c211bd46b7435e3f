import { readFileSync } from 'node:fs';
import { htmlFragmentToText } from '../shared/parse/index.ts';
for (const f of ['timesca.com/feed/index.xml', 'astanatimes.com/feed/index.xml', 'daryo.uz/en/feed/index.xml', 'daryo.uz/ru/feed/index.xml', 'tengrinews.kz/eng/rss/index.xml']) {
  const xml = readFileSync(`tests/fixtures/sites/${f}`, 'utf8');
  for (const m of xml.matchAll(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/g)) {
    const t = htmlFragmentToText(m[1] ?? '').split('\n\n');
    console.log(f.split('/')[0], t.length, '| LAST:', t.at(-1)?.slice(0, 120));
  }
}
