import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { inputLines } from '../../shared/cli/jsonl.ts';

/** The input as a stream of the given byte chunks. */
function chunked(chunks: Buffer[]): Readable {
  return Readable.from(chunks, { objectMode: false });
}

async function ours(chunks: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of inputLines(chunked(chunks))) out.push(line);
  return out;
}

/** What `readline` (as the commands used it before) reads from the same chunks. */
async function readlines(chunks: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  const rl = createInterface({ input: chunked(chunks), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) out.push(line);
  return out;
}

/** The bytes cut at the given offsets. */
function cut(bytes: Buffer, at: number[]): Buffer[] {
  const out: Buffer[] = [];
  let from = 0;
  for (const to of [...at, bytes.length]) {
    out.push(bytes.subarray(from, to));
    from = to;
  }
  return out;
}

describe('inputLines', () => {
  const text = '{"id":"a","text":"Астана — Пекин"}\r\n\n{"id":"b"}\r{"id":"c","t":"北京"}\n\r\nlast line';
  const bytes = Buffer.from(text, 'utf8');

  it('splits on \\n, \\r\\n and a lone \\r, keeps blank lines and a last line without an end', async () => {
    expect(await ours([bytes])).toEqual([
      '{"id":"a","text":"Астана — Пекин"}',
      '',
      '{"id":"b"}',
      '{"id":"c","t":"北京"}',
      '',
      'last line',
    ]);
  });

  it('reads what readline reads wherever the chunks are cut (inside characters, between \\r and \\n)', async () => {
    for (let a = 1; a < bytes.length; a++)
      for (const b of [a + 1, a + 7, bytes.length - 1]) {
        if (b <= a || b >= bytes.length) continue;
        const chunks = cut(bytes, [a, b]);
        expect(await ours(chunks)).toEqual(await readlines(chunks));
      }
  });

  it('reads nothing from an empty input and one line from one without an end', async () => {
    expect(await ours([])).toEqual([]);
    expect(await ours([Buffer.from('x')])).toEqual(['x']);
    expect(await ours([Buffer.from('x\n')])).toEqual(['x']);
  });
});
