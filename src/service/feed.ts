import { EventEmitter } from 'node:events';
import type { Divergence } from '../../schemas/index.js';

/** New divergences as they are stored, for the live feed. */
export class Feed {
  private readonly emitter = new EventEmitter();
  private transport: ((divergences: Divergence[]) => void) | null = null;

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  /** Announces divergences just committed: to this instance's listeners, or to every instance through a transport. */
  publish(divergences: Divergence[]): void {
    if (divergences.length === 0) return;
    if (this.transport) this.transport(divergences);
    else this.deliver(divergences);
  }

  /** Hands divergences to this instance's listeners. */
  deliver(divergences: Divergence[]): void {
    for (const d of divergences) this.emitter.emit('divergence', d);
  }

  /** Routes publish() through another path (PostgreSQL NOTIFY) that comes back to deliver(). */
  useTransport(transport: (divergences: Divergence[]) => void): void {
    this.transport = transport;
  }

  subscribe(listener: (d: Divergence) => void): () => void {
    this.emitter.on('divergence', listener);
    return () => this.emitter.off('divergence', listener);
  }
}
