import type { Webhook, WebhookDelivery } from '../../schemas/index.js';
import { publicId } from '../store/ids.js';
import type { DeliveryRecord, WebhookRecord } from '../store/webhooks.js';

// Webhook records → API resources. The secret never leaves the store.

export function webhookView(w: WebhookRecord): Webhook {
  return { id: publicId('webhook', w.id), url: w.url, filters: w.filters, createdAt: w.createdAt };
}

export function deliveryView(d: DeliveryRecord): WebhookDelivery {
  return {
    id: publicId('delivery', d.id),
    webhookId: publicId('webhook', d.webhookId),
    divergenceId: publicId('divergence', d.divergenceId),
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt : null,
    deliveredAt: d.deliveredAt,
    createdAt: d.createdAt,
  };
}
