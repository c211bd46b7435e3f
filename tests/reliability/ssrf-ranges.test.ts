import { describe, expect, it } from 'vitest';
import { FetchError } from '../../shared/errors.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { classifyAddress, refusalReason } from '../../shared/fetch/ssrf.ts';

/**
 * Finding 7 of issue 14: hand-written ranges missed forms of the metadata and private addresses. Every
 * address here is refused before any socket opens, so the test never contacts it.
 */
describe('SSRF guard on maintained range tables', () => {
  it.each([
    ['64:ff9b::a9fe:a9fe', 'metadata'], // NAT64 of 169.254.169.254
    ['64:ff9b:1::a9fe:a9fe', 'metadata'], // local-use NAT64 prefix
    ['2002:a9fe:a9fe::1', 'metadata'], // 6to4 of 169.254.169.254
    ['::169.254.169.254', 'metadata'], // IPv4-compatible
    ['::a9fe:a9fe', 'metadata'], // the same, written in hex
    ['2001:0:4136:e378:8000:63bf:5601:5601', 'metadata'], // Teredo, client 169.254.169.254 inverted
    ['fec0::1', 'private'], // deprecated site-local
    ['192.0.2.1', 'private'], // documentation (TEST-NET-1)
    ['198.51.100.7', 'private'],
    ['203.0.113.9', 'private'],
    ['255.255.255.255', 'private'],
    ['64:ff9b::7f00:1', 'private'], // NAT64 of loopback
    ['2002:c0a8:0101::1', 'private'], // 6to4 of 192.168.1.1
    ['2001:db8::1', 'private'], // documentation
    ['93.184.216.34', null],
    ['2a00:1450:4001:80b::200e', null],
  ])('%s is %s', (ip, verdict) => {
    expect(classifyAddress(ip)).toBe(verdict);
  });

  it('refuses metadata forms even where private addresses are allowed (tests, offline)', () => {
    for (const ip of ['64:ff9b::a9fe:a9fe', '2002:a9fe:a9fe::1', '::169.254.169.254'])
      expect(refusalReason(ip, true), ip).toMatch(/metadata/);
    expect(refusalReason('fec0::1', true)).toBeNull();
    expect(refusalReason('fec0::1', false)).toMatch(/private/);
  });

  it('refuses those URLs in the HTTP client before connecting', async () => {
    const http = createHttpClient({ retries: 0, hostDelayMs: 0, connectTimeoutMs: 200 });
    for (const host of [
      '[64:ff9b::a9fe:a9fe]',
      '[2002:a9fe:a9fe::1]',
      '[::169.254.169.254]',
      '[fec0::1]',
      '192.0.2.1',
    ]) {
      const err = await http.get(`http://${host}/latest/meta-data/`).catch((e: unknown) => e);
      expect(err, host).toBeInstanceOf(FetchError);
      expect((err as FetchError).message, host).toMatch(/^refusing/);
    }
  });
});
