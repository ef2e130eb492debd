import type { SubscriptionStore } from './delivery-ports.js';

/**
 * What admin commands (`digest`, `alert`, `feeds`, `settings`) may change: chat-made
 * subscriptions and feeds (stored, merged with `config/`), channel settings, digests on demand.
 */
export interface AdminPorts {
  readonly subscriptions: Pick<SubscriptionStore, 'list'>;
}
