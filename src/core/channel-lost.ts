import type { Subscription } from './delivery-ports.js';
import type { DeliveryFailure } from './ports.js';
import type { Message } from './message.js';

/** What a platform reports when the bot loses a channel (removed, forbidden, archived). */
export interface ChannelLost {
  readonly channel: string;
  readonly failure: DeliveryFailure;
}

/** A platform's wording of the lost-channel notice, in one language. */
export interface ChannelLostWords {
  readonly title: string;
  body(channel: string, reason: string): string;
  paused(ids: string): string;
}

/**
 * The notice for an admin channel when the bot loses a channel: the platform's words for which
 * channel and why, then the subscriptions that were paused and how to resume them.
 */
export function buildChannelLostNotice(
  words: ChannelLostWords,
  lost: ChannelLost,
  paused: readonly Subscription[],
): Message {
  const body = words.body(lost.channel, lost.failure.message);
  const ids = paused.map((s) => `#${s.id} (${s.kind})`).join(', ');
  const text = paused.length === 0 ? body : `${body}\n${words.paused(ids)}`;
  return {
    blocks: [
      { type: 'heading', text: words.title },
      { type: 'text', text, tone: 'error' },
    ],
    fallback: `${words.title}: ${text}`,
  };
}
