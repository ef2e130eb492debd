import type { Config, Language, Platform } from '../core/config-types.js';
import { feedFailureReason } from '../core/feed-failure-words.js';
import type { OutboxStore } from '../core/delivery-ports.js';
import type { Message } from '../core/message.js';
import type { Clock } from '../core/ports.js';
import type { FeedPollResult } from '../ingest/poll-cycle.js';
import type { AdminStore } from '../store/sqlite-admin-store.js';

export interface WarnAdminDeps {
  readonly config: Pick<Config, 'settings'>;
  readonly outbox: OutboxStore;
  readonly admin: Pick<AdminStore, 'adminChannel' | 'channelSettings'>;
  readonly clock: Clock;
  /** Platforms this process delivers to; the others' admins are warned by their own process. */
  readonly platforms: readonly Platform[];
}

/**
 * Posts a notice to each platform's admin channel (`/sahel settings admin-channel:here`) for
 * every feed a poll cycle disabled, in that channel's language. The idempotency key
 * (`feed-disabled:<platform>:<feed>:<time>`) makes the warning once per disabling. Returns how
 * many notices were queued; a platform without an admin channel only has the log line.
 */
export function warnAdminChannels(deps: WarnAdminDeps, results: readonly FeedPollResult[]): number {
  const disabled = results.filter((r) => r.disabled !== undefined);
  if (disabled.length === 0) return 0;
  const now = deps.clock.now();
  let queued = 0;
  for (const platform of deps.platforms) {
    const channel = deps.admin.adminChannel(platform);
    if (channel === null) continue;
    const locale =
      deps.admin.channelSettings(platform, channel).locale ?? deps.config.settings.locale;
    for (const result of disabled) {
      const row = deps.outbox.enqueue(
        {
          platform,
          channel,
          kind: 'notice',
          subscriptionId: null,
          storyId: null,
          message: disabledNotice(result, locale),
          idempotencyKey: `feed-disabled:${platform}:${result.feedId}:${result.disabled?.at ?? now}`,
        },
        now,
      );
      if (row.inserted) queued += 1;
    }
  }
  return queued;
}

function disabledNotice(result: FeedPollResult, locale: Language): Message {
  const reason = feedFailureReason(result.disabled?.reason ?? '', locale);
  const heading =
    locale === 'fr' ? `Flux désactivé : ${result.feedId}` : `Feed disabled: ${result.feedId}`;
  const text =
    locale === 'fr'
      ? `${result.url} n'est plus relevé (${reason}). /sahel flux etat montre son état ; une fois le flux réparé, /sahel flux ajouter ${result.url} le réactive.`
      : `${result.url} is no longer polled (${reason}). /sahel feeds status shows its state; once the feed is fixed, /sahel feeds add ${result.url} enables it again.`;
  return {
    blocks: [
      { type: 'heading', text: heading },
      { type: 'text', text },
    ],
    fallback: `${heading}\n${text}`,
  };
}
