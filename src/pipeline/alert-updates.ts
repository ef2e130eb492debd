/**
 * What a report that joins an alerted story changes: the alert shows it among its sources. An
 * alert still pending is rewritten in place; a posted one gets an `update` row that edits it.
 * A story held as a retelling of an alert (see queue-alerts.ts) shows its reports on that alert
 * within {@link SITUATION_QUIET_MS}.
 */
import type { Language } from '../core/config-types.js';
import type {
  OutboxRow,
  OutboxStore,
  StoryStore,
  SubscriptionStore,
} from '../core/delivery-ports.js';
import type { Story } from '../core/story.js';
import type { StorySignature } from '../stories/story-signature.js';
import type { ClusteredItem } from './cluster-items.js';
import type { MessageBuilders } from './message-builders.js';

/** What updating an alert reads and writes. */
export interface AlertUpdateDeps {
  readonly outbox: OutboxStore;
  readonly subscriptions: SubscriptionStore;
  readonly messages: MessageBuilders;
  readonly defaultLocale: Language;
  /**
   * The stories and their signatures, to tell a story that retells a development just alerted
   * in its situation (queue-alerts.ts) and to show its reports on that alert; absent, every new
   * story alerts and an alert shows its own story only.
   */
  readonly stories?: StoryStore<StorySignature>;
}

/**
 * How long after a situation's latest alert in a channel a report that names no happening of its
 * own stays under that alert instead of alerting (see `alertedSituation` in queue-alerts.ts).
 */
export const SITUATION_QUIET_MS = 24 * 3_600_000;

/**
 * Updates the alerts of the entry's story, and, within the day it is held under them, those of
 * the developments it retells (past the day, a report of it alerts as any story's may).
 */
export function updateAlerts(deps: AlertUpdateDeps, entry: ClusteredItem, now: number): number {
  const own = deps.outbox.alertsOfStory(entry.story.id);
  const held = deps.outbox.alertsRetoldBy(entry.story.id).filter((alert) => recent(alert, now));
  return [...own, ...held].reduce(
    (updates, alert) => updates + updateAlert(deps, alert, entry, now),
    0,
  );
}

/**
 * Shows an alert again with every source of its story and of the stories that retell it: a
 * still-pending alert is rewritten in place, a posted one gets an `update` row that edits it
 * (`update:<alert row>:<number of sources>`), or has its pending update rewritten. 0 or 1.
 */
export function updateAlert(
  deps: AlertUpdateDeps,
  alert: OutboxRow,
  entry: ClusteredItem,
  now: number,
): number {
  if (isPaused(deps, alert)) return 0;
  const story = shownStory(deps, alert, entry);
  if (story === null) return 0;
  const message = deps.messages.update({ story, ...querySettings(deps, alert) });
  if (alert.status === 'pending' && deps.outbox.replacePendingMessage(alert.id, message, now))
    return 1;
  if (alert.status !== 'sent' && alert.status !== 'sending') return 0;
  const edit = deps.outbox.findPendingEdit(alert.id);
  if (edit && deps.outbox.replacePendingMessage(edit.id, message, now)) return 1;
  const queued = deps.outbox.enqueue(
    {
      platform: alert.platform,
      channel: alert.channel,
      kind: 'update',
      subscriptionId: alert.subscriptionId,
      storyId: alert.storyId,
      message,
      idempotencyKey: `update:${alert.id}:${story.sources.length}`,
      editOf: alert.id,
      arcId: alert.arcId,
    },
    now,
  );
  return queued.inserted ? 1 : 0;
}

/**
 * The story an alert shows: its own (the entry's when it is that story, as just filed), with
 * the reports of the stories that retell it added to its sources after its own. Null when the
 * alert's story is gone.
 */
function shownStory(deps: AlertUpdateDeps, alert: OutboxRow, entry: ClusteredItem): Story | null {
  const load = (id: string | null): Story | null =>
    id === entry.story.id
      ? entry.story
      : id === null
        ? null
        : (deps.stories?.get(id)?.story ?? null);
  const own = load(alert.storyId);
  if (own === null) return null;
  const retellings = deps.outbox.retellingsOf(alert.id).flatMap((id) => load(id) ?? []);
  if (retellings.length === 0) return own;
  const known = new Set(own.sources.map((s) => s.itemId));
  const more = retellings
    .flatMap((story) => story.sources)
    .filter((s) => !known.has(s.itemId))
    .sort((a, b) => a.publishedAt - b.publishedAt);
  return { ...own, sources: [...own.sources, ...more] };
}

/** Queued within {@link SITUATION_QUIET_MS}: the window in which a retelling is held. */
export function recent(alert: OutboxRow, now: number): boolean {
  return now - alert.createdAt <= SITUATION_QUIET_MS;
}

/** An alert whose subscription is paused: its channel is lost, so it is not edited either. */
function isPaused(deps: AlertUpdateDeps, alert: OutboxRow): boolean {
  if (alert.subscriptionId === null) return false;
  return (deps.subscriptions.get(alert.subscriptionId)?.paused ?? null) !== null;
}

function querySettings(
  deps: AlertUpdateDeps,
  alert: OutboxRow,
): { query: string; locale: Language } {
  const subscription =
    alert.subscriptionId === null ? null : deps.subscriptions.get(alert.subscriptionId);
  if (subscription?.kind !== 'alert') return { query: '', locale: deps.defaultLocale };
  return { query: subscription.query, locale: subscription.locale ?? deps.defaultLocale };
}
