import { createHmac } from 'node:crypto';
import { request as httpRequest, type OutgoingHttpHeaders, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ReceiverConnections } from './webhook-connections.js';
import { pinnedLookup, resolveTarget, type HostResolver } from './webhook-target.js';

/** The x-divergence-signature value: sha256=<hex HMAC-SHA256 of the raw body with the secret>. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** A failure is `permanent` when no later attempt can do better (the url names an address the settings refuse). */
export type SendResult = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string; aborted: boolean; permanent: boolean };

export interface SendRequest {
  url: string;
  body: string;
  deliveryId: string;
  secret: string | null;
  timeoutMs: number;
  /** Aborts the attempt when the sender shuts down. */
  signal: AbortSignal;
  /** Resolves the url's host name; its addresses are vetted, then connected to. */
  resolve: HostResolver;
  /** Send to non-public addresses too (WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  /** Open connections to reuse; without, the attempt has a connection of its own, closed after it. */
  connections?: ReceiverConnections;
}

/**
 * One POST of a delivery. A 2xx is success; anything else, a host that resolves to a non-public address,
 * no answer in time (resolving included), or no connection is a failure.
 */
export async function sendDelivery(req: SendRequest): Promise<SendResult> {
  const headers: OutgoingHttpHeaders = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(req.body),
    'user-agent': 'divergence-webhooks',
    'x-divergence-delivery': req.deliveryId,
  };
  if (req.secret !== null) headers['x-divergence-signature'] = signature(req.secret, req.body);
  const timeout = AbortSignal.timeout(req.timeoutMs);
  const signal = AbortSignal.any([timeout, req.signal]);
  try {
    const url = new URL(req.url);
    const target = await untilAborted(resolveTarget(url.hostname, req.resolve, req.allowPrivate), signal);
    if (!target.ok) return { ok: false, statusCode: null, error: target.error, aborted: false, permanent: target.permanent };
    const agent = req.connections?.agentFor(url) ?? false;
    const status = await post(url, { method: 'POST', headers, lookup: pinnedLookup(target.addresses), signal, agent }, req.body);
    if (status >= 200 && status < 300) return { ok: true, statusCode: status };
    return { ok: false, statusCode: status, error: `HTTP ${status}`, aborted: false, permanent: false };
  } catch (err) {
    if (req.signal.aborted) return { ok: false, statusCode: null, error: 'shutting down', aborted: true, permanent: false };
    if (timeout.aborted) return { ok: false, statusCode: null, error: `no answer within ${req.timeoutMs} ms`, aborted: false, permanent: false };
    return { ok: false, statusCode: null, error: describe(err), aborted: false, permanent: false };
  }
}

/**
 * POSTs the body and answers the status once the answer has been read to the end. Redirects are not
 * followed (a receiver must answer at the url it registered). A new connection is made through the
 * options' lookup, which answers only vetted addresses.
 */
function post(url: URL, options: RequestOptions & { lookup: LookupFunction; signal: AbortSignal }, body: string): Promise<number> {
  const { signal } = options;
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, options, (res) => {
      res.on('error', reject);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.resume();
    });
    req.on('error', reject);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    req.end(body);
  });
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    work.then(resolve, reject);
  });
}

// Node's errors carry a code (ECONNREFUSED, ENOTFOUND…) that says more than the message alone.
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as NodeJS.ErrnoException).code;
  return typeof code === 'string' ? `${code}: ${err.message}` : err.message;
}
