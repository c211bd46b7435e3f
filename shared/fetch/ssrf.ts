import { isIP } from 'node:net';

/** Why an address is refused, or null when it may be contacted. */
export type AddressVerdict = 'metadata' | 'private' | null;

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function inV4(ip: number, base: string, bits: number): boolean {
  const size = 2 ** (32 - bits);
  const start = v4ToInt(base);
  return ip >= start && ip < start + size;
}

/** Link-local (cloud metadata lives there): refused even when private addresses are allowed. */
const V4_METADATA: Array<[string, number]> = [['169.254.0.0', 16]];
/** Loopback, RFC 1918, CGNAT, "this network", multicast and reserved space. */
const V4_PRIVATE: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

function classifyV4(ip: string): AddressVerdict {
  const n = v4ToInt(ip);
  if (V4_METADATA.some(([b, bits]) => inV4(n, b, bits))) return 'metadata';
  if (V4_PRIVATE.some(([b, bits]) => inV4(n, b, bits))) return 'private';
  return null;
}

/** Expands an IPv6 address to eight 16-bit groups (handles `::` and an embedded IPv4 tail). */
function v6Groups(ip: string): number[] {
  let addr = ip.toLowerCase().split('%')[0] ?? '';
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(addr);
  if (v4Tail?.[1]) {
    const n = v4ToInt(v4Tail[1]);
    addr = `${addr.slice(0, -v4Tail[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = addr.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array<string>(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => Number.parseInt(g || '0', 16));
}

function classifyV6(ip: string): AddressVerdict {
  const g = v6Groups(ip);
  const [a = 0, b = 0, , , , f = 0, g6 = 0, g7 = 0] = g;
  // IPv4-mapped (::ffff:a.b.c.d): judge the IPv4 address.
  if (g.slice(0, 5).every((x) => x === 0) && f === 0xffff) {
    return classifyV4(`${g6 >> 8}.${g6 & 0xff}.${g7 >> 8}.${g7 & 0xff}`);
  }
  // fd00:ec2::254 is the AWS metadata endpoint over IPv6; fe80::/10 is link-local.
  if (a === 0xfd00 && b === 0x0ec2 && g.slice(2, 7).every((x) => x === 0) && g7 === 0x254) return 'metadata';
  if ((a & 0xffc0) === 0xfe80) return 'metadata';
  if (g.every((x) => x === 0) || (g.slice(0, 7).every((x) => x === 0) && g7 === 1)) return 'private';
  if ((a & 0xfe00) === 0xfc00 || (a & 0xff00) === 0xff00) return 'private';
  return null;
}

/** Classifies an IP literal: 'metadata' (always refused), 'private' (refused unless allowed) or null. */
export function classifyAddress(ip: string): AddressVerdict {
  const family = isIP(ip);
  if (family === 4) return classifyV4(ip);
  if (family === 6) return classifyV6(ip);
  return null;
}

/** The reason an address may not be contacted under the given policy, or null when it may. */
export function refusalReason(ip: string, allowPrivate: boolean): string | null {
  const verdict = classifyAddress(ip);
  if (verdict === 'metadata') return `refusing link-local/metadata address ${ip}`;
  if (verdict === 'private' && !allowPrivate) return `refusing private/loopback address ${ip}`;
  return null;
}
