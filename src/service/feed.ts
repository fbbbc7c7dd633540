import { EventEmitter } from 'node:events';
import type { Divergence } from '../../schemas/index.js';

/** New divergences as they are stored, for the live feed. */
export class Feed {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(divergences: Divergence[]): void {
    for (const d of divergences) this.emitter.emit('divergence', d);
  }

  subscribe(listener: (d: Divergence) => void): () => void {
    this.emitter.on('divergence', listener);
    return () => this.emitter.off('divergence', listener);
  }
}
