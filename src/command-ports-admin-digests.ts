import type {
  AdminFailure,
  AdminPorts,
  ChannelRef,
  ChannelSubscriptions,
  DigestNowReport,
  DigestRequest,
} from './core/admin-ports.js';
import { closestMatch } from './core/closest-match.js';
import type { Config, Language } from './core/config-types.js';
import type {
  DigestSubscription,
  OutboxStore,
  RunInTransaction,
  StoryStore,
  Subscription,
  SubscriptionStore,
} from './core/delivery-ports.js';
import type { Clock, CronCalendar } from './core/ports.js';
import { err, ok, type Result } from './core/result.js';
import type { MessageBuilders } from './pipeline/message-builders.js';
import { checkCronExpression } from './scheduler.js';
import type { AdminStore } from './store/sqlite-admin-store.js';

/** What the subscription, alert and digest ports work with. */
export interface SubscriptionDeps {
  readonly config: Config;
  readonly clock: Clock;
  readonly subscriptions: SubscriptionStore;
  readonly stories: StoryStore;
  readonly outbox: OutboxStore;
  readonly admin: AdminStore;
  readonly transaction: RunInTransaction;
  readonly calendar: CronCalendar;
  readonly messages: MessageBuilders;
  /** `config/subscriptions.yaml`, as the answers name it. */
  readonly subscriptionsFile: string;
}

const DAY = 86_400_000;
/** Digest sizes allowed from chat, as in `settings.yaml`. */
export const DIGEST_SIZE = { min: 1, max: 50 } as const;

type DigestPorts = Pick<
  AdminPorts,
  'subscribeDigest' | 'unsubscribeDigest' | 'digestNow' | 'subscriptionsElsewhere'
>;

/**
 * `digest subscribe|unsubscribe|now` over the subscription store and the outbox, and where a
 * platform's other alerts and digests post (for answers that point there).
 */
export function createDigestPorts(deps: SubscriptionDeps): DigestPorts {
  return {
    subscribeDigest: (where, request) => subscribeDigest(deps, where, request),
    unsubscribeDigest(where, id) {
      const found = findOwn(deps, where, 'digest', id);
      if (!found.ok) return found;
      if (found.value.kind !== 'digest') return err(notFound('digest', id));
      deps.subscriptions.remove(found.value.id);
      return ok(found.value);
    },
    digestNow: (where, locale) => ok(queueDigestNow(deps, where, locale)),
    subscriptionsElsewhere: (where, kind) => subscriptionsElsewhere(deps, where, kind),
  };
}

/** The platform's subscriptions of `kind` outside `where`, by channel, the fullest first. */
export function subscriptionsElsewhere(
  deps: Pick<SubscriptionDeps, 'subscriptions'>,
  where: ChannelRef,
  kind: Subscription['kind'],
): readonly ChannelSubscriptions[] {
  const byChannel = new Map<string, number[]>();
  for (const s of deps.subscriptions.list({ kind, platform: where.platform })) {
    if (s.channel === where.channel) continue;
    byChannel.set(s.channel, [...(byChannel.get(s.channel) ?? []), s.id]);
  }
  return [...byChannel]
    .map(([channel, ids]) => ({ channel, ids }))
    .sort((a, b) => b.ids.length - a.ids.length || a.channel.localeCompare(b.channel));
}

function subscribeDigest(
  deps: SubscriptionDeps,
  where: ChannelRef,
  request: DigestRequest,
): ReturnType<DigestPorts['subscribeDigest']> {
  const { settings } = deps.config;
  const cron = (request.cron ?? settings.digest.cron).trim().replace(/\s+/g, ' ');
  const checked = checkCronExpression(cron);
  if (!checked.valid) {
    return err({ code: 'bad-cron', cron, ...(checked.reason ? { reason: checked.reason } : {}) });
  }
  const zone = resolveTimeZone(request.timezone ?? settings.timezone);
  if (!zone.ok) return zone;
  const size = request.size;
  if (
    size !== undefined &&
    (!Number.isInteger(size) || size < DIGEST_SIZE.min || size > DIGEST_SIZE.max)
  ) {
    return err(badSize(size));
  }
  const existing = deps.subscriptions
    .list({ kind: 'digest', platform: where.platform, channel: where.channel })
    .find((s) => s.kind === 'digest' && s.cron === cron && s.timezone === zone.value);
  const subscription =
    existing ??
    deps.subscriptions.add(
      {
        ...where,
        kind: 'digest',
        cron,
        timezone: zone.value,
        ...(size === undefined ? {} : { size }),
        ...(request.locale === undefined ? {} : { locale: request.locale }),
        ...(request.empty === undefined ? {} : { empty: request.empty }),
      },
      'chat',
    );
  if (subscription.kind !== 'digest')
    throw new Error('a digest subscription came back as an alert');
  const nextRun = deps.calendar.nextAfter(cron, zone.value, deps.clock.now());
  return ok({ subscription, created: existing === undefined, nextRun });
}

export const badSize = (size: number): AdminFailure => ({
  code: 'bad-value',
  option: 'size',
  value: String(size),
  ...DIGEST_SIZE,
});

/**
 * An IANA zone in its canonical spelling (`africa/bamako` → `Africa/Bamako`), or the nearest
 * known zone as a suggestion: by city (`Bamako`, `Niamey`) or by edit distance.
 */
export function resolveTimeZone(input: string): Result<string, AdminFailure> {
  const text = input.trim();
  try {
    return ok(new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone);
  } catch {
    const zones = Intl.supportedValuesOf('timeZone');
    const city = text.toLowerCase().replace(/\s+/g, '_');
    const byCity = zones.find((z) => z.toLowerCase().split('/').pop() === city);
    const suggestion = byCity ?? closestMatch(text, zones);
    return err({ code: 'bad-timezone', timezone: text, ...(suggestion ? { suggestion } : {}) });
  }
}

const notFound = (what: 'alert' | 'digest', id: number | undefined): AdminFailure => ({
  code: 'not-found',
  what,
  id: id === undefined ? '' : String(id),
});

/**
 * The channel's subscription `id` of this kind that chat may remove; without an id, the
 * channel's only one. A config entry is refused with the file that holds it; a subscription
 * of another channel is "not found" here, so one workspace cannot remove another's.
 */
export function findOwn(
  deps: Pick<SubscriptionDeps, 'subscriptions' | 'subscriptionsFile'>,
  where: ChannelRef,
  kind: Subscription['kind'],
  id: number | undefined,
): Result<Subscription, AdminFailure> {
  let found: Subscription | null;
  if (id === undefined) {
    const mine = deps.subscriptions.list({
      kind,
      platform: where.platform,
      channel: where.channel,
    });
    if (mine.length !== 1) return err({ code: 'which-digest', ids: mine.map((s) => s.id) });
    found = mine[0] ?? null;
  } else {
    found = deps.subscriptions.get(id);
  }
  if (
    found === null ||
    found.kind !== kind ||
    found.platform !== where.platform ||
    found.channel !== where.channel
  ) {
    return err(notFound(kind, id));
  }
  if (found.origin === 'config') {
    return err({
      code: 'from-config',
      what: kind,
      id: String(found.id),
      file: deps.subscriptionsFile,
    });
  }
  return ok(found);
}

/**
 * Queues the channel's digest of the last 24 hours now. It is an outbox row like any digest
 * (`digest-now:<platform>:<channel>:<time>`), but records no digest window: the scheduled
 * digests keep their own chain and still show these stories at their time.
 */
function queueDigestNow(
  deps: SubscriptionDeps,
  where: ChannelRef,
  fallbackLocale: Language,
): DigestNowReport {
  const now = deps.clock.now();
  const { settings } = deps.config;
  const subscription = deps.subscriptions
    .list({ kind: 'digest', platform: where.platform, channel: where.channel })
    .find((s): s is DigestSubscription => s.kind === 'digest');
  const channel = deps.admin.channelSettings(where.platform, where.channel);
  const window = { from: now - DAY, to: now };
  return deps.transaction(() => {
    const stories = deps.stories.listSeenBetween(window.from, window.to).map((s) => s.story);
    const size = subscription?.size ?? channel.digestSize ?? settings.digest.size;
    const message = deps.messages.digest({
      stories,
      window,
      timezone: subscription?.timezone ?? settings.timezone,
      locale: subscription?.locale ?? channel.locale ?? fallbackLocale,
      size,
      empty: 'notice',
    });
    if (message === null) throw new Error('an empty digest with notice came back empty');
    const idempotencyKey = `digest-now:${where.platform}:${where.channel}:${now}`;
    const queued = deps.outbox.enqueue(
      {
        ...where,
        kind: 'digest',
        subscriptionId: subscription?.id ?? null,
        storyId: null,
        message,
        idempotencyKey,
      },
      now,
    );
    const shown = Math.min(stories.length, Math.max(1, size));
    return { stories: stories.length, shown, window, outboxId: queued.id, idempotencyKey };
  });
}
