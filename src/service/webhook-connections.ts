import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

/**
 * An idle connection is closed after this: under the 5 s Node servers (and many others) keep one open, so a
 * delivery seldom goes out on a connection the receiver is closing at that moment.
 */
const IDLE_MS = 4_000;

/**
 * Connections to receivers, kept open between deliveries (one TCP and TLS handshake per receiver, not per
 * delivery). Safe with the address checks: a pooled socket stays connected to the address that was vetted
 * when it opened, and every attempt still resolves and vets its host before it may use one.
 */
export class ReceiverConnections {
  private readonly http = new HttpAgent({ keepAlive: true, timeout: IDLE_MS });
  private readonly https = new HttpsAgent({ keepAlive: true, timeout: IDLE_MS });

  /** The pool for a url's scheme. */
  agentFor(url: URL): HttpAgent {
    return url.protocol === 'https:' ? this.https : this.http;
  }

  /** Closes every connection, idle or in use; call once no attempt is in flight. */
  close(): void {
    this.http.destroy();
    this.https.destroy();
  }
}
