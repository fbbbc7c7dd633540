import { isIP } from 'node:net';

/** Why an address is no place to send webhooks: it is not on the public internet. */
export type AddressKind = 'unspecified' | 'loopback' | 'private' | 'link-local' | 'unique-local' | 'multicast' | 'reserved';

const LABEL: Record<AddressKind, string> = {
  unspecified: 'an unspecified address',
  loopback: 'a loopback address',
  private: 'a private address',
  'link-local': 'a link-local address',
  'unique-local': 'a unique-local address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
};

/** "a loopback address", "an unspecified address"… */
export function describeKind(kind: AddressKind): string {
  return LABEL[kind];
}

type Range = { bytes: number[]; bits: number; kind: AddressKind };

// After the IANA special-purpose registries: blocks that are not globally reachable.
const V4_RANGES: Range[] = (
  [
    ['0.0.0.0', 8, 'unspecified'],
    ['10.0.0.0', 8, 'private'],
    ['100.64.0.0', 10, 'private'], // carrier-grade NAT
    ['127.0.0.0', 8, 'loopback'],
    ['169.254.0.0', 16, 'link-local'], // holds 169.254.169.254, the cloud metadata service
    ['172.16.0.0', 12, 'private'],
    ['192.0.0.0', 24, 'reserved'], // IETF protocol assignments
    ['192.0.2.0', 24, 'reserved'], // documentation
    ['192.88.99.0', 24, 'reserved'], // 6to4 relay anycast
    ['192.168.0.0', 16, 'private'],
    ['198.18.0.0', 15, 'reserved'], // benchmarking
    ['198.51.100.0', 24, 'reserved'], // documentation
    ['203.0.113.0', 24, 'reserved'], // documentation
    ['224.0.0.0', 4, 'multicast'],
    ['240.0.0.0', 4, 'reserved'], // with 255.255.255.255
  ] as const
).map(([a, bits, kind]) => ({ bytes: v4Bytes(a), bits, kind }));

const V6_RANGES: Range[] = (
  [
    ['::', 128, 'unspecified'],
    ['::1', 128, 'loopback'],
    ['::', 96, 'reserved'], // IPv4-compatible, deprecated
    ['64:ff9b:1::', 48, 'private'], // local-use NAT64
    ['100::', 64, 'reserved'], // discard-only
    ['2001::', 23, 'reserved'], // IETF protocol assignments, Teredo among them
    ['2001:db8::', 32, 'reserved'], // documentation
    ['fc00::', 7, 'unique-local'],
    ['fe80::', 10, 'link-local'],
    ['fec0::', 10, 'private'], // site-local, deprecated
    ['ff00::', 8, 'multicast'],
  ] as const
).map(([a, bits, kind]) => ({ bytes: v6Bytes(a), bits, kind }));

// IPv6 forms that reach an IPv4 address: judged by that address. [prefix, bits, offset of the IPv4 bytes]
const V4_INSIDE_V6: [number[], number, number][] = [
  [v6Bytes('::ffff:0:0'), 96, 12], // IPv4-mapped
  [v6Bytes('64:ff9b::'), 96, 12], // NAT64 well-known prefix
  [v6Bytes('2002::'), 16, 2], // 6to4
];

/**
 * What kind of non-public address `address` (an IPv4 or IPv6 literal, without brackets) is, or null for a
 * public one. Throws on anything that is not an IP address.
 */
export function addressKind(address: string): AddressKind | null {
  const bare = address.replace(/%.*$/, ''); // a zone id (fe80::1%eth0) names an interface, not an address
  const family = isIP(bare);
  if (family === 4) return rangeOf(v4Bytes(bare), V4_RANGES);
  if (family !== 6) throw new TypeError(`not an IP address: ${JSON.stringify(address)}`);
  const bytes = v6Bytes(bare);
  for (const [prefix, bits, offset] of V4_INSIDE_V6) {
    if (inPrefix(bytes, prefix, bits)) return rangeOf(bytes.slice(offset, offset + 4), V4_RANGES);
  }
  return rangeOf(bytes, V6_RANGES);
}

/**
 * The kind of a URL's hostname when it names a non-public address by itself: an IP literal ("[::1]" as URL
 * hostnames bracket it) or localhost. Null for a public literal and for any other name, which only DNS can judge.
 */
export function hostKind(hostname: string): AddressKind | null {
  const host = hostname.toLowerCase().replace(/\.$/, '').replace(/^\[(.*)\]$/, '$1');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  return isIP(host.replace(/%.*$/, '')) === 0 ? null : addressKind(host);
}

function rangeOf(bytes: number[], ranges: Range[]): AddressKind | null {
  return ranges.find((r) => inPrefix(bytes, r.bytes, r.bits))?.kind ?? null;
}

function inPrefix(bytes: number[], prefix: number[], bits: number): boolean {
  for (let i = 0; i < bits; i += 8) {
    const mask = bits - i >= 8 ? 0xff : (0xff << (8 - (bits - i))) & 0xff;
    if (((bytes[i / 8] ?? 0) & mask) !== ((prefix[i / 8] ?? 0) & mask)) return false;
  }
  return true;
}

function v4Bytes(address: string): number[] {
  return address.split('.').map(Number);
}

// Only for addresses isIP accepts as IPv6: groups around one "::", perhaps ending in dotted IPv4.
function v6Bytes(address: string): number[] {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const [a = 0, b = 0, c = 0, d = 0] = v4Bytes(dotted);
    text = `${text.slice(0, -dotted.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const before = groups(head);
  const after = tail === undefined ? [] : groups(tail);
  const all = [...before, ...Array<string>(8 - before.length - after.length).fill('0'), ...after];
  return all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}
