import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../shared/api/routes/csv.ts';

describe('CSV cells', () => {
  it('quote what RFC 4180 requires and nothing else', () => {
    expect(csvField('Astana')).toBe('Astana');
    expect(csvField('Astana, Kazakhstan')).toBe('"Astana, Kazakhstan"');
    expect(csvField('the "Belt and Road"')).toBe('"the ""Belt and Road"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('neutralise text a spreadsheet would run as a formula, but keep numbers numbers', () => {
    for (const danger of ['=1+1', '+7 700', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd'])
      expect(csvField(danger).replace(/^"/, '').startsWith("'"), JSON.stringify(danger)).toBe(true);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(43_800_000_000)).toBe('43800000000');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField('Wang Yi = Ван И')).toBe('Wang Yi = Ван И');
  });
});
