import { createHmac } from 'node:crypto';

/** The x-divergence-signature value: sha256=<hex HMAC-SHA256 of the raw body with the secret>. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export type SendResult = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string; aborted: boolean };

export interface SendRequest {
  url: string;
  body: string;
  deliveryId: string;
  secret: string | null;
  timeoutMs: number;
  /** Aborts the attempt when the sender shuts down. */
  signal: AbortSignal;
}

/** One POST of a delivery. A 2xx is success; anything else, no answer in time, or no connection is a failure. */
export async function sendDelivery(req: SendRequest): Promise<SendResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'divergence-webhooks',
    'x-divergence-delivery': req.deliveryId,
  };
  if (req.secret !== null) headers['x-divergence-signature'] = signature(req.secret, req.body);
  const timeout = AbortSignal.timeout(req.timeoutMs);
  try {
    // Redirects are not followed: a receiver must answer at the url it registered.
    const res = await fetch(req.url, { method: 'POST', headers, body: req.body, redirect: 'manual', signal: AbortSignal.any([timeout, req.signal]) });
    // The answer's body is not needed; reading it to the end frees the connection.
    await res.arrayBuffer().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { ok: true, statusCode: res.status };
    return { ok: false, statusCode: res.status, error: `HTTP ${res.status}`, aborted: false };
  } catch (err) {
    if (req.signal.aborted) return { ok: false, statusCode: null, error: 'shutting down', aborted: true };
    if (timeout.aborted) return { ok: false, statusCode: null, error: `no answer within ${req.timeoutMs} ms`, aborted: false };
    return { ok: false, statusCode: null, error: describe(err), aborted: false };
  }
}

// fetch says only "fetch failed"; the cause says why (ECONNREFUSED, ENOTFOUND…).
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${cause.message}` : cause.message;
  }
  return err.message;
}
