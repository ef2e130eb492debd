import type { Platform } from '../core/config-types.js';
import type { AlertSubscription, OutboxRow } from '../core/delivery-ports.js';
import type { Message } from '../core/message.js';
import { firstPublication } from '../core/story.js';
import type { Logger } from '../core/ports.js';
import { startsAlert, type QueryItem } from '../match/evaluate-query.js';
import { parseQuery, type AlertQuery } from '../match/parse-query.js';
import { readHeadline } from '../stories/action-frame.js';
import { isEmptyFrame } from '../stories/frame-scan.js';
import { classifyPiece, type PieceKindResult } from '../stories/piece-kind.js';
import { retellsHappening } from '../stories/retold-happening.js';
import { holdAlert, type HoldDeps } from '../deliver/held-alerts.js';
import {
  recent,
  SITUATION_QUIET_MS,
  updateAlert,
  updateAlerts,
  type AlertUpdateDeps,
} from './alert-updates.js';
import type { ClusteredItem } from './cluster-items.js';

export interface QueueAlertsDeps extends AlertUpdateDeps {
  readonly logger: Logger;
  /** Only subscriptions on these platforms alert (rows for a platform without a token would pile up). */
  readonly platforms: ReadonlySet<Platform>;
  /** Quiet hours and caps: alerts a subscription holds instead of queuing; absent: none held. */
  readonly holding?: HoldDeps;
}

export interface AlertQueueReport {
  /** New alert rows. */
  readonly alerts: number;
  /** Update rows, plus pending alerts whose message was rewritten with the new sources. */
  readonly updates: number;
}

interface ParsedSubscription {
  readonly subscription: AlertSubscription;
  readonly query: AlertQuery;
}

/**
 * Queues what clustering calls for, in the caller's transaction:
 * - an item that matches an alert subscription's query yields one alert per channel and story
 *   (`alert:<subscription>:<story>`); a story already alerted to that channel is not alerted
 *   again. Backfill and recycled items never alert; nor does analysis, opinion, an explainer, a
 *   live blog or a roundup, unless the query asks for its kind (`kind:analysis`, `kind:any`), so
 *   such a piece goes to digests and a later news report of its story still alerts. Nor does a
 *   report that names no happening of its own in a situation alerted to the channel within a
 *   day ({@link alertedSituation}): it is more coverage of the development just posted;
 * - a story that retells a development alerted to the channel within a day (see
 *   retold-happening.ts) does not alert there: it is recorded as a retelling of that alert,
 *   which it updates with its sources ("also reported by …"), now and with each later report
 *   that day (past the day, a report of it alerts as any story's may);
 * - an item that joins an already alerted story updates that alert: a still-pending alert is
 *   rewritten in place, a posted one gets an `update` row that edits it
 *   (`update:<alert row>:<number of sources>`), or has its pending update rewritten.
 * Paused subscriptions (their channel is lost) get neither alerts nor updates. An alert in its
 * subscription's quiet hours or over its cap is held for one catch-up post (`holding`). Stories
 * are queued in the order they began ({@link inStoryOrder}), so a situation's developments post
 * in the order they happened even when a poll brings several of them.
 */
export function queueAlerts(
  deps: QueueAlertsDeps,
  clustered: readonly ClusteredItem[],
  now: number,
): AlertQueueReport {
  const subscriptions = parseSubscriptions(deps);
  let alerts = 0;
  let updates = 0;
  for (const entry of inStoryOrder(clustered)) {
    if (!entry.created) updates += updateAlerts(deps, entry, now);
    if (entry.item.backfill || entry.recycled) continue;
    const piece = classifyPiece(entry.item);
    if (piece.kind !== 'news') {
      const why = 'alert held back unless a query asks for its kind: the piece is not news';
      logNoAlert(deps, entry, why, { kind: piece.kind, cue: piece.cue });
    }
    const queryItem = toQueryItem(entry, piece);
    let unread: boolean | undefined;
    let retellings: readonly OutboxRow[] | undefined;
    for (const { subscription, query } of subscriptions) {
      if (!startsAlert(query, queryItem)) continue;
      if (deps.outbox.findAlert(subscription.platform, subscription.channel, entry.story.id))
        continue;
      // A story held as a retelling of an alert here within the day shows on that alert
      // (updateAlerts); past the day, a report of it alerts as a development would.
      retellings ??= deps.outbox.alertsRetoldBy(entry.story.id);
      if (retellings.some((a) => sameChannel(a, subscription) && recent(a, now))) continue;
      const situation = alertedSituation(deps, subscription, entry, now);
      if (situation !== null && (unread ??= namesNoHappening(entry))) {
        const why = 'no alert: the report names no new happening in a situation just alerted';
        logNoAlert(deps, entry, why, {
          arc: situation.arcId,
          alerted: `${Math.round((now - situation.createdAt) / 60_000)} min ago`,
        });
        continue;
      }
      const retold = retoldAlert(deps, subscription, entry, now);
      if (retold !== null) {
        logNoAlert(deps, entry, 'no alert: the story retells a development just alerted', {
          arc: retold.arcId,
          alerted: retold.storyId,
        });
        deps.outbox.addRetelling(retold.id, entry.story.id, now);
        retellings = undefined;
        updates += updateAlert(deps, retold, entry, now);
        continue;
      }
      if (deps.holding && holdAlert(deps.holding, subscription, entry.story.id, now)) continue;
      const locale = subscription.locale ?? deps.defaultLocale;
      const queued = deps.outbox.enqueue(
        {
          platform: subscription.platform,
          channel: subscription.channel,
          kind: 'alert',
          subscriptionId: subscription.id,
          storyId: entry.story.id,
          message: withPing(
            deps.messages.alert({ story: entry.story, query: subscription.query, locale }),
            subscription.pingRole,
          ),
          idempotencyKey: `alert:${subscription.id}:${entry.story.id}`,
          arcId: entry.story.arcId ?? null,
        },
        now,
      );
      if (queued.inserted) alerts += 1;
    }
  }
  return { alerts, updates };
}

/**
 * The entries ordered by when their story was first published (as filed by the last of them), so
 * that a development first told before this poll and alerted only now (its earlier reports were
 * the first poll of their feeds, which never alerts) posts before the follow-ups of this poll.
 * A story's own entries keep their order: each carries the story as filed up to it.
 */
function inStoryOrder(clustered: readonly ClusteredItem[]): ClusteredItem[] {
  const began = new Map<string, number>();
  for (const { story } of clustered) began.set(story.id, firstPublication(story));
  const key = (entry: ClusteredItem): number => began.get(entry.story.id) ?? 0;
  return [...clustered].sort((a, b) => key(a) - key(b));
}

/**
 * The alert of the story's situation (its arc) queued or posted to the subscription's channel
 * within {@link SITUATION_QUIET_MS}, if any. A report that then names no happening of its own
 * (neither its headline nor its lead tells an act: "L'impasse entre le Bénin et le Niger",
 * "Uranium du Niger : une enquête française sur fond de soupçons russes") is more coverage of
 * that situation, mostly of the development just alerted told without its verb: it goes to
 * digests under its arc, and a later report of its story that tells a happening still alerts.
 */
function alertedSituation(
  deps: QueueAlertsDeps,
  subscription: AlertSubscription,
  entry: ClusteredItem,
  now: number,
): OutboxRow | null {
  const arcId = entry.story.arcId;
  if (typeof arcId !== 'string') return null;
  const latest = deps.outbox.latestArcAlert(subscription.platform, subscription.channel, arcId);
  return latest !== null && recent(latest, now) ? latest : null;
}

/**
 * The alert, queued or posted to the subscription's channel within {@link SITUATION_QUIET_MS} in the
 * story's situation, of another story whose happening this one tells again (see
 * retold-happening.ts): the same act by the same actors at the same place, no new count of the
 * dead. Its reports are more coverage of the development posted: they go to digests, and show
 * on that alert as its other sources do.
 */
function retoldAlert(
  deps: QueueAlertsDeps,
  subscription: AlertSubscription,
  entry: ClusteredItem,
  now: number,
): OutboxRow | null {
  const arcId = entry.story.arcId;
  if (deps.stories === undefined || typeof arcId !== 'string') return null;
  const { platform, channel } = subscription;
  const alerts = deps.outbox.arcAlertsSince(platform, channel, arcId, now - SITUATION_QUIET_MS);
  if (alerts.length === 0) return null;
  const own = deps.stories.get(entry.story.id);
  if (own === null) return null;
  for (const alert of alerts) {
    if (alert.storyId === null || alert.storyId === entry.story.id) continue;
    const alerted = deps.stories.get(alert.storyId);
    if (alerted === null) continue;
    const since = entry.story.firstSeenAt - alerted.story.firstSeenAt;
    if (retellsHappening(own.signature, alerted.signature, since)) return alert;
  }
  return null;
}

/** Neither the item's headline nor its lead names an act (see readHeadline). */
function namesNoHappening(entry: ClusteredItem): boolean {
  return isEmptyFrame(readHeadline(entry.item.title, entry.item.summary).frame);
}

function sameChannel(alert: OutboxRow, subscription: AlertSubscription): boolean {
  return alert.platform === subscription.platform && alert.channel === subscription.channel;
}

/** The admin-chosen role ping of a subscription, the only mention a message may carry. */
function withPing(message: Message, role: string | null): Message {
  return role === null ? message : { ...message, ping: { role } };
}

/**
 * Running alert subscriptions with parsed queries; a query that does not parse is logged and
 * skipped. Paused ones are left out: a story that comes while a channel is paused is never
 * alerted there, even after the channel resumes (only stories after the resume are).
 */
function parseSubscriptions(deps: QueueAlertsDeps): ParsedSubscription[] {
  const parsed: ParsedSubscription[] = [];
  for (const subscription of deps.subscriptions.list({ kind: 'alert' })) {
    if (subscription.kind !== 'alert' || !deps.platforms.has(subscription.platform)) continue;
    // Paused: its channel is lost until an admin resumes it; stories meanwhile are not queued.
    if (subscription.paused !== null) continue;
    const query = parseQuery(subscription.query);
    if (query.ok) parsed.push({ subscription, query: query.value });
    else {
      deps.logger.warn('alert subscription skipped: its query does not parse', {
        subscription: subscription.id,
        channel: `${subscription.platform}:${subscription.channel}`,
        reason: query.error.message,
      });
    }
  }
  return parsed;
}

/** Logs, for whoever wonders where an alert went, why a report did not alert. */
function logNoAlert(
  deps: QueueAlertsDeps,
  entry: ClusteredItem,
  reason: string,
  detail: Record<string, unknown>,
): void {
  deps.logger.debug(reason, { item: entry.item.id, story: entry.story.id, ...detail });
}

function toQueryItem(entry: ClusteredItem, piece: PieceKindResult): QueryItem {
  const { item, story } = entry;
  const source = story.sources.find((s) => s.itemId === item.id);
  return {
    title: item.title,
    summary: item.summary,
    content: item.content,
    entities: [...new Set(item.matches.map((m) => m.entity))],
    tags: story.tags,
    countries: story.countries,
    lang: item.lang,
    source: item.feedId,
    ...(source ? { sourceName: source.outlet } : {}),
    kind: piece.kind,
  };
}
