import type { Subscription } from './delivery-ports.js';
import type { DeliveryFailure } from './ports.js';
import type { Message } from './message.js';

/** What a platform reports when the bot loses a channel (removed, forbidden, archived). */
export interface ChannelLost {
  readonly channel: string;
  readonly failure: DeliveryFailure;
  /** The channel's name as readers know it (`sahel-alerts`, without `#`), when the platform knows it. */
  readonly name?: string;
}

/** A platform's wording of the lost-channel notice, in one language. */
export interface ChannelLostWords {
  readonly title: string;
  /** Which channel (`#sahel-alerts`, or its id when its name is unknown) and why, in a sentence or two. */
  body(channel: string, reason: string): string;
  /** Why the bot lost the channel, from the platform's failure, in this language. */
  reason(failure: DeliveryFailure): string;
  paused(ids: string): string;
}

/**
 * The notice for an admin channel when the bot loses a channel: the platform's words for which
 * channel and why, then the subscriptions that were paused and how to resume them. The channel
 * is named `#name` when the platform knows its name, else by its id.
 */
export function buildChannelLostNotice(
  words: ChannelLostWords,
  lost: ChannelLost,
  paused: readonly Subscription[],
): Message {
  const body = words.body(channelLabel(lost), words.reason(lost.failure));
  const ids = paused.map((s) => `#${s.id} (${s.kind})`).join(', ');
  const text = paused.length === 0 ? body : `${body}\n${words.paused(ids)}`;
  return {
    blocks: [
      { type: 'heading', text: words.title },
      { type: 'text', text, tone: 'error' },
    ],
    // A dash reads the same in English and French, where a colon takes a space before it.
    fallback: `${words.title} — ${text}`,
  };
}

/** `#sahel-alerts` when the channel's name is known, else its id. */
export function channelLabel(lost: Pick<ChannelLost, 'channel' | 'name'>): string {
  const name = lost.name?.replace(/^#/, '').trim();
  return name === undefined || name === '' ? lost.channel : `#${name}`;
}

/**
 * The platform's own words for a failure, kept untranslated because admins search for them:
 * the trailing parenthesis of its message (`Missing Access, 50001`, `channel_not_found`).
 */
export function failureDetail(failure: DeliveryFailure): string | undefined {
  return /\(([^()]+)\)\s*$/.exec(failure.message)?.[1];
}
