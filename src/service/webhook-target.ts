import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { addressKind, describeKind, hostKind } from './webhook-address.js';

/** A host name's addresses, as dns.lookup with all: true answers them. */
export type HostResolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: HostResolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

const ALLOW = 'WEBHOOK_ALLOW_PRIVATE';

/**
 * Why POST /webhooks refuses a url, or null. Only what the url says by itself is judged (IP literals and
 * localhost): names are resolved when a delivery is sent, so registering needs no DNS and a name cannot
 * dodge the check by resolving differently later.
 */
export function registrationRefusal(url: string, allowPrivate: boolean): string | null {
  if (allowPrivate) return null;
  const host = new URL(url).hostname;
  const kind = hostKind(host);
  if (!kind) return null;
  return `url: ${host} is ${describeKind(kind)}; webhooks to loopback, private, link-local and other non-public addresses are refused unless ${ALLOW}=true`;
}

/**
 * Why no delivery may go to `url` while the setting stays as it is, judged from the url alone (an IP literal
 * or localhost), or null. A name's DNS answer may change; this cannot, so such a delivery fails without retries.
 */
export function deliveryRefusal(url: string, allowPrivate: boolean): string | null {
  return literalRefusal(new URL(url).hostname.replace(/^\[(.*)\]$/, '$1'), allowPrivate);
}

function literalRefusal(host: string, allowPrivate: boolean): string | null {
  const kind = allowPrivate ? null : hostKind(host);
  return kind && `refused: ${host} is ${describeKind(kind)} (${ALLOW} is off)`;
}

/** Where a delivery may connect, or why it may not; `permanent` when no later attempt can do better. */
export type Target = { ok: true; addresses: LookupAddress[] } | { ok: false; error: string; permanent: boolean };

/**
 * Resolves a URL's hostname once and vets every address: one non-public address refuses the whole name,
 * since the connection could use any of them. The caller connects only to the addresses returned.
 */
export async function resolveTarget(hostname: string, resolve: HostResolver, allowPrivate: boolean): Promise<Target> {
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = isIP(host);
  const refusal = literalRefusal(host, allowPrivate);
  if (refusal) return { ok: false, error: refusal, permanent: true };
  const addresses = literal !== 0 ? [{ address: host, family: literal }] : await resolve(host);
  if (addresses.length === 0) return { ok: false, error: `no address for ${host}`, permanent: false };
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const kind = addressKind(address);
      if (kind) return { ok: false, error: `refused: ${host} resolves to ${address}, ${describeKind(kind)} (${ALLOW} is off)`, permanent: false };
    }
  }
  return { ok: true, addresses };
}

/**
 * A lookup for http.request that answers with addresses already vetted, so the socket connects to what was
 * checked: a second DNS answer (rebinding) never reaches it.
 */
export function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family ?? 0);
    const fitting = family === 0 ? addresses : addresses.filter((a) => a.family === family);
    const [first] = fitting;
    if (!first) {
      const err: NodeJS.ErrnoException = new Error(`no IPv${family} address for ${hostname}`);
      err.code = 'ENOTFOUND';
      callback(err, '');
    } else if (options.all) callback(null, fitting);
    else callback(null, first.address, first.family);
  };
}
