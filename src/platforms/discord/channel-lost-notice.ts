import type { Language } from '../../core/config-types.js';
import type { Message } from '../../core/message.js';
import type { ChannelLost } from './discord-platform.js';

const WORDS = {
  en: {
    title: 'Delivery paused',
    body: (channel: string, reason: string) =>
      `${reason}. The subscriptions of channel ${channel} are paused until the bot can post there again.`,
  },
  fr: {
    title: 'Envoi suspendu',
    body: (channel: string, reason: string) =>
      `${reason}. Les abonnements du salon ${channel} sont suspendus jusqu'à ce que le bot puisse à nouveau y publier.`,
  },
} as const;

/**
 * The notice for a server's admin channel when the bot loses a channel (403 or 404), saying
 * which channel, why, and that its subscriptions are paused.
 */
export function channelLostNotice(lost: ChannelLost, locale: Language = 'en'): Message {
  const words = WORDS[locale];
  const text = words.body(lost.channel, lost.failure.message);
  return {
    blocks: [
      { type: 'heading', text: words.title },
      { type: 'text', text, tone: 'error' },
    ],
    fallback: `${words.title}: ${text}`,
  };
}
