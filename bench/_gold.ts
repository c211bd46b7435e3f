import { readFileSync } from 'node:fs';
import { htmlFragmentToText } from '../shared/parse/index.ts';
for (const line of readFileSync('tests/fixtures/gold/articles.jsonl', 'utf8').split('\n').filter(Boolean)) {
  const a = JSON.parse(line) as { id: string; text: string; title: string };
  const inP = a.text.split('\n\n');
  const out = htmlFragmentToText(a.text, a.title).split('\n\n');
  const dropped = inP.filter((p) => !out.includes(p));
  console.log(a.id, `${inP.length}->${out.length}`, dropped.map((d) => `[${d.slice(0, 90)}]`).join(' '));
}
