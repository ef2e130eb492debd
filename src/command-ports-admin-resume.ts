import type { AdminPorts } from './core/admin-ports.js';
import type { SubscriptionStore } from './core/delivery-ports.js';
import { err, ok } from './core/result.js';

/**
 * `alert resume` / `digest resume`: the subscription must be this channel's and of that kind
 * (else `not-found`); config subscriptions resume too, since a pause is not a config edit.
 * Resuming one that runs already changes nothing and says so.
 */
export function createResumePorts(deps: {
  readonly subscriptions: Pick<SubscriptionStore, 'get' | 'resume'>;
}): Pick<AdminPorts, 'resumeSubscription'> {
  return {
    resumeSubscription(where, kind, id) {
      const found = deps.subscriptions.get(id);
      if (
        found === null ||
        found.kind !== kind ||
        found.platform !== where.platform ||
        found.channel !== where.channel
      ) {
        return err({ code: 'not-found', what: kind, id: String(id) });
      }
      const resumed = deps.subscriptions.resume(found.id);
      return ok({ subscription: resumed[0] ?? found, wasPaused: resumed.length > 0 });
    },
  };
}
