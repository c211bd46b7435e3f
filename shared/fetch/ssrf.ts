import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Why an address is refused, or null when it may be contacted. */
export type AddressVerdict = 'metadata' | 'private' | null;

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

/**
 * The range tables are ipaddr.js's (IANA special-purpose registries), not ours: hand-written tables missed
 * NAT64, 6to4, IPv4-compatible, site-local and documentation space. Only `unicast` is public.
 */
function classifyV4(ip: IPv4): AddressVerdict {
  const range = ip.range();
  // Link-local is where cloud metadata answers (169.254.169.254): refused even when private is allowed.
  if (range === 'linkLocal') return 'metadata';
  return range === 'unicast' ? null : 'private';
}

/** The IPv4 address an IPv6 form carries, for the ranges that route to (or embed) one. */
function embeddedV4(ip: IPv6, range: string): IPv4 | null {
  const p = ip.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  const w = (i: number) => p[i] ?? 0;
  // ::ffff:a.b.c.d (mapped), ::ffff:0:a.b.c.d (SIIT), 64:ff9b::a.b.c.d and 64:ff9b:1::/48 (NAT64).
  if (range === 'ipv4Mapped' || range === 'rfc6145' || range === 'rfc6052') return v4(w(6), w(7));
  // 2002:AABB:CCDD::/48 is 6to4 for AA.BB.CC.DD.
  if (range === '6to4') return v4(w(1), w(2));
  // Teredo: the client's IPv4 is the last 32 bits, inverted.
  if (range === 'teredo') return v4(w(6) ^ 0xffff, w(7) ^ 0xffff);
  // Deprecated IPv4-compatible form ::a.b.c.d (not :: and not ::1, which have ranges of their own).
  const compatible = range !== 'unspecified' && range !== 'loopback' && p.slice(0, 6).every((x) => x === 0);
  if (compatible) return v4(w(6), w(7));
  return null;
}

function classifyV6(ip: IPv6): AddressVerdict {
  const range = ip.range();
  const inner = embeddedV4(ip, range);
  if (inner) return classifyV4(inner) ?? (range === 'ipv4Mapped' ? null : 'private');
  // fe80::/10 is link-local; fd00:ec2::254 is the AWS metadata endpoint over IPv6.
  if (range === 'linkLocal') return 'metadata';
  if (ip.toNormalizedString() === 'fd00:ec2:0:0:0:0:0:254') return 'metadata';
  return range === 'unicast' ? null : 'private';
}

/** Classifies an IP literal: 'metadata' (always refused), 'private' (refused unless allowed) or null. */
export function classifyAddress(ip: string): AddressVerdict {
  // isIP accepts only the canonical dotted-quad and IPv6 forms (no octal/hex shorthands, no zone ids).
  const bare = ip.split('%')[0] ?? '';
  const family = isIP(bare);
  if (family === 0) return null;
  const parsed = ipaddr.parse(bare);
  return parsed.kind() === 'ipv4' ? classifyV4(parsed as IPv4) : classifyV6(parsed as IPv6);
}

/** The reason an address may not be contacted under the given policy, or null when it may. */
export function refusalReason(ip: string, allowPrivate: boolean): string | null {
  const verdict = classifyAddress(ip);
  if (verdict === 'metadata') return `refusing link-local/metadata address ${ip}`;
  if (verdict === 'private' && !allowPrivate) return `refusing private/loopback address ${ip}`;
  return null;
}
