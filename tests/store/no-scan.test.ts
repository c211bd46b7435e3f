import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = 'shared/store';

describe('store source', () => {
  it('uses no Scan and no transactions anywhere (dynalite has no TransactWriteItems; Scan does not scale)', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((f) =>
      /\bScan(Command|Input)?\b|Transact(Write|Get)|transactWrite/.test(
        // Comments may name what the code avoids; only code counts.
        readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
