import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup } from 'node:dns/promises';
import type { FeedFailure } from '../core/item.js';
import { FeedFailureCode } from '../core/item.js';
import type { Result } from '../core/result.js';
import { err, ok } from '../core/result.js';

/** Resolves a host name to its addresses; injectable so tests can map names without DNS. */
export type LookupFn = (host: string) => Promise<readonly { address: string; family: 4 | 6 }[]>;

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** A URL that passed the guard, with the addresses it was checked against (connect to these). */
export interface CheckedUrl {
  readonly url: URL;
  /** Empty when the guard did not resolve the host (private addresses allowed, no lookup given). */
  readonly addresses: readonly ResolvedAddress[];
}

const FORBIDDEN_V4: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT (also Alibaba's metadata address)
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
];

const FORBIDDEN_V6: readonly (readonly [string, number])[] = [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7], // unique local (includes AWS fd00:ec2::254)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
];

/** Host names that reach cloud metadata services or the machine itself without a public address. */
const FORBIDDEN_NAMES = new Set(['localhost', 'metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data']);
const FORBIDDEN_SUFFIXES = ['.localhost', '.internal', '.local'];

const blockList = buildBlockList();

function buildBlockList(): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of FORBIDDEN_V4) list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of FORBIDDEN_V6) list.addSubnet(net, prefix, 'ipv6');
  return list;
}

/**
 * The IPv4 address embedded in an IPv6 one that carries it (IPv4-mapped `::ffff:a.b.c.d`,
 * IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`), else null.
 */
function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (groups === null) return null;
  const toV4 = (hi: number, lo: number): string => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number): boolean => groups.slice(from, to).every((g) => g === 0);
  if (zeros(0, 5) && (groups[5] === 0xffff || groups[5] === 0)) return toV4(groups[6] ?? 0, groups[7] ?? 0);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return toV4(groups[6] ?? 0, groups[7] ?? 0);
  if (groups[0] === 0x2002) return toV4(groups[1] ?? 0, groups[2] ?? 0);
  return null;
}

/** Eight 16-bit groups of an IPv6 address (dotted IPv4 tail allowed), or null when malformed. */
function expandIpv6(address: string): number[] | null {
  let text = address.toLowerCase().split('%')[0] ?? '';
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1] !== undefined) {
    const parts = dotted[1].split('.').map(Number);
    const [a = 0, b = 0, c = 0, d = 0] = parts;
    text = text.slice(0, -dotted[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headGroups.length - tailGroups.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const all = [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups].map((g) => parseInt(g, 16));
  return all.some((g) => Number.isNaN(g)) ? null : all;
}

/** True when `address` (an IP literal) is loopback, private, link-local, CGNAT, multicast or reserved. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blockList.check(address, 'ipv4');
  if (family !== 6) return true;
  const v4 = embeddedIpv4(address);
  if (v4 !== null && isIP(v4) === 4) return blockList.check(v4, 'ipv4');
  return blockList.check(address, 'ipv6');
}

const defaultLookup: LookupFn = async (host) => {
  const found = await dnsLookup(host, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

function forbidden(host: string, why: string): FeedFailure {
  return { code: FeedFailureCode.Forbidden, message: `refused: ${host} ${why}` };
}

/**
 * Checks a feed URL against SSRF: only http(s), and (unless `allowPrivate`) no host that is or
 * resolves to a loopback, private, link-local, CGNAT, multicast, reserved or metadata address.
 * Numeric hosts in any form (`http://2130706433/`, `0x7f.1`) are normalised by the URL parser first.
 * Returns the addresses checked, so the caller can connect to exactly those (no DNS-rebinding gap).
 */
export async function resolveFeedUrl(
  rawUrl: string,
  options: { readonly allowPrivate: boolean; readonly lookup?: LookupFn; readonly exemptAddresses?: readonly string[] },
): Promise<Result<CheckedUrl, FeedFailure>> {
  const exempt = options.exemptAddresses ?? [];
  const refused = (address: string): boolean => isForbiddenAddress(address) && !exempt.includes(address);
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return err({ code: FeedFailureCode.BadUrl, message: `not a valid URL: ${JSON.stringify(rawUrl.slice(0, 200))}` });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return err({ code: FeedFailureCode.BadUrl, message: `refused: only http and https feeds are allowed, not ${url.protocol}` });
  }
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const bare = host.endsWith('.') ? host.slice(0, -1).toLowerCase() : host.toLowerCase();
  if (isIP(bare) !== 0) {
    if (!options.allowPrivate && refused(bare)) return err(forbidden(url.hostname, 'is a private or reserved address'));
    return ok({ url, addresses: [{ address: bare, family: isIP(bare) === 6 ? 6 : 4 }] });
  }
  if (!options.allowPrivate && (FORBIDDEN_NAMES.has(bare) || FORBIDDEN_SUFFIXES.some((s) => bare.endsWith(s)))) {
    return err(forbidden(bare, 'is a local or metadata host name'));
  }
  if (options.allowPrivate && options.lookup === undefined) return ok({ url, addresses: [] });
  const resolved = await resolveHost(bare, options.lookup ?? defaultLookup);
  if (!resolved.ok) return resolved;
  if (!options.allowPrivate) {
    const bad = resolved.value.find((a) => refused(a.address));
    if (bad !== undefined) return err(forbidden(bare, `resolves to a private or reserved address (${bad.address})`));
  }
  return ok({ url, addresses: resolved.value });
}

async function resolveHost(host: string, lookup: LookupFn): Promise<Result<readonly ResolvedAddress[], FeedFailure>> {
  try {
    const found = await lookup(host);
    if (found.length === 0) return err({ code: FeedFailureCode.Dns, message: `DNS: host not found (${host})` });
    return ok(found);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message =
      code === 'EAI_AGAIN' ? `DNS: lookup of ${host} failed temporarily` : `DNS: host not found (${host})`;
    return err({ code: FeedFailureCode.Dns, message });
  }
}

/**
 * SSRF check for a feed URL added at run time (see `resolveFeedUrl`); `allowPrivate` comes from
 * ALLOW_PRIVATE_FEEDS. The fetcher applies the same check on every redirect hop.
 */
export async function checkFeedUrl(
  url: string,
  options: { allowPrivate: boolean; lookup?: LookupFn },
): Promise<Result<URL, FeedFailure>> {
  const checked = await resolveFeedUrl(url, options);
  return checked.ok ? ok(checked.value.url) : checked;
}
